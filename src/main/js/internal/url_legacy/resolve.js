'use strict';
// Url.prototype.resolveObject(): resolves a reference against a legacy url object the way browsers resolve
// links, with the legacy API's own rules for schemes that have no '//' (their host is the first path segment).

const { slashedProtocols, hostlessProtocols } = require('internal/url_legacy/protocols');

const fileProtocolRE = /^file:?$/;

function finish(result) {
  result.href = result.format();
  return result;
}

function setPath(result) {
  result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
}

// 'user@host' that ended up as the host of a host-in-path scheme such as mailto:.
function moveAuthOutOfHost(result) {
  const host = result.host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts[0];
    result.host = result.hostname = parts[1];
  }
}

// '//host/path': everything but the scheme comes from the reference.
function resolveNetworkPath(result, relative) {
  const keys = Object.keys(relative);
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== 'protocol') result[keys[i]] = relative[keys[i]];
  }
  if (slashedProtocols.has(result.protocol) && result.hostname && !result.pathname) {
    result.path = result.pathname = '/';
  }
  return finish(result);
}

// A reference with a scheme of its own.
function resolveOtherScheme(result, relative) {
  const protocol = relative.protocol;
  if (!slashedProtocols.has(protocol)) {
    const keys = Object.keys(relative);
    for (let i = 0; i < keys.length; i++) result[keys[i]] = relative[keys[i]];
    return finish(result);
  }
  result.protocol = protocol;
  if (!relative.host && !fileProtocolRE.test(protocol) && !hostlessProtocols.has(protocol)) {
    // 'http:/a/b' against another scheme: a slashed scheme needs a host, so the first segment becomes it.
    const segments = (relative.pathname || '').split('/');
    let host = '';
    while (segments.length > 0 && !(host = segments.shift()));
    relative.host = host || '';
    if (!relative.hostname) relative.hostname = '';
    if (segments[0] !== '') segments.unshift('');
    if (segments.length < 2) segments.unshift('');
    result.pathname = segments.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search) setPath(result);
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

// Same scheme (or none): merge the paths.
function resolveSameScheme(result, relative) {
  const relHasHost = Boolean(relative.host);
  const relPathAbsolute = Boolean(relative.pathname) && relative.pathname.charAt(0) === '/';
  const relAbsolute = relHasHost || relPathAbsolute;
  const baseAbsolute = Boolean(result.pathname) && result.pathname.charAt(0) === '/';
  let mustEndAbs = relAbsolute || baseAbsolute || Boolean(result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let segments = result.pathname ? result.pathname.split('/') : [];
  const relSegments = relative.pathname ? relative.pathname.split('/') : [];
  // Schemes like mailto: keep their "host" as the first path segment while merging, so '..' can reach it.
  const hostInPath = Boolean(result.protocol) && !slashedProtocols.has(result.protocol);

  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      // A reference with the scheme brings its own userinfo (or none).
      result.auth = relative.auth || null;
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relSegments[0] === '') relSegments[0] = relative.host;
        else relSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relSegments[0] === '' || segments[0] === '');
  }

  if (relAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = relSegments;
  } else if (relSegments.length > 0) {
    // Relative path: replaces the last segment of the base.
    segments.pop();
    segments = segments.concat(relSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query: keep the base path.
    if (hostInPath) {
      result.hostname = result.host = segments.shift();
      moveAuthOutOfHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) setPath(result);
    return finish(result);
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.', '..' or '/' stays a directory.
  let last = segments[segments.length - 1];
  const trailingSlash = (Boolean(result.host || relative.host || segments.length > 1) &&
    (last === '.' || last === '..')) || last === '';

  // From the end: drop '.', and let each '..' consume the nearest segment before it.
  let up = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    last = segments[i];
    if (last === '.') {
      segments.splice(i, 1);
    } else if (last === '..') {
      segments.splice(i, 1);
      up++;
    } else if (up > 0) {
      segments.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    for (; up > 0; up--) segments.unshift('..');
  }

  if (mustEndAbs && segments[0] !== '' && (!segments[0] || segments[0].charAt(0) !== '/')) segments.unshift('');
  if (trailingSlash && !segments.join('/').endsWith('/')) segments.push('');

  const absolute = segments[0] === '' || (Boolean(segments[0]) && segments[0].charAt(0) === '/');
  if (hostInPath) {
    result.hostname = result.host = absolute || segments.length === 0 ? '' : segments.shift();
    moveAuthOutOfHost(result);
  }

  mustEndAbs = mustEndAbs || Boolean(result.host && segments.length > 0);
  if (mustEndAbs && !absolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  if (result.pathname !== null || result.search !== null) setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
}

// `relative` is a url object or a string (parsed with slashes denoting a host).
function resolveUrlObject(Url, base, relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }
  const result = new Url();
  const keys = Object.keys(base);
  for (let i = 0; i < keys.length; i++) result[keys[i]] = base[keys[i]];

  // The fragment always comes from the reference, even an empty one.
  result.hash = relative.hash;
  if (relative.href === '') return finish(result);
  if (relative.slashes && !relative.protocol) return resolveNetworkPath(result, relative);
  if (relative.protocol && relative.protocol !== result.protocol) return resolveOtherScheme(result, relative);
  return resolveSameScheme(result, relative);
}

module.exports = { resolveUrlObject };
