'use strict';
// Histogram, RecordableHistogram and createHistogram(). Values are integers (nanoseconds for timing uses);
// the statistics are an HDR histogram's, see internal/perf/hdr.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const { Hdr, kInt64Max } = require('internal/perf/hdr');

const kConstruct = Symbol('kConstruct');
const kInt64MaxBig = 9223372036854775807n;

// The percentile maps are SafeMaps in node; the subclass gives the same inspection.
class SafeMap extends Map {}

function bigOrMax(value) {
  return value === kInt64Max ? kInt64MaxBig : BigInt(value);
}

let getHdr;

class Histogram {
  #hdr;

  constructor(key = undefined, hdr) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#hdr = hdr;
  }

  static {
    getHdr = (histogram) => {
      if (histogram === null || typeof histogram !== 'object' || !(#hdr in histogram)) {
        throw new ERR_INVALID_THIS('Histogram');
      }
      return histogram.#hdr;
    };
  }

  get count() { return getHdr(this).total; }

  get countBigInt() { return BigInt(getHdr(this).total); }

  get min() { return getHdr(this).min(); }

  get minBigInt() { return bigOrMax(getHdr(this).min()); }

  get max() { return getHdr(this).max(); }

  get maxBigInt() { return BigInt(getHdr(this).max()); }

  get mean() { return getHdr(this).mean(); }

  get exceeds() { return getHdr(this).exceeds; }

  get exceedsBigInt() { return BigInt(getHdr(this).exceeds); }

  get stddev() { return getHdr(this).stddev(); }

  percentile(percentile) {
    const hdr = getHdr(this);
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    return hdr.percentile(percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() { return getHdr(this).percentiles(new SafeMap(), Number); }

  get percentilesBigInt() { return getHdr(this).percentiles(new SafeMap(), BigInt); }

  reset() {
    getHdr(this).reset();
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize(`[${this.constructor.name}]`, 'special');
    const value = {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    };
    return `Histogram ${inspect(value, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }
}

// process.hrtime() pairs to whole nanoseconds between them.
function hrDelta(from, to) {
  return (to[0] - from[0]) * 1e9 + (to[1] - from[1]);
}

let isRecordable;

class RecordableHistogram extends Histogram {
  #last;

  static {
    isRecordable = (value) => value !== null && typeof value === 'object' && #last in value;
  }

  record(val) {
    if (!isRecordable(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val === 'bigint') {
      if (val < 1n || val > kInt64MaxBig) {
        const err = new RangeError('value is out of range');
        err.code = 'ERR_OUT_OF_RANGE';
        throw err;
      }
      getHdr(this).record(val > BigInt(Number.MAX_SAFE_INTEGER) ? Infinity : Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    getHdr(this).record(val);
  }

  // Records the time since the previous call, in nanoseconds; the first call only starts the clock.
  recordDelta() {
    if (!isRecordable(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    const now = process.hrtime();
    if (this.#last !== undefined) getHdr(this).record(hrDelta(this.#last, now));
    this.#last = now;
  }

  add(other) {
    if (!isRecordable(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (!isRecordable(other)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    getHdr(this).add(getHdr(other));
  }
}

// Reads options.lowest/highest, which may be bigints.
function integerOption(value, name, min) {
  if (typeof value === 'bigint') value = Number(value);
  validateInteger(value, name, min, Number.MAX_SAFE_INTEGER);
  return value;
}

function createHistogram(options = kEmptyObject) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const low = integerOption(lowest, 'options.lowest', 1);
  const high = integerOption(highest, 'options.highest', 2 * low);
  validateInteger(figures, 'options.figures', 1, 5);
  return new RecordableHistogram(kConstruct, new Hdr(low, high, figures));
}

module.exports = { Histogram, RecordableHistogram, createHistogram, isRecordable, hrDelta, getHdr, kConstruct };
