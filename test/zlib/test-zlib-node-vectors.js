'use strict';
// Compressed bytes equal node's where both run the same codec deterministically: stored blocks (level 0), Huffman-only
// and level-9 filtered deflate (java.util.zip's zlib and node's zlib agree there), gzip headers, and brotli (both
// brotli 1.1.0). Each vector is [input, function, options, output length, crc32 of the output], taken from node.
// The LZ-matching levels 1-9 are left out: node builds Chromium's zlib, whose match finder differs from zlib's.
const assert = require('assert');
const zlib = require('zlib');

function corpus(n, alphabet, seed) {
  const b = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    b[i] = 97 + ((s >>> 16) % alphabet);
  }
  return b;
}
const inputs = { text: corpus(70000, 6, 1), small: Buffer.from('hello world'), empty: Buffer.alloc(0), wide: corpus(40000, 26, 9) };

const vectors = [
  ["text", "deflateSync", {"level": 0}, 70016, 2221133903],
  ["text", "gzipSync", {"level": 0}, 70028, 81518099],
  ["text", "deflateRawSync", {"level": 0}, 70010, 1323774193],
  ["text", "deflateSync", {"level": 0, "chunkSize": 1000}, 70016, 2221133903],
  ["text", "gzipSync", {"level": 1, "strategy": 2}, 24784, 991849837],
  ["text", "deflateSync", {"level": 9, "strategy": 2}, 24772, 2842532372],
  ["text", "deflateRawSync", {"level": 6, "strategy": 2}, 24766, 25350241],
  ["text", "deflateSync", {"level": 9, "strategy": 1}, 25300, 565322547],
  ["text", "brotliCompressSync", {}, 23329, 3687411686],
  ["text", "brotliCompressSync", {"params": {"1": 4}}, 26831, 39497168],
  ["text", "brotliCompressSync", {"params": {"1": 11, "2": 16}}, 23331, 4028450561],
  ["small", "deflateSync", {"level": 0}, 22, 231959554],
  ["small", "gzipSync", {"level": 0}, 34, 2552262121],
  ["small", "deflateRawSync", {"level": 0}, 16, 383032883],
  ["small", "deflateSync", {"level": 0, "chunkSize": 1000}, 22, 231959554],
  ["small", "gzipSync", {"level": 1, "strategy": 2}, 31, 1772958842],
  ["small", "deflateSync", {"level": 9, "strategy": 2}, 19, 3593108907],
  ["small", "deflateRawSync", {"level": 6, "strategy": 2}, 13, 1190686048],
  ["small", "deflateSync", {"level": 9, "strategy": 1}, 19, 297321532],
  ["small", "gzipSync", {"level": 9}, 31, 2221360640],
  ["small", "brotliCompressSync", {}, 15, 2163190661],
  ["small", "brotliCompressSync", {"params": {"1": 4}}, 15, 2163190661],
  ["small", "brotliCompressSync", {"params": {"1": 11, "2": 16}}, 15, 144125694],
  ["empty", "deflateSync", {"level": 0}, 11, 2390237681],
  ["empty", "gzipSync", {"level": 0}, 23, 1819670555],
  ["empty", "deflateRawSync", {"level": 0}, 5, 1164233810],
  ["empty", "deflateSync", {"level": 0, "chunkSize": 1000}, 11, 2390237681],
  ["empty", "gzipSync", {"level": 1, "strategy": 2}, 20, 3320335236],
  ["empty", "deflateSync", {"level": 9, "strategy": 2}, 8, 1299389632],
  ["empty", "deflateRawSync", {"level": 6, "strategy": 2}, 2, 1794392380],
  ["empty", "deflateSync", {"level": 9, "strategy": 1}, 8, 3837217663],
  ["empty", "gzipSync", {"level": 9}, 20, 718663268],
  ["empty", "brotliCompressSync", {}, 1, 1661535913],
  ["empty", "brotliCompressSync", {"params": {"1": 4}}, 1, 1661535913],
  ["empty", "brotliCompressSync", {"params": {"1": 11, "2": 16}}, 1, 996231864],
  ["wide", "deflateSync", {"level": 0}, 40011, 569533600],
  ["wide", "gzipSync", {"level": 0}, 40023, 1436015380],
  ["wide", "deflateRawSync", {"level": 0}, 40005, 1775138224],
  ["wide", "deflateSync", {"level": 0, "chunkSize": 1000}, 40011, 569533600],
  ["wide", "gzipSync", {"level": 1, "strategy": 2}, 24035, 4085143293],
  ["wide", "deflateSync", {"level": 9, "strategy": 2}, 24023, 272270160],
  ["wide", "deflateRawSync", {"level": 6, "strategy": 2}, 24017, 461696147],
  ["wide", "brotliCompressSync", {}, 23833, 3887022007],
  ["wide", "brotliCompressSync", {"params": {"1": 4}}, 23837, 630627123],
  ["wide", "brotliCompressSync", {"params": {"1": 11, "2": 16}}, 23832, 3804353672],
];

const inverse = { deflateSync: 'inflateSync', gzipSync: 'gunzipSync', deflateRawSync: 'inflateRawSync',
  brotliCompressSync: 'brotliDecompressSync' };
for (const [name, fn, opts, length, crc] of vectors) {
  const out = zlib[fn](inputs[name], opts);
  const what = `${fn}(${name}, ${JSON.stringify(opts)})`;
  assert.strictEqual(out.length, length, what);
  assert.strictEqual(zlib.crc32(out), crc, what);
  assert.deepStrictEqual(zlib[inverse[fn]](out), inputs[name], what);
}

// gzip headers: no name, mtime 0, OS 3, XFL 2 at level 9 and 4 for the fastest level or Huffman-only.
assert.strictEqual(zlib.gzipSync('').toString('hex'), '1f8b080000000000000303000000000000000000');
assert.strictEqual(zlib.gzipSync('a', { level: 9 }).toString('hex'), '1f8b08000000000002034b040043beb7e801000000');
assert.strictEqual(zlib.gzipSync('a', { level: 1 }).subarray(0, 10).toString('hex'), '1f8b0800000000000403');
assert.strictEqual(zlib.gzipSync('a', { strategy: 2 }).subarray(0, 10).toString('hex'), '1f8b0800000000000403');
assert.strictEqual(zlib.gzipSync('a').subarray(0, 10).toString('hex'), '1f8b0800000000000003');
// zlib headers carry the level class.
assert.strictEqual(zlib.deflateSync('').toString('hex'), '789c030000000001');
assert.strictEqual(zlib.deflateSync('a', { level: 1 }).toString('hex'), '78014b040000620062');
assert.strictEqual(zlib.deflateSync('a', { level: 9 }).toString('hex'), '78da4b040000620062');
// A sync flush ends with an empty stored block; a dictionary sets FDICT and its Adler-32.
const d = zlib.createDeflate({ dictionary: Buffer.from('hello') });
d.write('hello');
d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
  const got = d.read();
  assert.strictEqual(got.subarray(0, 6).toString('hex'), '78bb062c0215');
  assert.strictEqual(got.subarray(-4).toString('hex'), '0000ffff');
  d.close();
});
