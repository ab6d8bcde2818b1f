'use strict';
// Shared pieces of fs, fs callbacks and fs/promises: argument checks with node's messages, flags and modes,
// Stats/BigIntStats/Dirent, and errors from the binding's negative errnos.

const { Buffer } = require('buffer');
const {
  UVException,
  codes: {
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateBoolean, validateInteger, validateInt32, validateUint32, validateObject,
} = require('internal/validators');
const constants = require('internal/fs/constants');

const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO, UV_DIRENT_SOCKET,
  UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
} = constants;

const kMaxUserId = 2 ** 32 - 1;

// ---- errors ----

// A negative errno from the binding as node's error: "ENOENT: no such file or directory, open '/x'".
function uvError(errno, syscall, path, dest) {
  return new UVException({ errno, syscall, path, dest });
}

// Errors that node raises from its C++ layer carry a plain message and a code.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// ---- paths and fds ----

function isURL(value) {
  return value != null && typeof value === 'object' && value.href !== undefined &&
    value.protocol !== undefined && value.auth === undefined && value.path === undefined;
}

// A path argument (string, Buffer/Uint8Array, or file: URL) as a string.
function getValidatedPath(value, name = 'path') {
  let path = value;
  if (isURL(path)) path = require('url').fileURLToPath(path);
  if (typeof path === 'string') {
    if (path.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (path instanceof Uint8Array) {
    if (path.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return Buffer.from(path.buffer, path.byteOffset, path.byteLength).toString('utf8');
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], value);
}

function getValidatedFd(fd, name = 'fd') {
  validateInt32(fd, name, 0);
  return fd;
}

function isFd(value) {
  return typeof value === 'number' && (value | 0) === value && value >= 0;
}

// ---- flags and modes ----

const flagTable = {
  __proto__: null,
  r: O_RDONLY,
  rs: O_RDONLY | O_SYNC,
  sr: O_RDONLY | O_SYNC,
  'r+': O_RDWR,
  'rs+': O_RDWR | O_SYNC,
  'sr+': O_RDWR | O_SYNC,
  w: O_TRUNC | O_CREAT | O_WRONLY,
  wx: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  xw: O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR,
  'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  a: O_APPEND | O_CREAT | O_WRONLY,
  ax: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  xa: O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  as: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  sa: O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR,
  'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const value = typeof flags === 'string' ? flagTable[flags] : undefined;
  if (value === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags, 'is invalid');
  return value;
}

const octal = /^[0-7]+$/;

// A mode: a uint32, or an octal string; `def` when undefined (if given).
function parseFileMode(value, name, def) {
  if (value === undefined && def !== undefined) return def;
  if (typeof value === 'string') {
    if (!octal.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    return parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// access() and copyFile() modes: small bit sets checked like node's native layer does.
function getValidMode(mode, def, max) {
  if (mode == null) return def;
  if (typeof mode !== 'number' || (mode | 0) !== mode) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < 0 || mode > max) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= 0 && <= ${max}`);
  }
  return mode;
}

// ---- options ----

function assertEncoding(encoding) {
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// A string option is the encoding; otherwise an object merged over the defaults.
function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  let result;
  if (typeof options === 'string') {
    result = { ...defaults, encoding: options };
  } else if (typeof options === 'object') {
    result = { ...defaults, ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (result.encoding !== 'buffer') assertEncoding(result.encoding);
  return result;
}

// A name the binding returned, in the requested encoding.
function encodeName(name, encoding) {
  if (encoding === 'buffer') return Buffer.from(name, 'utf8');
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') return Buffer.from(name, 'utf8').toString(encoding);
  return name;
}

// ---- numbers ----

function validatePosition(position, name) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
    return position;
  }
  if (typeof position === 'bigint') {
    if (position < -1n || position > 0x7fffffffffffffffn) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${0x7fffffffffffffffn}`, position);
    }
    return Number(position);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

// Seconds since the epoch from a number, a numeric string or a Date; negative numbers mean now.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time; // eslint-disable-line eqeqeq
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function validateUidGid(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function validateSymlinkType(type) {
  if (type != null && type !== 'dir' && type !== 'file' && type !== 'junction') {
    throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
}

// ---- Stats ----

function checkMode(mode, type) {
  return (mode & S_IFMT) === type;
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function isDirectory() { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function isFile() { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function isBlockDevice() { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function isCharacterDevice() { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function isSymbolicLink() { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function isFIFO() { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function isSocket() { return this._checkModeProperty(S_IFSOCK); };

// Dates are rounded to the millisecond like node's.
function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = function isFile() { return checkMode(this.mode, S_IFREG); };
Stats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return checkMode(this.mode, property);
};

const kNsPerMs = 1000000n;

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMs;
  this.mtimeMs = mtimeNs / kNsPerMs;
  this.ctimeMs = ctimeNs / kNsPerMs;
  this.birthtimeMs = birthtimeNs / kNsPerMs;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function _checkModeProperty(property) {
  return (Number(this.mode) & S_IFMT) === property;
};

function msOf(values, i) {
  return values[i] * 1e3 + values[i + 1] / 1e6;
}

function nsOf(values, i) {
  return BigInt(values[i]) * 1000000000n + BigInt(values[i + 1]);
}

// Stats from the binding's 18 values (see FsBinding): ten numbers, then (sec, nsec) per time.
function getStatsFromBinding(v, bigint) {
  if (bigint) {
    return new BigIntStats(BigInt(v[0]), BigInt(v[1]), BigInt(v[2]), BigInt(v[3]), BigInt(v[4]), BigInt(v[5]),
      BigInt(v[6]), BigInt(v[7]), BigInt(v[8]), BigInt(v[9]),
      nsOf(v, 10), nsOf(v, 12), nsOf(v, 14), nsOf(v, 16));
  }
  return new Stats(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9],
    msOf(v, 10), msOf(v, 12), msOf(v, 14), msOf(v, 16));
}

function getStatOptions(options) {
  if (options == null || typeof options !== 'object') return { bigint: false, throwIfNoEntry: true };
  return { bigint: options.bigint === true, throwIfNoEntry: options.throwIfNoEntry !== false };
}

// ---- Dirent ----

const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

// A dirent type from a stat mode (for file systems whose directory entries carry no type).
function direntTypeFromMode(mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    default: return UV_DIRENT_UNKNOWN;
  }
}

// The binding's readdir result ("<type digit><name>" joined by NUL) as [names, types].
function splitEntries(listing) {
  if (listing === '') return [[], []];
  const parts = listing.split('\u0000');
  const types = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    types[i] = parts[i].charCodeAt(0) - 48;
    parts[i] = parts[i].slice(1);
  }
  return [parts, types];
}

// The data argument of writeFile/appendFile as bytes.
function toDataBuffer(data, encoding, name = 'data') {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (ArrayBuffer.isView(data)) {
    return data instanceof Buffer ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function validateMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options != null) {
    validateObject(options, 'options');
    if (options.recursive !== undefined) {
      recursive = options.recursive;
      if (typeof recursive !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.recursive', 'boolean', recursive);
      }
    }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  return { mode, recursive };
}

// rm options: { force, recursive, maxRetries, retryDelay } with node's checks.
function validateRmOptions(options) {
  const result = { force: false, recursive: false, maxRetries: 0, retryDelay: 100 };
  if (options === undefined) return result;
  validateObject(options, 'options');
  if (options.force !== undefined) {
    validateBoolean(options.force, 'options.force');
    result.force = options.force;
  }
  if (options.recursive !== undefined) {
    validateBoolean(options.recursive, 'options.recursive');
    result.recursive = options.recursive;
  }
  if (options.maxRetries !== undefined) {
    validateInt32(options.maxRetries, 'options.maxRetries', 0);
    result.maxRetries = options.maxRetries;
  }
  if (options.retryDelay !== undefined) {
    validateUint32(options.retryDelay, 'options.retryDelay');
    result.retryDelay = options.retryDelay;
  }
  return result;
}

let warnedRmdirRecursive = false;
function warnRmdirRecursive() {
  if (warnedRmdirRecursive) return;
  warnedRmdirRecursive = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) will be removed. ' +
    'Use fs.rm(path, { recursive: true }) instead', 'DeprecationWarning', 'DEP0147');
}

module.exports = {
  constants,
  validateRmOptions,
  warnRmdirRecursive,
  kMaxUserId,
  uvError,
  nativeError,
  isURL,
  getValidatedPath,
  getValidatedFd,
  isFd,
  stringToFlags,
  parseFileMode,
  getValidMode,
  assertEncoding,
  getOptions,
  encodeName,
  validatePosition,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  toUnixTimestamp,
  validateUidGid,
  validateSymlinkType,
  Stats,
  BigIntStats,
  getStatsFromBinding,
  getStatOptions,
  Dirent,
  kType,
  direntTypeFromMode,
  splitEntries,
  toDataBuffer,
  validateMkdirOptions,
};
