'use strict';
// crypto aes-256-gcm on 1 MiB messages: a new cipher per message (createCipheriv, update, final,
// getAuthTag) or, with `decrypt`, a new decipher per message (setAuthTag, update, final).
// Usage: crypto-aes-gcm.js <encrypt|decrypt>. Reports MB/s of plaintext.
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
  let n = 0;
  const t0 = now();
  let t = t0;
  while (t - t0 < ms) { fn(); n++; t = now(); }
  return n * 1000 / (t - t0);
}

const SIZE = 1 << 20;
const key = Buffer.alloc(32, 7);
const iv = Buffer.alloc(12, 3);
const plain = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) plain[i] = (i * 13) & 0xff;

function encrypt() {
  const c = crypto.createCipheriv('aes-256-gcm', key, iv);
  const out = Buffer.concat([c.update(plain), c.final()]);
  return { out, tag: c.getAuthTag() };
}
const sealed = encrypt();
let sink = 0;
const fn = process.argv[2] === 'decrypt'
  ? () => {
    const d = crypto.createDecipheriv('aes-256-gcm', key, iv);
    d.setAuthTag(sealed.tag);
    sink += d.update(sealed.out).length + d.final().length;
  }
  : () => { sink += encrypt().out.length; };

opsPerSec(fn, 150);                 // warmup
const rate = opsPerSec(fn, 700);
if (sink === 0) throw new Error('no work done');
const check = crypto.createHash('sha256').update(sealed.out).update(sealed.tag).digest('hex');
report('MB/s', rate * SIZE / 1e6, check);
