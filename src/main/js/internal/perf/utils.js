'use strict';
// The clock of perf_hooks: milliseconds on the monotonic clock, zero at process start, and the node
// milestones measured on it.

// The clock's zero as a process.hrtime() pair: process.uptime() counts from process start, as node's
// timeOrigin does. Whole nanoseconds keep now() exact: the difference is an integer before the division.
const [originSec, originNsec] = (() => {
  const upNs = Math.round(process.uptime() * 1e9);
  const t = process.hrtime();
  let sec = t[0] - Math.floor(upNs / 1e9);
  let nsec = t[1] - upNs % 1e9;
  if (nsec < 0) {
    nsec += 1e9;
    sec--;
  }
  return [sec, nsec];
})();

function now() {
  const t = process.hrtime();
  return ((t[0] - originSec) * 1e9 + (t[1] - originNsec)) / 1e6;
}

// Node reports the origin with microsecond precision.
const timeOrigin = Math.round((Date.now() - now()) * 1e3) / 1e3;

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
