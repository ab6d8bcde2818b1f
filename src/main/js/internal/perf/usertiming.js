'use strict';
// User Timing: PerformanceMark, PerformanceMeasure and the mark/measure/clear operations of `performance`.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateNumber, validateString } = require('internal/validators');
const { lazyDOMException } = require('internal/util');
const {
  PerformanceEntry, kConstruct, makeEnumerable, defineToStringTag,
} = require('internal/perf/performance_entry');
const { enqueue, bufferUserTiming, clearEntriesFromBuffer } = require('internal/perf/observe');
const { now, milestones } = require('internal/perf/utils');

// The node milestones measure() accepts as mark names; mark() refuses them.
const kMilestoneNames = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit',
  'bootstrapComplete']);

// Latest startTime of every mark name, including marks constructed but never buffered.
const markTimes = new Map();

function cloneDetail(detail) {
  return detail === undefined ? null : structuredClone(detail);
}

function validateTimestamp(value) {
  if (value < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(value);
}

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options != null && typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    if (kMilestoneNames.has(name)) throw new ERR_INVALID_ARG_VALUE('name', name);
    let startTime = options?.startTime;
    if (startTime === undefined) {
      startTime = now();
    } else {
      validateNumber(startTime, 'startTime');
      validateTimestamp(startTime);
    }
    const detail = cloneDetail(options?.detail);
    super(kConstruct, name, 'mark', startTime, 0);
    this.#detail = detail;
    markTimes.set(name, startTime);
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMark', this);
    return this.#detail;
  }

  toJSON() {
    return { name: this.name, entryType: 'mark', startTime: this.startTime, duration: 0, detail: this.#detail };
  }
}
makeEnumerable(PerformanceMark.prototype, ['detail']);
defineToStringTag(PerformanceMark.prototype, 'PerformanceMark');

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(key = undefined, name, start, duration, detail) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(key, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceMeasure', this);
    return this.#detail;
  }

  toJSON() {
    return {
      name: this.name, entryType: 'measure', startTime: this.startTime, duration: this.duration,
      detail: this.#detail,
    };
  }
}
makeEnumerable(PerformanceMeasure.prototype, ['detail']);
defineToStringTag(PerformanceMeasure.prototype, 'PerformanceMeasure');

function mark(name, options) {
  const entry = new PerformanceMark(name, options);
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

// A measure endpoint: a timestamp, a milestone name or the name of a mark.
function timeOf(value) {
  if (typeof value === 'number') {
    validateTimestamp(value);
    return value;
  }
  const name = `${value}`;
  if (kMilestoneNames.has(name)) return milestones[name];
  const time = markTimes.get(name);
  if (time === undefined) throw lazyDOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return time;
}

function measure(name, startOrMeasureOptions, endMark) {
  validateString(name, 'name');
  let start;
  let end;
  let duration;
  let detail;
  if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object') {
    ({ start, end, duration, detail } = startOrMeasureOptions);
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
    if (endMark !== undefined && (start !== undefined || end !== undefined || duration !== undefined)) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
  } else if (typeof startOrMeasureOptions === 'string') {
    start = startOrMeasureOptions;
  }

  let endTime;
  if (end !== undefined) endTime = timeOf(end);
  else if (start !== undefined && duration !== undefined) endTime = timeOf(start) + timeOf(duration);
  else if (endMark !== undefined) endTime = timeOf(endMark);
  else endTime = now();

  let startTime;
  if (start !== undefined) startTime = timeOf(start);
  else if (duration !== undefined && end !== undefined) startTime = endTime - timeOf(duration);
  else startTime = 0;

  const entry = new PerformanceMeasure(kConstruct, name, startTime, endTime - startTime, cloneDetail(detail));
  enqueue(entry);
  bufferUserTiming(entry);
  return entry;
}

function clearMarks(name) {
  if (name === undefined) {
    markTimes.clear();
    clearEntriesFromBuffer('mark');
    return;
  }
  name = `${name}`;
  markTimes.delete(name);
  clearEntriesFromBuffer('mark', name);
}

function clearMeasures(name) {
  clearEntriesFromBuffer('measure', name === undefined ? undefined : `${name}`);
}

module.exports = { PerformanceMark, PerformanceMeasure, mark, measure, clearMarks, clearMeasures };
