'use strict';
// Conversions between file: URLs and file system paths (POSIX, or Windows with `{ windows: true }` or on
// Windows): url.fileURLToPath and url.pathToFileURL.

const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
  },
} = require('internal/errors');
const { hostToUnicode } = require('internal/url/host');

const isWindows = process.platform === 'win32';

// Whether `pathname` holds %2F (or, on Windows, %5C), which would decode to a separator.
function hasEncodedSeparator(pathname, windows) {
  for (let i = pathname.indexOf('%'); i !== -1; i = pathname.indexOf('%', i + 1)) {
    const a = pathname.charCodeAt(i + 1);
    const b = pathname.charCodeAt(i + 2) | 0x20;
    if ((a === 50 && b === 102) || (windows && a === 53 && b === 99)) return true;
  }
  return false;
}

// `url` is a URL (or URL-like object) with the file: scheme.
function fileURLToPathOf(url, windows) {
  const hostname = url.hostname;
  const pathname = url.pathname;
  if (!windows) {
    if (hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
    if (hasEncodedSeparator(pathname, false)) {
      throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
    return decodeURIComponent(pathname);
  }
  if (hasEncodedSeparator(pathname, true)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  const decoded = decodeURIComponent(pathname.replaceAll('/', '\\'));
  // A host makes it a UNC path: \\server\share\….
  if (hostname !== '') return `\\\\${hostToUnicode(hostname)}${decoded}`;
  const letter = decoded.charCodeAt(1) | 0x20;
  if (letter < 97 || letter > 122 || decoded.charCodeAt(2) !== 58) {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return decoded.slice(1);
}

// Characters the URL parser would drop or read as syntax, escaped beforehand ('\\' too on POSIX, where it is an
// ordinary file name character).
function encodePathChars(filepath, windows) {
  let out = '';
  let run = 0;
  for (let i = 0; i < filepath.length; i++) {
    let escaped;
    switch (filepath.charCodeAt(i)) {
      case 37: escaped = '%25'; break;
      case 92: if (windows) continue; escaped = '%5C'; break;
      case 10: escaped = '%0A'; break;
      case 13: escaped = '%0D'; break;
      case 9: escaped = '%09'; break;
      case 35: escaped = '%23'; break;
      case 63: escaped = '%3F'; break;
      default: continue;
    }
    out += filepath.slice(run, i) + escaped;
    run = i + 1;
  }
  return run === 0 ? filepath : out + filepath.slice(run);
}

let URL;
let isURL;
function lazyURL() {
  ({ URL, isURL } = require('internal/url'));
}

function fileURLToPath(input, options = undefined) {
  if (URL === undefined) lazyURL();
  let url = input;
  if (typeof url === 'string') url = new URL(url);
  else if (!isURL(url)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], url);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  const windows = options?.windows;
  return fileURLToPathOf(url, windows === undefined ? isWindows : Boolean(windows));
}

function pathToFileURL(filepath, options = undefined) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (URL === undefined) lazyURL();
  const windows = options?.windows === undefined ? isWindows : Boolean(options.windows);
  if (windows && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\resource.
    const parts = filepath.split('\\');
    if (parts.length <= 3) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    const url = new URL('file://');
    url.hostname = parts[2];
    url.pathname = encodePathChars(parts.slice(3).join('/'), true);
    return url;
  }
  const impl = windows ? path.win32 : path.posix;
  let resolved = impl.resolve(filepath);
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) && resolved[resolved.length - 1] !== impl.sep) resolved += '/';
  if (windows) resolved = `/${resolved.replaceAll('\\', '/')}`;
  return new URL(`file://${encodePathChars(resolved, windows)}`);
}

module.exports = { fileURLToPath, pathToFileURL };
