'use strict';
// publicEncrypt/privateDecrypt/privateEncrypt/publicDecrypt on RSA keys.

const { Buffer } = require('buffer');
const { validateString } = require('internal/validators');
const { codes: { ERR_CRYPTO_INVALID_DIGEST } } = require('internal/errors');
const { binding, digestIndex, toBytes } = require('internal/crypto/util');
const { asymmetricKey, checked, keyArgs } = require('internal/crypto/keys');

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const bufferTypes = ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'];

function rsaFunction(withPrivate, encrypt, defaultPadding) {
  return function(options, buffer) {
    const key = asymmetricKey(options, withPrivate);
    const opts = typeof options === 'object' && options !== null ? options : {};
    const padding = opts.padding ?? defaultPadding;
    if (withPrivate && !encrypt && padding === RSA_PKCS1_PADDING) {
      // Node 20 refuses it since CVE-2023-46809 (the Marvin timing attack).
      const err = new TypeError('RSA_PKCS1_PADDING is no longer supported for private decryption, this can be ' +
        'reverted with --security-revert=CVE-2023-46809');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    let oaep = -1;
    if (opts.oaepHash !== undefined) {
      validateString(opts.oaepHash, 'key.oaepHash');
      oaep = digestIndex(opts.oaepHash);
      if (oaep < 0) throw new ERR_CRYPTO_INVALID_DIGEST(opts.oaepHash);
    }
    const label = opts.oaepLabel === undefined ? Buffer.alloc(0) : toBytes(opts.oaepLabel, 'key.oaepLabel');
    const data = toBytes(buffer, 'buffer', opts.encoding, bufferTypes);
    const out = checked(binding.rsaCrypt(...keyArgs(key), withPrivate, encrypt, padding, oaep,
                                         label.buffer, label.byteOffset, label.byteLength,
                                         data.buffer, data.byteOffset, data.byteLength));
    return Buffer.from(out, 'base64');
  };
}

module.exports = {
  publicEncrypt: rsaFunction(false, true, RSA_PKCS1_OAEP_PADDING),
  privateDecrypt: rsaFunction(true, false, RSA_PKCS1_OAEP_PADDING),
  privateEncrypt: rsaFunction(true, true, RSA_PKCS1_PADDING),
  publicDecrypt: rsaFunction(false, false, RSA_PKCS1_PADDING),
};
