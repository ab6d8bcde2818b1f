'use strict';
// performance.nodeTiming: the 'node' entry, whose fields read the milestones live.

const { PerformanceEntry, kConstruct, inspectAs } = require('internal/perf/performance_entry');
const { customInspectSymbol } = require('internal/util');
const { now, milestones } = require('internal/perf/utils');

function getter(get) {
  return { get, enumerable: true, configurable: true };
}

class PerformanceNodeTiming extends PerformanceEntry {
  constructor(key) {
    super(key, 'node', 'node', 0, 0);
    // Own accessors shadow the entry's, like node's: duration is the time elapsed so far.
    Object.defineProperties(this, {
      name: { value: 'node', writable: false, enumerable: true, configurable: true },
      entryType: { value: 'node', writable: false, enumerable: true, configurable: true },
      startTime: getter(() => 0),
      duration: getter(now),
      nodeStart: getter(() => milestones.nodeStart),
      v8Start: getter(() => milestones.v8Start),
      environment: getter(() => milestones.environment),
      loopStart: getter(() => milestones.loopStart),
      loopExit: getter(() => milestones.loopExit),
      bootstrapComplete: getter(() => milestones.bootstrapComplete),
      // The runtime does not measure the loop's idle time.
      idleTime: getter(() => 0),
    });
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs('PerformanceNodeTiming', this.toJSON(), depth, options, inspect);
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: now(),
      nodeStart: milestones.nodeStart,
      v8Start: milestones.v8Start,
      bootstrapComplete: milestones.bootstrapComplete,
      environment: milestones.environment,
      loopStart: milestones.loopStart,
      loopExit: milestones.loopExit,
      idleTime: 0,
    };
  }
}

const nodeTiming = new PerformanceNodeTiming(kConstruct);

module.exports = { nodeTiming };
