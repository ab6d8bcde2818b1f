'use strict';
// dns/promises: lookup as a promise of { address, family } (or the list with `all`), lookupService as one of
// { hostname, service }, and a promise Resolver whose default instance backs the module's resolve functions.

const {
  emptyHostWarning, getDefaultResultOrder, lookupOptions, lookupServiceArguments, resolveHost, resolveService,
  setDefaultResultOrder,
} = require('internal/dns/lookup');
const {
  ResolverBase, asciiName, defaultChannelFunctions, errorCodes, queryTypeOf, queryTypes, reverseQuery, setDefaultServers,
  startQuery,
} = require('internal/dns/resolver');
const { validateString } = require('internal/validators');

function lookup(hostname, options) {
  const opts = lookupOptions(hostname, options);
  if (!hostname) {
    emptyHostWarning(hostname);
    return Promise.resolve(opts.all ? [] : { address: null, family: opts.family === 6 ? 6 : 4 });
  }
  return new Promise((resolve, reject) => {
    resolveHost(hostname, opts, (err, addresses) => {
      if (err) reject(err);
      else if (opts.all) resolve(addresses);
      else if (addresses.length === 0) resolve({ address: null, family: opts.family === 6 ? 6 : 4 });
      else resolve(addresses[0]);
    });
  });
}

function lookupService(address, port) {
  lookupServiceArguments(arguments.length, address, port, ['address', 'port']);
  return new Promise((resolve, reject) => {
    resolveService(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

class Resolver extends ResolverBase {}

for (const rrtype of ['ANY', 'A', 'AAAA', 'CAA', 'CNAME', 'MX', 'NS', 'TXT', 'SRV', 'PTR', 'NAPTR', 'SOA']) {
  const [type, syscall, method] = queryTypes[rrtype];
  Resolver.prototype[method] = {
    [method](name, options) {
      validateString(name, 'name');
      const ttl = !!(options && options.ttl);
      return new Promise((resolve, reject) => {
        startQuery(this, syscall, type, asciiName(name), ttl, name, (err, result) => {
          if (err) reject(err);
          else resolve(result);
        });
      });
    },
  }[method];
}

Resolver.prototype.reverse = function reverse(ip) {
  validateString(ip, 'name');
  return new Promise((resolve, reject) => {
    const err = reverseQuery(this, ip, (err, result) => {
      if (err) reject(err);
      else resolve(result);
    });
    if (err !== null) reject(err);
  });
};

Resolver.prototype.resolve = function resolve(hostname, rrtype = 'A') {
  return this[queryTypeOf(rrtype)[2]](hostname);
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
  ...errorCodes,
};
