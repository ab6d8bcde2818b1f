'use strict';
// TLS failures from tls_wrap ("code\nmessage", OpenSSL's words) as node's errors: message, code, and for OpenSSL
// errors their library and reason; certificate verification codes with OpenSSL's messages.

const binding = internalBinding('tls_wrap');

function tlsError(encoded) {
  const cut = encoded.indexOf('\n');
  const code = encoded.slice(0, cut);
  const message = encoded.slice(cut + 1);
  const err = new Error(message);
  const m = /^error:[0-9A-F]{8}:([^:]*):[^:]*:(.*)$/.exec(message);
  if (m !== null) {
    err.library = m[1];
    err.reason = m[2];
  }
  err.code = code;
  return err;
}

// A verification failure (authorizationError's code) as the error node's verifyError() returns.
function verifyError(code) {
  const err = new Error(binding.verifyMessage(code));
  err.code = code;
  return err;
}

module.exports = { tlsError, verifyError };
