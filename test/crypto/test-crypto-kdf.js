'use strict';
// pbkdf2, scrypt and hkdf: known outputs (sync and async on the thread pool) and node's parameter errors.
const assert = require('assert');
const crypto = require('crypto');

const pbkdf2Hex = 'afe6c5530785b6cc6b1c6453384731bd5ee432ee549fd42fb6695779ad8a1c5bf59de69c48f774efc4007d5298f9033c0' +
  '241d5ab69305e7b64eceeb8d834cfec';
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1000, 64, 'sha512').toString('hex'), pbkdf2Hex);
assert.strictEqual(crypto.pbkdf2Sync(Buffer.from([0, 255]), 'salt', 3, 7, 'sha3-256').toString('hex'),
                   '7fe7e1209743cf');
assert.strictEqual(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1').length, 0);
crypto.pbkdf2('password', 'salt', 1000, 64, 'sha512', (err, key) => {
  assert.ifError(err);
  assert.strictEqual(key.toString('hex'), pbkdf2Hex);
});
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'foo'), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 0, 10, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.pbkdf2Sync('a', 1, 1, 1, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.pbkdf2('a', 'b', 1, 10, 'sha1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.pbkdf2Sync('a', 'b', 1, 10, 'shake128'), { message: 'Deriving bits failed' });

assert.strictEqual(crypto.scryptSync('pass', 'salt', 16).toString('hex'), '4cac4540992d51feeaefe4668bbfed72');
const scryptHex = 'd45ac4ac3ab0bec4b0468070775fe44b35c79ae5a3c44992d9f145548f6ee0f5';
assert.strictEqual(crypto.scryptSync('pass', 'salt', 32, { N: 1024, r: 8, p: 2 }).toString('hex'), scryptHex);
assert.strictEqual(crypto.scryptSync('pass', 'salt', 32, { cost: 1024, blockSize: 8, parallelization: 2 })
  .toString('hex'), scryptHex);
crypto.scrypt('pass', 'salt', 32, { N: 1024, r: 8, p: 2 }, (err, key) => {
  assert.ifError(err);
  assert.strictEqual(key.toString('hex'), scryptHex);
});
assert.throws(() => crypto.scryptSync('a', 'b', 10, { N: 3 }),
              { code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params' });
assert.throws(() => crypto.scryptSync('a', 'b', 10, { N: 1 << 20 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
});
assert.throws(() => crypto.scryptSync('a', 'b', 10, { N: 16, cost: 16 }),
              { code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER' });

const hkdfHex = '24156e2c35525baaf3d0fbb92b734c8032a110a3f12e2596e441e1924870d84c3a500652a723738024432451046fd237ef' +
  'ad8392fb686c5277a59e01053916536ce56ffa4036f0224573100a07a8dafb96aba25a717b1ef32723bd136a8770834b8b6198';
const derived = crypto.hkdfSync('sha512', 'key', 'salt', 'info', 100);
assert.ok(derived instanceof ArrayBuffer);
assert.strictEqual(Buffer.from(derived).toString('hex'), hkdfHex);
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', 'key', '', '', 10)).toString('hex'), '80c724c4a65d79568fc3');
crypto.hkdf('sha512', crypto.createSecretKey(Buffer.from('key')), 'salt', 'info', 100, (err, key) => {
  assert.ifError(err);
  assert.strictEqual(Buffer.from(key).toString('hex'), hkdfHex);
});
assert.throws(() => crypto.hkdfSync('foo', 'a', 'b', 'c', 10), { code: 'ERR_CRYPTO_INVALID_DIGEST' });
assert.throws(() => crypto.hkdfSync('sha1', 'a', 'b', 'c', 20 * 255 + 1), { code: 'ERR_CRYPTO_INVALID_KEYLEN' });
assert.throws(() => crypto.hkdfSync('sha1', 'a', 'b', Buffer.alloc(1025), 10), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.hkdfSync('sha1', 1, 'b', 'c', 10), { code: 'ERR_INVALID_ARG_TYPE' });
