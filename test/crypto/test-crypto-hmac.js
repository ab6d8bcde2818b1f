'use strict';
// createHmac: known MACs for several digests, long keys, staged and bulk input, key kinds, finalization and
// errors.
const assert = require('assert');
const crypto = require('crypto');

const vectors = {
  'md5': 'd006bc60c92ff6e54f615474fe835e02',
  'sha1': '22f9e077a3cebd09248154f85d9a56c79941fd96',
  'sha256': '203d1e5cedd2d18f8c5a3beff0bd9c1ebcb97097dfcb288c46b00c9227fde2c0',
  'sha512': '36f44b125a8a90639dc46733039571792e081e0fd8685ff746784b02ed14aa35629d562c7117cde4a701570551faa5a5e1b7ef' +
    '1eb5c3bcd4cc1fdb8923fcf14e',
  'sha3-256': 'f7005cd351f68062dae84960737be699fae731135019ae6455f44ad4b874fe67',
  'ripemd160': 'e877bf284add1cea7055483c6b6ddfabf111f1c3',
  'blake2b512': '5c169e8a18362381efbc0f688fa1d48e99f2bd5885a19c29943e28b43d566f330555d6c37a277cd4cbb1deca561f377c02f0' +
    'd5388c6e1efd6e97de2bd8b2d678',
  'sm3': '8d54716c0553990422ad09e63a7237386696a8952f64e546a4dee3b89a931a35',
};
for (const [name, mac] of Object.entries(vectors)) {
  assert.strictEqual(crypto.createHmac(name, 'key').update('The quick brown fox').digest('hex'), mac, name);
  assert.strictEqual(crypto.createHmac(name, Buffer.from('key')).update('The quick ').update('brown fox')
    .digest('hex'), mac, name);
  assert.strictEqual(crypto.createHmac(name, crypto.createSecretKey(Buffer.from('key')))
    .update('The quick brown fox').digest('hex'), mac, name);
}

// A key longer than the block is hashed first; bulk data goes to Java.
assert.strictEqual(crypto.createHmac('sha256', Buffer.alloc(200, 1)).update(Buffer.alloc(5000, 2)).digest('base64'),
                   'Mjp7QxX2iaB/rjbD+nCNhaNDYV7hGYQ7yk47tzP1oAg=');
assert.strictEqual(crypto.createHmac('sha256', '').digest('hex'),
                   'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');

// The key is copied: changing the caller's buffer afterwards changes nothing.
const key = Buffer.from('key');
const hmac = crypto.createHmac('md5', key);
key.fill(0);
assert.strictEqual(hmac.update('The quick brown fox').digest('hex'), vectors.md5);

// After digest(): another digest is empty, update throws.
const finished = crypto.createHmac('sha1', 'k');
finished.digest();
assert.deepStrictEqual(finished.digest(), Buffer.alloc(0));
assert.strictEqual(finished.digest('hex'), '');
assert.throws(() => finished.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });

assert.throws(() => crypto.createHmac('foo', 'k'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
});
assert.throws(() => crypto.createHmac(1, 'k'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac('sha1', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, ' +
    'DataView, KeyObject, or CryptoKey. Received null',
});

// The stream interface.
const stream = crypto.createHmac('sha256', 'key');
stream.end('The quick brown fox');
stream.on('data', (d) => assert.strictEqual(d.toString('hex'), vectors.sha256));
