'use strict';
// dns.Resolver's core, shared by the callback and promise APIs: a resolver channel in cares_wrap (its servers,
// timeout and tries), queries that cross to Java once and come back once with node's shape of the answer, and
// node's argument checks and errors ("queryA ENOTFOUND example.invalid").

const { isIP } = require('internal/net/ip');
const { newRequest } = require('internal/async_requests');
const {
  codes: { ERR_DNS_SET_SERVERS_FAILED, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS },
  DNSException,
} = require('internal/errors');
const { validateArray, validateInt32, validateString } = require('internal/validators');

const binding = internalBinding('cares_wrap');
const DEFAULT_PORT = 53;

// Record types by the name resolve(name, rrtype) takes: wire number and the syscall errors name.
const queryTypes = {
  __proto__: null,
  A: [1, 'queryA', 'resolve4'],
  AAAA: [28, 'queryAaaa', 'resolve6'],
  ANY: [255, 'queryAny', 'resolveAny'],
  CAA: [257, 'queryCaa', 'resolveCaa'],
  CNAME: [5, 'queryCname', 'resolveCname'],
  MX: [15, 'queryMx', 'resolveMx'],
  NAPTR: [35, 'queryNaptr', 'resolveNaptr'],
  NS: [2, 'queryNs', 'resolveNs'],
  PTR: [12, 'queryPtr', 'resolvePtr'],
  SOA: [6, 'querySoa', 'resolveSoa'],
  SRV: [33, 'querySrv', 'resolveSrv'],
  TXT: [16, 'queryTxt', 'resolveTxt'],
};
const TYPE_PTR = 12;
const UV_EINVAL = -22;

// The error codes dns and dns/promises export (c-ares' names).
const errorCodes = {
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

let lastChannel = 0;
// A Resolver that is collected lets its channel go (its queries in flight still complete).
const channels = new FinalizationRegistry((channel) => binding.closeChannel(channel));
// The resolver behind the module-level functions of dns and dns/promises alike; setServers replaces it.
let defaultBase = null;

class ResolverBase {
  constructor(options = undefined) {
    const { timeout = -1, tries = 4 } = { ...options };
    validateInt32(timeout, 'options.timeout', -1);
    validateInt32(tries, 'options.tries', 1);
    this._channel = ++lastChannel;
    binding.channel(this._channel, timeout, tries);
    channels.register(this, this._channel);
  }

  cancel() {
    binding.cancel(this._channel);
  }

  getServers() {
    const flat = binding.getServers(this._channel);
    const out = [];
    for (let i = 0; i < flat.length; i += 2) {
      const [address, port] = [flat[i], flat[i + 1]];
      if (port === DEFAULT_PORT) out.push(address);
      else out.push(isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`);
    }
    return out;
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const flat = [];
    // Holes in the array are skipped, as node's forEach does.
    servers.forEach((server, i) => {
      validateString(server, `servers[${i}]`);
      const [address, port] = parseServer(server);
      flat.push(address, `${port}`);
    });
    if (!binding.setServers(this._channel, flat)) {
      throw new ERR_DNS_SET_SERVERS_FAILED('There are pending queries.', servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    const first = isIP(ipv4);
    if (first === 0) throw invalidLocalAddress('Invalid IP address.');
    let v4 = first === 4 ? ipv4 : null;
    let v6 = first === 6 ? ipv4 : null;
    if (ipv6 !== undefined) {
      const second = isIP(ipv6);
      if (second === 0) throw invalidLocalAddress('Invalid IP address.');
      if (second === 4) {
        if (v4 !== null) throw invalidLocalAddress('Cannot specify two IPv4 addresses.');
        v4 = ipv6;
      } else {
        if (v6 !== null) throw invalidLocalAddress('Cannot specify two IPv6 addresses.');
        v6 = ipv6;
      }
    }
    binding.setLocalAddress(this._channel, v4, v6);
  }
}

// The error node's cares_wrap raises natively for setLocalAddress: a TypeError with a code.
function invalidLocalAddress(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

// What the module-level resolve functions run on: a view of the current default channel.
function defaultResolver(Resolver) {
  defaultBase ??= new ResolverBase();
  const view = Object.create(Resolver.prototype);
  view._channel = defaultBase._channel;
  return view;
}

// The module-level resolve functions and getServers of dns or dns/promises (whose Resolver class is given): each
// runs on the default channel, shared by both APIs.
function defaultChannelFunctions(Resolver) {
  const functions = {
    getServers() {
      return defaultResolver(Resolver).getServers();
    },
  };
  for (const method of ['resolveAny', 'resolve4', 'resolve6', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNs',
    'resolveTxt', 'resolveSrv', 'resolvePtr', 'resolveNaptr', 'resolveSoa', 'reverse', 'resolve']) {
    functions[method] = {
      [method](...args) { return defaultResolver(Resolver)[method](...args); },
    }[method];
  }
  return functions;
}

// dns.setServers / dnsPromises.setServers: a new default channel with these servers (queries in flight keep
// the old one).
function setDefaultServers(servers) {
  const resolver = new ResolverBase();
  resolver.setServers(servers);
  defaultBase = resolver;
}

// "1.2.3.4", "1.2.3.4:53", "::1", "[::1]" or "[::1]:53" as [address, port].
function parseServer(text) {
  if (isIP(text) !== 0) return [text, DEFAULT_PORT];
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracketed !== null && isIP(bracketed[1]) !== 0) {
    return [bracketed[1], bracketed[2] === undefined ? DEFAULT_PORT : +bracketed[2]];
  }
  const withPort = /^([^:]+):(\d+)$/.exec(text);
  if (withPort !== null && isIP(withPort[1]) === 4) return [withPort[1], +withPort[2]];
  throw new ERR_INVALID_IP_ADDRESS(text);
}

// The PTR name of an IP address ("4.3.2.1.in-addr.arpa"), or null when `ip` is not one.
function reverseName(ip) {
  const family = isIP(ip);
  if (family === 4) return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
  if (family !== 6) return null;
  const percent = ip.indexOf('%');
  const bare = percent < 0 ? ip : ip.slice(0, percent);
  const groups = expandIPv6(bare);
  let nibbles = '';
  for (const g of groups) nibbles += g.toString(16).padStart(4, '0');
  return `${[...nibbles].reverse().join('.')}.ip6.arpa`;
}

function expandIPv6(text) {
  let tail = [];
  let head = text;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted !== null) {
    const b = dotted[1].split('.').map(Number);
    tail = [(b[0] << 8) | b[1], (b[2] << 8) | b[3]];
    head = text.slice(0, text.length - dotted[1].length);
    if (head.endsWith(':') && !head.endsWith('::')) head = head.slice(0, -1);
  }
  const [left, right] = head.includes('::') ? head.split('::') : [head, undefined];
  const parse = (s) => (s ? s.split(':').map((g) => parseInt(g, 16)) : []);
  const l = parse(left);
  const r = parse(right).concat(tail);
  if (right === undefined) return l.concat(tail);
  return l.concat(new Array(8 - l.length - r.length).fill(0), r);
}

// Starts a query for `name` (already ASCII); done(err, result) runs later with node's DNSException (naming
// `hostname`, what the caller gave) or the answer.
function startQuery(resolver, syscall, type, name, ttl, hostname, done) {
  const req = newRequest((result) => {
    if (typeof result === 'string') done(new DNSException(result, syscall, hostname));
    else done(null, result);
  });
  binding.query(resolver._channel, req, type, name, ttl);
}

// Internationalized names are queried in their punycode form.
function asciiName(name) {
  return /[^\0-\x7f]/.test(name) ? require('punycode').toASCII(name) : name;
}

// resolve(name, rrtype): the [type, syscall, method] entry for rrtype (a string, default 'A').
function queryTypeOf(rrtype) {
  if (typeof rrtype !== 'string') throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  const entry = queryTypes[rrtype];
  if (entry === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return entry;
}

// Starts the PTR query of `ip`; returns node's EINVAL error instead when `ip` is not an address.
function reverseQuery(resolver, ip, done) {
  const name = reverseName(ip);
  if (name === null) return new DNSException(UV_EINVAL, 'getHostByAddr', ip);
  const req = newRequest((result) => {
    if (typeof result === 'string') done(new DNSException(result, 'getHostByAddr', ip));
    else done(null, result);
  });
  binding.query(resolver._channel, req, TYPE_PTR, name, false);
  return null;
}

module.exports = {
  ResolverBase, asciiName, defaultChannelFunctions, defaultResolver, errorCodes, queryTypes, queryTypeOf, reverseQuery, setDefaultServers,
  startQuery,
};
