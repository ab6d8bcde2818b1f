'use strict';
// The clock of perf_hooks: milliseconds on the monotonic clock, zero at process start, and the node
// milestones measured on it.

function hrMs() {
  const t = process.hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}

// process.uptime() counts from process start, so subtracting it puts the zero there, as node's timeOrigin.
const origin = hrMs() - process.uptime() * 1e3;
// Node reports the origin with microsecond precision.
const timeOrigin = Math.round((Date.now() - (hrMs() - origin)) * 1e3) / 1e3;

function now() {
  return hrMs() - origin;
}

// Milestones node records while it boots. The runtime does not report them, so everything up to the
// bootstrap counts as having happened when perf_hooks was first loaded; the loop start is approximated by the
// first tick after the code that loaded it, which runs right before the event loop when loaded by the main
// script. loopExit stays -1: nothing observes the loop's end.
const loadTime = now();
const milestones = {
  nodeStart: 0,
  v8Start: loadTime,
  environment: loadTime,
  bootstrapComplete: loadTime,
  loopStart: -1,
  loopExit: -1,
};
process.nextTick(() => { milestones.loopStart = now(); });

module.exports = { now, timeOrigin, milestones };
