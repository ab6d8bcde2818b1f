'use strict';
// The url module: node's legacy API (Url, parse, format, resolve, resolveObject) and the WHATWG URL API, which
// lives in internal/url and is re-exported here.

const {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  formatURL,
  isURL,
} = require('internal/url');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { pendingDeprecationEnabled } = require('internal/util');
const { parseInto, splitHostPort } = require('internal/url_legacy/parse');
const { formatUrlObject } = require('internal/url_legacy/format');
const { resolveUrlObject } = require('internal/url_legacy/resolve');

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  return parseInto(this, url, parseQueryString, slashesDenoteHost);
};

Url.prototype.format = function format() {
  return formatUrlObject(this);
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  return resolveUrlObject(Url, this, relative);
};

Url.prototype.parseHost = function parseHost() {
  splitHostPort(this);
};

let parseWarned = false;
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && pendingDeprecationEnabled()) {
    parseWarned = true;
    process.emitWarning('The `url.parse()` behavior is not standardized and prone to errors that have ' +
                        'security implications. Use the WHATWG URL API instead. CVEs are not issued for ' +
                        '`url.parse()` vulnerabilities.', 'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const parsed = new Url();
  parsed.parse(url, parseQueryString, slashesDenoteHost);
  return parsed;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (isURL(urlObject)) {
    return formatURL(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
