'use strict';
// performance.eventLoopUtilization(). The runtime does not report the loop's idle time, so idle is always 0
// and a running loop reads as fully active; values stay zero until the loop has started.

const { now, milestones } = require('internal/perf/utils');

function delta(idle, active) {
  return { idle, active, utilization: active / (idle + active) };
}

function eventLoopUtilization(util1, util2) {
  const loopStart = milestones.loopStart;
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) return delta(util1.idle - util2.idle, util1.active - util2.active);
  const active = now() - loopStart;
  if (!util1) return delta(0, active);
  return delta(0 - util1.idle, active - util1.active);
}

module.exports = { eventLoopUtilization };
