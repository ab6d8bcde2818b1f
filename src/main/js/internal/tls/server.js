'use strict';
// tls.Server: a net.Server whose connections become server-side TLSSockets; 'secureConnection' once one's
// handshake is done, 'tlsClientError' for one that fails before. Its secure context comes from the options
// (setSecureContext), more by server name from addContext (SNI).

const net = require('net');
const { TLSSocket } = require('internal/tls/socket');
const { SecureContext, createSecureContext } = require('internal/tls/secure_context');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_TLS_REQUIRED_SERVER_NAME, ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject } = require('internal/validators');

const kHandshakeTimeout = Symbol('handshake-timeout');
const kSNICallback = Symbol('snicallback');
const kContextOptions = ['ca', 'cert', 'key', 'pfx', 'passphrase', 'ciphers', 'ecdhCurve', 'dhparam', 'crl',
  'honorCipherOrder', 'minVersion', 'maxVersion', 'secureOptions', 'secureProtocol', 'sessionIdContext',
  'ticketKeys', 'sessionTimeout', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine', 'clientCertEngine'];

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options ??= {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNProtocols = options.ALPNProtocols;
  if (options.ALPNCallback !== undefined) {
    validateFunction(options.ALPNCallback, 'options.ALPNCallback');
    if (options.ALPNProtocols) throw new ERR_TLS_ALPN_CALLBACK_WITH_PROTOCOLS();
  }
  if (options.SNICallback !== undefined) validateFunction(options.SNICallback, 'options.SNICallback');
  this[kSNICallback] = options.SNICallback;
  const handshakeTimeout = options.handshakeTimeout ?? 120000;
  validateNumber(handshakeTimeout, 'options.handshakeTimeout');
  this[kHandshakeTimeout] = handshakeTimeout;
  this.setSecureContext(options);
  net.Server.call(this, {
    allowHalfOpen: options.allowHalfOpen,
    pauseOnConnect: options.pauseOnConnect,
    noDelay: options.noDelay,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  this.on('connection', tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
  validateObject(options, 'options');
  const contextOptions = {};
  for (const name of kContextOptions) {
    if (options[name] !== undefined) {
      this[name] = options[name];
      contextOptions[name] = options[name];
    }
  }
  this._sharedCreds = createSecureContext(contextOptions);
};

Server.prototype.addContext = function addContext(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  const pattern = servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1').replaceAll('*', '[^.]*');
  const secureContext = context instanceof SecureContext ? context : createSecureContext(context);
  this._contexts.push([new RegExp(`^${pattern}$`), secureContext]);
};

Server.prototype.setTicketKeys = function setTicketKeys(keys) {
  this._sharedCreds.context.setTicketKeys(keys);
};

Server.prototype.getTicketKeys = function getTicketKeys() {
  return this._sharedCreds.context.getTicketKeys();
};

Server.prototype.setOptions = function setOptions(options) {
  this.setSecureContext({ ...this, ...options });
};

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback],
    pauseOnConnect: this.pauseOnConnect,
  });
  return socket;
}

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = { Server, createServer };
