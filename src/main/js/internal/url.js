'use strict';
// The WHATWG URL API (URL, URLSearchParams) over the parser in internal/url/parse, and node's helpers around it:
// fileURLToPath/pathToFileURL, urlToHttpOptions, url.format for URL objects, domainToASCII/Unicode.

const path = require('path');
const { inspect } = require('internal/util/inspect');
const { parse, serialize, serializePath, S, cloneRecord } = require('internal/url/parse');
const { domainToASCII: hostToASCII } = require('internal/url/host');
const { URLSearchParams, attach, replaceList } = require('internal/url/search_params');
const { USERINFO_SET, percentEncode } = require('internal/url/percent');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

let recordOf;

function toUSVString(v) {
  const s = `${v}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

// node's URL parser reports from native code: a plain TypeError ("TypeError: Invalid URL") with the code added.
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// The URL record behind a URL object (its brand check, with V8's words as node has them).
function record(self) {
  const r = recordOf(self);
  if (r === undefined) throw new TypeError('Receiver must be an instance of class URL');
  return r;
}

class URL {
  #record;
  #searchParams = null;

  static {
    recordOf = (url) => (url != null && typeof url === 'object' && #record in url ? url.#record : undefined);
  }

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      base = toUSVString(base);
      baseRecord = parse(base, null);
      if (baseRecord === null) throw invalidURL(input, base);
    }
    const r = parse(input, baseRecord);
    if (r === null) throw invalidURL(input, base);
    this.#record = r;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return base === undefined ? new URL(input) : new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = parse(toUSVString(base), null);
      if (baseRecord === null) return false;
    }
    return parse(input, baseRecord) !== null;
  }

  static createObjectURL(obj) {
    const { isBlob, storeDataObject } = require('internal/blob');
    if (!isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const id = randomId();
    storeDataObject(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const match = /^blob:nodedata:([^?#]*)/.exec(`${url}`);
    if (match !== null) require('internal/blob').revokeDataObject(match[1]);
  }

  // Methods fail on a wrong receiver with V8's private-member error, as node's do.
  toString() {
    return serialize(this.#record);
  }

  get href() {
    return serialize(record(this));
  }

  set href(value) {
    record(this);
    value = toUSVString(value);
    const r = parse(value, null);
    if (r === null) throw invalidURL(value);
    this.#record = r;
    this.#syncParams();
  }

  get origin() {
    const r = record(this);
    switch (r.scheme) {
      case 'blob': {
        const inner = parse(serializePath(r), null);
        if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) return originOf(inner);
        return 'null';
      }
      case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
        return originOf(r);
      default:
        return 'null';
    }
  }

  get protocol() {
    return `${record(this).scheme}:`;
  }

  set protocol(value) {
    parse(`${toUSVString(value)}:`, null, record(this), S.SCHEME_START);
  }

  get username() {
    return record(this).username;
  }

  set username(value) {
    const r = record(this);
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    r.username = percentEncode(toUSVString(value), USERINFO_SET);
  }

  get password() {
    return record(this).password;
  }

  set password(value) {
    const r = record(this);
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    r.password = percentEncode(toUSVString(value), USERINFO_SET);
  }

  get host() {
    const r = record(this);
    if (r.host === null) return '';
    return r.port === null ? r.host : `${r.host}:${r.port}`;
  }

  set host(value) {
    const r = record(this);
    if (typeof r.path === 'string') return;
    parse(toUSVString(value), null, r, S.HOST);
  }

  get hostname() {
    const r = record(this);
    return r.host === null ? '' : r.host;
  }

  set hostname(value) {
    const r = record(this);
    if (typeof r.path === 'string') return;
    parse(toUSVString(value), null, r, S.HOSTNAME);
  }

  get port() {
    const r = record(this);
    return r.port === null ? '' : `${r.port}`;
  }

  set port(value) {
    const r = record(this);
    if (r.host === null || r.host === '' || r.scheme === 'file') return;
    value = toUSVString(value);
    if (value === '') {
      r.port = null;
      return;
    }
    parse(value, null, r, S.PORT);
  }

  get pathname() {
    return serializePath(record(this));
  }

  set pathname(value) {
    const r = record(this);
    if (typeof r.path === 'string') return;
    r.path = [];
    parse(toUSVString(value), null, r, S.PATH_START);
  }

  get search() {
    const q = record(this).query;
    return q === null || q === '' ? '' : `?${q}`;
  }

  set search(value) {
    const r = record(this);
    value = toUSVString(value);
    if (value === '') {
      r.query = null;
      stripOpaquePathSpaces(r);
    } else {
      if (value[0] === '?') value = value.slice(1);
      r.query = '';
      parse(value, null, r, S.QUERY);
    }
    this.#syncParams();
  }

  get searchParams() {
    record(this);
    if (this.#searchParams === null) {
      const params = new URLSearchParams(this.#record.query || '');
      attach(params, (query) => {
        this.#record.query = query;
      });
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    const f = record(this).fragment;
    return f === null || f === '' ? '' : `#${f}`;
  }

  set hash(value) {
    const r = record(this);
    value = toUSVString(value);
    if (value === '') {
      r.fragment = null;
      stripOpaquePathSpaces(r);
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    r.fragment = '';
    parse(value, null, r, S.FRAGMENT);
  }

  toJSON() {
    return serialize(this.#record);
  }

  #syncParams() {
    if (this.#searchParams !== null) replaceList(this.#searchParams, this.#record.query);
  }

  [inspect.custom](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = Object.getPrototypeOf(this)?.constructor ?? URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${inspect(obj, opts)}`;
  }
}

// An id in randomUUID's shape for object URLs.
function randomId() {
  const hex = [];
  for (let i = 0; i < 32; i++) hex.push(Math.floor(Math.random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(Math.random() * 4)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// An opaque path may end in spaces only while a query or fragment follows it.
function stripOpaquePathSpaces(r) {
  if (typeof r.path === 'string' && r.fragment === null && r.query === null) r.path = r.path.replace(/ +$/, '');
}

function originOf(r) {
  return `${r.scheme}://${r.host}${r.port === null ? '' : `:${r.port}`}`;
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, name, desc);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { configurable: true, value: 'URL' });
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const desc = Object.getOwnPropertyDescriptor(URL, name);
  desc.enumerable = true;
  Object.defineProperty(URL, name, desc);
}

// node's duck type for URL objects (url.format, fs paths): a real URL, or something with href and protocol that
// is not a legacy url.parse result.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined && self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const ascii = hostToASCII(`${domain}`);
  return ascii === null ? '' : ascii;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return internalBinding('url').domainToUnicode(`${domain}`);
}

function fileURLToPath(input) {
  let url = input;
  if (typeof url === 'string') url = new URL(url);
  else if (!isURL(url)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

// What pathToFileURL escapes beyond the URL parser: characters that would change the URL's meaning.
function encodePathChars(filepath) {
  if (filepath.includes('%')) filepath = filepath.replace(/%/g, '%25');
  if (filepath.includes('\\')) filepath = filepath.replace(/\\/g, '%5C');
  if (filepath.includes('\n')) filepath = filepath.replace(/\n/g, '%0A');
  if (filepath.includes('\r')) filepath = filepath.replace(/\r/g, '%0D');
  if (filepath.includes('\t')) filepath = filepath.replace(/\t/g, '%09');
  return filepath;
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = path.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 && resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  resolved = encodePathChars(resolved);
  if (resolved.includes('?')) resolved = resolved.replace(/\?/g, '%3F');
  if (resolved.includes('#')) resolved = resolved.replace(/#/g, '%23');
  return new URL(`file://${resolved}`);
}

function toPathIfFileURL(fileURLOrPath) {
  if (!isURL(fileURLOrPath)) return fileURLOrPath;
  return fileURLToPath(fileURLOrPath);
}

// The options http.request takes, from a URL.
function urlToHttpOptions(url) {
  validateObject(url, 'url', { allowArray: true, allowFunction: true });
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: url.hostname && url.hostname[0] === '[' ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

// url.format(URL, { auth, fragment, search, unicode }).
function formatURL(url, options) {
  if (options !== undefined) validateObject(options, 'options');
  const { auth = true, fragment = true, search = true, unicode = false } = options ?? {};
  const r = recordOf(url);
  if (r === undefined) return url.href;
  const copy = cloneRecord(r);
  if (!auth) {
    copy.username = '';
    copy.password = '';
  }
  if (!fragment) copy.fragment = null;
  if (!search) copy.query = null;
  if (unicode && copy.host !== null && copy.host !== '') {
    copy.host = internalBinding('url').domainToUnicode(copy.host);
  }
  return serialize(copy);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  formatURL,
  isURL,
  pathToFileURL,
  toPathIfFileURL,
  urlToHttpOptions,
};
