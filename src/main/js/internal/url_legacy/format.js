'use strict';
// Url.prototype.format(): builds an href from the parts of a legacy url object (or any object shaped like one).

const querystring = require('querystring');
const { codes: { ERR_INVALID_URI } } = require('internal/errors');
const { slashedProtocols } = require('internal/url_legacy/protocols');

// Credentials are percent-encoded like a URI component, except that ':' stays as the user:password separator.
function encodeAuth(auth) {
  let encoded;
  try {
    encoded = encodeURIComponent(auth);
  } catch {
    throw new ERR_INVALID_URI();
  }
  return encoded.includes('%3A') ? encoded.replace(/%3A/g, ':') : encoded;
}

function escapePathDelimiters(pathname) {
  let out = '';
  let last = 0;
  for (let i = 0; i < pathname.length; i++) {
    const code = pathname.charCodeAt(i);
    if (code === 35 || code === 63) {
      out += pathname.slice(last, i) + (code === 35 ? '%23' : '%3F');
      last = i + 1;
    }
  }
  return last === 0 ? pathname : out + pathname.slice(last);
}

function isBracketed(hostname) {
  return hostname.charCodeAt(0) === 91 && hostname.charCodeAt(hostname.length - 1) === 93;
}

function formatUrlObject(obj) {
  const auth = obj.auth ? `${encodeAuth(obj.auth)}@` : '';
  let protocol = obj.protocol || '';
  let pathname = obj.pathname || '';
  let hash = obj.hash || '';

  let host = '';
  if (obj.host) {
    host = auth + obj.host;
  } else if (obj.hostname) {
    const hostname = `${obj.hostname}`;
    host = auth + (hostname.includes(':') && !isBracketed(hostname) ? `[${hostname}]` : hostname);
    if (obj.port) host += `:${obj.port}`;
  }

  let search = obj.search;
  if (!search) {
    const query = obj.query !== null && typeof obj.query === 'object' ? querystring.stringify(obj.query) : '';
    search = query ? `?${query}` : '';
  }

  if (protocol && `${protocol}`.charCodeAt(protocol.length - 1) !== 58) protocol += ':';
  if (typeof pathname === 'string') pathname = escapePathDelimiters(pathname);

  // Only slashed schemes get '//' unless the object says it had them; 'file:' always does.
  if (obj.slashes || slashedProtocols.has(protocol)) {
    if (obj.slashes || host) {
      if (pathname && `${pathname}`.charCodeAt(0) !== 47) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (`${protocol}`.startsWith('file')) {
      host = '//';
    }
  }

  search = `${search}`;
  if (search.includes('#')) search = search.replace(/#/g, '%23');
  if (hash && `${hash}`.charCodeAt(0) !== 35) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== 63) search = `?${search}`;
  return `${protocol}${host}${pathname}${search}${hash}`;
}

module.exports = { formatUrlObject };
