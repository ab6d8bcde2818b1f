'use strict';
// crypto sha256: createHash('sha256').update(buf).digest() per operation.
// Usage: crypto-sha256.js <small|large>: small = 32 B input (ops/s), large = 1 MiB input (MB/s).
const { now, report, fnv, opsPerSec } = require('./harness');
const crypto = require('crypto');

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
