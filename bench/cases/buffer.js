'use strict';
// Buffer operations. Usage: buffer.js <op> <small|large>
//   op: alloc (Buffer.alloc), allocUnsafe, concat (Buffer.concat of two buffers of the size),
//       utf8 | hex | base64 (buf.toString(encoding))
//   small = 32 B (reports ops/s), large = 1 MiB (reports MB/s of buffer bytes processed).
// utf8 content is mostly ASCII with some 2- and 3-byte characters.
const { now, report, fnv, opsPerSec } = require('./harness');

const op = process.argv[2] || 'alloc';
const size = (process.argv[3] || 'small') === 'large' ? 1 << 20 : 32;

const text = 'The quick brown fox jumps over the lazy dog — café π € ';
const src = Buffer.from(text.repeat(Math.ceil(size / text.length))).subarray(0, size);
const other = Buffer.from(src);
let sink = 0;

const ops = {
  alloc: () => { sink += Buffer.alloc(size).length; },
  allocUnsafe: () => { sink += Buffer.allocUnsafe(size).length; },
  concat: () => { sink += Buffer.concat([src, other]).length; },
  utf8: () => { sink += src.toString('utf8').length; },
  hex: () => { sink += src.toString('hex').length; },
  base64: () => { sink += src.toString('base64').length; },
};
const fn = ops[op];
if (!fn) throw new Error('unknown op ' + op);

opsPerSec(fn, 150);                 // warmup
const rate = opsPerSec(fn, 700);
if (sink === 0) throw new Error('no work done');
const checks = {
  alloc: () => fnv(Buffer.alloc(size).toString('latin1')),
  allocUnsafe: () => String(Buffer.allocUnsafe(size).length),
  concat: () => fnv(Buffer.concat([src, other]).toString('latin1')),
  utf8: () => fnv(src.toString('utf8')),
  hex: () => fnv(src.toString('hex')),
  base64: () => fnv(src.toString('base64')),
};
if (size === 32) report('ops/s', rate, checks[op]());
else report('MB/s', rate * size / 1e6, checks[op]());
