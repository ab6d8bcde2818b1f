'use strict';
// crypto aes-256-gcm on 1 MiB messages: a new cipher per message (createCipheriv, update, final,
// getAuthTag) or, with `decrypt`, a new decipher per message (setAuthTag, update, final).
// Usage: crypto-aes-gcm.js <encrypt|decrypt>. Reports MB/s of plaintext.
const { now, report, fnv, opsPerSec } = require('./harness');
const crypto = require('crypto');

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
