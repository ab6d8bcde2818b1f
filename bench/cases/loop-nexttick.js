'use strict';
// 300k process.nextTick chain: each callback queues the next one. Reports ms for the measured chain.
const now = process.hrtime && process.hrtime.bigint
  ? () => Number(process.hrtime.bigint()) / 1e6 : () => performance.now();
function report(metric, value) { console.log(JSON.stringify({ metric, value })); }

function chain(n, done) {
  let i = 0;
  (function step() { if (i++ === n) done(); else process.nextTick(step); })();
}

chain(30000, () => {            // warmup
  // start the measured chain from a fresh macrotask so the warmup's tail is not counted
  setTimeout(() => {
    const t0 = now();
    chain(300000, () => report('ms', now() - t0));
  }, 0);
});
