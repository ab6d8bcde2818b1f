'use strict';
// ClientRequest: an outgoing request on a socket from an Agent (or its own connection), whose response is parsed
// into an IncomingMessage; the socket goes back to the agent when both are done and the connection may be kept.

const net = require('net');
const { OutgoingMessage, kNeedDrain, kOutHeaders } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const { HTTPParser } = require('internal/http/parser');
const { checkIsHttpToken } = require('internal/http/common');
const agents = require('internal/http/agent');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_HTTP_TOKEN, ERR_INVALID_PROTOCOL, ERR_UNESCAPED_CHARACTERS,
  },
  AbortError, ConnResetException,
} = require('internal/errors');
const { validateBoolean, validateInteger, validateNumber } = require('internal/validators');

const kError = Symbol('kError');
const kInvalidPath = /[\u0000-\u0020]/;
const methodsWithoutDefaultBody = new Set(['GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT']);

function ClientRequest(input, options, cb) {
  OutgoingMessage.call(this);
  if (typeof input === 'string') {
    input = urlToOptions(new URL(input));
  } else if (input != null && typeof input === 'object' && typeof input.href === 'string' &&
             typeof input.searchParams === 'object') {
    input = urlToOptions(input);
  } else {
    cb = options;
    options = input;
    input = null;
  }
  if (typeof options === 'function') {
    cb = options;
    options = input || {};
  } else {
    options = { ...input, ...options };
  }

  let agent = options.agent;
  const defaultAgent = options._defaultAgent || agents.globalAgent;
  if (agent === false) {
    agent = new defaultAgent.constructor();
  } else if (agent === null || agent === undefined) {
    if (typeof options.createConnection !== 'function') agent = defaultAgent;
    options.agent = agent;
  } else if (typeof agent.addRequest !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options.agent', ['Agent-like Object', 'undefined', 'false'], agent);
  }
  this.agent = agent;

  const protocol = options.protocol || defaultAgent.protocol;
  let expectedProtocol = defaultAgent.protocol;
  if (this.agent?.protocol) expectedProtocol = this.agent.protocol;
  if (options.path) {
    const path = String(options.path);
    if (kInvalidPath.test(path)) throw new ERR_UNESCAPED_CHARACTERS('Request path');
  }
  if (protocol !== expectedProtocol) throw new ERR_INVALID_PROTOCOL(protocol, expectedProtocol);

  const defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort);
  const optsWithoutSignal = { __proto__: null, ...options };
  const port = optsWithoutSignal.port = options.port || defaultPort || 80;
  const host = optsWithoutSignal.host = validateHost(options.hostname, 'hostname') ||
    validateHost(options.host, 'host') || 'localhost';
  const setHost = options.setHost === undefined || Boolean(options.setHost);
  this.socketPath = options.socketPath;
  if (options.timeout !== undefined) this.timeout = getTimerDuration(options.timeout, 'timeout');

  const method = options.method;
  const methodIsString = typeof method === 'string';
  if (method !== null && method !== undefined && !methodIsString) {
    throw new ERR_INVALID_ARG_TYPE('options.method', 'string', method);
  }
  if (methodIsString && method) {
    if (!checkIsHttpToken(method)) throw new ERR_INVALID_HTTP_TOKEN('Method', method);
    this.method = method.toUpperCase();
  } else {
    this.method = 'GET';
  }
  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;
  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  this.insecureHTTPParser = insecureHTTPParser;
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = options.joinDuplicateHeaders;
  this.path = options.path || '/';
  if (cb) this.once('response', cb);

  this.useChunkedEncodingByDefault = !methodsWithoutDefaultBody.has(this.method);
  this._ended = false;
  this.res = null;
  this.aborted = false;
  this.timeoutCb = null;
  this.upgradeOrConnect = false;
  this.parser = null;
  this.maxHeadersCount = null;
  this.reusedSocket = false;
  this.host = host;
  this.protocol = protocol;

  if (this.agent) {
    if (!this.agent.keepAlive && !Number.isFinite(this.agent.maxSockets)) {
      this._last = true;
      this.shouldKeepAlive = false;
    } else {
      this._last = false;
      this.shouldKeepAlive = true;
    }
  }

  const headersArray = Array.isArray(options.headers);
  if (!headersArray) {
    if (options.headers) {
      for (const key of Object.keys(options.headers)) this.setHeader(key, options.headers[key]);
    }
    if (host && !this.getHeader('host') && setHost) {
      let hostHeader = host;
      const posColon = hostHeader.indexOf(':');
      if (posColon !== -1 && hostHeader.includes(':', posColon + 1) && hostHeader.charCodeAt(0) !== 91) {
        hostHeader = `[${hostHeader}]`;
      }
      if (port && +port !== defaultPort) hostHeader += `:${port}`;
      this.setHeader('Host', hostHeader);
    }
    if (options.auth && !this.getHeader('Authorization')) {
      this.setHeader('Authorization', `Basic ${Buffer.from(options.auth).toString('base64')}`);
    }
    if (this.getHeader('expect')) this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
  } else {
    this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, options.headers);
  }

  if (options.signal) {
    const { signal } = options;
    const onAbort = () => this.destroy(new AbortError(undefined, { cause: signal.reason }));
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  delete optsWithoutSignal.signal;

  if (this.agent) {
    this.agent.addRequest(this, optsWithoutSignal);
  } else {
    let socket;
    if (typeof options.createConnection === 'function') {
      let called = false;
      const oncreate = (err, s) => {
        if (called) return;
        called = true;
        if (err) process.nextTick(() => this.emit('error', err));
        else this.onSocket(s);
      };
      socket = options.createConnection(optsWithoutSignal, oncreate);
      if (socket) oncreate(null, socket);
    } else {
      this.onSocket(net.createConnection(optsWithoutSignal));
    }
  }
}
Object.setPrototypeOf(ClientRequest.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function validateHost(host, name) {
  if (host !== null && host !== undefined && typeof host !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'undefined', 'null'], host);
  }
  return host;
}

function getTimerDuration(msecs, name) {
  validateNumber(msecs, name, 0);
  return msecs;
}

function urlToOptions(url) {
  return require('internal/url').urlToHttpOptions(url);
}

ClientRequest.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
  if (this._header) {
    const { codes: { ERR_HTTP_HEADERS_SENT } } = require('internal/errors');
    throw new ERR_HTTP_HEADERS_SENT('render');
  }
  this._storeHeader(`${this.method} ${this.path} HTTP/1.1\r\n`, this[kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
  if (this.aborted) return;
  this.aborted = true;
  process.nextTick(() => this.emit('abort'));
  this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
  if (this.destroyed) return this;
  this.destroyed = true;
  if (this.res) this.res._dump();
  this[kError] = err;
  this.socket?.destroy(err);
  return this;
};

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
  process.nextTick(() => onSocketNT(this, socket, err));
};

function onSocketNT(req, socket, err) {
  if (req.destroyed || err) {
    req.destroyed = true;
    if (!err && req.agent && !socket.destroyed) {
      socket.emit('free');
    } else {
      if (socket) socket.destroy(err || req[kError]);
      err ||= req[kError] || new ConnResetException('socket hang up');
      if (!req.aborted || err) {
        req.emit('error', err);
      }
      req._closed = true;
      req.emit('close');
    }
    return;
  }
  tickOnSocket(req, socket);
  req._flush();
}

function tickOnSocket(req, socket) {
  const parser = new HTTPParser(HTTPParser.RESPONSE, req.maxHeaderSize, Boolean(req.insecureHTTPParser));
  req.socket = socket;
  parser.socket = socket;
  parser.outgoing = req;
  parser.incoming = null;
  parser.expectHead = req.method === 'HEAD';
  req.parser = parser;
  socket.parser = parser;
  socket._httpMessage = req;
  parser.maxHeadersCount = req.maxHeadersCount;
  parser.onHeaders = (info) => parserOnHeadersClient(parser, info);
  parser.onBody = (chunk) => {
    const res = parser.incoming;
    if (res !== null && !res._dumped && !res.push(chunk)) socket.pause();
  };
  parser.onMessageComplete = (trailers) => parserOnMessageCompleteClient(parser, trailers);
  socket.on('error', socketErrorListener);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('close', socketCloseListener);
  socket.on('drain', ondrain);
  req.on('finish', requestOnFinish);
  if (req.timeout !== undefined || (req.agent && req.agent.options && req.agent.options.timeout)) {
    listenSocketTimeout(req);
  }
  req.emit('socket', socket);
}

// The socket's 'timeout' becomes the request's, once per request.
function listenSocketTimeout(req) {
  if (req.timeoutCb) return;
  req.timeoutCb = () => req.emit('timeout');
  if (req.socket) req.socket.once('timeout', req.timeoutCb);
  else req.on('socket', (socket) => socket.once('timeout', req.timeoutCb));
}

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this._ended) return this;
  listenSocketTimeout(this);
  validateNumber(msecs, 'msecs', 0);
  if (callback) this.once('timeout', callback);
  if (this.socket) setSocketTimeout(this.socket, msecs);
  else this.once('socket', (sock) => setSocketTimeout(sock, msecs));
  return this;
};

function setSocketTimeout(sock, msecs) {
  if (sock.connecting) sock.once('connect', () => sock.setTimeout(msecs));
  else sock.setTimeout(msecs);
}

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
  if (this.socket) this.socket.setNoDelay(noDelay);
  else this.once('socket', (sock) => sock.setNoDelay(noDelay));
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, initialDelay) {
  if (this.socket) this.socket.setKeepAlive(enable, initialDelay);
  else this.once('socket', (sock) => sock.setKeepAlive(enable, initialDelay));
};

ClientRequest.prototype.clearTimeout = function clearTimeout(cb) {
  this.setTimeout(0, cb);
};

function ondrain() {
  const msg = this._httpMessage;
  if (msg && !msg.finished && msg.writableNeedDrain) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketCloseListener() {
  const socket = this;
  const req = socket._httpMessage;
  const parser = socket.parser;
  const res = req.res;
  req.destroyed = true;
  if (res) {
    if (!res.complete) res.destroy(new ConnResetException('aborted'));
    req._closed = true;
    req.emit('close');
    if (!res.aborted && res.readable) {
      res.push(null);
    }
  } else {
    if (!req.socket._hadError) {
      req.socket._hadError = true;
      req.emit('error', new ConnResetException('socket hang up'));
    }
    req._closed = true;
    req.emit('close');
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
}

function socketErrorListener(err) {
  const socket = this;
  const req = socket._httpMessage;
  if (req) {
    req.socket._hadError = true;
    req.emit('error', err);
  }
  const parser = socket.parser;
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.destroy();
}

function socketOnEnd() {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  if (!req.res && !req.socket._hadError) {
    req.socket._hadError = true;
    req.emit('error', new ConnResetException('socket hang up'));
  }
  if (parser) {
    parser.finish();
    freeParser(parser, req, socket);
  }
  socket.destroy();
}

function socketOnData(d) {
  const socket = this;
  const req = this._httpMessage;
  const parser = this.parser;
  const ret = parser.execute(d);
  if (ret instanceof Error) {
    ret.rawPacket = d;
    freeParser(parser, req, socket);
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.destroy();
    req.socket._hadError = true;
    req.emit('error', ret);
  } else if (parser.upgraded) {
    // Upgrade or CONNECT: the socket leaves HTTP with the bytes after the response head.
    const res = parser.incoming;
    req.res = res;
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
    parser.finish();
    freeParser(parser, req, socket);
    const bodyHead = d.subarray(ret, d.length);
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (req.listenerCount(eventName) > 0) {
      req.upgradeOrConnect = true;
      socket.emit('agentRemove');
      socket.removeListener('close', socketCloseListener);
      socket.removeListener('error', socketErrorListener);
      socket._httpMessage = null;
      socket.readableFlowing = null;
      req.emit(eventName, res, socket, bodyHead);
      req.destroyed = true;
      req._closed = true;
      req.emit('close');
    } else {
      socket.destroy();
    }
  } else if (parser.incoming && parser.incoming.complete && !statusIsInformational(parser.incoming.statusCode)) {
    socket.removeListener('data', socketOnData);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    freeParser(parser, req, socket);
  }
}

function statusIsInformational(status) {
  return status < 200 && status >= 100 && status !== 101;
}

function parserOnHeadersClient(parser, info) {
  const socket = parser.socket;
  const req = socket._httpMessage;
  const res = new IncomingMessage(socket);
  parser.incoming = res;
  res.httpVersionMajor = info.versionMajor;
  res.httpVersionMinor = info.versionMinor;
  res.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  res.statusCode = info.statusCode;
  res.statusMessage = info.statusMessage;
  res.upgrade = info.upgrade;
  if (req.joinDuplicateHeaders) res.joinDuplicateHeaders = true;
  let headers = info.headers;
  if (parser.maxHeadersCount > 0 && headers.length > parser.maxHeadersCount * 2) {
    headers = headers.slice(0, parser.maxHeadersCount * 2);
  }
  res._addHeaderLines(headers, headers.length);
  if (res.upgrade) return true;
  if (req.res) {
    // A second response for one request: the connection is broken.
    socket.destroy();
    return false;
  }
  if (req.method === 'CONNECT') {
    res.upgrade = true;
    parser.upgraded = true;
    return true;
  }
  if (statusIsInformational(res.statusCode)) {
    req.res = null;
    if (res.statusCode === 100) {
      req.emit('continue');
    }
    req.emit('information', {
      statusCode: res.statusCode,
      statusMessage: res.statusMessage,
      httpVersion: res.httpVersion,
      httpVersionMajor: res.httpVersionMajor,
      httpVersionMinor: res.httpVersionMinor,
      headers: res.headers,
      rawHeaders: res.rawHeaders,
    });
    return true;
  }
  if (req.shouldKeepAlive && !info.shouldKeepAlive && !req.upgradeOrConnect) {
    req.shouldKeepAlive = false;
  }
  req.res = res;
  res.req = req;
  if (req.method === 'HEAD') parser.expectHead = false;
  socket.on('timeout', responseOnTimeout);
  res.on('end', responseOnEnd);
  if (req.aborted || !req.emit('response', res)) res._dump();
  if (req.method === 'HEAD') return true;
  return false;
}

function responseOnTimeout() {
  const req = this._httpMessage;
  if (!req) return;
  const res = req.res;
  if (!res) return;
  res.emit('timeout');
}

function parserOnMessageCompleteClient(parser, trailers) {
  const res = parser.incoming;
  if (res === null) return;
  const socket = parser.socket;
  const req = socket._httpMessage;
  if (statusIsInformational(res.statusCode)) {
    parser.incoming = null;
    return;
  }
  res.complete = true;
  if (trailers) res._addHeaderLines(trailers, trailers.length);
  res.push(null);
}

// The response was read to its end: the connection is closed or, kept alive, goes back to the agent once the
// request is sent too.
function responseOnEnd() {
  const req = this.req;
  const socket = req.socket;
  if (socket) {
    if (req.timeoutCb) socket.removeListener('timeout', req.timeoutCb);
    socket.removeListener('timeout', responseOnTimeout);
  }
  req._ended = true;
  if (!req.shouldKeepAlive) {
    if (socket.writable) {
      if (typeof socket.destroySoon === 'function') socket.destroySoon();
      else socket.end();
    }
  } else if (req.writableFinished && !this.aborted) {
    responseKeepAlive(req);
  }
}

function requestOnFinish() {
  if (this.shouldKeepAlive && this._ended) responseKeepAlive(this);
}

function responseKeepAlive(req) {
  const socket = req.socket;
  socket.removeListener('close', socketCloseListener);
  socket.removeListener('error', socketErrorListener);
  socket.removeListener('data', socketOnData);
  socket.removeListener('end', socketOnEnd);
  socket.removeListener('drain', ondrain);
  if (req.timeoutCb) {
    socket.removeListener('timeout', req.timeoutCb);
    req.timeoutCb = null;
  }
  if (socket.parser) freeParser(socket.parser, req, socket);
  // Free the socket after the user's 'end' handlers ran; the response must not destroy it any more.
  process.nextTick(emitFreeNT, req);
  req.destroyed = true;
  if (req.res) req.res.socket = null;
}

function emitFreeNT(req) {
  req._closed = true;
  req.emit('close');
  if (req.socket) req.socket.emit('free');
}

function freeParser(parser, req, socket) {
  parser.free();
  parser.onHeaders = null;
  parser.onBody = null;
  parser.onMessageComplete = null;
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  if (socket) socket.parser = null;
  if (req) req.parser = null;
}

module.exports = { ClientRequest };
