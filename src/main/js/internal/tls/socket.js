'use strict';
// tls.TLSSocket: a net.Socket whose stream handle carries TLS. The record layer is tls_wrap's, in Java, on the
// same handle: reads and writes stay plaintext Buffers here, as on any socket. This file drives the handshake
// (client: once TCP is connected; server: at once, first asking for the context of the client's server name when
// SNI contexts exist), reports its outcome as node does ('secure', then 'secureConnect' or the server's
// 'secureConnection', verification into authorized/authorizationError) and answers the getters.

const net = require('net');
const { initHandle } = require('internal/net/socket');
const { ConnResetException, codes: {
  ERR_INVALID_ARG_TYPE, ERR_MULTIPLE_CALLBACK, ERR_SOCKET_CLOSED, ERR_TLS_INVALID_CONTEXT, ERR_TLS_SNI_FROM_SERVER,
  ERR_TLS_HANDSHAKE_TIMEOUT, ERR_TLS_INVALID_STATE,
} } = require('internal/errors');
const { validateString, validateInt32 } = require('internal/validators');
const { tlsError, verifyError } = require('internal/tls/errors');
const { certificateChain } = require('internal/tls/certificate');
const { SecureContext, createSecureContext } = require('internal/tls/secure_context');

const binding = internalBinding('tls_wrap');
const EVENT_HANDSHAKE = 7;
const EVENT_ERROR = 8;
const EVENT_CLIENT_HELLO = 9;
const CLIENT_AUTH_NONE = 0;
const CLIENT_AUTH_WANT = 1;
const CLIENT_AUTH_NEED = 2;

const kConnectOptions = Symbol('connect-options');
const kWrapped = Symbol('wrapped');
const kStarted = Symbol('started');
const kErrorEmitted = Symbol('error-emitted');
const kSessionPrefix = 'node4j-tls-session:';

function sessionToken(session) {
  if (!session) return 0;
  const text = Buffer.from(session.buffer, session.byteOffset, session.byteLength).toString('latin1');
  return text.startsWith(kSessionPrefix) ? Number(text.slice(kSessionPrefix.length)) || 0 : 0;
}

class TLSSocket extends net.Socket {
  constructor(socket, opts) {
    const tlsOptions = { ...opts };
    if (tlsOptions.secureContext !== undefined && !(tlsOptions.secureContext instanceof SecureContext)) {
      throw new ERR_TLS_INVALID_CONTEXT('context');
    }
    if (socket !== undefined && socket !== null && !(socket instanceof net.Socket)) {
      throw new ERR_INVALID_ARG_TYPE('socket', 'net.Socket', socket);
    }
    const handle = socket && socket._handle && !socket.connecting ? socket._handle : null;
    super({
      handle,
      allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
      pauseOnCreate: tlsOptions.pauseOnConnect,
      highWaterMark: tlsOptions.highWaterMark,
    });
    this._tlsOptions = tlsOptions;
    this._secureEstablished = false;
    this._securePending = false;
    this._newSessionPending = false;
    this._controlReleased = false;
    this.secureConnecting = true;
    this._SNICallback = null;
    this.servername = null;
    this.alpnProtocol = null;
    this.authorized = false;
    this.authorizationError = null;
    this.encrypted = true;
    this[kWrapped] = false;
    this[kStarted] = false;
    this._rejectUnauthorized = tlsOptions.rejectUnauthorized !== false;
    this._requestCert = Boolean(tlsOptions.requestCert);
    this.secureContext = tlsOptions.secureContext || createSecureContext(tlsOptions);
    if (socket) {
      this._parent = socket;
      if (handle !== null) takeOver(this, socket);
      else if (socket.connecting) adoptWhenConnected(this, socket);
    }
    this.on('error', onErrorBeforeControl);
    if (tlsOptions.isServer) initServer(this);
  }

  get ssl() {
    return this._handle;
  }

  _releaseControl() {
    if (this._controlReleased) return false;
    this._controlReleased = true;
    this.removeListener('error', onErrorBeforeControl);
    return true;
  }

  // Starts the client's handshake once connected.
  _start() {
    if (this[kStarted]) return;
    if (this.connecting || !this._handle) {
      this.once('connect', () => this._start());
      return;
    }
    this[kStarted] = true;
    wrapHandle(this);
    binding.start(this._handle._id);
  }

  setServername(name) {
    validateString(name, 'name');
    if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
    this.servername = name;
  }

  setSession(session) {
    if (typeof session === 'string') session = Buffer.from(session, 'latin1');
    this._session = session;
  }

  // A client's session as a buffer for the `session` option of a later connection (an opaque token here: the JDK
  // keeps the session itself and resumes it for the same context, host and port).
  getSession() {
    if (!this._handle || !this[kWrapped] || !this._secureEstablished || this._tlsOptions.isServer) return undefined;
    const token = binding.session(this._handle._id);
    return token === undefined ? undefined : Buffer.from(`${kSessionPrefix}${token}`, 'latin1');
  }

  isSessionReused() {
    return Boolean(this._handle && this[kWrapped] && binding.sessionReused(this._handle._id));
  }

  getTLSTicket() {
    return undefined;
  }

  getPeerCertificate(detailed) {
    if (!this._handle || !this[kWrapped]) return null;
    const json = binding.peerCertificates(this._handle._id);
    return json === undefined ? {} : certificateChain(json, detailed);
  }

  getCertificate() {
    if (!this._handle || !this[kWrapped]) return null;
    const json = binding.ownCertificate(this._handle._id);
    return json === undefined ? {} : certificateChain(`[${json}]`, false);
  }

  getPeerX509Certificate() {
    return undefined;
  }

  getX509Certificate() {
    return undefined;
  }

  getProtocol() {
    if (!this._handle || !this[kWrapped] || !this._secureEstablished) return this._handle ? 'unknown' : null;
    return binding.protocol(this._handle._id) ?? null;
  }

  getCipher() {
    if (!this._handle || !this[kWrapped]) return {};
    const c = binding.cipher(this._handle._id);
    if (c === undefined) return {};
    const [name, standardName, version] = c.split('\n');
    return { name, standardName, version };
  }

  getSharedSigalgs() {
    return [];
  }

  getEphemeralKeyInfo() {
    if (!this._handle) return null;
    return {};
  }

  getFinished() {
    return undefined;
  }

  getPeerFinished() {
    return undefined;
  }

  exportKeyingMaterial() {
    throw new ERR_TLS_INVALID_STATE();
  }

  setMaxSendFragment(size) {
    validateInt32(size, 'size');
    return size >= 512 && size <= 16384;
  }

  disableRenegotiation() {
    this._renegotiationDisabled = true;
  }

  renegotiate(options, callback) {
    if (typeof callback === 'function') {
      if (this.destroyed) {
        process.nextTick(callback, new ERR_SOCKET_CLOSED());
        return false;
      }
      process.nextTick(callback, tlsError('ERR_SSL_WRONG_SSL_VERSION\nerror:0A00010A:SSL routines::wrong ssl version'));
    }
    return false;
  }

  enableTrace() {}

  setKeyCert(context) {
    if (!(context instanceof SecureContext)) context = createSecureContext(context);
    this.secureContext = context;
  }
}

// The raw socket a server (or a caller) handed over: its handle, its connection count and its timeouts become
// this socket's, so the raw socket is left without a handle.
function takeOver(tlsSocket, socket) {
  socket._handle = null;
  tlsSocket._server = socket._server;
  tlsSocket.server = socket.server;
  socket._server = null;
  if (tlsSocket._handle.onlayerevent === undefined) throw new ERR_INVALID_ARG_TYPE('socket', 'net.Socket', socket);
}

// A socket given before it connected: its handle is taken once it has one.
function adoptWhenConnected(tlsSocket, socket) {
  tlsSocket.connecting = true;
  socket.once('connect', () => {
    tlsSocket._handle = socket._handle;
    takeOver(tlsSocket, socket);
    initHandle(tlsSocket);
    tlsSocket.connecting = false;
    tlsSocket.emit('connect');
    tlsSocket.read(0);
  });
}

function wrapHandle(socket) {
  if (socket[kWrapped]) return;
  socket[kWrapped] = true;
  const options = socket._tlsOptions;
  const handle = socket._handle;
  const server = options.isServer ? options.server : null;
  const alpn = alpnList(options.ALPNProtocols);
  let clientAuth = CLIENT_AUTH_NONE;
  if (options.isServer && socket._requestCert) clientAuth = socket._rejectUnauthorized ? CLIENT_AUTH_NEED : CLIENT_AUTH_WANT;
  const askForContext = server !== null && (options.SNICallback || (server._contexts && server._contexts.length > 0));
  const connect = socket[kConnectOptions];
  const serverName = options.isServer ? undefined : socket.servername || undefined;
  binding.wrap(handle._id, askForContext ? -1 : socket.secureContext.context._id, Boolean(options.isServer), serverName,
               connect && connect.port ? Number(connect.port) : 0, alpn, clientAuth, sessionToken(socket._session),
               connect ? connect.host || 'localhost' : undefined);
  handle.onlayerevent = (event, a) => onLayerEvent(socket, event, a);
}

function alpnList(protocols) {
  if (protocols === undefined || protocols === null) return '';
  if (Array.isArray(protocols)) {
    return protocols.map((p) => (typeof p === 'string' ? p : Buffer.from(p).toString('latin1'))).join(',');
  }
  // The wire form: length-prefixed names in one buffer.
  const b = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  const names = [];
  for (let i = 0; i < b.length; i += 1 + b[i]) names.push(b.toString('latin1', i + 1, i + 1 + b[i]));
  return names.join(',');
}

function onLayerEvent(socket, event, a) {
  switch (event) {
    case EVENT_HANDSHAKE:
      onHandshakeDone(socket);
      break;
    case EVENT_ERROR:
      onTlsError(socket, tlsError(a));
      break;
    case EVENT_CLIENT_HELLO:
      chooseServerContext(socket, a);
      break;
  }
}

function onHandshakeDone(socket) {
  if (socket.destroyed) return;
  socket._secureEstablished = true;
  socket.secureConnecting = false;
  const id = socket._handle._id;
  socket.alpnProtocol = binding.alpnProtocol(id) ?? false;
  if (socket._tlsOptions.isServer) socket.servername = binding.servername(id) ?? false;
  else socket.servername ||= false;
  if (socket._tlsOptions.handshakeTimeout > 0) socket.setTimeout(0, onHandshakeTimeout);
  socket.emit('secure');
}

function onTlsError(socket, err) {
  if (socket[kErrorEmitted]) return;
  socket[kErrorEmitted] = true;
  socket.destroy(err);
}

// Before control is released (the server's 'secureConnection', the client's return from connect), errors are the
// server's 'tlsClientError' and not the socket's.
function onErrorBeforeControl(err) {
  const server = this._tlsOptions.server;
  if (this._tlsOptions.isServer && server) {
    this[kErrorEmitted] = true;
    server.emit('tlsClientError', err, this);
  }
}

function onHandshakeTimeout() {
  this.destroy(new ERR_TLS_HANDSHAKE_TIMEOUT());
}

function initServer(socket) {
  const options = socket._tlsOptions;
  if (options.handshakeTimeout > 0) socket.setTimeout(options.handshakeTimeout, onHandshakeTimeout);
  socket.on('secure', onServerSocketSecure);
  socket.on('close', onServerSocketClose);
  wrapHandle(socket);
  socket[kStarted] = true;
  binding.start(socket._handle._id);
}

function chooseServerContext(socket, servername) {
  const options = socket._tlsOptions;
  const fallback = socket.secureContext;
  const use = (ctx) => {
    if (socket.destroyed || !socket._handle) return;
    const context = ctx && ctx.context ? ctx : fallback;
    socket.secureContext = context;
    binding.useContext(socket._handle._id, context.context._id);
  };
  if (!servername) {
    use(undefined);
    return;
  }
  const callback = options.SNICallback || defaultSNICallback;
  let called = false;
  callback.call(socket, servername, (err, ctx) => {
    if (called) {
      socket.destroy(new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    if (err) {
      socket.destroy(err);
      return;
    }
    if (ctx !== undefined && ctx !== null && !(ctx instanceof SecureContext)) {
      socket.destroy(new ERR_TLS_INVALID_CONTEXT('context'));
      return;
    }
    use(ctx);
  });
}

// Server.addContext's contexts, the latest added first.
function defaultSNICallback(servername, callback) {
  const contexts = this._tlsOptions.server._contexts;
  for (let i = contexts.length - 1; i >= 0; i--) {
    if (contexts[i][0].test(servername)) {
      callback(null, contexts[i][1]);
      return;
    }
  }
  callback(null, undefined);
}

function onServerSocketSecure() {
  if (this._requestCert) {
    const code = binding.verifyError(this._handle._id);
    if (code !== undefined) {
      this.authorizationError = code;
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) this._tlsOptions.server.emit('secureConnection', this);
}

function onServerSocketClose() {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', new ConnResetException('socket hang up'), this);
  }
}

// The client's verdict once its handshake is done: the chain, then the host name, decide `authorized`.
function onConnectSecure() {
  const options = this[kConnectOptions];
  const code = binding.verifyError(this._handle._id);
  let failure = code !== undefined ? verifyError(code) : undefined;
  if (failure === undefined) {
    const hostname = options.servername || options.host || (options.socket && options.socket._host) || 'localhost';
    failure = options.checkServerIdentity(hostname, this.getPeerCertificate(true));
  }
  if (failure) {
    this.authorized = false;
    this.authorizationError = failure.code || failure.message;
    if (options.rejectUnauthorized) {
      this.destroy(failure);
      return;
    }
  } else {
    this.authorized = true;
  }
  this.secureConnecting = false;
  this.removeListener('end', onConnectEnd);
  this.emit('secureConnect');
  if (!this.destroyed && this.listenerCount('session') > 0) {
    const session = this.getSession();
    if (session !== undefined) this.emit('session', session);
  }
}

function onConnectEnd() {
  if (this._secureEstablished || this[kErrorEmitted]) return;
  this[kErrorEmitted] = true;
  const options = this[kConnectOptions];
  const err = new ConnResetException('Client network socket disconnected before secure TLS connection was established');
  err.path = options.path;
  err.host = options.host;
  err.port = options.port;
  err.localAddress = options.localAddress;
  this.destroy(err);
}

module.exports = { TLSSocket, kConnectOptions, onConnectEnd, onConnectSecure };
