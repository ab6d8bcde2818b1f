'use strict';
// 100k timers: setTimeout(cb, i % 10) for i < 100k (delays 0..9 ms, 10 timer lists) all scheduled
// at once, then all fired. Reports ms from the first setTimeout call to the last callback; the 9 ms
// floor is part of it (the same for both runtimes). The median of 5 measured bursts.
const { now, report } = require('./harness');

// Runs measure(done(ms)) `reps` times one after the other, then reports the median ms.
function repeat(reps, measure) {
  const times = [];
  (function next() {
    if (times.length === reps) {
      times.sort((a, b) => a - b);
      const m = reps >> 1;
      return report('ms', reps % 2 ? times[m] : (times[m - 1] + times[m]) / 2);
    }
    measure((ms) => { times.push(ms); next(); });
  })();
}

const SPREAD = 10;
function burst(n, done) {
  let left = n;
  const cb = () => { if (--left === 0) done(); };
  for (let i = 0; i < n; i++) setTimeout(cb, i % SPREAD);
}

burst(10000, () => {            // warmup
  repeat(5, (done) => {
    setImmediate(() => {
      const t0 = now();
      burst(100000, () => done(now() - t0));
    });
  });
});
