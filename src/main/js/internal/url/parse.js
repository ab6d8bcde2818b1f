'use strict';
// The URL standard's basic URL parser over a URL record
//   { scheme, username, password, host (null | string), port (null | number), path (array, or a string when
//     opaque), query (null | string), fragment (null | string) }
// including state overrides (what the URL setters use), and the serializer.

const { parseHost } = require('internal/url/host');
const {
  C0_CONTROL_SET, FRAGMENT_SET, PATH_SET, QUERY_SET, SPECIAL_QUERY_SET, USERINFO_SET, percentEncode,
} = require('internal/url/percent');

const specialPorts = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5, RELATIVE: 6,
  RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9, AUTHORITY: 10, HOST: 11,
  HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16, PATH_START: 17, PATH: 18, OPAQUE_PATH: 19,
  QUERY: 20, FRAGMENT: 21,
};

function isSpecialScheme(scheme) {
  return scheme in specialPorts;
}

function isAlpha(c) {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c) {
  return c >= 48 && c <= 57;
}

function isWindowsDriveLetter(s, normalizedOnly) {
  return s.length === 2 && isAlpha(s.charCodeAt(0)) &&
    (s[1] === ':' || (!normalizedOnly && s[1] === '|'));
}

function startsWithWindowsDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAlpha(cps[p]) || (cps[p + 1] !== 58 && cps[p + 1] !== 124)) return false;
  if (cps.length - p === 2) return true;
  const c = cps[p + 2];
  return c === 47 || c === 92 || c === 63 || c === 35;
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function cloneRecord(r) {
  return { ...r, path: typeof r.path === 'string' ? r.path : r.path.slice() };
}

// Code points of `s` (surrogate pairs joined), as numbers.
function codePoints(s) {
  const out = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function fromCodePoints(cps, start, end) {
  let s = '';
  for (let i = start; i < end; i += 4096) s += String.fromCodePoint(...cps.slice(i, Math.min(end, i + 4096)));
  return s;
}

// Parses `input` against `base` (a record or null). With `url` and `stateOverride`, updates that record as a
// setter does. Returns the record, null on failure, or false when an override ends the parse early (no change).
function parse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    // Leading and trailing C0 controls and spaces go, then tabs and newlines anywhere.
    let start = 0;
    let end = input.length;
    while (start < end && input.charCodeAt(start) <= 0x20) start++;
    while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
    input = input.slice(start, end);
  }
  if (/[\t\n\r]/.test(input)) input = input.replace(/[\t\n\r]/g, '');
  const cps = codePoints(input);
  const EOF = -1;
  let state = stateOverride || S.SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  for (let p = 0; p <= cps.length; p++) {
    const c = p < cps.length ? cps[p] : EOF;
    switch (state) {
      case S.SCHEME_START:
        if (c !== EOF && isAlpha(c)) {
          buffer += String.fromCharCode(c).toLowerCase();
          state = S.SCHEME;
        } else if (!stateOverride) {
          state = S.NO_SCHEME;
          p--;
        } else {
          return null;
        }
        break;
      case S.SCHEME:
        if (c !== EOF && (isAlpha(c) || isDigit(c) || c === 43 || c === 45 || c === 46)) {
          buffer += String.fromCharCode(c).toLowerCase();
        } else if (c === 58) {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return false;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return false;
            if (url.scheme === 'file' && url.host === '') return false;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === specialPorts[url.scheme]) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S.FILE;
          } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (isSpecialScheme(url.scheme)) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[p + 1] === 47) {
            state = S.PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = S.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = S.NO_SCHEME;
          p = -1;
        } else {
          return null;
        }
        break;
      case S.NO_SCHEME:
        if (!base || (typeof base.path === 'string' && c !== 35)) return null;
        if (typeof base.path === 'string' && c === 35) {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S.RELATIVE;
          p--;
        } else {
          state = S.FILE;
          p--;
        }
        break;
      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === 47 && cps[p + 1] === 47) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.RELATIVE;
          p--;
        }
        break;
      case S.PATH_OR_AUTHORITY:
        if (c === 47) {
          state = S.AUTHORITY;
        } else {
          state = S.PATH;
          p--;
        }
        break;
      case S.RELATIVE:
        url.scheme = base.scheme;
        if (c === 47) {
          state = S.RELATIVE_SLASH;
        } else if (isSpecialScheme(url.scheme) && c === 92) {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = S.QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            p--;
          }
        }
        break;
      case S.RELATIVE_SLASH:
        if (isSpecialScheme(url.scheme) && (c === 47 || c === 92)) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === 47) {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          p--;
        }
        break;
      case S.SPECIAL_AUTHORITY_SLASHES:
        if (c === 47 && cps[p + 1] === 47) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;
      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== 47 && c !== 92) {
          state = S.AUTHORITY;
          p--;
        }
        break;
      case S.AUTHORITY:
        if (c === 64) {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const ch of buffer) {
            if (ch === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percentEncode(ch, USERINFO_SET);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (isSpecialScheme(url.scheme) && c === 92)) {
          if (atSignSeen && buffer === '') return null;
          p -= [...buffer].length + 1;
          buffer = '';
          state = S.HOST;
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = S.FILE_HOST;
        } else if (c === 58 && !insideBrackets) {
          if (buffer === '') return null;
          if (stateOverride === S.HOSTNAME) return false;
          const host = parseHost(buffer, isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (isSpecialScheme(url.scheme) && c === 92)) {
          p--;
          if (isSpecialScheme(url.scheme) && buffer === '') return null;
          if (stateOverride && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null)) {
            return false;
          }
          const host = parseHost(buffer, isSpecialScheme(url.scheme));
          if (host === null) return null;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === 91) insideBrackets = true;
          if (c === 93) insideBrackets = false;
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.PORT:
        if (c !== EOF && isDigit(c)) {
          buffer += String.fromCharCode(c);
        } else if (c === EOF || c === 47 || c === 63 || c === 35 || (isSpecialScheme(url.scheme) && c === 92) ||
                   stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return null;
            url.port = specialPorts[url.scheme] === port ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = S.PATH_START;
          p--;
        } else {
          return null;
        }
        break;
      case S.FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === 47 || c === 92) {
          state = S.FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === 63) {
            url.query = '';
            state = S.QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== EOF) {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            p--;
          }
        } else {
          state = S.PATH;
          p--;
        }
        break;
      case S.FILE_SLASH:
        if (c === 47 || c === 92) {
          state = S.FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, p) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          p--;
        }
        break;
      case S.FILE_HOST:
        if (c === EOF || c === 47 || c === 92 || c === 63 || c === 35) {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer, false)) {
            state = S.PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, true);
            if (host === null) return null;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = S.PATH_START;
          }
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.PATH_START:
        if (isSpecialScheme(url.scheme)) {
          state = S.PATH;
          if (c !== 47 && c !== 92) p--;
        } else if (!stateOverride && c === 63) {
          url.query = '';
          state = S.QUERY;
        } else if (!stateOverride && c === 35) {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== EOF) {
          state = S.PATH;
          if (c !== 47) p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;
      case S.PATH:
        if (c === EOF || c === 47 || (isSpecialScheme(url.scheme) && c === 92) ||
            (!stateOverride && (c === 63 || c === 35))) {
          const slash = c === 47 || (isSpecialScheme(url.scheme) && c === 92);
          buffer = percentEncode(buffer, PATH_SET);
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer, false)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === 63) {
            url.query = '';
            state = S.QUERY;
          } else if (c === 35) {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.OPAQUE_PATH:
        if (c === 63) {
          url.query = '';
          state = S.QUERY;
        } else if (c === 35) {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== EOF) {
          url.path += percentEncode(String.fromCodePoint(c), C0_CONTROL_SET);
        }
        break;
      case S.QUERY:
        if ((!stateOverride && c === 35) || c === EOF) {
          const set = isSpecialScheme(url.scheme) ? SPECIAL_QUERY_SET : QUERY_SET;
          url.query += percentEncode(buffer, set);
          buffer = '';
          if (c === 35) {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else if (c !== EOF) {
          buffer += String.fromCodePoint(c);
        }
        break;
      case S.FRAGMENT:
        if (c !== EOF) {
          // The fragment is the rest of the input.
          url.fragment += percentEncode(fromCodePoints(cps, p, cps.length), FRAGMENT_SET);
          p = cps.length - 1;
        }
        break;
    }
  }
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serialize(url, excludeFragment) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  } else if (typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

module.exports = { S, cloneRecord, isSpecialScheme, parse, serialize, serializePath, specialPorts };
