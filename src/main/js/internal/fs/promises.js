'use strict';
// fs/promises: every call runs on the thread pool through a request (internal/async_requests); FileHandle wraps
// an fd. Compound operations run the shared generators of internal/fs/tree and internal/fs/cp.

const { Buffer } = require('buffer');
const EventEmitter = require('events');
const binding = internalBinding('fs');
const { newRequest } = require('internal/async_requests');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const { validateBoolean, validateInteger } = require('internal/validators');
const {
  constants, uvError, getValidatedPath, getValidatedFd, stringToFlags, parseFileMode, getValidMode, getOptions,
  encodeName, validatePosition, validateOffsetLengthRead, validateOffsetLengthWrite, toUnixTimestamp,
  validateUidGid, validateSymlinkType, getStatsFromBinding, getStatOptions, validateMkdirOptions,
  validateRmOptions, warnRmdirRecursive,
} = require('internal/fs/utils');
const { runAsync } = require('internal/fs/run');
const {
  readdirGen, realpathGen, mkdirpGen, rmGen, rmdirRecursiveGen, readFileGen, writeFileGen, truncateGen,
} = require('internal/fs/tree');
const { cpGen, validateCpArgs } = require('internal/fs/cp');
const { openDir } = require('internal/fs/dir');

const { F_OK } = constants;
const EBADF = -9;

// Runs one native on the pool: resolves with its result, rejects with node's error for a negative errno.
function call(name, args, syscall, path, dest) {
  return new Promise((resolve, reject) => {
    binding[name](...args, newRequest((r) => {
      if (typeof r === 'number' && r < 0) reject(uvError(r, syscall, path, dest));
      else resolve(r);
    }, 'FSReqPromise'));
  });
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kClosePromise] = null;
  }

  get fd() {
    return this[kFd];
  }

  // The fd of an open handle; a closed one fails like a closed descriptor does.
  #open(syscall) {
    if (this[kFd] === -1) throw uvError(EBADF, syscall);
    return this[kFd];
  }

  close() {
    if (this[kClosePromise] !== null) return this[kClosePromise];
    const fd = this[kFd];
    if (fd === -1) return Promise.resolve();
    this[kFd] = -1;
    this[kClosePromise] = call('close', [fd], 'close').then(() => {
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async read(buffer, offset, length, position) {
    const fd = this.#open('read');
    if (buffer == null || !ArrayBuffer.isView(buffer)) {
      // read(options) / read()
      const options = buffer ?? {};
      buffer = options.buffer ?? Buffer.alloc(16384);
      offset = options.offset ?? 0;
      length = options.length ?? buffer.byteLength - offset;
      position = options.position ?? null;
    } else if (offset != null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    length = length === undefined ? buffer.byteLength - offset : length | 0;
    if (length === 0) return { bytesRead: 0, buffer };
    if (buffer.byteLength === 0) {
      throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
    }
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    const pos = position == null ? -1 : validatePosition(position, 'position');
    const bytesRead = await call('read', [fd, buffer.buffer, buffer.byteOffset + offset, length, pos], 'read');
    return { bytesRead, buffer };
  }

  async write(buffer, offset, length, position) {
    const fd = this.#open('write');
    if (ArrayBuffer.isView(buffer)) {
      if (offset != null && typeof offset === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
      }
      if (offset == null) offset = 0;
      else validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (typeof position !== 'number') position = null;
      validateOffsetLengthWrite(offset, length, buffer.byteLength);
      if (length === 0) return { bytesWritten: 0, buffer };
      const pos = position == null ? -1 : validatePosition(position, 'position');
      const bytesWritten = await call('write', [fd, buffer.buffer, buffer.byteOffset + offset, length, pos],
        'write');
      return { bytesWritten, buffer };
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const bytes = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
    const pos = typeof offset === 'number' ? validatePosition(offset, 'position') : -1;
    if (bytes.length === 0) return { bytesWritten: 0, buffer };
    const bytesWritten = await call('write', [fd, bytes.buffer, bytes.byteOffset, bytes.length, pos], 'write');
    return { bytesWritten, buffer };
  }

  async readv(buffers, position) {
    return { bytesRead: await readvFd(this.#open('read'), buffers, position), buffers };
  }

  async writev(buffers, position) {
    return { bytesWritten: await writevFd(this.#open('write'), buffers, position), buffers };
  }

  async readFile(options) {
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    return runAsync(readFileGen(this.#open('read'), true, options));
  }

  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
    checkAborted(options.signal);
    return writeData(this.#open('write'), data, options);
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async stat(options) {
    const { bigint } = getStatOptions(options);
    return getStatsFromBinding(await call('fstat', [this.#open('fstat')], 'fstat'), bigint);
  }

  async truncate(len = 0) {
    validateInteger(len, 'len');
    await call('ftruncate', [this.#open('ftruncate'), Math.max(0, len)], 'ftruncate');
  }

  async sync() {
    await call('fsync', [this.#open('fsync')], 'fsync');
  }

  async datasync() {
    await call('fdatasync', [this.#open('fdatasync')], 'fdatasync');
  }

  async chmod(mode) {
    await call('fchmod', [this.#open('fchmod'), parseFileMode(mode, 'mode')], 'fchmod');
  }

  async chown(uid, gid) {
    validateUidGid(uid, gid);
    await call('fchown', [this.#open('fchown'), uid, gid], 'fchown');
  }

  async utimes(atime, mtime) {
    const a = toUnixTimestamp(atime, 'atime');
    const m = toUnixTimestamp(mtime, 'mtime');
    await call('futimes', [this.#open('futime'), a, m], 'futime');
  }
}

// `await using` support where the engine defines the symbol.
if (typeof Symbol.asyncDispose === 'symbol') {
  FileHandle.prototype[Symbol.asyncDispose] = function asyncDispose() {
    return this.close();
  };
}

async function readvFd(fd, buffers, position) {
  let pos = position == null ? -1 : validatePosition(position, 'position');
  let total = 0;
  for (const b of buffers) {
    const n = await call('read', [fd, b.buffer, b.byteOffset, b.byteLength, pos], 'read');
    total += n;
    if (pos >= 0) pos += n;
    if (n < b.byteLength) break;
  }
  return total;
}

async function writevFd(fd, buffers, position) {
  let pos = position == null ? -1 : validatePosition(position, 'position');
  let total = 0;
  for (const b of buffers) {
    let off = 0;
    while (off < b.byteLength) {
      const n = await call('write', [fd, b.buffer, b.byteOffset + off, b.byteLength - off, pos], 'write');
      off += n;
      if (pos >= 0) pos += n;
    }
    total += b.byteLength;
  }
  return total;
}

// writeFile data: a string or bytes, or (promises API only) an iterable / async iterable of them.
async function writeData(fd, data, options) {
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    return runAsync(writeFileGen(fd, true, data, options));
  }
  if (data != null && (typeof data[Symbol.asyncIterator] === 'function' ||
      typeof data[Symbol.iterator] === 'function')) {
    for await (const chunk of data) {
      checkAborted(options.signal);
      await runAsync(writeFileGen(fd, true, chunk, options));
    }
    return undefined;
  }
  throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const fd = await call('open', [path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)], 'open', path);
  return new FileHandle(fd);
}

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  await call('access', [path, getValidMode(mode, F_OK, 7)], 'access', path);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  await call('copyFile', [src, dest, getValidMode(mode, 0, 7)], 'copyfile', src, dest);
}

async function cp(src, dest, options) {
  const args = validateCpArgs(src, dest, options);
  return runAsync(cpGen(args.src, args.dest, args.options));
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call('rename', [oldPath, newPath], 'rename', oldPath, newPath);
}

async function truncate(path, len = 0) {
  path = getValidatedPath(path);
  validateInteger(len, 'len');
  return runAsync(truncateGen(path, Math.max(0, len)));
}

async function rm(path, options) {
  path = getValidatedPath(path);
  return runAsync(rmGen(path, validateRmOptions(options)));
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    return runAsync(rmdirRecursiveGen(path));
  }
  await call('rmdir', [path], 'rmdir', path);
  return undefined;
}

async function mkdir(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = validateMkdirOptions(options);
  if (recursive) return runAsync(mkdirpGen(path, mode));
  await call('mkdir', [path, mode], 'mkdir', path);
  return undefined;
}

async function readdir(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return runAsync(readdirGen(path, options));
}

async function readlink(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return encodeName(await call('readlink', [path], 'readlink', path), options.encoding);
}

async function symlink(target, path, type) {
  validateSymlinkType(type);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  await call('symlink', [target, path], 'symlink', target, path);
}

async function stat(path, options) {
  const { bigint } = getStatOptions(options);
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('stat', [path], 'stat', path), bigint);
}

async function lstat(path, options) {
  const { bigint } = getStatOptions(options);
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('lstat', [path], 'lstat', path), bigint);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call('link', [existingPath, newPath], 'link', existingPath, newPath);
}

async function unlink(path) {
  path = getValidatedPath(path);
  await call('unlink', [path], 'unlink', path);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  await call('chmod', [path, parseFileMode(mode, 'mode')], 'chmod', path);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  await call('chown', [path, uid, gid], 'chown', path);
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  await call('lchown', [path, uid, gid], 'lchown', path);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call('utimes', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)], 'utime', path);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call('lutimes', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)], 'lutime', path);
}

async function realpath(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return encodeName(await call('realpathNative', [path], 'realpath', path), options.encoding);
}

// fs.realpath (callback form) reports failures like node's JS realpath.
async function realpathJs(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return encodeName(await runAsync(realpathGen(path)), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options, {});
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(await call('mkdtemp', [prefix], 'mkdtemp', prefix + 'XXXXXX'), options.encoding);
}

async function opendir(path, options) {
  return openDir(path, options, true);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.readFile(options);
  if (typeof path === 'number') return runAsync(readFileGen(getValidatedFd(path), true, options));
  path = getValidatedPath(path);
  return runAsync(readFileGen(path, false, options));
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  if (options.flush !== undefined) validateBoolean(options.flush, 'options.flush');
  checkAborted(options.signal);
  if (path instanceof FileHandle) return path.writeFile(data, options);
  if (typeof path === 'number') return writeData(getValidatedFd(path), data, options);
  path = getValidatedPath(path);
  if (typeof data === 'string' || ArrayBuffer.isView(data)) {
    return runAsync(writeFileGen(path, false, data, options));
  }
  const handle = await open(path, options.flag, options.mode);
  try {
    await writeData(handle.fd, data, options);
  } finally {
    await handle.close();
  }
  return undefined;
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (options.flag === undefined) options.flag = 'a';
  return writeFile(path, data, options);
}

const api = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  link,
  unlink,
  chmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  constants,
};

module.exports = { api, FileHandle, readvFd, writevFd, realpathJs, ...api };
