'use strict';
// 300k process.nextTick chain: each callback queues the next one.
// Reports ms for one chain: the median of 5 measured chains, each started from a fresh macrotask.
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

function chain(n, done) {
  let i = 0;
  (function step() { if (i++ === n) done(); else process.nextTick(step); })();
}

chain(30000, () => {            // warmup
  repeat(5, (done) => {
    setImmediate(() => {
      const t0 = now();
      chain(300000, () => done(now() - t0));
    });
  });
});
