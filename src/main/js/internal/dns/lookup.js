'use strict';
// dns.lookup's core, shared by the callback and promise APIs: argument checks as node makes them, IP literals
// answered without the resolver, names through getaddrinfo on the thread pool (internalBinding('cares_wrap')); and
// lookupService's getnameinfo.

const { isIP } = require('internal/net/ip');
const { newRequest } = require('internal/async_requests');
const { codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS }, DNSException } = require('internal/errors');
const { validateBoolean, validateNumber, validateOneOf, validateObject, validatePort, validateString } =
  require('internal/validators');

const binding = internalBinding('cares_wrap');
const { AI_ADDRCONFIG, AI_ALL, AI_V4MAPPED } = binding;
const validHints = AI_ADDRCONFIG | AI_ALL | AI_V4MAPPED;

let defaultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultOrder;
}

function setDefaultResultOrder(order) {
  validateOneOf(order, 'dnsOrder', ['verbatim', 'ipv4first', 'ipv6first']);
  defaultOrder = order;
}

let emptyHostWarned = false;

// The checked options of lookup(hostname, options): { family, hints, all, order }.
function lookupOptions(hostname, options) {
  // Falsy hostnames are let through (and answered with no address), as node does for compatibility.
  if (hostname) validateString(hostname, 'hostname');
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultOrder;
  if (typeof options === 'number' || typeof options === 'string') {
    family = familyNumber(options, 'family');
  } else if (options != null) {
    validateObject(options, 'options');
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      if ((hints & ~validHints) !== 0) throw new ERR_INVALID_ARG_VALUE('hints', hints);
    }
    if (options.family != null) family = familyNumber(options.family, 'options.family');
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', ['verbatim', 'ipv4first', 'ipv6first']);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

function familyNumber(value, name) {
  const family = value === 'IPv4' ? 4 : value === 'IPv6' ? 6 : value;
  validateOneOf(family, name, [0, 4, 6]);
  return family;
}

function emptyHostWarning(hostname) {
  if (emptyHostWarned) return;
  emptyHostWarned = true;
  process.emitWarning(`The provided hostname "${String(hostname)}" is not a valid hostname, and is supported in ` +
                      'the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// Resolves hostname; done(err, addresses: [{ address, family }]) always runs on a later tick.
function resolveHost(hostname, { family, hints, order }, done) {
  const literal = isIP(hostname);
  if (literal !== 0) {
    process.nextTick(done, null, [{ address: hostname, family: literal }]);
    return;
  }
  const req = newRequest((result) => {
    if (typeof result === 'number') {
      done(new DNSException(result, 'getaddrinfo', hostname));
      return;
    }
    const addresses = [];
    for (const entry of result) {
      addresses.push({ address: entry.slice(2), family: entry.charCodeAt(0) === 52 ? 4 : 6 });
    }
    if (order === 'ipv4first') addresses.sort((a, b) => a.family - b.family);
    else if (order === 'ipv6first') addresses.sort((a, b) => b.family - a.family);
    done(null, addresses);
  }, 'GetAddrInfoReqWrap');
  binding.getaddrinfo(req, hostname, family, hints);
}

// lookupService(address, port)'s checks, in node's order; `needed` names the arguments the API takes.
function lookupServiceArguments(count, address, port, needed = ['address', 'port', 'callback']) {
  if (count < needed.length) throw new ERR_MISSING_ARGS(...needed);
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
}

// getnameinfo on the thread pool; done(err, hostname, service) on a later tick.
function resolveService(address, port, done) {
  const req = newRequest((result) => {
    if (typeof result === 'number') done(new DNSException(result, 'getnameinfo', address));
    else done(null, result[0], result[1]);
  });
  binding.getnameinfo(req, address, +port);
}

module.exports = {
  emptyHostWarning, getDefaultResultOrder, lookupOptions, lookupServiceArguments, resolveHost, resolveService,
  setDefaultResultOrder,
};
