'use strict';
// zlib on 4 MiB of word-like text (compresses roughly 3:1), default level.
// Usage: zlib.js <gzip|gunzip|gzip-async>: gzipSync, gunzipSync, or zlib.gzip with a callback
// (thread pool), one call after the other. Reports MB/s of uncompressed bytes.
const { now, report, fnv } = require('./harness');
const zlib = require('zlib');

const SIZE = 4 << 20;
let seed = 7;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const words = [];
for (let i = 0; i < 2000; i++) {
  let w = '';
  const len = 2 + Math.floor(rnd() * 8);
  for (let j = 0; j < len; j++) w += String.fromCharCode(97 + Math.floor(rnd() * 26));
  words.push(w);
}
const parts = [];
let len = 0;
while (len < SIZE) { const w = words[Math.floor(rnd() * rnd() * words.length)] + ' '; parts.push(w); len += w.length; }
const input = Buffer.from(parts.join('')).subarray(0, SIZE);
const compressed = zlib.gzipSync(input);

const mode = process.argv[2] || 'gzip';
let sink = 0;
const ops = {
  gzip: async () => { sink += zlib.gzipSync(input).length; },
  gunzip: async () => { sink += zlib.gunzipSync(compressed).length; },
  'gzip-async': () => new Promise((resolve, reject) => {
    zlib.gzip(input, (err, out) => { if (err) reject(err); else { sink += out.length; resolve(); } });
  }),
};
const fn = ops[mode];
if (!fn) throw new Error('unknown mode ' + mode);

async function opsPerSec(ms, minOps) {
  let n = 0;
  const t0 = now();
  let t = t0;
  while (t - t0 < ms || n < minOps) { await fn(); n++; t = now(); }
  return n * 1000 / (t - t0);
}
(async () => {
  await opsPerSec(100, 1);          // warmup
  const rate = await opsPerSec(800, 3);
  if (sink === 0) throw new Error('no work done');
  // gunzip must give the input back; gzip output may legitimately differ between zlib builds,
  // so its check is the round trip (and the input's fingerprint), not the compressed bytes.
  const back = zlib.gunzipSync(mode === 'gunzip' ? compressed : zlib.gzipSync(input));
  report('MB/s', rate * SIZE / 1e6, fnv(back.toString('latin1')));
})();
