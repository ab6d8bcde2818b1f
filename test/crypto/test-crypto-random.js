'use strict';
// randomBytes/randomFill(Sync)/randomInt/randomUUID/getRandomValues/timingSafeEqual: shapes, ranges, async
// forms and node's errors.
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.strictEqual(crypto.randomBytes(1.5).length, 1);
const a = crypto.randomBytes(64);
const b = crypto.randomBytes(64);
assert.notDeepStrictEqual(a, b);
crypto.randomBytes(100000, (err, buf) => {
  assert.ifError(err);
  assert.strictEqual(buf.length, 100000);
  assert.ok(buf.some((x) => x !== 0));
});
assert.throws(() => crypto.randomBytes(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomBytes(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

const zeros = Buffer.alloc(32);
crypto.randomFillSync(zeros, 8, 8);
assert.ok(zeros.subarray(0, 8).every((x) => x === 0) && zeros.subarray(16).every((x) => x === 0));
assert.ok(zeros.subarray(8, 16).some((x) => x !== 0));
const words = new Uint32Array(4);
crypto.randomFillSync(words, 1, 2);
assert.strictEqual(words[0], 0);
assert.strictEqual(words[3], 0);
assert.strictEqual(crypto.randomFillSync(new ArrayBuffer(4), 1, 3).byteLength, 4);
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync('x'), { code: 'ERR_INVALID_ARG_TYPE' });
const target = Buffer.alloc(16);
crypto.randomFill(target, 4, (err, buf) => {
  assert.ifError(err);
  assert.strictEqual(buf, target);
  assert.ok(target.subarray(0, 4).every((x) => x === 0));
});

for (let i = 0; i < 1000; i++) {
  const n = crypto.randomInt(-3, 4);
  assert.ok(Number.isInteger(n) && n >= -3 && n < 4);
}
assert.strictEqual(crypto.randomInt(1), 0);
crypto.randomInt(10, (err, n) => {
  assert.strictEqual(err, undefined);
  assert.ok(n >= 0 && n < 10);
});
assert.throws(() => crypto.randomInt(5, 1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomInt(1.5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomInt(1, 2 ** 48 + 2), {
  message: 'The value of "max - min" is out of range. It must be <= 281474976710655. Received 281_474_976_710_657',
});

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const seen = new Set();
for (let i = 0; i < 600; i++) {
  const id = crypto.randomUUID();
  assert.match(id, uuid);
  seen.add(id);
}
assert.strictEqual(seen.size, 600);
assert.match(crypto.randomUUID({ disableEntropyCache: true }), uuid);
assert.throws(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.match(globalThis.crypto.randomUUID(), uuid);

const values = new Uint16Array(8);
assert.strictEqual(crypto.getRandomValues(values), values);
assert.strictEqual(globalThis.crypto.getRandomValues(new Uint8Array(65536)).length, 65536);
assert.throws(() => crypto.getRandomValues(new Float32Array(2)), { name: 'TypeMismatchError' });
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), { name: 'QuotaExceededError' });

assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.strictEqual(crypto.timingSafeEqual(new Uint16Array(2), new Uint8Array(4)), true);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)),
              { code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH' });
assert.throws(() => crypto.timingSafeEqual('a', Buffer.alloc(1)), { code: 'ERR_INVALID_ARG_TYPE' });

globalThis.crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((digest) => {
  assert.strictEqual(Buffer.from(digest).toString('hex'),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});
assert.rejects(globalThis.crypto.subtle.digest('md5', Buffer.alloc(1)), { name: 'NotSupportedError' });
