'use strict';
// dns/promises: lookup as a promise of { address, family } (or the list with `all`).

const {
  emptyHostWarning, getDefaultResultOrder, lookupOptions, resolveHost, setDefaultResultOrder,
} = require('internal/dns/lookup');

function lookup(hostname, options) {
  const opts = lookupOptions(hostname, options);
  if (!hostname) {
    emptyHostWarning();
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

module.exports = { lookup, getDefaultResultOrder, setDefaultResultOrder };
