'use strict';
// node:fs — the synchronous API runs the binding's natives directly; the callback API passes a request id so the
// native runs on the thread pool and calls back (internal/async_requests). Compound operations (readFile, mkdir -p,
// rm -r, cp, …) are written once as promise code in internal/fs/promises and adapted to callbacks here.

const { Buffer } = require('buffer');
const binding = internalBinding('fs');
const { newRequest } = require('internal/async_requests');
const { validateBoolean, validateFunction, validateInteger } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const {
  constants, uvError, getValidatedPath, getValidatedFd, isFd, stringToFlags, parseFileMode, getValidMode,
  getOptions, encodeName, validatePosition, validateOffsetLengthRead, validateOffsetLengthWrite, toUnixTimestamp,
  validateUidGid, validateSymlinkType, Stats, getStatsFromBinding, getStatOptions, Dirent, toDataBuffer,
  validateMkdirOptions, validateRmOptions, warnRmdirRecursive,
} = require('internal/fs/utils');
const { runSync } = require('internal/fs/run');
const { readdirGen, realpathGen, mkdirpGen, rmGen, rmdirRecursiveGen } = require('internal/fs/tree');
const { Dir, opendirSync } = require('internal/fs/dir');
const { cpSync, validateCpArgs } = require('internal/fs/cp');
const promises = require('internal/fs/promises');

const { O_RDONLY, F_OK, R_OK, W_OK, X_OK } = constants;
const statValues = new Float64Array(binding.statValues);
const kReadFileChunk = 64 * 1024;

// Throws node's error for a negative errno; returns any other result.
function check(result, syscall, path, dest) {
  if (typeof result === 'number' && result < 0) throw uvError(result, syscall, path, dest);
  return result;
}

function maybeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// A request whose result goes to cb(err) or cb(null, map(result)).
function req(cb, syscall, path, dest, map) {
  return newRequest((r) => {
    if (typeof r === 'number' && r < 0) cb(uvError(r, syscall, path, dest));
    else if (map === undefined) cb(null);
    else cb(null, map(r));
  });
}

function identity(r) {
  return r;
}

// Callback form of a promise-returning implementation.
function fromPromise(promise, cb) {
  promise.then((value) => cb(null, value), cb);
}

// ---- open/close/read/write ----

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return check(binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)), 'open', path);
}

function open(path, flags, mode, cb) {
  path = getValidatedPath(path);
  if (typeof flags === 'function') {
    cb = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    cb = mode;
    mode = 0o666;
  }
  const f = stringToFlags(flags);
  const m = parseFileMode(mode, 'mode', 0o666);
  binding.open(path, f, m, req(maybeCallback(cb), 'open', path, undefined, identity));
}

function closeSync(fd) {
  check(binding.close(getValidatedFd(fd)), 'close');
}

function close(fd, cb = () => {}) {
  fd = getValidatedFd(fd);
  if (cb !== undefined) validateFunction(cb, 'cb');
  binding.close(fd, req(cb, 'close'));
}

function validateBufferArg(buffer, name = 'buffer') {
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

// read arguments → [offset, length, position], or null when there is nothing to read.
function readArgs(buffer, offset, length, position, optionsForm) {
  if (optionsForm) {
    const options = offset || {};
    offset = options.offset ?? 0;
    length = options.length ?? buffer.byteLength - offset;
    position = options.position ?? null;
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return null;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  position = position == null ? -1 : validatePosition(position, 'position');
  return [offset, length, position];
}

function readSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  validateBufferArg(buffer);
  const args = readArgs(buffer, offset, length, position,
    arguments.length <= 3 && (offset == null || typeof offset === 'object'));
  if (args === null) return 0;
  return check(binding.read(fd, buffer.buffer, buffer.byteOffset + args[0], args[1], args[2]), 'read');
}

function read(fd, buffer, offset, length, position, cb) {
  fd = getValidatedFd(fd);
  let optionsForm = false;
  if (typeof buffer === 'function') {
    cb = buffer;
    buffer = Buffer.alloc(16384);
    offset = undefined;
    optionsForm = true;
  } else if (typeof offset === 'function') {
    // read(fd, options, cb) or read(fd, buffer, cb)
    cb = offset;
    if (!ArrayBuffer.isView(buffer)) {
      const options = buffer || {};
      buffer = options.buffer ?? Buffer.alloc(16384);
      offset = options;
    } else {
      offset = undefined;
    }
    optionsForm = true;
  } else if (typeof length === 'function') {
    // read(fd, buffer, options, cb)
    cb = length;
    optionsForm = true;
  }
  validateBufferArg(buffer);
  maybeCallback(cb);
  const args = readArgs(buffer, offset, length, position, optionsForm);
  if (args === null) {
    process.nextTick(cb, null, 0, buffer);
    return;
  }
  binding.read(fd, buffer.buffer, buffer.byteOffset + args[0], args[1], args[2],
    newRequest((r) => (r < 0 ? cb(uvError(r, 'read')) : cb(null, r, buffer))));
}

// write arguments → [bytes, byteOffset, length, position].
function writeArgs(buffer, offset, length, position, encoding) {
  if (ArrayBuffer.isView(buffer)) {
    if (offset != null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return [buffer, buffer.byteOffset + offset, length, position == null ? -1 : validatePosition(position, 'position')];
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // write(fd, string, position, encoding)
  const bytes = Buffer.from(buffer, typeof encoding === 'string' ? encoding : 'utf8');
  const pos = typeof offset === 'number' ? validatePosition(offset, 'position') : -1;
  return [bytes, bytes.byteOffset, bytes.length, pos];
}

function writeSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  const [bytes, off, len, pos] = writeArgs(buffer, offset, length, position, length);
  if (len === 0) return 0;
  return check(binding.write(fd, bytes.buffer, off, len, pos), 'write');
}

function write(fd, buffer, offset, length, position, cb) {
  fd = getValidatedFd(fd);
  // The callback is the last function argument.
  const args = [offset, length, position, cb];
  let n = 0;
  while (n < args.length && typeof args[n] !== 'function') n++;
  cb = maybeCallback(args[n]);
  for (let i = n; i < args.length; i++) args[i] = undefined;
  const [bytes, off, len, pos] = writeArgs(buffer, args[0], args[1], args[2], args[1]);
  if (len === 0) {
    process.nextTick(cb, null, 0, buffer);
    return;
  }
  binding.write(fd, bytes.buffer, off, len, pos,
    newRequest((r) => (r < 0 ? cb(uvError(r, 'write')) : cb(null, r, buffer))));
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  let pos = position == null ? -1 : validatePosition(position, 'position');
  let total = 0;
  for (const b of buffers) {
    const n = check(binding.read(fd, b.buffer, b.byteOffset, b.byteLength, pos), 'read');
    total += n;
    if (pos >= 0) pos += n;
    if (n < b.byteLength) break;
  }
  return total;
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  let pos = position == null ? -1 : validatePosition(position, 'position');
  let total = 0;
  for (const b of buffers) {
    let off = 0;
    while (off < b.byteLength) {
      const n = check(binding.write(fd, b.buffer, b.byteOffset + off, b.byteLength - off, pos), 'write');
      off += n;
      if (pos >= 0) pos += n;
    }
    total += b.byteLength;
  }
  return total;
}

function readv(fd, buffers, position, cb) {
  if (typeof position === 'function') {
    cb = position;
    position = null;
  }
  fd = getValidatedFd(fd);
  maybeCallback(cb);
  promises.readvFd(fd, buffers, position).then((n) => cb(null, n, buffers), cb);
}

function writev(fd, buffers, position, cb) {
  if (typeof position === 'function') {
    cb = position;
    position = null;
  }
  fd = getValidatedFd(fd);
  maybeCallback(cb);
  promises.writevFd(fd, buffers, position).then((n) => cb(null, n, buffers), cb);
}

// Writes all of `bytes` at the fd's position (or from `pos` when ≥ 0).
function writeAllSync(fd, bytes, pos) {
  let off = 0;
  while (off < bytes.byteLength) {
    const n = check(binding.write(fd, bytes.buffer, bytes.byteOffset + off, bytes.byteLength - off, pos), 'write');
    off += n;
    if (pos >= 0) pos += n;
  }
}

// ---- whole files ----

function readAllSync(fd) {
  check(binding.fstat(fd), 'fstat');
  const regular = (statValues[1] & constants.S_IFMT) === constants.S_IFREG;
  const size = regular ? statValues[8] : 0;
  if (size > 0) {
    const buffer = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const n = check(binding.read(fd, buffer.buffer, buffer.byteOffset + got, size - got, -1), 'read');
      if (n === 0) return buffer.subarray(0, got);
      got += n;
    }
    return buffer;
  }
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(kReadFileChunk);
    const n = check(binding.read(fd, chunk.buffer, chunk.byteOffset, kReadFileChunk, -1), 'read');
    if (n === 0) break;
    chunks.push(n === kReadFileChunk ? chunk : chunk.subarray(0, n));
    total += n;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (isFd(path)) {
    const data = readAllSync(path);
    return options.encoding ? data.toString(options.encoding) : data;
  }
  path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  if (flags === O_RDONLY && (options.encoding === 'utf8' || options.encoding === 'utf-8')) {
    const text = binding.readFileUtf8(path);
    if (typeof text === 'number') throw text === -21 ? uvError(text, 'read') : uvError(text, 'open', path);
    return text;
  }
  const fd = check(binding.open(path, flags, 0o666), 'open', path);
  let data;
  try {
    data = readAllSync(fd);
  } finally {
    binding.close(fd);
  }
  return options.encoding ? data.toString(options.encoding) : data;
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = toDataBuffer(data, options.encoding);
  if (options.flush !== undefined) validateBoolean(options.flush, 'options.flush');
  if (isFd(path)) {
    writeAllSync(path, bytes, -1);
    return;
  }
  path = getValidatedPath(path);
  const fd = check(binding.open(path, stringToFlags(options.flag), parseFileMode(options.mode, 'mode', 0o666)),
    'open', path);
  try {
    writeAllSync(fd, bytes, -1);
    if (options.flush) check(binding.fsync(fd), 'fsync');
  } finally {
    binding.close(fd);
  }
}

function appendFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (options.flag === undefined || isFd(path)) options.flag = 'a';
  writeFileSync(path, data, options);
}

function readFile(path, options, cb) {
  cb = maybeCallback(cb || options);
  if (!isFd(path)) getValidatedPath(path);
  fromPromise(promises.readFile(path, typeof options === 'function' ? undefined : options), cb);
}

function writeFile(path, data, options, cb) {
  cb = maybeCallback(cb || options);
  if (!isFd(path)) getValidatedPath(path);
  toDataBuffer(data, 'utf8');
  fromPromise(promises.writeFile(path, data, typeof options === 'function' ? undefined : options), cb);
}

function appendFile(path, data, options, cb) {
  cb = maybeCallback(cb || options);
  if (!isFd(path)) getValidatedPath(path);
  fromPromise(promises.appendFile(path, data, typeof options === 'function' ? undefined : options), cb);
}

// ---- stat ----

function statSync(path, options) {
  const { bigint, throwIfNoEntry } = getStatOptions(options);
  path = getValidatedPath(path);
  const r = binding.stat(path);
  if (r < 0) {
    if (r === -2 && !throwIfNoEntry) return undefined;
    throw uvError(r, 'stat', path);
  }
  return getStatsFromBinding(statValues, bigint);
}

function lstatSync(path, options) {
  const { bigint, throwIfNoEntry } = getStatOptions(options);
  path = getValidatedPath(path);
  const r = binding.lstat(path);
  if (r < 0) {
    if (r === -2 && !throwIfNoEntry) return undefined;
    throw uvError(r, 'lstat', path);
  }
  return getStatsFromBinding(statValues, bigint);
}

function fstatSync(fd, options) {
  const { bigint } = getStatOptions(options);
  check(binding.fstat(getValidatedFd(fd)), 'fstat');
  return getStatsFromBinding(statValues, bigint);
}

function statCallback(kind, target, options, cb, syscall, path) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  const { bigint } = getStatOptions(options);
  maybeCallback(cb);
  binding[kind](target, req(cb, syscall, path, undefined, (values) => getStatsFromBinding(values, bigint)));
}

function stat(path, options, cb) {
  path = getValidatedPath(path);
  statCallback('stat', path, options, cb, 'stat', path);
}

function lstat(path, options, cb) {
  path = getValidatedPath(path);
  statCallback('lstat', path, options, cb, 'lstat', path);
}

function fstat(fd, options, cb) {
  fd = getValidatedFd(fd);
  statCallback('fstat', fd, options, cb, 'fstat');
}

// ---- access/exists ----

function accessSync(path, mode) {
  path = getValidatedPath(path);
  check(binding.access(path, getValidMode(mode, F_OK, 7)), 'access', path);
}

function access(path, mode, cb) {
  if (typeof mode === 'function') {
    cb = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  const m = getValidMode(mode, F_OK, 7);
  binding.access(path, m, req(maybeCallback(cb), 'access', path));
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.access(path, F_OK) === 0;
}

function exists(path, cb) {
  maybeCallback(cb);
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(cb, false);
    return;
  }
  binding.access(path, F_OK, newRequest((r) => cb(r === 0)));
}

// ---- simple path operations: sync and callback from one table ----

function twoPathSync(op, syscall, a, b, nameA, nameB) {
  a = getValidatedPath(a, nameA);
  b = getValidatedPath(b, nameB);
  check(binding[op](a, b), syscall, a, b);
}

function twoPathAsync(op, syscall, a, b, nameA, nameB, cb) {
  a = getValidatedPath(a, nameA);
  b = getValidatedPath(b, nameB);
  binding[op](a, b, req(maybeCallback(cb), syscall, a, b));
}

function renameSync(oldPath, newPath) {
  twoPathSync('rename', 'rename', oldPath, newPath, 'oldPath', 'newPath');
}

function rename(oldPath, newPath, cb) {
  twoPathAsync('rename', 'rename', oldPath, newPath, 'oldPath', 'newPath', cb);
}

function linkSync(existingPath, newPath) {
  twoPathSync('link', 'link', existingPath, newPath, 'existingPath', 'newPath');
}

function link(existingPath, newPath, cb) {
  twoPathAsync('link', 'link', existingPath, newPath, 'existingPath', 'newPath', cb);
}

function symlinkSync(target, path, type) {
  validateSymlinkType(type);
  twoPathSync('symlink', 'symlink', target, path, 'target', 'path');
}

function symlink(target, path, type, cb) {
  if (typeof type === 'function') {
    cb = type;
    type = undefined;
  }
  validateSymlinkType(type);
  twoPathAsync('symlink', 'symlink', target, path, 'target', 'path', cb);
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  check(binding.unlink(path), 'unlink', path);
}

function unlink(path, cb) {
  path = getValidatedPath(path);
  binding.unlink(path, req(maybeCallback(cb), 'unlink', path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    runSync(rmdirRecursiveGen(path));
    return;
  }
  check(binding.rmdir(path), 'rmdir', path);
}

function rmdir(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  maybeCallback(cb);
  if (options?.recursive) {
    warnRmdirRecursive();
    fromPromise(promises.rmdir(path, options), cb);
    return;
  }
  binding.rmdir(path, req(cb, 'rmdir', path));
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  runSync(rmGen(path, validateRmOptions(options)));
}

function rm(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  maybeCallback(cb);
  path = getValidatedPath(path);
  validateRmOptions(options);
  fromPromise(promises.rm(path, options), cb);
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = validateMkdirOptions(options);
  if (recursive) return runSync(mkdirpGen(path, mode));
  check(binding.mkdir(path, mode), 'mkdir', path);
  return undefined;
}

function mkdir(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  const { mode, recursive } = validateMkdirOptions(options);
  maybeCallback(cb);
  if (recursive) {
    fromPromise(promises.mkdir(path, options), cb);
    return;
  }
  binding.mkdir(path, mode, req(cb, 'mkdir', path));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  const path = check(binding.mkdtemp(prefix), 'mkdtemp', prefix + 'XXXXXX');
  return encodeName(path, options.encoding);
}

function mkdtemp(prefix, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  binding.mkdtemp(prefix, req(maybeCallback(cb), 'mkdtemp', prefix + 'XXXXXX', undefined,
    (p) => encodeName(p, options.encoding)));
}

function readdirSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return runSync(readdirGen(path, options));
}

function readdir(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  maybeCallback(cb);
  getValidatedPath(path);
  fromPromise(promises.readdir(path, options), cb);
}

function readlinkSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return encodeName(check(binding.readlink(path), 'readlink', path), options.encoding);
}

function readlink(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  options = getOptions(options, {});
  path = getValidatedPath(path);
  binding.readlink(path, req(maybeCallback(cb), 'readlink', path, undefined,
    (p) => encodeName(p, options.encoding)));
}

function realpathSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return encodeName(runSync(realpathGen(path)), options.encoding);
}

realpathSync.native = function realpathSyncNative(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return encodeName(check(binding.realpathNative(path), 'realpath', path), options.encoding);
};

function realpath(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  maybeCallback(cb);
  getValidatedPath(path);
  fromPromise(promises.realpathJs(path, options), cb);
}

realpath.native = function realpathNative(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  options = getOptions(options, {});
  path = getValidatedPath(path);
  binding.realpathNative(path, req(maybeCallback(cb), 'realpath', path, undefined,
    (p) => encodeName(p, options.encoding)));
};

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  check(binding.copyFile(src, dest, getValidMode(mode, 0, 7)), 'copyfile', src, dest);
}

function copyFile(src, dest, mode, cb) {
  if (typeof mode === 'function') {
    cb = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const m = getValidMode(mode, 0, 7);
  binding.copyFile(src, dest, m, req(maybeCallback(cb), 'copyfile', src, dest));
}

function cp(src, dest, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  maybeCallback(cb);
  validateCpArgs(src, dest, options);
  fromPromise(promises.cp(src, dest, options), cb);
}

// ---- attributes ----

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  check(binding.chmod(path, parseFileMode(mode, 'mode')), 'chmod', path);
}

function chmod(path, mode, cb) {
  path = getValidatedPath(path);
  const m = parseFileMode(mode, 'mode');
  binding.chmod(path, m, req(maybeCallback(cb), 'chmod', path));
}

function fchmodSync(fd, mode) {
  check(binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode')), 'fchmod');
}

function fchmod(fd, mode, cb) {
  fd = getValidatedFd(fd);
  const m = parseFileMode(mode, 'mode');
  binding.fchmod(fd, m, req(maybeCallback(cb), 'fchmod'));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  check(binding.chown(path, uid, gid), 'chown', path);
}

function chown(path, uid, gid, cb) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  binding.chown(path, uid, gid, req(maybeCallback(cb), 'chown', path));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  check(binding.lchown(path, uid, gid), 'lchown', path);
}

function lchown(path, uid, gid, cb) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  binding.lchown(path, uid, gid, req(maybeCallback(cb), 'lchown', path));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateUidGid(uid, gid);
  check(binding.fchown(fd, uid, gid), 'fchown');
}

function fchown(fd, uid, gid, cb) {
  fd = getValidatedFd(fd);
  validateUidGid(uid, gid);
  binding.fchown(fd, uid, gid, req(maybeCallback(cb), 'fchown'));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  check(binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime)), 'utime', path);
}

function utimes(path, atime, mtime, cb) {
  path = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  binding.utimes(path, a, m, req(maybeCallback(cb), 'utime', path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  check(binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime)), 'lutime', path);
}

function lutimes(path, atime, mtime, cb) {
  path = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  binding.lutimes(path, a, m, req(maybeCallback(cb), 'lutime', path));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  check(binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')), 'futime');
}

function futimes(fd, atime, mtime, cb) {
  fd = getValidatedFd(fd);
  const a = toUnixTimestamp(atime, 'atime');
  const m = toUnixTimestamp(mtime, 'mtime');
  binding.futimes(fd, a, m, req(maybeCallback(cb), 'futime'));
}

function validateLen(len) {
  if (len === undefined || len === null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  check(binding.ftruncate(fd, validateLen(len)), 'ftruncate');
}

function ftruncate(fd, len = 0, cb) {
  if (typeof len === 'function') {
    cb = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  const l = validateLen(len);
  binding.ftruncate(fd, l, req(maybeCallback(cb), 'ftruncate'));
}

function truncateSync(path, len) {
  if (isFd(path)) {
    ftruncateSync(path, len);
    return;
  }
  const fd = openSync(path, 'r+');
  try {
    check(binding.ftruncate(fd, validateLen(len)), 'ftruncate');
  } finally {
    binding.close(fd);
  }
}

function truncate(path, len, cb) {
  if (typeof len === 'function') {
    cb = len;
    len = 0;
  }
  if (isFd(path)) {
    ftruncate(path, len, cb);
    return;
  }
  maybeCallback(cb);
  getValidatedPath(path);
  fromPromise(promises.truncate(path, len), cb);
}

function fsyncSync(fd) {
  check(binding.fsync(getValidatedFd(fd)), 'fsync');
}

function fsync(fd, cb) {
  fd = getValidatedFd(fd);
  binding.fsync(fd, req(maybeCallback(cb), 'fsync'));
}

function fdatasyncSync(fd) {
  check(binding.fdatasync(getValidatedFd(fd)), 'fdatasync');
}

function fdatasync(fd, cb) {
  fd = getValidatedFd(fd);
  binding.fdatasync(fd, req(maybeCallback(cb), 'fdatasync'));
}

function opendir(path, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  maybeCallback(cb);
  getValidatedPath(path);
  fromPromise(promises.opendir(path, options), cb);
}

// Streams load with their first use: most programs never make one.
function createReadStream(path, options) {
  const { ReadStream } = require('internal/fs/streams');
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = require('internal/fs/streams');
  return new WriteStream(path, options);
}

module.exports = {
  createReadStream,
  createWriteStream,
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  Dir,
  opendir,
  opendirSync,
  F_OK,
  R_OK,
  W_OK,
  X_OK,
  constants,
};

for (const [name, exported] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'],
  ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
  let value;
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return value ?? require('internal/fs/streams')[exported];
    },
    set(v) {
      value = v;
    },
  });
}

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return require('fs/promises');
  },
});
