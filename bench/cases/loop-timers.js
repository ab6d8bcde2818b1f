'use strict';
// 100k timers: setTimeout(cb, i % 10) for i < 100k (delays 0..9 ms, 10 timer lists) all scheduled
// at once, then all fired. Reports ms from the first setTimeout call to the last callback; the 9 ms
// floor is part of it (the same for both runtimes).
const now = process.hrtime && process.hrtime.bigint
  ? () => Number(process.hrtime.bigint()) / 1e6 : () => performance.now();
function report(metric, value) { console.log(JSON.stringify({ metric, value })); }

const SPREAD = 10;
function burst(n, done) {
  let left = n;
  const cb = () => { if (--left === 0) done(); };
  for (let i = 0; i < n; i++) setTimeout(cb, i % SPREAD);
}

burst(10000, () => {            // warmup
  const t0 = now();
  burst(100000, () => report('ms', now() - t0));
});
