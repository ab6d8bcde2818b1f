'use strict';
// The tls module: TLS clients and servers over net sockets (internal/tls/*; the record layer is tls_wrap's, on the
// JDK's SSLEngine), secure contexts, host-name checks, and the protocol and cipher defaults.

const { TLSSocket } = require('internal/tls/socket');
const { Server, createServer } = require('internal/tls/server');
const { connect } = require('internal/tls/connect');
const { SecureContext, createSecureContext, defaults } = require('internal/tls/secure_context');
const { checkServerIdentity } = require('internal/tls/identity');
const { codes: { ERR_TLS_INVALID_PROTOCOL_VERSION } } = require('internal/errors');

const binding = internalBinding('tls_wrap');

let rootCertificates;
let ciphers;

function getCiphers() {
  ciphers ??= binding.ciphers();
  return ciphers.slice();
}

// ALPN protocol names in their wire form: each name after its length byte.
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (const p of protocols) {
      const b = Buffer.from(p);
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (protocols !== undefined && protocols !== null) {
    out.ALPNProtocols = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  }
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:' +
    'ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:' +
    'ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
    '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  SecureContext,
  Server,
  TLSSocket,
  checkServerIdentity,
  connect,
  convertALPNProtocols,
  createSecureContext,
  createServer,
  getCiphers,
};

for (const [name, key, which] of [['DEFAULT_MIN_VERSION', 'minVersion', 'minimum'],
  ['DEFAULT_MAX_VERSION', 'maxVersion', 'maximum']]) {
  Object.defineProperty(module.exports, name, {
    configurable: true,
    enumerable: true,
    get() { return defaults[key]; },
    set(v) {
      if (!['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'].includes(v)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
      defaults[key] = v;
    },
  });
}

Object.defineProperty(module.exports, 'DEFAULT_ECDH_CURVE', {
  configurable: true,
  enumerable: true,
  get() { return defaults.ecdhCurve; },
  set(v) { defaults.ecdhCurve = v; },
});

// node's bundled Mozilla roots; here the system's copy of the same list (or the JDK's cacerts without one).
Object.defineProperty(module.exports, 'rootCertificates', {
  configurable: false,
  enumerable: true,
  get() {
    rootCertificates ??= Object.freeze(binding.rootCertificates());
    return rootCertificates;
  },
});
