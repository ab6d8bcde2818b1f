'use strict';
// path.win32: Windows path semantics on any host. Both '\' and '/' separate; output uses '\'. A root is a drive
// ('C:' relative to that drive's cwd, 'C:\' absolute), a UNC share ('\\server\share') or a leading separator.

const { validateObject, validateString } = require('internal/validators');

const SLASH = 47;
const BACKSLASH = 92;
const DOT = 46;
const COLON = 58;

function isSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON && isDriveLetter(path.charCodeAt(0));
}

// End of the UNC prefix '\\server\share' (both parts non-empty), or -1. With shareSep, the index of the
// separator that follows the share (path.length when there is none).
function uncEnd(path) {
  const len = path.length;
  if (len < 5 || !isSep(path.charCodeAt(0)) || !isSep(path.charCodeAt(1))) return -1;
  let j = 2;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return -1;
  uncServerEnd = j;
  while (j < len && isSep(path.charCodeAt(j))) j++;
  if (j === len) return -1;
  uncShareStart = j;
  while (j < len && !isSep(path.charCodeAt(j))) j++;
  return j;
}
let uncServerEnd = 0;
let uncShareStart = 0;

function uncDevice(path, end) {
  return `\\\\${path.slice(2, uncServerEnd)}\\${path.slice(uncShareStart, end)}`;
}

// Root of a path: the device ('' for none), where the rest starts, and whether it is absolute. Returned through
// module state to spare an object per call.
let rootDevice = '';
let rootEnd = 0;
let rootAbsolute = false;
function scanRoot(path) {
  rootDevice = '';
  rootEnd = 0;
  rootAbsolute = false;
  if (path.length === 0) return;
  if (isSep(path.charCodeAt(0))) {
    rootAbsolute = true;
    rootEnd = 1;
    const end = uncEnd(path);
    if (end !== -1) {
      rootDevice = uncDevice(path, end);
      rootEnd = end;
    }
  } else if (hasDrive(path)) {
    rootDevice = path.slice(0, 2);
    rootEnd = 2;
    if (path.length > 2 && isSep(path.charCodeAt(2))) {
      rootAbsolute = true;
      rootEnd = 3;
    }
  }
}

// Resolves '.' and '..' and drops empty segments, joining with '\'; no leading or trailing separator.
function normalizeString(path, allowAboveRoot) {
  let res = '';
  let lastSegmentLength = 0;
  let lastSep = -1;
  let dots = 0;
  const len = path.length;
  for (let i = 0; i <= len; ++i) {
    const code = i < len ? path.charCodeAt(i) : SLASH;
    if (isSep(code)) {
      if (lastSep === i - 1 || dots === 1) {
        // empty segment or '.'
      } else if (dots === 2) {
        const resIsDots = lastSegmentLength === 2 && res.length >= 2 &&
          res.charCodeAt(res.length - 1) === DOT && res.charCodeAt(res.length - 2) === DOT;
        if (!resIsDots && res.length > 0) {
          const cut = res.lastIndexOf('\\');
          if (cut === -1) {
            res = '';
            lastSegmentLength = 0;
          } else {
            res = res.slice(0, cut);
            lastSegmentLength = res.length - 1 - res.lastIndexOf('\\');
          }
        } else if (allowAboveRoot) {
          res += res.length > 0 ? '\\..' : '..';
          lastSegmentLength = 2;
        }
      } else {
        const segment = path.slice(lastSep + 1, i);
        res = res.length > 0 ? `${res}\\${segment}` : segment;
        lastSegmentLength = i - lastSep - 1;
      }
      lastSep = i;
      dots = 0;
    } else if (code === DOT && dots !== -1) {
      ++dots;
    } else {
      dots = -1;
    }
  }
  return res;
}

// The current directory of a drive: Windows keeps it in the '=C:' environment variable; elsewhere the process
// cwd stands in for it.
function driveCwd(device) {
  const cwd = process.env[`=${device}`] || process.cwd();
  if (cwd.slice(0, 2).toLowerCase() !== device.toLowerCase() && cwd.charCodeAt(2) === BACKSLASH) return `${device}\\`;
  return cwd;
}

function resolve(...args) {
  let resolvedDevice = '';
  let resolvedTail = '';
  let resolvedAbsolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
    } else {
      path = resolvedDevice.length === 0 ? process.cwd() : driveCwd(resolvedDevice);
    }
    scanRoot(path);
    if (rootDevice.length > 0) {
      if (resolvedDevice.length === 0) resolvedDevice = rootDevice;
      else if (rootDevice.toLowerCase() !== resolvedDevice.toLowerCase()) continue;
    }
    if (!resolvedAbsolute) {
      resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
      resolvedAbsolute = rootAbsolute;
    }
    if (resolvedAbsolute && resolvedDevice.length > 0) break;
  }
  resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute);
  if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
  const out = `${resolvedDevice}${resolvedTail}`;
  return out.length > 0 ? out : '.';
}

function normalize(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(path.charCodeAt(0)) ? '\\' : path;
  scanRoot(path);
  const device = rootDevice;
  const isAbsolute = rootAbsolute;
  // A bare UNC root is a directory: '\\server\share\'.
  if (device.length > 2 && rootEnd === len && isSep(path.charCodeAt(0))) return `${device}\\`;
  let tail = rootEnd < len ? normalizeString(path.slice(rootEnd), !isAbsolute) : '';
  if (tail.length === 0 && !isAbsolute) tail = '.';
  if (tail.length > 0 && isSep(path.charCodeAt(len - 1))) tail += '\\';
  if (device.length === 0) return isAbsolute ? `\\${tail}` : tail;
  return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
}

function isAbsolute(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return false;
  return isSep(path.charCodeAt(0)) || (len > 2 && hasDrive(path) && isSep(path.charCodeAt(2)));
}

function join(...args) {
  let joined;
  let first;
  for (let i = 0; i < args.length; ++i) {
    const arg = args[i];
    validateString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = first = arg;
      else joined += `\\${arg}`;
    }
  }
  if (joined === undefined) return '.';
  // Only a first part that starts like '\\server' may make a UNC path; any other run of leading separators
  // (from '//', '///x', or from joining '\' and '/x') collapses to one.
  const uncStart = first.length > 2 && isSep(first.charCodeAt(0)) && isSep(first.charCodeAt(1)) &&
    !isSep(first.charCodeAt(2));
  if (!uncStart) {
    let seps = 0;
    while (seps < joined.length && isSep(joined.charCodeAt(seps))) seps++;
    if (seps >= 2) joined = `\\${joined.slice(seps)}`;
  }
  return normalize(joined);
}

// [start, end) of a resolved path without its leading and trailing backslashes.
function trimSeps(path) {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === BACKSLASH) start++;
  let end = path.length;
  while (end - 1 > start && path.charCodeAt(end - 1) === BACKSLASH) end--;
  trimStart = start;
  trimEnd = end;
}
let trimStart = 0;
let trimEnd = 0;

// Compares case-insensitively, character by character, so a UNC share or a drive is just a leading component.
function relative(from, to) {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  from = fromOrig.toLowerCase();
  to = toOrig.toLowerCase();
  if (from === to) return '';

  trimSeps(from);
  const fromStart = trimStart;
  const fromEnd = trimEnd;
  const fromLen = fromEnd - fromStart;
  trimSeps(to);
  let toStart = trimStart;
  const toEnd = trimEnd;
  const toLen = toEnd - toStart;

  const length = fromLen < toLen ? fromLen : toLen;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const code = from.charCodeAt(fromStart + i);
    if (code !== to.charCodeAt(toStart + i)) break;
    if (code === BACKSLASH) lastCommonSep = i;
  }
  if (i === length) {
    if (toLen > length) {
      // 'from' is a directory prefix of 'to' ('c:\a' -> 'c:\a\b'), or is the drive itself ('c:' -> 'c:\b').
      if (to.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1, toEnd);
      if (i === 2) return toOrig.slice(toStart + i, toEnd);
    }
    if (fromLen > length) {
      if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3;
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  } else if (lastCommonSep === -1) {
    return toOrig;
  }

  let out = '';
  for (let k = fromStart + lastCommonSep + 1; k <= fromEnd; ++k) {
    if (k === fromEnd || from.charCodeAt(k) === BACKSLASH) out += out.length === 0 ? '..' : '\\..';
  }
  toStart += lastCommonSep;
  if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
  return toOrig.slice(toStart, toEnd);
}

// The '\\?\' long-path form of absolute drive and UNC paths; anything else is returned unchanged.
function toNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved.charCodeAt(0) === BACKSLASH) {
    if (resolved.charCodeAt(1) === BACKSLASH) {
      const code = resolved.charCodeAt(2);
      if (code !== 63 && code !== DOT) return `\\\\?\\UNC\\${resolved.slice(2)}`;
      // Already a namespaced (\\?\) or device (\\.\) path: kept as given.
      return path;
    }
  } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
    return `\\\\?\\${resolved}`;
  }
  return resolved;
}

// Length of the root as dirname and parse see it: '\', '\\server\share\', 'C:' or 'C:\'. A path that is a UNC
// root and nothing else yields its whole length.
function rootLength(path) {
  const len = path.length;
  if (isSep(path.charCodeAt(0))) {
    const end = uncEnd(path);
    if (end === -1) return 1;
    return end === len ? len : end + 1;
  }
  if (hasDrive(path)) return len > 2 && isSep(path.charCodeAt(2)) ? 3 : 2;
  return 0;
}

function dirname(path) {
  validateString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(path.charCodeAt(0)) ? path : '.';
  const root = rootLength(path);
  if (root === len && uncEnd(path) === len) return path;
  let end = -1;
  let matchedSlash = true;
  for (let i = len - 1; i >= root; --i) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else {
      matchedSlash = false;
    }
  }
  if (end === -1) {
    if (root === 0) return '.';
    end = root;
  }
  return path.slice(0, end);
}

// [start, end) of the last segment after `from`, trailing separators excluded; stored in segStart/segEnd.
function lastSegment(path, from) {
  let end = path.length;
  while (end > from && isSep(path.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > from && !isSep(path.charCodeAt(start - 1))) start--;
  segStart = start;
  segEnd = end;
}
let segStart = 0;
let segEnd = 0;

function basename(path, suffix) {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(path, 'path');
  if (suffix !== undefined && suffix.length > 0 && suffix === path) return '';
  lastSegment(path, hasDrive(path) ? 2 : 0);
  if (segEnd <= segStart) return '';
  const base = path.slice(segStart, segEnd);
  if (suffix !== undefined && suffix.length > 0 && base.length > suffix.length && base.endsWith(suffix)) {
    return base.slice(0, base.length - suffix.length);
  }
  return base;
}

function extOf(base) {
  if (base === '..') return '';
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

function extname(path) {
  validateString(path, 'path');
  lastSegment(path, hasDrive(path) ? 2 : 0);
  return extOf(path.slice(segStart, segEnd));
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function format(pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base || `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}\\${base}`;
}

function parse(path) {
  validateString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  const root = len === 1 ? (isSep(path.charCodeAt(0)) ? 1 : 0) : rootLength(path);
  if (root > 0) ret.root = path.slice(0, root);
  if (root === len) {
    ret.dir = ret.root;
    return ret;
  }
  lastSegment(path, root);
  if (segEnd > segStart) {
    ret.base = path.slice(segStart, segEnd);
    ret.ext = extOf(ret.base);
    ret.name = ret.ext.length > 0 ? ret.base.slice(0, ret.base.length - ret.ext.length) : ret.base;
  }
  ret.dir = segStart > root ? path.slice(0, segStart - 1) : ret.root;
  return ret;
}

const win32 = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: require('path'),
  _makeLong: toNamespacedPath,
};
win32.win32 = win32;

module.exports = win32;
