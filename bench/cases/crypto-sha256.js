'use strict';
// crypto sha256: createHash('sha256').update(buf).digest() per operation.
// Usage: crypto-sha256.js <small|large>: small = 32 B input (ops/s), large = 1 MiB input (MB/s).
const crypto = require('crypto');
const now = process.hrtime && process.hrtime.bigint
  ? () => Number(process.hrtime.bigint()) / 1e6 : () => performance.now();
// `check` fingerprints the work's result so bench/run can tell when the runtimes did not compute the same.
function report(metric, value, check) { console.log(JSON.stringify({ metric, value, check })); }
function fnv(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return s.length + ':' + h.toString(16);
}
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

const large = process.argv[2] === 'large';
const size = large ? 1 << 20 : 32;
const input = Buffer.alloc(size);
for (let i = 0; i < size; i++) input[i] = (i * 31) & 0xff;
let sink = 0;
const fn = () => { sink += crypto.createHash('sha256').update(input).digest()[0] + 1; };

opsPerSec(fn, 150);                 // warmup
const rate = opsPerSec(fn, 700);
if (sink === 0) throw new Error('no work done');
const digest = crypto.createHash('sha256').update(input).digest('hex');
if (large) report('MB/s', rate * size / 1e6, digest);
else report('ops/s', rate, digest);
