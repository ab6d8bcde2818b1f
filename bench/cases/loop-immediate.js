'use strict';
// 300k setImmediate chain: each callback schedules the next one. Reports ms for the measured chain.
const now = process.hrtime && process.hrtime.bigint
  ? () => Number(process.hrtime.bigint()) / 1e6 : () => performance.now();
function report(metric, value) { console.log(JSON.stringify({ metric, value })); }

function chain(n, done) {
  let i = 0;
  (function step() { if (i++ === n) done(); else setImmediate(step); })();
}

chain(30000, () => {            // warmup
  const t0 = now();
  chain(300000, () => report('ms', now() - t0));
});
