'use strict';
// SecureContext (node's _tls_common): the options of tls.createSecureContext checked as node checks them and handed
// to a Java context of tls_wrap (key/cert chains, CAs, pfx, protocol range, ciphers, curves). The context's native
// side is `context.context`, with node's setKey/setCert/addCACert methods.

const { isArrayBufferView } = require('internal/util/types');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_INVALID_PROTOCOL_METHOD, ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const { tlsError } = require('internal/tls/errors');

const binding = internalBinding('tls_wrap');
const kVersions = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const defaults = { minVersion: 'TLSv1.2', maxVersion: 'TLSv1.3', ecdhCurve: 'auto' };
const freed = new FinalizationRegistry((id) => binding.freeContext(id));

// The Java context behind a SecureContext (node's native SecureContext).
class NativeSecureContext {
  constructor() {
    this._id = binding.createContext();
    freed.register(this, this._id);
  }

  setKey(key, passphrase) {
    check(binding.addKey(this._id, pemText(key), passphrase == null ? undefined : String(passphrase)));
  }

  setCert(cert) {
    check(binding.addCert(this._id, pemText(cert)));
  }

  addCACert(ca) {
    check(binding.addCa(this._id, pemText(ca)));
  }

  loadPKCS12(pfx, passphrase) {
    const b = typeof pfx === 'string' ? Buffer.from(pfx, 'latin1') : pfx;
    check(binding.addPfx(this._id, b.buffer, b.byteOffset, b.byteLength,
                         passphrase == null ? undefined : String(passphrase)));
  }

  setCiphers(ciphers) {
    check(binding.setCiphers(this._id, ciphers));
  }

  setECDHCurve(curve) {
    if (curve !== 'auto') binding.setGroups(this._id, namedGroups(curve));
  }

  setProtocols(min, max) {
    binding.setProtocols(this._id, min, max);
  }

  setOptions() {}

  setSessionIdContext() {}

  setTicketKeys() {}

  getTicketKeys() {
    return Buffer.alloc(48);
  }

  setSessionTimeout() {}

  getCertificate() {
    const json = binding.contextCertificate(this._id);
    return json === undefined ? null : Buffer.from(JSON.parse(json).raw, 'base64');
  }

  _checkKeyPairs() {
    check(binding.checkContext(this._id));
  }
}

// OpenSSL curve names as the JDK names its groups.
function namedGroups(curves) {
  const names = { 'prime256v1': 'secp256r1', 'P-256': 'secp256r1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
  return curves.split(':').map((c) => names[c] || c).join(':');
}

function check(result) {
  if (result !== '') throw tlsError(result);
}

function pemText(value) {
  return typeof value === 'string' ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('latin1');
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  if (secureProtocol) {
    validateString(secureProtocol, 'secureProtocol');
    if (minVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion, secureProtocol);
    if (maxVersion != null) throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(maxVersion, secureProtocol);
  }
  const range = protocolRange(secureProtocol, minVersion, maxVersion);
  this.context = new NativeSecureContext();
  this.context.setProtocols(range[0], range[1]);
  if (secureOptions) this.context.setOptions(secureOptions);
}

function protocolRange(method, min, max) {
  if (method) {
    const m = /^(TLS|SSLv23|TLSv1|TLSv1_1|TLSv1_2|TLSv1_3)(_client|_server)?_method$/.exec(method);
    if (m === null) throw new ERR_TLS_INVALID_PROTOCOL_METHOD(method);
    const fixed = { TLSv1: 'TLSv1', TLSv1_1: 'TLSv1.1', TLSv1_2: 'TLSv1.2', TLSv1_3: 'TLSv1.3' }[m[1]];
    if (fixed) return [fixed, fixed];
    return ['TLSv1', 'TLSv1.3'];
  }
  return [version(min, 'minimum', defaults.minVersion), version(max, 'maximum', defaults.maxVersion)];
}

function version(v, which, fallback) {
  if (v == null) return fallback;
  if (!kVersions.includes(v)) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
  return v;
}

function validateKeyOrCertOption(name, value) {
  if (typeof value !== 'string' && !isArrayBufferView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function forEachValue(value, fn) {
  if (Array.isArray(value)) {
    for (const v of value) fn(v);
  } else {
    fn(value);
  }
}

function createSecureContext(options) {
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  const { honorCipherOrder, minVersion, maxVersion, secureProtocol } = options;
  const c = new SecureContext(secureProtocol, options.secureOptions, minVersion, maxVersion);
  configure(c.context, options);
  if (honorCipherOrder) binding.setHonorCipherOrder(c.context._id, true);
  return c;
}

function configure(context, options) {
  const { ca, cert, key, pfx, passphrase, ciphers, ecdhCurve, sigalgs, crl } = options;
  if (ca) {
    forEachValue(ca, (v) => {
      validateKeyOrCertOption('options.ca', v);
      context.addCACert(v);
    });
  }
  if (cert) {
    forEachValue(cert, (v) => {
      validateKeyOrCertOption('options.cert', v);
      context.setCert(v);
    });
  }
  if (key) {
    forEachValue(key, (v) => {
      const pem = v?.pem !== undefined ? v.pem : v;
      const pass = v?.pem !== undefined ? (v.passphrase ?? passphrase) : passphrase;
      validateKeyOrCertOption('options.key', pem);
      context.setKey(pem, pass);
    });
  }
  if (sigalgs !== undefined) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
  }
  if (ciphers !== undefined && ciphers !== null) {
    validateString(ciphers, 'options.ciphers');
    const onlyTls13 = ciphers.split(':').every((c) => c.startsWith('TLS_'));
    if (ciphers !== '' && !onlyTls13) context.setCiphers(ciphers);
  }
  if (ecdhCurve !== undefined) {
    validateString(ecdhCurve, 'options.ecdhCurve');
    context.setECDHCurve(ecdhCurve);
  } else {
    context.setECDHCurve(defaults.ecdhCurve);
  }
  if (crl !== undefined) {
    forEachValue(crl, (v) => validateKeyOrCertOption('options.crl', v));
  }
  if (pfx !== undefined) {
    forEachValue(pfx, (v) => {
      const buf = v?.buf !== undefined ? v.buf : v;
      const pass = v?.buf !== undefined ? (v.passphrase ?? passphrase) : passphrase;
      context.loadPKCS12(buf, pass);
    });
  }
  context._checkKeyPairs();
}

module.exports = { SecureContext, createSecureContext, defaults, kVersions };
