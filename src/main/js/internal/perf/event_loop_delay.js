'use strict';
// monitorEventLoopDelay(): an unref'ed interval timer samples the loop; each tick records the nanoseconds
// since the previous one, so a loop that keeps up records about `resolution` ms and a blocked loop more.

const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
const { validateInteger, validateObject } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { Histogram, getHdr, hrDelta, kConstruct } = require('internal/perf/histogram');
const { Hdr } = require('internal/perf/hdr');
const { setInterval, clearInterval } = require('timers');

let isELD;

class ELDHistogram extends Histogram {
  #resolution;
  #timer = null;
  #last = undefined;

  constructor(key = undefined, hdr, resolution) {
    super(key, hdr);
    this.#resolution = resolution;
  }

  static {
    isELD = (value) => value !== null && typeof value === 'object' && #timer in value;
  }

  enable() {
    if (!isELD(this)) throw new ERR_INVALID_THIS('ELDHistogram');
    if (this.#timer !== null) return false;
    this.#last = undefined;
    this.#timer = setInterval(() => this.#sample(), this.#resolution);
    this.#timer.unref();
    return true;
  }

  disable() {
    if (!isELD(this)) throw new ERR_INVALID_THIS('ELDHistogram');
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }

  #sample() {
    const now = process.hrtime();
    if (this.#last !== undefined) getHdr(this).record(hrDelta(this.#last, now));
    this.#last = now;
  }
}

function monitorEventLoopDelay(options = kEmptyObject) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new ELDHistogram(kConstruct, new Hdr(1, Number.MAX_SAFE_INTEGER, 3), resolution);
}

module.exports = { monitorEventLoopDelay };
