'use strict';
// The HTTP server: a net.Server whose connections are parsed as requests (internal/http/parser), answered by
// ServerResponses in order (pipelined requests wait for the responses before them), kept alive between requests
// for keepAliveTimeout, and closed by the header/request timeouts node enforces.

const net = require('net');
const EventEmitter = require('events');
const { HTTPParser } = require('internal/http/parser');
const { IncomingMessage } = require('internal/http/incoming');
const { OutgoingMessage, kNeedDrain, kOutHeaders } = require('internal/http/outgoing');
const { STATUS_CODES, checkInvalidHeaderChar } = require('internal/http/common');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT, ERR_HTTP_INVALID_STATUS_CODE, ERR_HTTP_REQUEST_TIMEOUT, ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateBoolean, validateInteger, validateObject } = require('internal/validators');

const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');
const kServerResponse = Symbol('ServerResponse');
const kIncomingMessage = Symbol('IncomingMessage');
const kState = Symbol('httpConnectionState');
const kRequestStart = Symbol('requestStart');
const kHeadersDone = Symbol('headersDone');

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor === 0)) {
    this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers.te || '');
    this.shouldKeepAlive = false;
  }
  this.statusCode = 200;
  this.statusMessage = undefined;
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) {
    const { codes: { ERR_HTTP_SOCKET_ASSIGNED } } = require('internal/errors');
    throw new ERR_HTTP_SOCKET_ASSIGNED();
  }
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

// The connection went away before the response finished: the response closes with it.
function onServerResponseClose() {
  const res = this._httpMessage;
  if (res) {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  }
}

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  validateObject(hints, 'hints');
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) {
    const value = hints[key];
    for (const v of Array.isArray(value) ? value : [value]) {
      if (checkInvalidHeaderChar(String(v))) throw new ERR_INVALID_CHAR('header content', key);
      head += `${key}: ${v}\r\n`;
    }
  }
  this._writeRaw(`${head}\r\n`, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (Array.isArray(obj)) {
      if (obj.length && Array.isArray(obj[0])) {
        for (const [k, v] of obj) this.appendHeader(k, v);
      } else {
        if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
        // These replace headers set before, while duplicates among them stay.
        for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
        for (let n = 0; n < obj.length; n += 2) {
          if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
        }
      }
    } else if (obj) {
      for (const k of Object.keys(obj)) {
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');
  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  storeHTTPOptions(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });
  if (requestListener) this.on('request', requestListener);
  this.on('connection', connectionListener);
  initServerState(this);
}

// What an HTTP server over any transport starts with (https.Server too): connection tracking and the defaults.
function initServerState(server) {
  server.httpAllowHalfOpen = false;
  server.on('listening', setupConnectionsTracking);
  server.timeout = 0;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server[kConnections] = new Set();
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function storeHTTPOptions(server, options) {
  server[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  server[kServerResponse] = options.ServerResponse || ServerResponse;
  const { maxHeaderSize, requestTimeout, headersTimeout, connectionsCheckingInterval } = options;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  server.maxHeaderSize = maxHeaderSize;
  if (options.insecureHTTPParser !== undefined) validateBoolean(options.insecureHTTPParser, 'options.insecureHTTPParser');
  server.insecureHTTPParser = options.insecureHTTPParser;
  if (requestTimeout !== undefined) validateInteger(requestTimeout, 'requestTimeout', 0);
  server.requestTimeout = requestTimeout ?? 300000;
  if (headersTimeout !== undefined) validateInteger(headersTimeout, 'headersTimeout', 0);
  server.headersTimeout = headersTimeout ?? Math.min(60000, server.requestTimeout);
  if (server.requestTimeout > 0 && server.headersTimeout > 0 && server.headersTimeout > server.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
  }
  server.connectionsCheckingInterval = connectionsCheckingInterval ?? 30000;
  server.keepAliveTimeout = options.keepAliveTimeout ?? 5000;
  if (options.joinDuplicateHeaders !== undefined) {
    validateBoolean(options.joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  server.joinDuplicateHeaders = options.joinDuplicateHeaders;
  server.requireHostHeader = options.requireHostHeader ?? true;
  server.rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites ?? false;
  server.uniqueHeaders = options.uniqueHeaders;
}

// Header and request timeouts are checked periodically, like node (so they fire up to one interval late).
function setupConnectionsTracking() {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval <= 0 || (this.headersTimeout <= 0 && this.requestTimeout <= 0)) return;
  this[kConnectionsCheckingInterval] = setInterval(checkConnections.bind(this), this.connectionsCheckingInterval);
  this[kConnectionsCheckingInterval].unref();
}

function checkConnections() {
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const state = socket[kState];
    if (!state || state[kRequestStart] === 0) continue;
    const elapsed = now - state[kRequestStart];
    if ((!state[kHeadersDone] && this.headersTimeout > 0 && elapsed > this.headersTimeout) ||
        (this.requestTimeout > 0 && elapsed > this.requestTimeout)) {
      socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
    }
  }
}

Server.prototype.close = function close(cb) {
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  this.closeIdleConnections();
  net.Server.prototype.close.call(this, cb);
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const state = socket[kState];
    if (!socket._httpMessage && state && state.incoming.length === 0 && !state.parsing) socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

Server.prototype[EventEmitter.captureRejectionSymbol] = function onRejection(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
  } else {
    net.Server.prototype[EventEmitter.captureRejectionSymbol].call(this, err, event, ...args);
  }
};

function connectionListener(socket) {
  const server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);

  const parser = new HTTPParser(HTTPParser.REQUEST, server.maxHeaderSize, Boolean(server.insecureHTTPParser));
  const state = {
    incoming: [],
    outgoing: [],
    parsing: false,
    keepAliveTimeoutSet: false,
    [kRequestStart]: Date.now(),
    [kHeadersDone]: false,
  };
  socket[kState] = state;
  socket.parser = parser;
  parser.socket = socket;
  parser.incoming = null;
  parser.maxHeadersCount = server.maxHeadersCount;
  parser.onHeaders = (info) => parserOnHeaders(server, socket, state, parser, info);
  parser.onBody = (chunk) => {
    const req = parser.incoming;
    if (req !== null && !req._dumped && !req.push(chunk)) socket.pause();
  };
  parser.onMessageComplete = (trailers) => parserOnMessageComplete(socket, state, parser, trailers);

  server[kConnections].add(socket);
  socket.on('data', socketOnData);
  socket.on('end', socketOnEnd);
  socket.on('error', socketOnError);
  socket.on('close', socketOnClose);
  socket.on('drain', socketOnDrain);
  socket._paused = false;
  socket.server = server;
}

function socketOnData(d) {
  const socket = this;
  const parser = socket.parser;
  const state = socket[kState];
  if (!parser) return;
  if (state[kRequestStart] === 0) state[kRequestStart] = Date.now();
  state.parsing = true;
  const ret = parser.execute(d);
  state.parsing = false;
  onParserExecuteCommon(socket, state, parser, ret, d);
}

function onParserExecuteCommon(socket, state, parser, ret, d) {
  const server = socket.server;
  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
    return;
  }
  const req = parser.incoming;
  if (parser.upgraded && req !== null) {
    // The rest of the bytes belong to the new protocol (or the tunnel): the socket leaves HTTP.
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      const head = d.subarray(ret);
      socket.removeListener('data', socketOnData);
      socket.removeListener('end', socketOnEnd);
      socket.removeListener('close', socketOnClose);
      socket.removeListener('drain', socketOnDrain);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      freeParser(socket, parser);
      server[kConnections].delete(socket);
      if (server.listenerCount(eventName) > 0) {
        socket.readableFlowing = null;
        server.emit(eventName, req, socket, head);
      } else {
        socket.destroy();
      }
    }
  }
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

function socketOnEnd() {
  const socket = this;
  const parser = socket.parser;
  const state = socket[kState];
  if (parser) {
    const ret = parser.finish();
    if (ret instanceof Error) {
      socketOnError.call(socket, ret);
      return;
    }
  }
  if (!socket.server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnClose() {
  const socket = this;
  const state = socket[kState];
  if (socket.server) socket.server[kConnections].delete(socket);
  if (socket.parser) freeParser(socket, socket.parser);
  if (state) abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(connResetException('aborted'));
  }
}

function connResetException(message) {
  const { ConnResetException } = require('internal/errors');
  return new ConnResetException(message);
}

function socketOnDrain() {
  const socket = this;
  const state = socket[kState];
  const needPause = state.outgoing.length > 0;
  if (socket._paused && !needPause) {
    socket._paused = false;
    if (socket.parser) socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const socket = this;
  const req = socket.parser && socket.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', socket);
  const res = socket._httpMessage;
  const resTimeout = res && res.emit('timeout', socket);
  const serverTimeout = socket.server.emit('timeout', socket);
  if (!reqTimeout && !resTimeout && !serverTimeout) socket.destroy();
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse = 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

function socketOnError(e) {
  const socket = this;
  // Errors after this one are not the application's business.
  socket.removeListener('error', socketOnError);
  if (!socket.listeners('error').includes(noop)) socket.on('error', noop);
  if (socket.server.emit('clientError', e, socket)) return;
  // Answer only where it cannot corrupt a response already on its way.
  if (socket.writable && (!socket._httpMessage || !socket._httpMessage._headerSent)) {
    let response;
    switch (e.code) {
      case 'HPE_HEADER_OVERFLOW':
        response = requestHeaderFieldsTooLargeResponse;
        break;
      case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
        response = requestChunkExtensionsTooLargeResponse;
        break;
      case 'ERR_HTTP_REQUEST_TIMEOUT':
        response = requestTimeoutResponse;
        break;
      default:
        response = badRequestResponse;
    }
    socket.write(response);
  }
  socket.destroy(e);
}

function noop() {}

function freeParser(socket, parser) {
  parser.free();
  parser.onHeaders = null;
  parser.onBody = null;
  parser.onMessageComplete = null;
  parser.incoming = null;
  parser.socket = null;
  socket.parser = null;
}

// Headers of a request are in: make the IncomingMessage and its ServerResponse, and tell the application.
// Returns true when the parser must not expect a body (never for requests).
function parserOnHeaders(server, socket, state, parser, info) {
  state[kHeadersDone] = true;
  const req = new server[kIncomingMessage](socket);
  req.httpVersionMajor = info.versionMajor;
  req.httpVersionMinor = info.versionMinor;
  req.httpVersion = `${info.versionMajor}.${info.versionMinor}`;
  req.method = info.method;
  req.url = info.url;
  req.upgrade = info.upgrade;
  if (server.joinDuplicateHeaders) req.joinDuplicateHeaders = true;
  let headers = info.headers;
  let n = headers.length;
  if (parser.maxHeadersCount > 0 && n > parser.maxHeadersCount * 2) {
    n = parser.maxHeadersCount * 2;
    headers = headers.slice(0, n);
  }
  req._addHeaderLines(headers, n);
  parser.incoming = req;
  if (info.upgrade) {
    parser.upgraded = true;
    return false;
  }
  if (server.requireHostHeader && req.headers.host === undefined &&
      (req.httpVersionMajor > 1 || (req.httpVersionMajor === 1 && req.httpVersionMinor >= 1))) {
    const err = new Error('Parse Error: Missing Host header');
    err.code = 'HPE_MISSING_HOST';
    process.nextTick(() => socketOnError.call(socket, err));
    return false;
  }
  state.incoming.push(req);
  if (state.keepAliveTimeoutSet) {
    socket.setTimeout(server.timeout || 0);
    state.keepAliveTimeoutSet = false;
  }
  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = (delta) => updateOutgoingData(socket, state, delta);
  res.shouldKeepAlive = info.shouldKeepAlive;
  if (server.maxRequestsPerSocket > 0) {
    state.requestsCount = (state.requestsCount || 0) + 1;
    res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
  }
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', () => resOnFinish(req, res, socket, state, server));

  if (req.headers.expect !== undefined && req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    if (/(?:^|\W)100-continue(?:$|\W)/i.test(req.headers.expect)) {
      res._expect_continue = true;
      if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
      } else {
        res.writeContinue();
        server.emit('request', req, res);
      }
    } else if (server.listenerCount('checkExpectation') > 0) {
      server.emit('checkExpectation', req, res);
    } else {
      res.writeHead(417);
      res.end();
    }
  } else {
    server.emit('request', req, res);
  }
  return false;
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData = (state.outgoingData || 0) + delta;
}

function parserOnMessageComplete(socket, state, parser, trailers) {
  const req = parser.incoming;
  if (req === null) return;
  req.complete = true;
  if (trailers) req._addHeaderLines(trailers, trailers.length);
  if (!req.upgrade) req.push(null);
  state[kRequestStart] = 0;
  state[kHeadersDone] = false;
}

function resOnFinish(req, res, socket, state, server) {
  const index = state.incoming.indexOf(req);
  if (index !== -1) state.incoming.splice(index, 1);
  // The request body nobody read is drained so the connection can go on.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  // The request closes by itself once its (possibly discarded) body has ended.
  process.nextTick(() => {
    res.destroyed = true;
    res._closed = true;
    res.emit('close');
  });
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const next = state.outgoing.shift();
    next.assignSocket(socket);
  }
}

module.exports = { Server, ServerResponse, connectionListener, initServerState, kIncomingMessage, kServerResponse,
  storeHTTPOptions };
