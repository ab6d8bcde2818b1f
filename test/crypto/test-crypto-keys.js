'use strict';
// KeyObject import/export (PEM, DER, JWK; SPKI, PKCS#8, PKCS#1, SEC1) byte-for-byte against node's, key
// generation, sign/verify (deterministic RSA and Ed25519 signatures equal node's), RSA encryption and errors.
const assert = require('assert');
const crypto = require('crypto');

const fixtures = {
  "rsaPriv": "-----BEGIN RSA PRIVATE KEY-----\nMIICXgIBAAKBgQDPDjoWqv2AfqxsEfslEa/DooznDAg1kYX4xGnOmVmzubwSUEiq\nPE9AgWWD5EpmQx4lINg+KVf9k7XF1WNba6V6wrhb54gC0L5bx1UZrHCc7aA6P53y\nSxMdOggQ4b9v4eG7Bi+MqfMaD8LDDynKgDHX+yxJnvd3+bqhMHWR0YMMJQIDAQAB\nAoGBAMBN8l2DShbBj9p/iMYQ+zG0EzGz1xwJoGg/5BViEBIAe1B3CEYz5Vd/1oz8\nxqzbwW+yZaS2OWbmfXjUi4cpH3KLuEyTYDKnfgbPQSeCFkUY07ZpJRR4HlWLEZR1\nxvewQ+1WwZDekPXT9Dst82UP012APIZxwnNaVMycpnOjR7YBAkEA+dAd/hZvAFYT\nedsG5LA4VQsPTpY6eJ6AG0Kea6lYFoXJzMxjxcnW+1zWQziBQAFUXd/K43Nc5jmO\nym9QGCwzRQJBANQvBCRfVRkhrqZwRUUpY/o0b+E36PU3rD0KQaA/dItdbsx6XFHK\ndgznMuPfCXoX7gGxEfolN71il67wxa23k2ECQQCIJjsSbhuVLVR0B0FchgZNozd2\ndz3q20eqk8ZPmv3dWJFBQuvlsjmuyUwlWrhmr9LRTtT+3bL17sy526zlX8GZAkAT\nyc65Far6DQocu5u6N4H7c6h7eJthQy/tAWfdag2UccJDj6XMevVHfshgOAzKNjEc\nN0dV7OKl5uv+hLXq3ZQBAkEAxzW9DgjqMyM5c8rnwST2T03PSIa7LF8MI+d9bmz4\nBVBkPT2mPE3RAwbPzM3LvRgrbBRpgmqe9/lOlvTqq0sS0Q==\n-----END RSA PRIVATE KEY-----\n",
  "rsaPub": "-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDPDjoWqv2AfqxsEfslEa/Doozn\nDAg1kYX4xGnOmVmzubwSUEiqPE9AgWWD5EpmQx4lINg+KVf9k7XF1WNba6V6wrhb\n54gC0L5bx1UZrHCc7aA6P53ySxMdOggQ4b9v4eG7Bi+MqfMaD8LDDynKgDHX+yxJ\nnvd3+bqhMHWR0YMMJQIDAQAB\n-----END PUBLIC KEY-----\n",
  "ecPriv": "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIDAhbKgqbKSLcodyc6IPAPs9z4I8gJha2q97QAgx6gmJoAoGCCqGSM49\nAwEHoUQDQgAEwld+4QhygrKHMSAM8tgGIh5ODvthOJ/pkAo+fwnnOX0WFkwrWBAY\noIfQ90hOSRQx8aqlHmgnPWlPvFTIbd6jLw==\n-----END EC PRIVATE KEY-----\n",
  "edPriv": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIC8MeweF8aMsmRUlmr0VznNaOKK8GA2Q3Df/sEV7SqMv\n-----END PRIVATE KEY-----\n",
  "xPriv": "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VuBCIEIHD9keC7htuXDpeC2JiPZsfmuMqyS4T+92G7B6s/hXlu\n-----END PRIVATE KEY-----\n",
  "rsaSig": "C4rKX1GLYoJFsE5G1jdXWsak2KeZIs5Ep1ZTs8n5Cs4KgXQ30CvNOt5Dy4pE07gjppCgF+J4ZWZDhKhEPUjqxS44pCyGZKEKJcaYOdr8Z5hAUQU2XqwBcNW6GbSJ/cfuSQRF64MR0aNJ4DLQxS82tzxOMbpcNgPT5b1aQ+quL1Y=",
  "edSig": "1LFZxfTJpVD6bP0WbVtyIHkuT+Ae2I93Hn7MQvhs6LCKHhP1A8quN+q3/8niLcvx1hTNJU1US5H/I2EB18kFBA==",
  "ecSig": "nV4ddPkjWVATH+qwIcYhWOPCpAvZPqRhMjpbFPKuheiLfWArY/ESZDJCyElHvH53TnmftAOheWjbFwsYBIMguw==",
  "pssSig": "butnj5ShK+Eudd40VbI2c7ZaAHPT1G/CRZEePwJMZ3leh0iI6MlQ+9N+dRUE11tX5KG+aR7AuOXxO+bli+Gb/VaiDuenb3lOBvIIeIJChVBrFHd/Tp3Kqa6mFsmW1BPzm3/Zh7vRYZrydp8rdodgQ9v+U/CkqO12gCSY1pyRoTE=",
  "ecPub": "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEwld+4QhygrKHMSAM8tgGIh5ODvthOJ/pkAo+fwnnOX0WFkwrWBAYoIfQ90hOSRQx8aqlHmgnPWlPvFTIbd6jLw==",
  "rsaPkcs8": "MIICeAIBADANBgkqhkiG9w0BAQEFAASCAmIwggJeAgEAAoGBAM8OOhaq/YB+rGwR+yURr8OijOcMCDWRhfjEac6ZWbO5vBJQSKo8T0CBZYPkSmZDHiUg2D4pV/2TtcXVY1trpXrCuFvniALQvlvHVRmscJztoDo/nfJLEx06CBDhv2/h4bsGL4yp8xoPwsMPKcqAMdf7LEme93f5uqEwdZHRgwwlAgMBAAECgYEAwE3yXYNKFsGP2n+IxhD7MbQTMbPXHAmgaD/kFWIQEgB7UHcIRjPlV3/WjPzGrNvBb7JlpLY5ZuZ9eNSLhykfcou4TJNgMqd+Bs9BJ4IWRRjTtmklFHgeVYsRlHXG97BD7VbBkN6Q9dP0Oy3zZQ/TXYA8hnHCc1pUzJymc6NHtgECQQD50B3+Fm8AVhN52wbksDhVCw9Oljp4noAbQp5rqVgWhcnMzGPFydb7XNZDOIFAAVRd38rjc1zmOY7Kb1AYLDNFAkEA1C8EJF9VGSGupnBFRSlj+jRv4Tfo9TesPQpBoD90i11uzHpcUcp2DOcy498JehfuAbER+iU3vWKXrvDFrbeTYQJBAIgmOxJuG5UtVHQHQVyGBk2jN3Z3PerbR6qTxk+a/d1YkUFC6+WyOa7JTCVauGav0tFO1P7dsvXuzLnbrOVfwZkCQBPJzrkVqvoNChy7m7o3gftzqHt4m2FDL+0BZ91qDZRxwkOPpcx69Ud+yGA4DMo2MRw3R1Xs4qXm6/6EterdlAECQQDHNb0OCOozIzlzyufBJPZPTc9IhrssXwwj531ubPgFUGQ9PaY8TdEDBs/Mzcu9GCtsFGmCap73+U6W9OqrSxLR",
  "ecPkcs8": "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgMCFsqCpspItyh3Jzog8A+z3PgjyAmFrar3tACDHqCYmhRANCAATCV37hCHKCsocxIAzy2AYiHk4O+2E4n+mQCj5/Cec5fRYWTCtYEBigh9D3SE5JFDHxqqUeaCc9aU+8VMht3qMv",
  "edPub": "MCowBQYDK2VwAyEAs1JQZTMXLtwnTrFGtYzUMhgjjDm472jHxJTJk3Owyk8=",
  "xPub": "MCowBQYDK2VuAyEAO7wkiWbTXFKWJH4WDO1Qb6UTAfQSWjqPls20m996u38=",
  "rsaJwk": {
    "kty": "RSA",
    "n": "zw46Fqr9gH6sbBH7JRGvw6KM5wwINZGF-MRpzplZs7m8ElBIqjxPQIFlg-RKZkMeJSDYPilX_ZO1xdVjW2ulesK4W-eIAtC-W8dVGaxwnO2gOj-d8ksTHToIEOG_b-HhuwYvjKnzGg_Cww8pyoAx1_ssSZ73d_m6oTB1kdGDDCU",
    "e": "AQAB",
    "d": "wE3yXYNKFsGP2n-IxhD7MbQTMbPXHAmgaD_kFWIQEgB7UHcIRjPlV3_WjPzGrNvBb7JlpLY5ZuZ9eNSLhykfcou4TJNgMqd-Bs9BJ4IWRRjTtmklFHgeVYsRlHXG97BD7VbBkN6Q9dP0Oy3zZQ_TXYA8hnHCc1pUzJymc6NHtgE",
    "p": "-dAd_hZvAFYTedsG5LA4VQsPTpY6eJ6AG0Kea6lYFoXJzMxjxcnW-1zWQziBQAFUXd_K43Nc5jmOym9QGCwzRQ",
    "q": "1C8EJF9VGSGupnBFRSlj-jRv4Tfo9TesPQpBoD90i11uzHpcUcp2DOcy498JehfuAbER-iU3vWKXrvDFrbeTYQ",
    "dp": "iCY7Em4blS1UdAdBXIYGTaM3dnc96ttHqpPGT5r93ViRQULr5bI5rslMJVq4Zq_S0U7U_t2y9e7Mudus5V_BmQ",
    "dq": "E8nOuRWq-g0KHLubujeB-3Ooe3ibYUMv7QFn3WoNlHHCQ4-lzHr1R37IYDgMyjYxHDdHVezipebr_oS16t2UAQ",
    "qi": "xzW9DgjqMyM5c8rnwST2T03PSIa7LF8MI-d9bmz4BVBkPT2mPE3RAwbPzM3LvRgrbBRpgmqe9_lOlvTqq0sS0Q"
  },
  "edJwk": {
    "crv": "Ed25519",
    "d": "Lwx7B4XxoyyZFSWavRXOc1o4orwYDZDcN_-wRXtKoy8",
    "x": "s1JQZTMXLtwnTrFGtYzUMhgjjDm472jHxJTJk3Owyk8",
    "kty": "OKP"
  },
  "ecJwk": {
    "kty": "EC",
    "x": "wld-4QhygrKHMSAM8tgGIh5ODvthOJ_pkAo-fwnnOX0",
    "y": "FhZMK1gQGKCH0PdITkkUMfGqpR5oJz1pT7xUyG3eoy8",
    "crv": "P-256",
    "d": "MCFsqCpspItyh3Jzog8A-z3PgjyAmFrar3tACDHqCYk"
  },
  "oaep": "oDwXuamVI6DOteWe9kaHIG9/aZRElqWK3yhoJwICp9qu3rXmFlzRu8f/pEWtUp9rszCs7fFeJ49l24B5AtXb4LjaRsqNMZkGSQ9A8nwVRt43aDoy+ccX/IxQ28MvSGG4h5zJCtuXMhER8jbkk/Oj/4x3dLgh4aFuy0x7RWlVHbw=",
  "rsaDetails": 1024
};
const msg = Buffer.from('message to sign');

const rsa = crypto.createPrivateKey(fixtures.rsaPriv);
assert.strictEqual(rsa.type, 'private');
assert.strictEqual(rsa.asymmetricKeyType, 'rsa');
assert.strictEqual(rsa.asymmetricKeyDetails.modulusLength, 1024);
assert.strictEqual(rsa.asymmetricKeyDetails.publicExponent, 65537n);
assert.strictEqual(rsa.export({ type: 'pkcs1', format: 'pem' }), fixtures.rsaPriv);
assert.strictEqual(rsa.export({ type: 'pkcs8', format: 'der' }).toString('base64'), fixtures.rsaPkcs8);
assert.deepStrictEqual(rsa.export({ format: 'jwk' }), fixtures.rsaJwk);
const rsaPub = crypto.createPublicKey(rsa);
assert.strictEqual(rsaPub.type, 'public');
assert.strictEqual(rsaPub.export({ type: 'spki', format: 'pem' }), fixtures.rsaPub);
assert.ok(crypto.createPublicKey(fixtures.rsaPub).equals(rsaPub));
assert.ok(crypto.createPublicKey(fixtures.rsaPriv).equals(rsaPub));
assert.ok(crypto.createPrivateKey({ key: fixtures.rsaJwk, format: 'jwk' }).equals(rsa));
assert.strictEqual(Object.prototype.toString.call(rsa), '[object KeyObject]');

const ec = crypto.createPrivateKey(fixtures.ecPriv);
assert.strictEqual(ec.asymmetricKeyType, 'ec');
assert.deepStrictEqual(ec.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
assert.strictEqual(ec.export({ type: 'sec1', format: 'pem' }), fixtures.ecPriv);
assert.strictEqual(ec.export({ type: 'pkcs8', format: 'der' }).toString('base64'), fixtures.ecPkcs8);
assert.deepStrictEqual(ec.export({ format: 'jwk' }), fixtures.ecJwk);
assert.strictEqual(crypto.createPublicKey(ec).export({ type: 'spki', format: 'der' }).toString('base64'),
                   fixtures.ecPub);
const ecFromDer = crypto.createPrivateKey({ key: Buffer.from(fixtures.ecPkcs8, 'base64'), format: 'der',
                                            type: 'pkcs8' });
assert.ok(ecFromDer.equals(ec));

const ed = crypto.createPrivateKey(fixtures.edPriv);
assert.strictEqual(ed.asymmetricKeyType, 'ed25519');
assert.deepStrictEqual(ed.asymmetricKeyDetails, {});
assert.strictEqual(crypto.createPublicKey(ed).export({ type: 'spki', format: 'der' }).toString('base64'),
                   fixtures.edPub);
assert.deepStrictEqual(ed.export({ format: 'jwk' }), fixtures.edJwk);
const x = crypto.createPrivateKey(fixtures.xPriv);
assert.strictEqual(crypto.createPublicKey(x).export({ type: 'spki', format: 'der' }).toString('base64'),
                   fixtures.xPub);

// Deterministic signatures match node's; the others verify.
assert.strictEqual(crypto.sign('sha256', msg, rsa).toString('base64'), fixtures.rsaSig);
assert.strictEqual(crypto.sign(null, msg, ed).toString('base64'), fixtures.edSig);
assert.strictEqual(crypto.createSign('RSA-SHA256').update('message ').update('to sign').sign(fixtures.rsaPriv,
                                                                                              'base64'),
                   fixtures.rsaSig);
assert.ok(crypto.verify('sha256', msg, fixtures.rsaPub, Buffer.from(fixtures.rsaSig, 'base64')));
assert.ok(crypto.verify(null, msg, ed, Buffer.from(fixtures.edSig, 'base64')));
assert.ok(crypto.verify('sha384', msg, { key: ec, dsaEncoding: 'ieee-p1363' }, Buffer.from(fixtures.ecSig, 'base64')));
assert.ok(crypto.verify('sha256', msg, { key: rsaPub, padding: crypto.constants.RSA_PKCS1_PSS_PADDING },
                        Buffer.from(fixtures.pssSig, 'base64')));
assert.ok(!crypto.verify('sha256', Buffer.from('other'), rsaPub, Buffer.from(fixtures.rsaSig, 'base64')));
const ecSig = crypto.sign('sha256', msg, ec);
assert.ok(crypto.createVerify('sha256').update(msg).verify(crypto.createPublicKey(ec), ecSig));
crypto.sign('sha256', msg, rsa, (err, sig) => {
  assert.ifError(err);
  assert.strictEqual(sig.toString('base64'), fixtures.rsaSig);
});
assert.throws(() => crypto.sign('sha256', msg, ed), { code: 'ERR_OSSL_INVALID_DIGEST' });

// RSA encryption: OAEP by default, PKCS#1 v1.5 on request; node's ciphertext decrypts.
assert.strictEqual(crypto.privateDecrypt(rsa, Buffer.from(fixtures.oaep, 'base64')).toString(), 'secret');
const sealed = crypto.publicEncrypt({ key: rsaPub, padding: crypto.constants.RSA_PKCS1_PADDING }, Buffer.from('hi'));
assert.strictEqual(sealed.length, 128);
assert.throws(() => crypto.privateDecrypt({ key: rsa, padding: crypto.constants.RSA_PKCS1_PADDING }, sealed),
              { code: 'ERR_INVALID_ARG_VALUE', message: /no longer supported for private decryption/ });
const signedRaw = crypto.privateEncrypt(rsa, Buffer.from('raw'));
assert.strictEqual(crypto.publicDecrypt(rsaPub, signedRaw).toString(), 'raw');

// Generation.
for (const [type, options] of [['rsa', { modulusLength: 1024 }], ['ec', { namedCurve: 'P-384' }],
  ['ed25519', undefined], ['x448', undefined]]) {
  const pair = crypto.generateKeyPairSync(type, options);
  assert.strictEqual(pair.publicKey.asymmetricKeyType, type);
  assert.strictEqual(pair.privateKey.type, 'private');
  assert.ok(crypto.createPublicKey(pair.privateKey).equals(pair.publicKey));
}
const pem = crypto.generateKeyPairSync('ec', {
  namedCurve: 'prime256v1',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'sec1', format: 'pem' },
});
assert.match(pem.publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
assert.match(pem.privateKey, /^-----BEGIN EC PRIVATE KEY-----\n/);
crypto.generateKeyPair('ed25519', (err, publicKey, privateKey) => {
  assert.ifError(err);
  assert.ok(crypto.verify(null, msg, publicKey, crypto.sign(null, msg, privateKey)));
});
assert.strictEqual(crypto.generateKeySync('aes', { length: 256 }).symmetricKeySize, 32);
assert.strictEqual(crypto.createSecretKey(Buffer.from('abc')).export().toString(), 'abc');
assert.deepStrictEqual(crypto.createSecretKey(Buffer.from('abc')).export({ format: 'jwk' }), { kty: 'oct', k: 'YWJj' });

// Errors.
assert.throws(() => crypto.createPrivateKey('garbage'),
              { code: 'ERR_OSSL_UNSUPPORTED', message: 'error:1E08010C:DECODER routines::unsupported' });
assert.throws(() => crypto.createPrivateKey({ key: Buffer.from('3000', 'hex'), format: 'der' }),
              { code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.type' is invalid. Received undefined" });
assert.throws(() => crypto.generateKeyPairSync('foo'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => crypto.createPublicKey(ec).export({ type: 'pkcs8', format: 'pem' }),
              { code: 'ERR_INVALID_ARG_VALUE' });
