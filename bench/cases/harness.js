'use strict';
// What every case shares: a millisecond clock, the JSON result line bench/run reads, a fingerprint of a
// result (so bench/run can tell when the runtimes did not compute the same) and an ops/s loop.
const now = process.hrtime && process.hrtime.bigint
  ? () => Number(process.hrtime.bigint()) / 1e6 : () => performance.now();
function opsPerSec(fn, ms) {
  let n = 0, batch = 1;
  const t0 = now();
  let t = t0;
  while (t - t0 < ms) {
    for (let i = 0; i < batch; i++) fn();
    n += batch;
    if (batch < 4096) batch *= 2;
    t = now();
  }
  return n * 1000 / (t - t0);
}
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return s.length + ':' + h.toString(16);
}
function report(metric, value, check) { console.log(JSON.stringify({ metric, value, check })); }

module.exports = { now, report, fnv, opsPerSec };
