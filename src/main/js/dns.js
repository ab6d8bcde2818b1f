'use strict';
// The dns module: lookup through the OS resolver (getaddrinfo on the thread pool), like node's dns.lookup.

const { validateFunction } = require('internal/validators');
const {
  emptyHostWarning, getDefaultResultOrder, lookupOptions, resolveHost, setDefaultResultOrder,
} = require('internal/dns/lookup');

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
    emptyHostWarning();
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

module.exports = {
  lookup,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: binding.AI_ADDRCONFIG,
  ALL: binding.AI_ALL,
  V4MAPPED: binding.AI_V4MAPPED,
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});
