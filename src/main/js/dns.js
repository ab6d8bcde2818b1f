'use strict';
// The dns module: lookup and lookupService through the OS resolver (getaddrinfo/getnameinfo on the thread pool),
// resolve* and reverse through our own DNS client (internal/dns/resolver), on a default Resolver that
// setServers replaces.

const { validateFunction, validateString } = require('internal/validators');
const {
  emptyHostWarning, getDefaultResultOrder, lookupOptions, lookupServiceArguments, resolveHost, resolveService,
  setDefaultResultOrder,
} = require('internal/dns/lookup');
const {
  ResolverBase, asciiName, defaultChannelFunctions, errorCodes, queryTypeOf, queryTypes, reverseQuery, setDefaultServers,
  startQuery,
} = require('internal/dns/resolver');

const binding = internalBinding('cares_wrap');

function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const opts = lookupOptions(hostname, options);
  const req = {};
  if (!hostname) {
    emptyHostWarning(hostname);
    if (opts.all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, opts.family === 6 ? 6 : 4);
    return req;
  }
  resolveHost(hostname, opts, (err, addresses) => {
    if (err) callback(err);
    else if (opts.all) callback(null, addresses);
    else if (addresses.length === 0) callback(null, null, opts.family === 6 ? 6 : 4);
    else callback(null, addresses[0].address, addresses[0].family);
  });
  return req;
}

function lookupService(address, port, callback) {
  lookupServiceArguments(arguments.length, address, port);
  validateFunction(callback, 'callback');
  resolveService(address, port, (err, hostname, service) => {
    if (err) callback(err);
    else callback(null, hostname, service);
  });
  return {};
}

// What a resolve call returns: node's QueryReqWrap, a description of the query.
class QueryReqWrap {
  constructor(bindingName, hostname, ttl, callback) {
    this.bindingName = bindingName;
    this.callback = callback;
    this.hostname = hostname;
    this.oncomplete = undefined;
    this.ttl = ttl;
  }
}

class Resolver extends ResolverBase {}

for (const rrtype of ['ANY', 'A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA']) {
  const [type, syscall, method] = queryTypes[rrtype];
  Resolver.prototype[method] = {
    [method](name, options, callback) {
      if (arguments.length <= 2) callback = options;
      validateString(name, 'name');
      validateFunction(callback, 'callback');
      const ttl = arguments.length > 2 && !!(options && options.ttl);
      const req = new QueryReqWrap(syscall, name, ttl, callback);
      startQuery(this, syscall, type, asciiName(name), ttl, name, (err, result) => {
        if (err) callback.call(req, err);
        else callback.call(req, null, result);
      });
      return req;
    },
  }[method];
}

Resolver.prototype.reverse = function reverse(ip, callback) {
  validateString(ip, 'name');
  validateFunction(callback, 'callback');
  const req = new QueryReqWrap('getHostByAddr', ip, false, callback);
  const err = reverseQuery(this, ip, (err, result) => {
    if (err) callback.call(req, err);
    else callback.call(req, null, result);
  });
  if (err !== null) throw err;
  return req;
};

Resolver.prototype.resolve = function resolve(hostname, rrtype, callback) {
  if (typeof rrtype === 'function') {
    callback = rrtype;
    rrtype = 'A';
  }
  return this[queryTypeOf(rrtype)[2]](hostname, callback);
};

// The module-level resolve functions run on the default channel, shared with the other API.
const { getServers, ...resolverFunctions } = defaultChannelFunctions(Resolver);

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getServers,
  setServers: setDefaultServers,
  ...resolverFunctions,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: binding.AI_ADDRCONFIG,
  ALL: binding.AI_ALL,
  V4MAPPED: binding.AI_V4MAPPED,
  ...errorCodes,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});
