'use strict';
// The legacy url.parse(): a lenient, non-WHATWG splitter of a URL string into protocol, auth, host, path, query
// and hash. Its exact (and sometimes odd) results are public behaviour that programs depend on.

const querystring = require('querystring');
const { codes: { ERR_INVALID_URL } } = require('internal/errors');
const { slashedProtocols, hostlessProtocols } = require('internal/url_legacy/protocols');

const protocolRE = /^[a-z0-9.+-]+:/i;
// A plain path with an optional query and nothing that needs escaping: parsed without the general machinery.
const simplePathRE = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;
// Without a scheme, '//' starts an authority only when it carries credentials: '//user@host'.
const credentialedAuthorityRE = /^\/\/[^@/]+@[^@/]+/;
const portRE = /:[0-9]*$/;
// Characters a hostname cannot contain once it went through IDNA; finding one means a spoofing attempt.
const forbiddenHostRE = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const forbiddenIpv6HostRE = /[\0\t\n\r #%/<>?@\\^|]/;
const MAX_HOSTNAME_LENGTH = 255;

// Classes of ASCII characters while scanning an authority.
const AUTH_INVALID = 1; // cannot be in a host; fine in credentials (before an '@')
const AUTH_END = 2;     // ends the authority
const AUTH_DROP = 3;    // tab and newlines, removed as WHATWG does
const authorityClass = new Uint8Array(128);
for (const c of ' "%\';<>\\^`{|}') authorityClass[c.charCodeAt(0)] = AUTH_INVALID;
for (const c of '#/?') authorityClass[c.charCodeAt(0)] = AUTH_END;
for (const c of '\t\n\r') authorityClass[c.charCodeAt(0)] = AUTH_DROP;

// Characters always percent-encoded in the path, query and fragment.
const autoEscaped = new Array(128).fill(undefined);
for (const c of '\t\n\r "\'<>\\^`{|}') {
  const code = c.charCodeAt(0);
  autoEscaped[code] = `%${code < 16 ? '0' : ''}${code.toString(16).toUpperCase()}`;
}

function isTrimmed(code) {
  return code <= 32 || code === 0xA0 || code === 0xFEFF;
}

function escapeUnsafe(str) {
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code < 128 && autoEscaped[code] !== undefined) {
      out += str.slice(last, i) + autoEscaped[code];
      last = i + 1;
    }
  }
  return last === 0 ? str : out + str.slice(last);
}

let domainToASCII;
function toASCII(hostname) {
  for (let i = 0; i < hostname.length; i++) {
    if (hostname.charCodeAt(i) > 127) {
      domainToASCII ??= require('internal/url').domainToASCII;
      return domainToASCII(hostname);
    }
  }
  return hostname;
}

let invalidPortWarned = false;
function warnInvalidPort(url) {
  if (invalidPortWarned) return;
  invalidPortWarned = true;
  process.emitWarning(`The URL ${url} is invalid. Future versions of Node.js will throw an error.`,
                      'DeprecationWarning', 'DEP0170');
}

// Splits self.host into hostname and port ('host:' keeps no port).
function splitHostPort(self) {
  let host = self.host;
  const match = portRE.exec(host);
  if (match !== null) {
    const port = match[0];
    if (port !== ':') self.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) self.hostname = host;
}

// Takes auth, host, port and hostname off the front of `rest` (the part after 'scheme://'); returns the rest.
function parseAuthority(self, rest, url) {
  let end = 0;
  let drops = false;
  for (; end < rest.length; end++) {
    const code = rest.charCodeAt(end);
    if (code < 128) {
      const cls = authorityClass[code];
      if (cls === AUTH_END) break;
      if (cls === AUTH_DROP) drops = true;
    }
  }
  if (drops) {
    const authority = rest.slice(0, end).replace(/[\t\n\r]/g, '');
    rest = authority + rest.slice(end);
    end = authority.length;
  }
  // Credentials run up to the last '@'; the host then stops at the first character a host cannot have.
  const at = end > 0 ? rest.lastIndexOf('@', end - 1) : -1;
  let hostStart = 0;
  if (at !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, at));
    hostStart = at + 1;
  }
  let hostEnd = hostStart;
  while (hostEnd < end) {
    const code = rest.charCodeAt(hostEnd);
    if (code < 128 && authorityClass[code] === AUTH_INVALID) break;
    hostEnd++;
  }
  self.host = rest.slice(hostStart, hostEnd);
  rest = rest.slice(hostEnd);

  self.parseHost();
  if (typeof self.hostname !== 'string') self.hostname = '';
  let hostname = self.hostname;
  const ipv6 = hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
  if (!ipv6) {
    // What follows a separator or a colon left in the hostname belongs to the path.
    for (let i = 0; i < hostname.length; i++) {
      const code = hostname.charCodeAt(i);
      if (code === 47 || code === 92 || code === 35 || code === 63 || code === 58) {
        if (code === 58) warnInvalidPort(url);
        rest = `/${hostname.slice(i)}${rest}`;
        hostname = hostname.slice(0, i);
        break;
      }
    }
  }
  hostname = hostname.length > MAX_HOSTNAME_LENGTH ? '' : hostname.toLowerCase();
  if (hostname !== '') {
    if (ipv6) {
      if (forbiddenIpv6HostRE.test(hostname)) throw new ERR_INVALID_URL(url);
    } else {
      hostname = toASCII(hostname);
      if (hostname === '' || forbiddenHostRE.test(hostname)) throw new ERR_INVALID_URL(url);
    }
  }
  self.host = self.port ? `${hostname}:${self.port}` : hostname;
  if (ipv6) {
    // The brackets stay in host only.
    hostname = hostname.slice(1, -1);
    if (rest.charCodeAt(0) !== 47) rest = `/${rest}`;
  }
  self.hostname = hostname;
  return rest;
}

function parseInto(self, url, parseQueryString, slashesDenoteHost) {
  let start = 0;
  let end = url.length;
  while (start < end && isTrimmed(url.charCodeAt(start))) start++;
  while (end > start && isTrimmed(url.charCodeAt(end - 1))) end--;
  // Before the query or fragment, backslashes count as slashes (as browsers treat them).
  let split = start;
  while (split < end) {
    const code = url.charCodeAt(split);
    if (code === 63 || code === 35) break;
    split++;
  }
  let rest = url.slice(start, split);
  const hasAt = rest.includes('@');
  if (rest.includes('\\')) rest = rest.replace(/\\/g, '/');
  const hashIndex = url.indexOf('#', split);
  const hasHash = hashIndex !== -1 && hashIndex < end;
  if (split < end) rest += url.slice(split, end);

  if (!slashesDenoteHost && !hasHash && !hasAt) {
    const simple = simplePathRE.exec(rest);
    if (simple !== null) {
      self.path = rest;
      self.href = rest;
      self.pathname = simple[1];
      if (simple[2]) {
        self.search = simple[2];
        self.query = parseQueryString ? querystring.parse(simple[2].slice(1)) : simple[2].slice(1);
      } else if (parseQueryString) {
        self.search = null;
        self.query = { __proto__: null };
      }
      return self;
    }
  }

  let protocol;
  let lowerProtocol;
  const protocolMatch = protocolRE.exec(rest);
  if (protocolMatch !== null) {
    protocol = protocolMatch[0];
    lowerProtocol = protocol.toLowerCase();
    self.protocol = lowerProtocol;
    rest = rest.slice(protocol.length);
  }
  const hostless = protocol !== undefined && hostlessProtocols.has(lowerProtocol);

  let slashes = false;
  if (slashesDenoteHost || protocol !== undefined || credentialedAuthorityRE.test(rest)) {
    slashes = rest.charCodeAt(0) === 47 && rest.charCodeAt(1) === 47;
    if (slashes && !hostless) {
      rest = rest.slice(2);
      self.slashes = true;
    }
  }
  // A scheme outside the slashed set ('mailto:', 'xmpp:') has an authority even without '//'. The check uses
  // the scheme as written, so 'HTTP:x' counts as such a scheme.
  if (!hostless && (slashes || (protocol !== undefined && !slashedProtocols.has(protocol)))) {
    rest = parseAuthority(self, rest, url);
  }

  if (!hostless) rest = escapeUnsafe(rest);

  let body = rest;
  const hashAt = rest.indexOf('#');
  if (hashAt !== -1) {
    self.hash = rest.slice(hashAt);
    body = rest.slice(0, hashAt);
  }
  const queryAt = body.indexOf('?');
  if (queryAt !== -1) {
    self.search = body.slice(queryAt);
    const query = body.slice(queryAt + 1);
    self.query = parseQueryString ? querystring.parse(query) : query;
    body = body.slice(0, queryAt);
  } else if (parseQueryString) {
    self.search = null;
    self.query = { __proto__: null };
  }
  if (body.length > 0) self.pathname = body;
  if (slashedProtocols.has(lowerProtocol) && self.hostname && !self.pathname) self.pathname = '/';

  if (self.pathname || self.search) self.path = (self.pathname || '') + (self.search || '');
  self.href = self.format();
  return self;
}

module.exports = { parseInto, splitHostPort };
