'use strict';
// createCipheriv/createDecipheriv: known ciphertexts for each mode (split updates, AAD and tags), round trips,
// CCM, short GCM tags, key wrap, padding control, string output, streams and node's errors.
const assert = require('assert');
const crypto = require('crypto');

const key32 = Buffer.alloc(32, 1);
const key16 = Buffer.alloc(16, 2);
const key24 = Buffer.alloc(24, 3);
const iv16 = Buffer.alloc(16, 4);
const iv12 = Buffer.alloc(12, 5);
const iv8 = Buffer.alloc(8, 6);
const msg = Buffer.from('The quick brown fox jumps over the lazy dog, again and again!!');
const params = {
  'aes-128-cbc': [key16, iv16], 'aes-256-cbc': [key32, iv16], 'aes-192-ecb': [key24, null],
  'aes-128-ctr': [key16, iv16], 'aes-256-cfb': [key32, iv16], 'aes-128-cfb8': [key16, iv16],
  'aes-128-ofb': [key16, iv16], 'des-ede3-cbc': [key24, iv8], 'des-ede-cbc': [key16, iv8], 'des-ede3': [key24, null],
  'chacha20': [key32, iv16], 'aes-256-gcm': [key32, iv12], 'chacha20-poly1305': [key32, iv12], 'aes128': [key16, iv16],
};
// [cipher, tag, ciphertext]; two aes-128-gcm rows use a 16-byte and a 1-byte IV.
const expected = [
  ['aes-128-cbc', '',
    '45956bbd7c574645703d1ac7d83037b5dba236600d8220f8eb59fd3f36ea01c8ee034b1793f355709ad2ab6abe1f34ba9a496537f13a7282841d811e7fe6070b'],
  ['aes-256-cbc', '',
    'a1d1384e874c747558a6ef702850c5de259a6dc9bdf40d31ed5e451df227f020e391a134b04769e4b95aea1755c23b730110a902aaa6d95f4b57df6be8a21ee5'],
  ['aes-192-ecb', '',
    'b8ea5087c2e53fd89e083788d070121a994e03948df6d0afab449702ca98f045fac6198664c7fe8b3456b6578570e1f204788c032e3507715a6929241e2f44ea'],
  ['aes-128-ctr', '',
    'f249b281a3782933b8e6b87f87259e02a95989b7c3835dda34be1feeab146a0a2d8a4f2d28243692573a50659c5d4b9cc898999f28de8b0371ef6dd518d3'],
  ['aes-256-cfb', '',
    'f2452efb64d3ee782ee418939aaad32525208aca5184eeba9b114df983838f51c0fa65c55c3533356c2cbad63dde50e335fd35df16c5cd9c7bb5026f8271'],
  ['aes-128-cfb8', '',
    'f268d800fe0a44fda17c17384394955a20f5c52ec45e912332baf4e28d4f0672062f9f83e4af4f5e3e936e2f1247c669e317f22c4461d767501c94d5cb4f'],
  ['aes-128-ofb', '',
    'f249b281a3782933b8e6b87f87259e02c191e4d4f37d0c134a32a9efe4b0b567cfc52151d66a29e45223849fba4927182cbdaf7004c95419b224c8776f15'],
  ['des-ede3-cbc', '',
    '548b2caaac3df59e2d87a46f9f0a1ed11cb551c914f352d5bd162d06dd7d5983c51afd2c31def0b8e5086e50a0b8cc129574349f983b4cf8be64c31d23524832'],
  ['des-ede-cbc', '',
    '548b2caaac3df59e2d87a46f9f0a1ed11cb551c914f352d5bd162d06dd7d5983c51afd2c31def0b8e5086e50a0b8cc129574349f983b4cf8be64c31d23524832'],
  ['des-ede3', '',
    '0718d409cb6c2e36dd2cc76186d5868300e296b01e626df880107b99cb5243633d7bb2e6d082edae54d76777c1c728c9424ed2983284934bb32f7411d71f001c'],
  ['chacha20', '',
    'adef9aa0f833ab2b8a7ac536f2a144fe20b493f4e66cfe221edc39a4b5ad84d8a541f9584bb7cd8452a5f6ea08c658d8fa407b4b9e7e034e672da3718cf2'],
  ['aes-256-gcm', '8d1b4a060ee5172ae05400134c1632e6',
    '55ca841513c75ae41e3a1aeeaee49baa0696680d0bc0181b548e0d65636be0f9d75b47e58c9b279f3d7d1cbce8493c1c30ae0964904c7a88371140bc6c5f'],
  ['aes-128-gcm', '48bfee7c15591096b62850847ad07520',
    '48731face42e3d33fa7d76977dd7c1f088082caf1173a7938f81830de0d89da5f64d9c1d5fa247a5f4ae9af468cdab7d53d4e7d370c64f5bba354c822d22'],
  ['aes-128-gcm', '5521086ad30b8f849cbe9ebd1bb9096b',
    'eaf4bbffba0f0ba761ad84d2d466f379f209b62b9573d1d47c7878d934f46f8829a7ac9d10243d0a3a5be6e565d3ba2466554c1d4f4cb72efb1325832c3f'],
  ['chacha20-poly1305', '599dc8ae8d9ff76a17dddcc97b37c82a',
    '6cc4a2945be0d1dbfb0f8984ad3f71fca2e4534bd441be1028af2a7e1b399c078fa1f1bed4d4de02b6f18f4b71df21ba279d722b0152252ff381c8ed371c'],
  ['aes128', '',
    '45956bbd7c574645703d1ac7d83037b5dba236600d8220f8eb59fd3f36ea01c8ee034b1793f355709ad2ab6abe1f34ba9a496537f13a7282841d811e7fe6070b'],
];
const gcmIvs = [iv16, Buffer.alloc(1, 9)];

for (const [name, tag, hex] of expected) {
  const [key, iv] = name === 'aes-128-gcm' ? [key16, gcmIvs.shift()] : params[name];
  const aead = tag !== '';
  const cipher = crypto.createCipheriv(name, key, iv);
  if (aead) cipher.setAAD(Buffer.from('aad'));
  const ct = Buffer.concat([cipher.update(msg.subarray(0, 7)), cipher.update(msg.subarray(7)), cipher.final()]);
  assert.strictEqual(ct.toString('hex'), hex, name);
  if (aead) assert.strictEqual(cipher.getAuthTag().toString('hex'), tag, name);
  const decipher = crypto.createDecipheriv(name, key, iv);
  if (aead) decipher.setAAD(Buffer.from('aad')).setAuthTag(Buffer.from(tag, 'hex'));
  const pt = Buffer.concat([decipher.update(ct.subarray(0, 5)), decipher.update(ct.subarray(5)), decipher.final()]);
  assert.deepStrictEqual(pt, msg, name);
}

// Stream and AEAD modes decrypt as data arrives, as OpenSSL does.
const ctr = crypto.createCipheriv('aes-128-ctr', key16, iv16).update(msg);
assert.strictEqual(ctr.length, msg.length);
const gcm = crypto.createCipheriv('aes-256-gcm', key32, iv12);
const sealed = Buffer.concat([gcm.update(msg), gcm.final()]);
const gcmTag = gcm.getAuthTag();
const opening = crypto.createDecipheriv('aes-256-gcm', key32, iv12);
opening.setAuthTag(gcmTag);
assert.deepStrictEqual(opening.update(sealed), msg);
assert.strictEqual(opening.final().length, 0);

// A wrong tag or changed data fails at final.
const tampered = Buffer.from(sealed);
tampered[3] ^= 1;
const bad = crypto.createDecipheriv('aes-256-gcm', key32, iv12);
bad.setAuthTag(gcmTag);
bad.update(tampered);
assert.throws(() => bad.final(), { message: 'Unsupported state or unable to authenticate data' });
const noTag = crypto.createDecipheriv('aes-256-gcm', key32, iv12);
noTag.update(sealed);
assert.throws(() => noTag.final(), { message: 'Unsupported state or unable to authenticate data' });

// CCM
const ccm = crypto.createCipheriv('aes-128-ccm', key16, iv12, { authTagLength: 16 });
ccm.setAAD(Buffer.from('aad'), { plaintextLength: msg.length });
const ccmCt = Buffer.concat([ccm.update(msg), ccm.final()]);
assert.strictEqual(ccmCt.toString('hex'), '13ea78e03b9115cf14cd1a2cc315277ff841472d6724041ce82cfaad15b07a9b47fcb66e5f7155774b11d8f9ed1368db83524fb8259182c2755d3d55d037');
assert.strictEqual(ccm.getAuthTag().toString('hex'), 'f0bbd744b8ff7a82329afcb8f3a0c2b4');
const ccmOpen = crypto.createDecipheriv('aes-128-ccm', key16, iv12, { authTagLength: 16 });
ccmOpen.setAuthTag(ccm.getAuthTag());
ccmOpen.setAAD(Buffer.from('aad'), { plaintextLength: ccmCt.length });
assert.deepStrictEqual(Buffer.concat([ccmOpen.update(ccmCt), ccmOpen.final()]), msg);

// Short GCM tags are prefixes of the full tag.
const short = crypto.createCipheriv('aes-128-gcm', key16, iv12, { authTagLength: 8 });
short.update(msg);
short.final();
assert.strictEqual(short.getAuthTag().toString('hex'), '8c050a22be09c88e');

// Key wrap (RFC 3394 / 5649).
const wrap = crypto.createCipheriv('id-aes128-wrap', key16, Buffer.from('A6A6A6A6A6A6A6A6', 'hex'));
assert.strictEqual(Buffer.concat([wrap.update(key16), wrap.final()]).toString('hex'),
                   '95e22ca0272d2bff792552e561304387723c2538f818af52');
const wrapPad = crypto.createCipheriv('id-aes128-wrap-pad', key16, Buffer.from('A65959A6', 'hex'));
assert.strictEqual(Buffer.concat([wrapPad.update(Buffer.from('abcde')), wrapPad.final()]).toString('hex'),
                   '7f1ec16a3d82365236fdec16a9c7f5fd');

// Padding control and output encodings.
const nopad = crypto.createCipheriv('aes-128-ecb', key16, null).setAutoPadding(false);
assert.strictEqual(nopad.update(Buffer.alloc(32)).toString('hex'), 'cb64cf3f422ae84bb90e3ab4dba7bd86cb64cf3f422ae84bb90e3ab4dba7bd86');
assert.strictEqual(nopad.final().length, 0);
const partial = crypto.createCipheriv('aes-128-cbc', key16, iv16).setAutoPadding(false);
partial.update(Buffer.alloc(15));
assert.throws(() => partial.final(), { code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH' });
const hexOut = crypto.createCipheriv('aes-128-cbc', key16, iv16);
const hex = hexOut.update('hello', 'utf8', 'hex') + hexOut.final('hex');
const back = crypto.createDecipheriv('aes-128-cbc', key16, iv16);
assert.strictEqual(back.update(hex, 'hex', 'utf8') + back.final('utf8'), 'hello');
const badPad = crypto.createDecipheriv('aes-128-cbc', key16, iv16);
badPad.update(Buffer.alloc(16));
assert.throws(() => badPad.final(), { code: 'ERR_OSSL_BAD_DECRYPT', message: /bad decrypt/ });

// The stream interface.
const stream = crypto.createCipheriv('aes-128-ctr', key16, iv16);
const chunks = [];
stream.on('data', (c) => chunks.push(c));
stream.on('end', () => assert.strictEqual(Buffer.concat(chunks).toString('hex'), 'd555a5c4b3602534'));
stream.end('streamed');

// Errors.
assert.throws(() => crypto.createCipheriv('foo', key16, iv16), { code: 'ERR_CRYPTO_UNKNOWN_CIPHER' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), iv16),
              { name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length' });
for (const iv of [Buffer.alloc(15), null]) {
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', key16, iv),
                { name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector' });
}
assert.throws(() => crypto.createCipheriv('aes-128-ecb', key16, iv16), { code: 'ERR_CRYPTO_INVALID_IV' });
assert.throws(() => crypto.createCipheriv('aes-128-gcm', key16, iv12, { authTagLength: 3 }),
              { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3' });
assert.throws(() => crypto.createCipheriv('aes-128-ccm', key16, iv12),
              { code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm' });
assert.throws(() => crypto.createCipheriv('aes-128-gcm', key16, iv12).getAuthTag(),
              { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag' });
const started = crypto.createCipheriv('aes-128-gcm', key16, iv12);
started.update('a');
assert.throws(() => started.setAAD(Buffer.alloc(1)), { code: 'ERR_CRYPTO_INVALID_STATE' });
assert.throws(() => crypto.createCipheriv('aes-128-cbc', key16, iv16).setAAD(Buffer.alloc(1)),
              { code: 'ERR_CRYPTO_INVALID_STATE' });
assert.throws(() => crypto.createDecipheriv('aes-128-gcm', key16, iv12).setAuthTag(Buffer.alloc(3)),
              { code: 'ERR_CRYPTO_INVALID_AUTH_TAG' });
const twice = crypto.createDecipheriv('aes-128-gcm', key16, iv12).setAuthTag(Buffer.alloc(16));
assert.throws(() => twice.setAuthTag(Buffer.alloc(16)), { code: 'ERR_CRYPTO_INVALID_STATE' });
const finished = crypto.createCipheriv('aes-128-cbc', key16, iv16);
finished.final();
assert.throws(() => finished.final(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state' });
assert.throws(() => finished.update('a'), { message: 'Trying to add data in unsupported state' });
assert.throws(() => crypto.createCipheriv('aes-128-ctr', key16, iv16).update(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createCipheriv('aes-128-ctr', key16, iv16).update('a', 'utf8', 'bogus'),
              { code: 'ERR_UNKNOWN_ENCODING' });
assert.throws(() => crypto.createCipheriv('chacha20-poly1305', Buffer.alloc(31), iv12),
              { code: 'ERR_CRYPTO_INVALID_KEYLEN' });
assert.ok(crypto.getCiphers().includes('aes-256-gcm'));
