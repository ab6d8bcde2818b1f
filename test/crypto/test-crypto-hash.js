'use strict';
// createHash/hash(): every digest node lists, its aliases, chunked and staged input, copy(), XOF lengths,
// encodings, the stream interface and node's errors.
const assert = require('assert');
const crypto = require('crypto');

const vectors = {
  'md5': ['900150983cd24fb0d6963f7d28e17f72',
    'bQ3jGrzS+Z1E0CCeFfqMRw=='],
  'sha1': ['a9993e364706816aba3e25717850c26c9cd0d89d',
    'rfcRBCRaJQiAVN0rtTg7/14EvLA='],
  'sha224': ['23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
    'ZQfdK+IAKIDFrOYUd75EdpzDddcInmhFeh4RJw=='],
  'sha256': ['ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    '8Qau5w71Z0tHgwUQWR1sw92bBY9ZYLwbnbiuiruw7bQ='],
  'sha384': ['cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7',
    'R9qNyqAB8lyj74/DahZZpoBM0nCoTHw2WAxsG4MBBXVKdctZyh3+qAA+PdQaeqS1'],
  'sha512': ['ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
    'C1pr+NLxFtTRVwKimvQYW02ZiNNdw1WqAWEdAiVNaewkj/kfowTSP5rvCFIdKyibVfyo4zoN8u+L00wKky0qUw=='],
  'sha512-224': ['4634270f707b6a54daae7530460842e20e37ed265ceee9a43e8924aa',
    'aAyGMHRXwBtyigeDfjGyChhNlcQBz/TQfoMjog=='],
  'sha512-256': ['53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23',
    '+SUctO0SjL/0FDuXQlDrNdRIM82LMR5PBuvRNIv4Ipg='],
  'sha3-224': ['e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf',
    'rR9QrXobOVxHy41/8SLB3XZgRifoSsqta70mdA=='],
  'sha3-256': ['3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532',
    'cjCqIK12uUJGN/UvFwVvo7k7ULyQX9ZJ24SrEhNTDMY='],
  'sha3-384': ['ec01498288516fc926459f58e2c6ad8df9b473cb0fc08c2596da7cf0e49be4b298d88cea927ac7f539f1edf228376d25',
    'a38OPjGkJtjEKdRiQU4otzBY1gWOjS8oNU9TRy3KlamBN1v5LXcjujmA0bjAMiYh'],
  'sha3-512': ['b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0',
    'YyKnu68rafiCJmqTFczu39r+Twzw5+N3R3O9leLJpprk63eoewIDygi2Q4EP9Qm3u0GziX0NGDMxECpmGpoGgQ=='],
  'shake128': ['5881092dd818bf5cf8a3ddb793fbcba7',
    'pMqGJaz2JoFJlH2DTrgnzg=='],
  'shake256': ['483366601360a8771c6863080cc4114d8db44530f8f1e1ee4f94ea37e78b5739',
    'XI4KMFI9CsuyhfZiWOydV7k2YcmmEqUjNpRt9HwxL5Q='],
  'ripemd160': ['8eb208f7e05d987a9b044a8e98c6b087f15a0bfc',
    'HNwg4Y+EelTzybQqP3Ce2up6sN4='],
  'blake2b512': ['ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
    'ixdYKyZaJCicIoT/QEiF76sKEk5frhYSBhK/HeBXa0WETXobwC1EjifLnB69wu4luG8GepNKT/xbL3aTkb24Iw=='],
  'blake2s256': ['508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982',
    'Awqm3O9ehvD7wxfrT8OrB7UNDbFR0yJfRqfyt3/jKmg='],
  'sm3': ['66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0',
    '+lPj7plhZitsWcy4OaeZFdY6Jbcai2uI93nszbPs4LA='],
  'md5-sha1': ['900150983cd24fb0d6963f7d28e17f72a9993e364706816aba3e25717850c26c9cd0d89d',
    'bQ3jGrzS+Z1E0CCeFfqMR633EQQkWiUIgFTdK7U4O/9eBLyw'],
};

const big = Buffer.alloc(5000);
for (let i = 0; i < big.length; i++) big[i] = (i * 7) & 255;

for (const [name, [abc, bigB64]] of Object.entries(vectors)) {
  assert.strictEqual(crypto.createHash(name).update('abc').digest('hex'), abc, name);
  assert.strictEqual(crypto.createHash(name.toUpperCase()).update('a').update('bc').digest('hex'), abc, name);
  assert.strictEqual(crypto.createHash(name).update(big).update('tail').digest('base64'), bigB64, name);
  // Many small updates cross the JS staging limit part-way.
  const h = crypto.createHash(name);
  for (let i = 0; i < big.length; i += 100) h.update(big.subarray(i, i + 100));
  assert.strictEqual(h.update('tail').digest('base64'), bigB64, name);
}

// Every listed name works and aliases agree with the canonical digest.
for (const name of crypto.getHashes()) crypto.createHash(name).update('x').digest();
assert.strictEqual(crypto.createHash('RSA-SHA256').update('abc').digest('hex'), vectors.sha256[0]);
assert.strictEqual(crypto.createHash('SHA2-256').update('abc').digest('hex'), vectors.sha256[0]);
assert.strictEqual(crypto.createHash('sha-1').update('abc').digest('hex'), vectors.sha1[0]);
assert.strictEqual(crypto.createHash('rmd160').update('abc').digest('hex'), vectors.ripemd160[0]);
assert.ok(crypto.getHashes().includes('sha256') && crypto.getHashes().includes('blake2b512'));

// Input kinds and encodings.
assert.strictEqual(crypto.createHash('sha256').update('ff', 'hex').digest('hex'),
                   'a8100ae6aa1940d0b663bb31cd466142ebbdbd5187131b92d93818987832eb89');
assert.strictEqual(crypto.createHash('sha256').update('é', 'latin1').digest('hex'),
                   'de2e331d891ae267a7009cb45b4e8830f170e0c937288ea2731a1941c7a53b0d');
assert.strictEqual(crypto.createHash('sha256').update('abc', 'bogus').digest('hex'), vectors.sha256[0]);
assert.strictEqual(crypto.createHash('sha256').update(new Uint16Array([0x6261, 0x63])).digest('hex'),
                   crypto.createHash('sha256').update(Buffer.from([0x61, 0x62, 0x63, 0])).digest('hex'));
assert.strictEqual(crypto.createHash('sha1').update('abc').digest('base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.strictEqual(crypto.createHash('sha1').update('abc').digest('base64url'), 'qZk-NkcGgWq6PiVxeFDCbJzQ2J0');
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').digest()));
assert.ok(Buffer.isBuffer(crypto.createHash('sha1').digest('bogus')));
assert.strictEqual(crypto.createHash('sha1').digest('latin1').length, 20);

// copy() continues independently, from staged and from Java-side state.
for (const first of ['a', big]) {
  const h = crypto.createHash('sha256').update(first);
  const copy = h.copy();
  h.update('1');
  copy.update('2');
  assert.strictEqual(h.digest('hex'), crypto.createHash('sha256').update(first).update('1').digest('hex'));
  assert.strictEqual(copy.digest('hex'), crypto.createHash('sha256').update(first).update('2').digest('hex'));
}

// XOF output lengths.
assert.strictEqual(crypto.createHash('shake128', { outputLength: 5 }).digest('hex'), '7f9c2ba4e8');
assert.strictEqual(crypto.createHash('shake128', { outputLength: 0 }).digest('hex'), '');
assert.strictEqual(crypto.createHash('shake256', { outputLength: 3000 }).digest().length, 3000);
assert.strictEqual(crypto.createHash('shake256', { outputLength: 3000 }).digest('hex').slice(0, 64),
                   crypto.createHash('shake256').digest('hex'));
assert.strictEqual(crypto.createHash('shake128').update('a').copy({ outputLength: 3 }).digest('hex'), '85c8de');
assert.strictEqual(crypto.createHash('sha256', { outputLength: 32 }).digest('hex'),
                   'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');

// crypto.hash()
assert.strictEqual(crypto.hash('sha1', 'abc'), vectors.sha1[0]);
assert.strictEqual(crypto.hash('sha1', 'abc', 'base64'), 'qZk+NkcGgWq6PiVxeFDCbJzQ2J0=');
assert.deepStrictEqual(crypto.hash('md5', Buffer.from('a'), 'buffer'),
                       Buffer.from('0cc175b9c0f1b6a831c399e269772661', 'hex'));

// The stream interface.
const stream = crypto.createHash('md5');
stream.on('data', (d) => { stream.result = d.toString('hex'); });
stream.on('end', () => assert.strictEqual(stream.result, '5d41402abc4b2a76b9719d911017c592'));
stream.end('hello');

// Errors.
assert.throws(() => crypto.createHash('nope'), { name: 'Error', message: 'Digest method not supported' });
assert.throws(() => crypto.createHash('md4'), { code: 'ERR_OSSL_EVP_UNSUPPORTED' });
assert.throws(() => crypto.createHash(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHash('sha256', { outputLength: 5 }),
              { code: 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH' });
assert.throws(() => crypto.createHash('sha256', { outputLength: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.createHash('sha1').update(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
    'Received type number (1)',
});
assert.throws(() => crypto.createHash('sha1').update('abc', 'hex'), { code: 'ERR_INVALID_ARG_VALUE' });
const done = crypto.createHash('sha1');
done.digest();
for (const f of [() => done.update('x'), () => done.digest(), () => done.copy()]) {
  assert.throws(f, { name: 'Error', code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
}
assert.throws(() => crypto.hash('foo', 'a'), { message: 'Digest method foo is not supported' });
assert.throws(() => crypto.hash('sha1', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hash('sha1', 'a', 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
