'use strict';
// tls.createSecureContext: key formats (PKCS#1, PKCS#8, SEC1, encrypted PKCS#8 with a passphrase, pfx), and
// node's errors for bad input: argument types, protocol versions, unreadable keys, wrong passphrases, a key that
// is not the certificate's.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));

assert.ok(tls.createSecureContext() instanceof tls.SecureContext);
assert.ok(tls.createSecureContext({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem') }).context);
tls.createSecureContext({ key: fixture('client-key.pem').toString(), cert: fixture('client-cert.pem').toString() });
tls.createSecureContext({ key: fixture('other-key.pem'), cert: fixture('other-cert.pem') });
tls.createSecureContext({ key: fixture('client-key-encrypted.pem'), passphrase: 'secret', cert: fixture('client-cert.pem') });
tls.createSecureContext({ key: [{ pem: fixture('client-key-encrypted.pem'), passphrase: 'secret' }],
                          cert: fixture('client-cert.pem') });
tls.createSecureContext({ pfx: fixture('server.pfx'), passphrase: 'secret' });
tls.createSecureContext({ ca: [fixture('ca-cert.pem'), fixture('selfsigned-cert.pem')] });
tls.createSecureContext({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3' });

assert.throws(() => tls.createSecureContext({ key: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "options.key" property must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
    'Received type number (1)',
});
assert.throws(() => tls.createSecureContext({ cert: true }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext({ ca: [{}] }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv1.4' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION', name: 'TypeError',
  message: '"TLSv1.4" is not a valid minimum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ maxVersion: 'x' }), {
  message: '"x" is not a valid maximum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ secureProtocol: 'TLSv1_2_method', minVersion: 'TLSv1.2' }), {
  code: 'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  message: 'TLS protocol version "TLSv1.2" conflicts with secureProtocol "TLSv1_2_method"',
});
assert.throws(() => tls.createSecureContext({ key: 'not a key' }), {
  code: 'ERR_OSSL_UNSUPPORTED', library: 'DECODER routines', reason: 'unsupported',
  message: 'error:1E08010C:DECODER routines::unsupported',
});
assert.throws(() => tls.createSecureContext({ key: fixture('client-key-encrypted.pem'), passphrase: 'wrong' }), {
  code: 'ERR_OSSL_BAD_DECRYPT', message: 'error:1C800064:Provider routines::bad decrypt',
});
assert.throws(() => tls.createSecureContext({ key: fixture('server-key.pem'), cert: fixture('client-cert.pem') }), {
  code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH', message: 'error:05800074:x509 certificate routines::key values mismatch',
});

assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
const ciphers = tls.getCiphers();
assert.ok(ciphers.includes('tls_aes_256_gcm_sha384'));
assert.ok(ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'));
assert.deepStrictEqual(ciphers, [...ciphers].sort());
assert.ok(tls.rootCertificates.length > 50);
assert.ok(Object.isFrozen(tls.rootCertificates));
assert.match(tls.rootCertificates[0], /^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----$/);
