'use strict';
// Every format round-trips a deterministic corpus through the sync, callback, promisified and stream APIs, with
// small and large chunk sizes, one-byte writes, dictionaries and concatenated gzip members.
const assert = require('assert');
const zlib = require('zlib');
const util = require('util');

function corpus(n, alphabet, seed) {
  const b = Buffer.alloc(n);
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    b[i] = 97 + ((s >>> 16) % alphabet);
  }
  return b;
}
const inputs = [Buffer.alloc(0), Buffer.from('x'), corpus(5000, 3, 4), corpus(200000, 20, 5)];
// Brotli at its default quality 11 is slow: it gets a smaller large input.
const sizeFor = (c, input) => (c.startsWith('brotli') ? input.subarray(0, 30000) : input);
const pairs = [
  ['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw'], ['gzip', 'unzip'],
  ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress'],
];

for (const [c, d] of pairs) {
  for (const whole of inputs) {
    const input = sizeFor(c, whole);
    for (const opts of [{}, { chunkSize: 64 }, { level: 1 }, { level: 9, memLevel: 9 }, { strategy: 1 }]) {
      const packed = zlib[`${c}Sync`](input, opts);
      assert.deepStrictEqual(zlib[`${d}Sync`](packed, { chunkSize: opts.chunkSize }), input, `${c} ${input.length}`);
    }
  }
}

// Typed arrays, DataViews, ArrayBuffers and strings are all accepted as input.
const text = 'héllo wörld';
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(text)).toString(), text);
const bytes = new Uint8Array(Buffer.from(text));
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(bytes.buffer)).toString(), text);
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(new DataView(bytes.buffer))).toString(), text);
assert.strictEqual(zlib.inflateRawSync(new Uint16Array(zlib.deflateRawSync('ab').buffer.slice(0, 4))).toString(), 'ab');

// Dictionaries (zlib and raw) and concatenated gzip members with zero padding after them.
const dict = Buffer.from('hello world dictionary');
for (const [c, d] of [['deflateSync', 'inflateSync'], ['deflateRawSync', 'inflateRawSync']]) {
  const packed = zlib[c]('hello world hello', { dictionary: dict });
  assert.strictEqual(zlib[d](packed, { dictionary: dict }).toString(), 'hello world hello');
}
const members = Buffer.concat([zlib.gzipSync('abc'), zlib.gzipSync('def'), Buffer.alloc(5)]);
assert.strictEqual(zlib.gunzipSync(members).toString(), 'abcdef');
assert.strictEqual(zlib.unzipSync(members).toString(), 'abcdef');

// A gzip header with name, comment, extra field and header CRC is read.
const header = Buffer.from('1f8b081e000000000003' + '0300616263' + '6e616d6500' + '636f6d00', 'hex');
const { crc32 } = zlib;
const hcrc = Buffer.alloc(2);
hcrc.writeUInt16LE(crc32(header) & 0xffff);
const body = zlib.gzipSync('payload').subarray(10);
assert.strictEqual(zlib.gunzipSync(Buffer.concat([header, hcrc, body])).toString(), 'payload');

const big = inputs[3];
let pending = 0;
function expectRoundTrip(name, c, promise) {
  pending++;
  promise.then((out) => {
    assert.deepStrictEqual(out, sizeFor(c, big), name);
    pending--;
  });
}

// Callback and promisified forms.
for (const [c, d] of pairs) {
  expectRoundTrip(`${c} callback`, c, new Promise((resolve, reject) => {
    zlib[c](sizeFor(c, big), (err, packed) => {
      if (err) return reject(err);
      zlib[d](packed, (err2, out) => (err2 ? reject(err2) : resolve(out)));
    });
  }));
  expectRoundTrip(`${c} promisified`, c, util.promisify(zlib[c])(sizeFor(c, big), { level: 3 }).then((p) => util.promisify(zlib[d])(p)));
}

// Streams, written one byte at a time on the decompressing side.
for (const [c, d] of pairs) {
  const name = c[0].toUpperCase() + c.slice(1);
  const encoder = zlib[`create${name}`]();
  const decoder = zlib[`create${d[0].toUpperCase()}${d.slice(1)}`]();
  const out = [];
  decoder.on('data', (chunk) => out.push(chunk));
  expectRoundTrip(`${c} stream`, c, new Promise((resolve) => decoder.on('end', () => resolve(Buffer.concat(out)))));
  const packed = [];
  encoder.on('data', (chunk) => packed.push(chunk));
  encoder.on('end', () => {
    const all = Buffer.concat(packed);
    let i = 0;
    (function next() {
      if (i >= all.length) return decoder.end();
      const step = i < 100 ? 1 : 7919;
      decoder.write(all.subarray(i, i + step), next);
      i += step;
    })();
  });
  const input = sizeFor(c, big);
  for (let i = 0; i < input.length; i += 65536) encoder.write(input.subarray(i, i + 65536));
  encoder.end();
}

process.on('exit', () => assert.strictEqual(pending, 0));
