'use strict';
// 300k promise reactions: `await` in a loop (each iteration is one microtask hop).
// Reports ms for 300k: the median of 5 measured loops.
const { now, report } = require('./harness');

async function chain(n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await i;
  return sum;
}

(async () => {
  await chain(30000);           // warmup
  const times = [];
  for (let rep = 0; rep < 5; rep++) {
    const t0 = now();
    await chain(300000);
    times.push(now() - t0);
  }
  report('ms', times.sort((a, b) => a - b)[2]);
})();
