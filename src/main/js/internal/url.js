'use strict';
// The WHATWG URL API (URL, URLSearchParams) over the parser in internal/url/parser, and node's helpers around
// it: domainToASCII/Unicode, fileURLToPath/pathToFileURL, urlToHttpOptions, url.format for URL objects.
// A URL keeps its state as a URLContext (href plus component offsets): getters slice the href, setters
// rebuild it from a URLRecord.

const { inspect } = require('internal/util/inspect');
const {
  FILE, NOT_SPECIAL, OMITTED, URLContext,
  parse, recordOf, serialize, stripOpaquePathSpaces, stripTabs,
  setHash, setHost, setPassword, setPathname, setPort, setProtocol, setSearch, setUsername,
} = require('internal/url/parser');
const { hostToUnicode, parseHost } = require('internal/url/host');
const {
  URLSearchParams, attachSearchParams, resetSearchParams, setQueryUpdater,
} = require('internal/url/search_params');
const { fileURLToPath, pathToFileURL } = require('internal/url/file_path');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

// The key util.inspect shows a URL's context under, with showHidden.
const kContext = Symbol('context');

function toUSVString(v) {
  const s = `${v}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

// Like node, a plain TypeError ("TypeError: Invalid URL") carrying code, input and base.
function invalidURL(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

// The last base parsed: code often resolves many inputs against one base. Parsing never changes a base record.
let lastBase = '';
let lastBaseRecord = null;

// Parses input against an optional base (both already strings): the URLRecord, or null.
function parseWithBase(input, base) {
  if (base === undefined) return parse(input, null);
  let baseRecord = lastBaseRecord;
  if (base !== lastBase || baseRecord === null) {
    baseRecord = parse(base, null);
    if (baseRecord === null) return null;
    lastBase = base;
    lastBaseRecord = baseRecord;
  }
  return parse(input, baseRecord);
}

class URL {
  #context;
  #searchParams = null;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const record = parseWithBase(input, base);
    if (record === null) throw invalidURL(input, base);
    this.#context = serialize(record, new URLContext());
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    return parseWithBase(input, base) === null ? null : new URL(input, base);
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    return parseWithBase(toUSVString(input), base === undefined ? undefined : toUSVString(base)) !== null;
  }

  static createObjectURL(obj) {
    const { isBlob, storeDataObject } = require('internal/blob');
    if (!isBlob(obj)) throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    const id = randomUUID();
    storeDataObject(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const record = parse(toUSVString(url), null);
    if (record === null || record.scheme !== 'blob') return;
    const parts = record.path.split(':');
    if (parts.length === 2 && parts[0] === 'nodedata') require('internal/blob').revokeDataObject(parts[1]);
  }

  static {
    // How a URL's searchParams write back into it.
    setQueryUpdater((url, query) => {
      const ctx = url.#context;
      const record = recordOf(ctx);
      record.query = query;
      if (query === null) stripOpaquePathSpaces(record);
      serialize(record, ctx);
    });
  }

  toString() {
    return this.#context.href;
  }

  get href() {
    return this.#context.href;
  }

  set href(value) {
    const ctx = this.#context;
    value = toUSVString(value);
    const record = parse(value, null);
    if (record === null) throw invalidURL(value);
    serialize(record, ctx);
    if (this.#searchParams !== null) resetSearchParams(this.#searchParams, record.query);
  }

  get origin() {
    const ctx = this.#context;
    const type = ctx.scheme_type;
    if (type === FILE) return 'null';
    if (type !== NOT_SPECIAL) return ctx.href.slice(0, ctx.protocol_end) + '//' + hostOf(ctx);
    if (ctx.href.startsWith('blob:') && ctx.protocol_end === 5) {
      // A blob: URL has the origin of the http(s) URL it wraps.
      const inner = parse(pathnameOf(ctx), null);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return `${inner.scheme}://${inner.host}${inner.port === -1 ? '' : `:${inner.port}`}`;
      }
    }
    return 'null';
  }

  get protocol() {
    const ctx = this.#context;
    return ctx.href.slice(0, ctx.protocol_end);
  }

  set protocol(value) {
    update(this.#context, setProtocol, value);
  }

  get username() {
    const ctx = this.#context;
    return ctx.username_end > ctx.protocol_end + 2 ? ctx.href.slice(ctx.protocol_end + 2, ctx.username_end) : '';
  }

  set username(value) {
    update(this.#context, setUsername, value);
  }

  get password() {
    const ctx = this.#context;
    return ctx.host_start > ctx.username_end ? ctx.href.slice(ctx.username_end + 1, ctx.host_start) : '';
  }

  set password(value) {
    update(this.#context, setPassword, value);
  }

  get host() {
    return hostOf(this.#context);
  }

  set host(value) {
    update(this.#context, setHostAndPort, value);
  }

  get hostname() {
    const ctx = this.#context;
    const href = ctx.href;
    let start = ctx.host_start;
    if (href.charCodeAt(start) === 64 && ctx.host_end > start) start++;
    return href.slice(start, ctx.host_end);
  }

  set hostname(value) {
    update(this.#context, setHostname, value);
  }

  get port() {
    const port = this.#context.port;
    return port === OMITTED ? '' : `${port}`;
  }

  set port(value) {
    update(this.#context, setPort, value);
  }

  get pathname() {
    return pathnameOf(this.#context);
  }

  set pathname(value) {
    update(this.#context, setPathname, value);
  }

  get search() {
    const ctx = this.#context;
    const start = ctx.search_start;
    if (start === OMITTED) return '';
    const end = ctx.hash_start === OMITTED ? ctx.href.length : ctx.hash_start;
    return end - start > 1 ? ctx.href.slice(start, end) : '';
  }

  set search(value) {
    const ctx = this.#context;
    const record = recordOf(ctx);
    setSearch(record, toUSVString(value));
    serialize(record, ctx);
    if (this.#searchParams !== null) resetSearchParams(this.#searchParams, record.query);
  }

  get searchParams() {
    if (this.#searchParams === null) {
      const ctx = this.#context;
      const params = new URLSearchParams();
      const start = ctx.search_start;
      const query = start === OMITTED ? null :
        ctx.href.slice(start + 1, ctx.hash_start === OMITTED ? ctx.href.length : ctx.hash_start);
      attachSearchParams(params, this, query);
      this.#searchParams = params;
    }
    return this.#searchParams;
  }

  get hash() {
    const ctx = this.#context;
    const start = ctx.hash_start;
    return start === OMITTED || ctx.href.length - start < 2 ? '' : ctx.href.slice(start);
  }

  set hash(value) {
    update(this.#context, setHash, value);
  }

  toJSON() {
    return this.#context.href;
  }

  [inspect.custom](depth, options) {
    const ctx = this.#context;
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: ctx.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    if (options.showHidden) obj[kContext] = ctx;
    return `${this.constructor.name} ${inspect(obj, options)}`;
  }
}

// Applies a setter's parse to the URL's record and reserializes it.
function update(ctx, setter, value) {
  const record = recordOf(ctx);
  setter(record, toUSVString(value));
  serialize(record, ctx);
}

function hostOf(ctx) {
  const href = ctx.href;
  let start = ctx.host_start;
  if (href.charCodeAt(start) === 64 && ctx.host_end > start) start++;
  return href.slice(start, ctx.port === OMITTED ? ctx.host_end : ctx.pathname_start);
}

function pathnameOf(ctx) {
  let end = ctx.search_start;
  if (end === OMITTED) end = ctx.hash_start;
  return ctx.href.slice(ctx.pathname_start, end === OMITTED ? ctx.href.length : end);
}

function setHostAndPort(record, value) {
  setHost(record, value, false);
}

function setHostname(record, value) {
  setHost(record, value, true);
}

// Getters, setters and methods are enumerable own properties of the prototype, as node has them.
for (const key of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, key, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { configurable: true, value: 'URL' });
for (const key of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, key, { enumerable: true });
}

// A random (version 4) UUID for object URLs.
function randomUUID() {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += ((Math.random() * 0x100000000) >>> 0).toString(16).padStart(8, '0');
  const variant = (8 + (parseInt(hex[16], 16) & 3)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-` +
    hex.slice(20);
}

// node's test for URL objects (url.format, fs paths): a URL, or an object with href and protocol that is not a
// legacy url.parse() result.
function isURL(value) {
  return Boolean(value?.href && value.protocol && value.auth === undefined && value.path === undefined);
}

function toPathIfFileURL(value) {
  return isURL(value) ? fileURLToPath(value) : value;
}

// The host the hostname setter of a special URL would set from `domain`, or '' where it would fail.
function hostForDomain(domain) {
  const s = stripTabs(toUSVString(domain));
  let brackets = false;
  let end = 0;
  for (; end < s.length; end++) {
    const c = s.charCodeAt(end);
    if (c === 47 || c === 63 || c === 35 || c === 92) break;
    if (c === 58 && !brackets) return '';
    if (c === 91) brackets = true;
    else if (c === 93) brackets = false;
  }
  return end === 0 ? '' : parseHost(s.slice(0, end), true) ?? '';
}

function domainToASCII(domain) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('domain');
  return hostForDomain(domain);
}

function domainToUnicode(domain) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('domain');
  const host = hostForDomain(domain);
  return host === '' ? '' : hostToUnicode(host);
}

// The options http.request() takes, from a URL.
function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  return options;
}

// url.format(URL, { auth, fragment, search, unicode }): the href with parts left out or the host in Unicode.
function formatURL(url, options = undefined) {
  if (options !== undefined && options !== null) validateObject(options, 'options');
  const href = `${url.href}`;
  const record = parse(href, null);
  if (record === null) return href;
  if (!(options?.auth ?? true)) {
    record.username = '';
    record.password = '';
  }
  if (!(options?.fragment ?? true)) record.fragment = null;
  if (!(options?.search ?? true)) record.query = null;
  if ((options?.unicode ?? false) && record.host !== null && record.host !== '') {
    record.host = hostToUnicode(record.host);
  }
  return serialize(record, new URLContext()).href;
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
