'use strict';
// The https module: HTTP over TLS. https.Server is a tls.Server whose secure connections get http's server
// logic; the client is http's ClientRequest with an https.Agent, whose connections are tls.connect's and whose
// pool also tells apart the TLS options of each origin.

const tls = require('tls');
const { Agent: HttpAgent } = require('internal/http/agent');
const { ClientRequest } = require('internal/http/client');
const httpServer = require('internal/http/server');
const { urlToHttpOptions } = require('internal/url');

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null) {
    opts = {};
  }
  opts = { ...opts };
  opts.ALPNProtocols ??= ['http/1.1'];
  httpServer.storeHTTPOptions(this, opts);
  tls.Server.call(this, { noDelay: true, ...opts }, httpServer.connectionListener);
  if (requestListener) this.addListener('request', requestListener);
  this.addListener('tlsClientError', function onTlsClientError(err, conn) {
    if (!this.emit('clientError', err, conn)) conn.destroy(err);
  });
  httpServer.initServerState(this);
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

for (const name of ['close', 'closeAllConnections', 'closeIdleConnections', 'setTimeout']) {
  Server.prototype[name] = httpServer.Server.prototype[name];
}
Server.prototype[Symbol.asyncDispose] = httpServer.Server.prototype[Symbol.asyncDispose];
Server.prototype[require('events').captureRejectionSymbol] =
  httpServer.Server.prototype[require('events').captureRejectionSymbol];

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// The TLS options that make two connections to one origin different.
const kNameOptions = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized', 'servername',
  'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions',
  'sessionIdContext', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions ?? 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);

Agent.prototype.createConnection = function createConnection(port, host, options) {
  if (port !== null && typeof port === 'object') {
    options = port;
  } else if (host !== null && typeof host === 'object') {
    options = { ...host };
  } else if (options === null || typeof options !== 'object') {
    options = {};
  } else {
    options = { ...options };
  }
  if (typeof port === 'number') options.port = port;
  if (typeof host === 'string') options.host = host;
  if (options._agentKey) {
    const session = this._getSession(options._agentKey);
    if (session) options = { session, ...options };
  }
  const socket = tls.connect(options);
  if (options._agentKey) socket.once('session', (session) => this._cacheSession(options._agentKey, session));
  return socket;
};

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  name += ':';
  for (const key of kNameOptions) {
    name += ':';
    if (options[key] !== undefined && options[key] !== null) name += options[key];
  }
  return name;
};

Agent.prototype._getSession = function _getSession(key) {
  return this._sessionCache.map[key];
};

Agent.prototype._cacheSession = function _cacheSession(key, session) {
  if (this.maxCachedSessions === 0) return;
  if (this._sessionCache.map[key] === undefined) {
    if (this._sessionCache.list.length >= this.maxCachedSessions) {
      delete this._sessionCache.map[this._sessionCache.list.shift()];
    }
    this._sessionCache.list.push(key);
  }
  this._sessionCache.map[key] = session;
};

Agent.prototype._evictSession = function _evictSession(key) {
  const index = this._sessionCache.list.indexOf(key);
  if (index === -1) return;
  this._sessionCache.list.splice(index, 1);
  delete this._sessionCache.map[key];
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    options = urlToHttpOptions(new URL(args.shift()));
  } else if (args[0] && typeof args[0] === 'object' && typeof args[0].href === 'string' &&
             typeof args[0].searchParams === 'object') {
    options = urlToHttpOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = { Agent, Server, createServer, get, globalAgent, request };
