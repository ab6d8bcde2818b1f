'use strict';
// The URL standard's basic URL parser, written over whole components instead of one code point at a time:
// each state's loop becomes a scan for the component's end followed by one percent-encoding pass over the slice.
// A parse yields a URLRecord (path kept serialized, as '/a/b' or the opaque path); a URL object holds the
// serialized form, a URLContext: the href plus the offsets of its components, as node's URLs do.
// The setters' "state override" parses are the set* functions, each editing a URLRecord.

const { parseHost } = require('internal/url/host');
const {
  C0_CONTROL_SET, FRAGMENT_SET, PATH_SET, QUERY_SET, SPECIAL_QUERY_SET, USERINFO_SET,
  percentEncode, percentEncodeRange,
} = require('internal/url/percent');

// Scheme types, numbered as node's URLContext reports them.
const HTTP = 0;
const NOT_SPECIAL = 1;
const HTTPS = 2;
const WS = 3;
const FTP = 4;
const WSS = 5;
const FILE = 6;
const defaultPorts = [80, -1, 443, 80, 21, 443, -1];

// What node shows for an absent port, search or hash offset.
const OMITTED = 4294967295;

// The special scheme s[0, length) names when it is one (as a literal, saving a slice), else ''.
function specialScheme(s, length) {
  switch (length) {
    case 2: return s.startsWith('ws') ? 'ws' : '';
    case 3: return s.startsWith('wss') ? 'wss' : s.startsWith('ftp') ? 'ftp' : '';
    case 4: return s.startsWith('http') ? 'http' : s.startsWith('file') ? 'file' : '';
    case 5: return s.startsWith('https') ? 'https' : '';
    default: return '';
  }
}

function schemeType(scheme) {
  switch (scheme) {
    case 'http': return HTTP;
    case 'https': return HTTPS;
    case 'ws': return WS;
    case 'wss': return WSS;
    case 'ftp': return FTP;
    case 'file': return FILE;
    default: return NOT_SPECIAL;
  }
}

// Fields, not assignments: setters user code puts on Object.prototype must not see them.
class URLRecord {
  scheme = '';
  type = NOT_SPECIAL;
  username = '';
  password = '';
  host = null;
  // -1 when the URL has no port.
  port = -1;
  // '' or '/segment/…', or the opaque path when `opaque`.
  path = '';
  opaque = false;
  query = null;
  fragment = null;
}

// A serialized URL: href and the offsets of its parts (names and values as node exposes them).
class URLContext {
  constructor() {
    this.href = '';
    this.protocol_end = 0;
    this.username_end = 0;
    this.host_start = 0;
    this.host_end = 0;
    this.pathname_start = 0;
    this.search_start = 0;
    this.hash_start = 0;
    this.port = 0;
    this.scheme_type = 1;
  }

  get hasPort() {
    return this.port !== OMITTED;
  }

  get hasSearch() {
    return this.search_start !== OMITTED;
  }

  get hasHash() {
    return this.hash_start !== OMITTED;
  }
}

function isAlpha(c) {
  return ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

function isSlash(c, special) {
  return c === 47 || (special && c === 92);
}

// Drive letters (an alpha then ':' or '|'; normalized means ':') per the Windows drive letter quirks.
function isDriveLetter(s, start, end, normalizedOnly) {
  if (end - start !== 2 || !isAlpha(s.charCodeAt(start))) return false;
  const c = s.charCodeAt(start + 1);
  return c === 58 || (!normalizedOnly && c === 124);
}

function startsWithDriveLetter(s, p) {
  const n = s.length;
  if (n - p < 2 || !isDriveLetter(s, p, p + 2, false)) return false;
  if (n - p === 2) return true;
  const c = s.charCodeAt(p + 2);
  return c === 47 || c === 92 || c === 63 || c === 35;
}

// Whether the path's first segment is a normalized drive letter ("/C:" or "/C:/…").
function pathStartsWithDrive(path) {
  return path.length >= 3 && isDriveLetter(path, 1, 3, true) && (path.length === 3 || path.charCodeAt(3) === 47);
}

function shortenPath(url) {
  const path = url.path;
  if (path === '') return;
  if (url.type === FILE && path.length === 3 && pathStartsWithDrive(path)) return;
  url.path = path.slice(0, path.lastIndexOf('/'));
}

// 1 for a single-dot segment ('.', '%2e'), 2 for a double-dot one, else 0.
function dotSegment(s, start, end) {
  const len = end - start;
  if (len === 0 || len > 6) return 0;
  let dots = 0;
  for (let i = start; i < end; dots++) {
    const c = s.charCodeAt(i);
    if (c === 46) {
      i++;
    } else if (c === 37 && s.charCodeAt(i + 1) === 50 && (s.charCodeAt(i + 2) | 0x20) === 101 && i + 2 < end) {
      i += 3;
    } else {
      return 0;
    }
  }
  return dots <= 2 ? dots : 0;
}

// Removes ASCII tab and newline anywhere in `s`.
function stripTabs(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13) return s.replace(/[\t\n\r]/g, '');
  }
  return s;
}

// Parses `input` against `base` (a URLRecord or null): the URLRecord, or null on failure.
function parse(input, base) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 32) start++;
  while (end > start && input.charCodeAt(end - 1) <= 32) end--;
  const s = stripTabs(start === 0 && end === input.length ? input : input.slice(start, end));
  const n = s.length;
  const url = new URLRecord();

  let p = 0;
  if (n > 0 && isAlpha(s.charCodeAt(0))) {
    let lower = true;
    let i = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 97 && c <= 122) continue;
      if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) continue;
      if (c >= 65 && c <= 90) {
        lower = false;
        continue;
      }
      break;
    }
    if (i < n && s.charCodeAt(i) === 58) {
      url.scheme = (lower && specialScheme(s, i)) || s.slice(0, i).toLowerCase();
      url.type = schemeType(url.scheme);
      p = i + 1;
    }
  }

  if (p === 0) {
    // No scheme: relative to the base.
    if (base === null) return null;
    if (base.opaque) {
      if (s.charCodeAt(0) !== 35) return null;
      url.scheme = base.scheme;
      url.type = base.type;
      url.path = base.path;
      url.opaque = true;
      url.query = base.query;
      url.fragment = percentEncodeRange(s, 1, n, FRAGMENT_SET);
      return url;
    }
    if (base.type === FILE) return parseFile(s, 0, url, base);
    return parseRelative(s, 0, url, base);
  }

  if (url.type === FILE) return parseFile(s, p, url, base !== null && base.type === FILE ? base : null);
  const c = s.charCodeAt(p);
  if (url.type !== NOT_SPECIAL) {
    if (base !== null && base.scheme === url.scheme && !(c === 47 && s.charCodeAt(p + 1) === 47)) {
      return parseRelative(s, p, url, base);
    }
    return parseAuthority(s, skipSlashes(s, p), url);
  }
  if (c === 47) {
    if (s.charCodeAt(p + 1) === 47) return parseAuthority(s, p + 2, url);
    return parsePath(s, p + 1, url);
  }
  return parseOpaquePath(s, p, url);
}

function skipSlashes(s, p) {
  while (p < s.length) {
    const c = s.charCodeAt(p);
    if (c !== 47 && c !== 92) break;
    p++;
  }
  return p;
}

function copyAuthority(url, base) {
  url.username = base.username;
  url.password = base.password;
  url.host = base.host;
  url.port = base.port;
}

// The relative state: `s` from `p` against a non-file, non-opaque base.
function parseRelative(s, p, url, base) {
  url.scheme = base.scheme;
  url.type = base.type;
  const special = url.type !== NOT_SPECIAL;
  const c = p < s.length ? s.charCodeAt(p) : -1;
  if (isSlash(c, special)) {
    const c2 = s.charCodeAt(p + 1);
    if (special && (c2 === 47 || c2 === 92)) return parseAuthority(s, skipSlashes(s, p + 2), url);
    if (c2 === 47) return parseAuthority(s, p + 2, url);
    copyAuthority(url, base);
    return parsePath(s, p + 1, url);
  }
  copyAuthority(url, base);
  url.path = base.path;
  url.query = base.query;
  if (c === 63) return parseQuery(s, p + 1, url);
  if (c === 35) {
    url.fragment = percentEncodeRange(s, p + 1, s.length, FRAGMENT_SET);
    return url;
  }
  if (c !== -1) {
    url.query = null;
    shortenPath(url);
    return parsePath(s, p, url);
  }
  return url;
}

// The authority state onwards: credentials, host and port, then the path.
function parseAuthority(s, p, url) {
  const n = s.length;
  const special = url.type !== NOT_SPECIAL;
  let end = p;
  let at = -1;
  for (; end < n; end++) {
    const c = s.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35 || (c === 92 && special)) break;
    if (c === 64) at = end;
  }
  let hostStart = p;
  if (at !== -1) {
    const colon = s.indexOf(':', p);
    if (colon !== -1 && colon < at) {
      url.username = percentEncodeRange(s, p, colon, USERINFO_SET);
      url.password = percentEncodeRange(s, colon + 1, at, USERINFO_SET);
    } else {
      url.username = percentEncodeRange(s, p, at, USERINFO_SET);
    }
    hostStart = at + 1;
    if (hostStart === end) return null;
  }
  let colon = -1;
  let brackets = false;
  for (let i = hostStart; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 91) {
      brackets = true;
    } else if (c === 93) {
      brackets = false;
    } else if (c === 58 && !brackets) {
      colon = i;
      break;
    }
  }
  const hostEnd = colon === -1 ? end : colon;
  if (hostEnd === hostStart && (special || colon !== -1)) return null;
  const host = parseHost(s.slice(hostStart, hostEnd), special);
  if (host === null) return null;
  url.host = host;
  if (colon !== -1 && colon + 1 < end) {
    const port = parsePort(s, colon + 1, end);
    if (port < 0) return null;
    url.port = port === defaultPorts[url.type] ? -1 : port;
  }
  return parsePathStart(s, end, url);
}

// The decimal port in s[start, end): -1 if a non-digit comes first or the range is empty, -2 past 65535.
// Digits stop at the first non-digit (where the caller decides whether that is allowed).
function parsePort(s, start, end) {
  let port = 0;
  let i = start;
  for (; i < end; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) break;
    port = port * 10 + d;
    if (port > 65535) return -2;
  }
  if (i === start || i !== end) return -1;
  return port;
}

// The file state: `base` is the base URL when it is a file URL, else null.
function parseFile(s, p, url, base) {
  url.scheme = 'file';
  url.type = FILE;
  url.host = '';
  const n = s.length;
  const c = p < n ? s.charCodeAt(p) : -1;
  if (c === 47 || c === 92) {
    const c2 = s.charCodeAt(p + 1);
    if (c2 === 47 || c2 === 92) return parseFileHost(s, p + 2, url);
    if (base !== null) {
      url.host = base.host;
      if (!startsWithDriveLetter(s, p + 1) && pathStartsWithDrive(base.path)) url.path = base.path.slice(0, 3);
    }
    return parsePath(s, p + 1, url);
  }
  if (base !== null) {
    url.host = base.host;
    url.path = base.path;
    url.query = base.query;
    if (c === 63) return parseQuery(s, p + 1, url);
    if (c === 35) {
      url.fragment = percentEncodeRange(s, p + 1, n, FRAGMENT_SET);
      return url;
    }
    if (c === -1) return url;
    url.query = null;
    if (!startsWithDriveLetter(s, p)) shortenPath(url);
    else url.path = '';
  }
  return parsePath(s, p, url);
}

function parseFileHost(s, p, url) {
  const n = s.length;
  let end = p;
  for (; end < n; end++) {
    const c = s.charCodeAt(end);
    if (c === 47 || c === 92 || c === 63 || c === 35) break;
  }
  // "file://C:/…": the drive letter begins the path.
  if (isDriveLetter(s, p, end, false)) return parsePath(s, p, url);
  if (end > p) {
    const host = parseHost(s.slice(p, end), true);
    if (host === null) return null;
    url.host = host === 'localhost' ? '' : host;
  }
  return parsePathStart(s, end, url);
}

function parsePathStart(s, p, url) {
  const c = p < s.length ? s.charCodeAt(p) : -1;
  if (url.type !== NOT_SPECIAL) return parsePath(s, c === 47 || c === 92 ? p + 1 : p, url);
  if (c === 63) return parseQuery(s, p + 1, url);
  if (c === 35) {
    url.fragment = percentEncodeRange(s, p + 1, s.length, FRAGMENT_SET);
    return url;
  }
  if (c !== -1) return parsePath(s, c === 47 ? p + 1 : p, url);
  return url;
}

// Appends the segment s[start, end) to url.path, resolving dot segments. `slash`: a separator follows it.
function appendSegment(url, s, start, end, slash) {
  const dots = dotSegment(s, start, end);
  if (dots === 2) {
    shortenPath(url);
    if (!slash) url.path += '/';
  } else if (dots === 1) {
    if (!slash) url.path += '/';
  } else if (url.type === FILE && url.path === '' && isDriveLetter(s, start, end, false)) {
    url.path = `/${s[start]}:`;
  } else {
    url.path += `/${percentEncodeRange(s, start, end, PATH_SET)}`;
  }
}

// The path state from `p`; with `override` (the pathname setter) '?' and '#' belong to the path.
function parsePath(s, p, url, override = false) {
  const n = s.length;
  const special = url.type !== NOT_SPECIAL;
  const prefix = url.path;
  // The common case appends the whole path as one slice: no dot segments, nothing to encode, no backslashes
  // and no drive letter to normalize. Once that fails, segments go one at a time.
  let verbatim = !(url.type === FILE && prefix === '' && startsWithDriveLetter(s, p));
  let segStart = p;
  let i = p;
  let c = -1;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (c === 47 || (c === 92 && special) || (!override && (c === 63 || c === 35))) {
      if (verbatim && (c === 92 || dotSegment(s, segStart, i) !== 0)) {
        verbatim = false;
        url.path = segStart === p ? prefix : `${prefix}/${s.slice(p, segStart - 1)}`;
      }
      if (!verbatim) appendSegment(url, s, segStart, i, c === 47 || c === 92);
      if (c !== 47 && c !== 92) break;
      segStart = i + 1;
    } else if (verbatim && (c >= 128 || PATH_SET[c] === 1)) {
      verbatim = false;
      url.path = segStart === p ? prefix : `${prefix}/${s.slice(p, segStart - 1)}`;
    }
  }
  if (i === n) {
    c = -1;
    if (verbatim && dotSegment(s, segStart, n) !== 0) {
      verbatim = false;
      url.path = segStart === p ? prefix : `${prefix}/${s.slice(p, segStart - 1)}`;
    }
    if (!verbatim) appendSegment(url, s, segStart, n, false);
  }
  if (verbatim) url.path = `${prefix}/${s.slice(p, i)}`;
  if (c === 63) return parseQuery(s, i + 1, url);
  if (c === 35) url.fragment = percentEncodeRange(s, i + 1, n, FRAGMENT_SET);
  return url;
}

function parseOpaquePath(s, p, url) {
  const n = s.length;
  let end = p;
  while (end < n) {
    const c = s.charCodeAt(end);
    if (c === 63 || c === 35) break;
    end++;
  }
  url.path = percentEncodeRange(s, p, end, C0_CONTROL_SET);
  url.opaque = true;
  if (end === n) return url;
  if (s.charCodeAt(end) === 63) return parseQuery(s, end + 1, url);
  url.fragment = percentEncodeRange(s, end + 1, n, FRAGMENT_SET);
  return url;
}

function parseQuery(s, p, url) {
  const n = s.length;
  let hash = s.indexOf('#', p);
  if (hash === -1) hash = n;
  url.query = percentEncodeRange(s, p, hash, url.type === NOT_SPECIAL ? QUERY_SET : SPECIAL_QUERY_SET);
  if (hash < n) url.fragment = percentEncodeRange(s, hash + 1, n, FRAGMENT_SET);
  return url;
}

// Serializes a URLRecord into `ctx` (a URLContext).
function serialize(url, ctx) {
  let href = `${url.scheme}:`;
  const protocolEnd = href.length;
  ctx.protocol_end = protocolEnd;
  if (url.host !== null) {
    href += '//';
    if (url.username !== '' || url.password !== '') {
      href += url.username;
      ctx.username_end = href.length;
      if (url.password !== '') href += `:${url.password}`;
      ctx.host_start = href.length;
      href += `@${url.host}`;
    } else {
      ctx.username_end = ctx.host_start = href.length;
      href += url.host;
    }
    ctx.host_end = href.length;
    if (url.port !== -1) href += `:${url.port}`;
  } else {
    ctx.username_end = ctx.host_start = ctx.host_end = protocolEnd;
    // A path starting with an empty segment must not read as an authority.
    if (!url.opaque && url.path.length > 1 && url.path.charCodeAt(1) === 47) href += '/.';
  }
  ctx.pathname_start = href.length;
  href += url.path;
  if (url.query !== null) {
    ctx.search_start = href.length;
    href += `?${url.query}`;
  } else {
    ctx.search_start = OMITTED;
  }
  if (url.fragment !== null) {
    ctx.hash_start = href.length;
    href += `#${url.fragment}`;
  } else {
    ctx.hash_start = OMITTED;
  }
  ctx.href = href;
  ctx.port = url.port === -1 ? OMITTED : url.port;
  ctx.scheme_type = url.type;
  return ctx;
}

// The URLRecord a URLContext serializes.
function recordOf(ctx) {
  const href = ctx.href;
  const url = new URLRecord();
  url.scheme = href.slice(0, ctx.protocol_end - 1);
  url.type = ctx.scheme_type;
  if (ctx.username_end > ctx.protocol_end) {
    url.username = href.slice(ctx.protocol_end + 2, ctx.username_end);
    if (ctx.host_start > ctx.username_end) url.password = href.slice(ctx.username_end + 1, ctx.host_start);
    url.host = href.slice(url.username !== '' || url.password !== '' ? ctx.host_start + 1 : ctx.host_start,
                          ctx.host_end);
    url.port = ctx.port === OMITTED ? -1 : ctx.port;
  }
  const searchStart = ctx.search_start;
  const hashStart = ctx.hash_start;
  const pathEnd = searchStart !== OMITTED ? searchStart : hashStart !== OMITTED ? hashStart : href.length;
  url.path = href.slice(ctx.pathname_start, pathEnd);
  url.opaque = url.host === null && url.path.charCodeAt(0) !== 47;
  if (searchStart !== OMITTED) url.query = href.slice(searchStart + 1, hashStart !== OMITTED ? hashStart : href.length);
  if (hashStart !== OMITTED) url.fragment = href.slice(hashStart + 1);
  return url;
}

function cannotHaveCredentials(url) {
  return url.host === null || url.host === '' || url.type === FILE;
}

// The setters' parses. Each edits `url` as the URL standard's state override would and returns nothing; an
// input the override rejects leaves `url` as it was (or partly updated, where the standard says so).

function setProtocol(url, value) {
  value = stripTabs(value);
  const n = value.length;
  if (n === 0 || !isAlpha(value.charCodeAt(0))) return;
  let i = 1;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (!(isAlpha(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) break;
  }
  if (i < n && value.charCodeAt(i) !== 58) return;
  const scheme = value.slice(0, i).toLowerCase();
  const type = schemeType(scheme);
  if ((type === NOT_SPECIAL) !== (url.type === NOT_SPECIAL)) return;
  if (type === FILE && (url.username !== '' || url.password !== '' || url.port !== -1)) return;
  if (url.type === FILE && url.host === '') return;
  url.scheme = scheme;
  url.type = type;
  if (url.port === defaultPorts[type]) url.port = -1;
}

function setUsername(url, value) {
  if (!cannotHaveCredentials(url)) url.username = percentEncode(value, USERINFO_SET);
}

function setPassword(url, value) {
  if (!cannotHaveCredentials(url)) url.password = percentEncode(value, USERINFO_SET);
}

// The host and hostname setters (`hostnameOnly`: a port in the value makes it a no-op).
function setHost(url, value, hostnameOnly) {
  if (url.opaque) return;
  value = stripTabs(value);
  const n = value.length;
  const special = url.type !== NOT_SPECIAL;
  if (url.type === FILE) {
    let end = 0;
    while (end < n) {
      const c = value.charCodeAt(end);
      if (c === 47 || c === 92 || c === 63 || c === 35) break;
      end++;
    }
    if (end === 0) {
      url.host = '';
      return;
    }
    const host = parseHost(value.slice(0, end), true);
    if (host !== null) url.host = host === 'localhost' ? '' : host;
    return;
  }
  let brackets = false;
  let i = 0;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 58 && !brackets) break;
    if (c === 47 || c === 63 || c === 35 || (c === 92 && special)) break;
    if (c === 91) brackets = true;
    else if (c === 93) brackets = false;
  }
  if (i < n && value.charCodeAt(i) === 58) {
    if (i === 0 || hostnameOnly) return;
    const host = parseHost(value.slice(0, i), special);
    if (host === null) return;
    url.host = host;
    let end = i + 1;
    while (end < n && value.charCodeAt(end) >= 48 && value.charCodeAt(end) <= 57) end++;
    if (end === i + 1) return;
    const port = parsePort(value, i + 1, end);
    if (port >= 0) url.port = port === defaultPorts[url.type] ? -1 : port;
    return;
  }
  if (i === 0 && (special || url.username !== '' || url.password !== '' || url.port !== -1)) return;
  const host = parseHost(value.slice(0, i), special);
  if (host !== null) url.host = host;
}

function setPort(url, value) {
  if (cannotHaveCredentials(url)) return;
  if (value === '') {
    url.port = -1;
    return;
  }
  value = stripTabs(value);
  let end = 0;
  while (end < value.length && value.charCodeAt(end) >= 48 && value.charCodeAt(end) <= 57) end++;
  if (end === 0) return;
  const port = parsePort(value, 0, end);
  if (port >= 0) url.port = port === defaultPorts[url.type] ? -1 : port;
}

function setPathname(url, value) {
  if (url.opaque) return;
  value = stripTabs(value);
  url.path = '';
  const c = value.length > 0 ? value.charCodeAt(0) : -1;
  if (url.type !== NOT_SPECIAL) {
    parsePath(value, c === 47 || c === 92 ? 1 : 0, url, true);
  } else if (c !== -1) {
    parsePath(value, c === 47 ? 1 : 0, url, true);
  } else if (url.host === null) {
    url.path = '/';
  }
}

// An opaque path keeps trailing spaces only while a query or fragment follows it.
function stripOpaquePathSpaces(url) {
  if (!url.opaque || url.query !== null || url.fragment !== null) return;
  let end = url.path.length;
  while (end > 0 && url.path.charCodeAt(end - 1) === 32) end--;
  url.path = url.path.slice(0, end);
}

function setSearch(url, value) {
  if (value === '') {
    url.query = null;
    stripOpaquePathSpaces(url);
    return;
  }
  value = stripTabs(value.charCodeAt(0) === 63 ? value.slice(1) : value);
  url.query = percentEncode(value, url.type === NOT_SPECIAL ? QUERY_SET : SPECIAL_QUERY_SET);
}

function setHash(url, value) {
  if (value === '') {
    url.fragment = null;
    stripOpaquePathSpaces(url);
    return;
  }
  value = stripTabs(value.charCodeAt(0) === 35 ? value.slice(1) : value);
  url.fragment = percentEncode(value, FRAGMENT_SET);
}

module.exports = {
  FILE, NOT_SPECIAL, OMITTED, URLContext, URLRecord,
  parse, recordOf, serialize, stripOpaquePathSpaces, stripTabs,
  setHash, setHost, setPassword, setPathname, setPort, setProtocol, setSearch, setUsername,
};
