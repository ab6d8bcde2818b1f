'use strict';
// The Performance interface and the `performance` object.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { customInspectSymbol } = require('internal/util');
const { EventTarget, defineEventHandler } = require('internal/event_target');
const { now, timeOrigin } = require('internal/perf/utils');
const { defineToStringTag, makeEnumerable } = require('internal/perf/performance_entry');
const { filterBuffer } = require('internal/perf/observe');
const { mark, measure, clearMarks, clearMeasures } = require('internal/perf/usertiming');
const { nodeTiming } = require('internal/perf/nodetiming');
const { eventLoopUtilization } = require('internal/perf/event_loop_utilization');
const { timerify } = require('internal/perf/timerify');

const kConstruct = Symbol('kConstruct');

let checkThis;

class Performance extends EventTarget {
  #resourceTimingBufferSize = 250;

  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  static {
    checkThis = (value) => {
      if (value === null || typeof value !== 'object' || !(#resourceTimingBufferSize in value)) {
        throw new ERR_INVALID_ARG_TYPE('this', 'Performance', value);
      }
    };
  }

  clearMarks(name = undefined) {
    checkThis(this);
    clearMarks(name);
  }

  clearMeasures(name = undefined) {
    checkThis(this);
    clearMeasures(name);
  }

  // No resource timing entries are ever recorded: fetch does not report them here.
  clearResourceTimings() {
    checkThis(this);
  }

  getEntries() {
    checkThis(this);
    return filterBuffer();
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterBuffer(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterBuffer(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return mark(name, options);
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return measure(name, startOrMeasureOptions, endMark);
  }

  now() {
    checkThis(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    this.#resourceTimingBufferSize = maxSize;
  }

  get timeOrigin() {
    checkThis(this);
    return timeOrigin;
  }

  toJSON() {
    checkThis(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return options.stylize('[Performance]', 'special');
    const value = { nodeTiming: this.nodeTiming, timeOrigin: this.timeOrigin };
    return `Performance ${inspect(value, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

const proto = Performance.prototype;
makeEnumerable(proto, ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries', 'getEntriesByName',
  'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize', 'timeOrigin', 'toJSON']);
Object.defineProperties(proto, {
  eventLoopUtilization: { value: eventLoopUtilization, writable: true, enumerable: false, configurable: true },
  nodeTiming: { value: nodeTiming, writable: true, enumerable: false, configurable: true },
  timerify: { value: timerify, writable: true, enumerable: false, configurable: true },
});
defineEventHandler(proto, 'resourcetimingbufferfull');
defineToStringTag(proto, 'Performance');

const performance = new Performance(kConstruct);

module.exports = { Performance, performance };
