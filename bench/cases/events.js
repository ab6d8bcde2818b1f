'use strict';
// EventEmitter: 1M emit('x', a, b) calls with N listeners (usage: events.js <1|3>).
// Reports ms for 1M emits: the median of 5 measured repetitions.
const { now, report } = require('./harness');
const EventEmitter = require('events');

const listeners = Number(process.argv[2]) || 1;
const e = new EventEmitter();
let sink = 0;
for (let i = 0; i < listeners; i++) e.on('x', (a, b) => { sink += a + b.length; });
function run(count) { for (let i = 0; i < count; i++) e.emit('x', i, 'b'); }

run(200000);                        // warmup
const times = [];
for (let rep = 0; rep < 5; rep++) {
  const t0 = now();
  run(1000000);
  times.push(now() - t0);
}
if (sink === 0) throw new Error('no work done');
report('ms', times.sort((a, b) => a - b)[2]);
