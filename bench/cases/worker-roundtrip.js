'use strict';
// worker_threads: a message to a worker and its echo back, one after the other (the round-trip latency of
// postMessage between two threads). Reports ms per round trip: the median of 3 runs of 2,000 round trips.
const { now, report } = require('./harness');
const { Worker } = require('worker_threads');

const worker = new Worker('require("worker_threads").parentPort.on("message", function (m) { this.postMessage(m); });',
  { eval: true });
const payload = { seq: 0, text: 'ping', list: [1, 2, 3] };

function roundTrips(count) {
  return new Promise((resolve) => {
    let left = count;
    worker.on('message', function onEcho(m) {
      if (m.seq !== payload.seq) throw new Error('out of order');
      if (--left === 0) {
        worker.off('message', onEcho);
        resolve();
        return;
      }
      payload.seq++;
      worker.postMessage(payload);
    });
    worker.postMessage(payload);
  });
}

(async () => {
  await roundTrips(500);                 // warmup
  const times = [];
  for (let rep = 0; rep < 3; rep++) {
    const t0 = now();
    await roundTrips(2000);
    times.push((now() - t0) / 2000);
  }
  await worker.terminate();
  report('ms/op', times.sort((a, b) => a - b)[1]);
})();
