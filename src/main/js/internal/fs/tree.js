'use strict';
// Compound operations as generators for internal/fs/run: readdir (recursive, with types), realpath, mkdir -p,
// rm -r, readFile/writeFile, truncate. Arguments arrive validated; errors are node's.

const { Buffer } = require('buffer');
const {
  codes: { ERR_FS_EISDIR },
} = require('internal/errors');
const {
  constants, uvError, Dirent, splitEntries, direntTypeFromMode, encodeName, stringToFlags, parseFileMode,
  toDataBuffer,
} = require('internal/fs/utils');

const { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK, UV_DIRENT_DIR, UV_DIRENT_UNKNOWN } = constants;
const ENOENT = -2;
const EEXIST = -17;
const ENOTDIR = -20;
const ELOOP = -40;
const kReadChunk = 64 * 1024;

let pathModule;
function lazyPath() {
  pathModule ??= require('path');
  return pathModule;
}

function joinPath(dir, name) {
  return dir.endsWith('/') ? dir + name : dir + '/' + name;
}

// The entries of one directory as [names, types], filling in types the file system did not give.
function* entries(path, syscall) {
  const listing = yield ['readdir', path];
  if (typeof listing === 'number') throw uvError(listing, syscall, path);
  const [names, types] = splitEntries(listing);
  for (let i = 0; i < names.length; i++) {
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const st = yield ['lstat', joinPath(path, names[i])];
      if (typeof st !== 'number') types[i] = direntTypeFromMode(st[1]);
    }
  }
  return [names, types];
}

// readdir(path, { encoding, withFileTypes, recursive }): recursive listings are breadth first, like node's.
function* readdirGen(path, options) {
  const { encoding, withFileTypes, recursive } = options;
  const result = [];
  const queue = [''];
  for (let q = 0; q < queue.length; q++) {
    const rel = queue[q];
    const dir = rel === '' ? path : lazyPath().join(path, rel);
    const [names, types] = yield* entries(dir, 'scandir');
    for (let i = 0; i < names.length; i++) {
      const name = names[i];
      if (withFileTypes) result.push(new Dirent(encodeName(name, encoding), types[i], dir));
      else result.push(encodeName(rel === '' ? name : rel + '/' + name, encoding));
      if (recursive && types[i] === UV_DIRENT_DIR) queue.push(rel === '' ? name : rel + '/' + name);
    }
    if (!recursive) break;
  }
  return result;
}

// realpath as node's JS one reports failures: the failing component with lstat/readlink. The answer itself
// comes from realpath(3) whenever that succeeds.
function* realpathGen(path) {
  const real = yield ['realpathNative', path];
  if (typeof real === 'string') return real;
  let rest = lazyPath().resolve(path).split('/').filter(Boolean);
  let current = '';
  let links = 0;
  while (rest.length > 0) {
    const next = current + '/' + rest[0];
    const st = yield ['lstat', next];
    if (typeof st === 'number') throw uvError(st, 'lstat', next);
    if ((st[1] & S_IFMT) === S_IFLNK) {
      if (++links > 40) throw uvError(ELOOP, 'lstat', next);
      const target = yield ['readlink', next];
      if (typeof target === 'number') throw uvError(target, 'readlink', next);
      const resolved = lazyPath().resolve(current || '/', target);
      rest = resolved.split('/').filter(Boolean).concat(rest.slice(1));
      current = '';
      continue;
    }
    current = next;
    rest = rest.slice(1);
  }
  throw uvError(real, 'realpath', path);
}

function* isDirectory(path) {
  const st = yield ['stat', path];
  return typeof st !== 'number' && (st[1] & S_IFMT) === S_IFDIR;
}

// mkdir -p: returns the first directory created (as the given path spells it), or undefined.
function* mkdirpGen(path, mode) {
  const missing = [];
  let p = path;
  let first;
  for (;;) {
    const r = yield ['mkdir', p, mode];
    if (r === 0) {
      first = p;
      break;
    }
    if (r === ENOENT) {
      const parent = lazyPath().dirname(p);
      if (parent === p) throw uvError(r, 'mkdir', path);
      missing.push(p);
      p = parent;
      continue;
    }
    if (r === EEXIST && (yield* isDirectory(p))) {
      if (missing.length === 0) return undefined;
      break;
    }
    throw uvError(r === EEXIST && p !== path ? ENOTDIR : r, 'mkdir', path);
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    const r = yield ['mkdir', missing[i], mode];
    if (r < 0 && !(r === EEXIST && (yield* isDirectory(missing[i])))) throw uvError(r, 'mkdir', path);
    first ??= missing[i];
  }
  return first;
}

// Removes a directory and everything under it.
function* removeTree(path, force) {
  const [names, types] = yield* entries(path, 'scandir');
  for (let i = 0; i < names.length; i++) {
    const child = joinPath(path, names[i]);
    if (types[i] === UV_DIRENT_DIR) {
      yield* removeTree(child, force);
    } else {
      const r = yield ['unlink', child];
      if (r < 0 && !(force && r === ENOENT)) throw uvError(r, 'unlink', child);
    }
  }
  const r = yield ['rmdir', path];
  if (r < 0 && !(force && r === ENOENT)) throw uvError(r, 'rmdir', path);
}

// rm(path, { force, recursive }) with options already validated.
function* rmGen(path, options) {
  const st = yield ['lstat', path];
  if (typeof st === 'number') {
    if (st === ENOENT && options.force) return;
    throw uvError(st, 'lstat', path);
  }
  if ((st[1] & S_IFMT) === S_IFDIR) {
    if (!options.recursive) {
      throw new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
    }
    yield* removeTree(path, options.force);
    return;
  }
  const r = yield ['unlink', path];
  if (r < 0 && !(options.force && r === ENOENT)) throw uvError(r, 'unlink', path);
}

// rmdir(path, { recursive: true }): like rm -r, but a missing path is an error.
function* rmdirRecursiveGen(path) {
  yield* rmGen(path, { force: false, recursive: true });
}

function* readAll(fd) {
  const st = yield ['fstat', fd];
  if (typeof st === 'number') throw uvError(st, 'fstat');
  const size = (st[1] & S_IFMT) === S_IFREG ? st[8] : 0;
  const chunks = [];
  let total = 0;
  if (size > 0) {
    const buffer = Buffer.allocUnsafe(size);
    while (total < size) {
      const n = yield ['read', fd, buffer.buffer, buffer.byteOffset + total, size - total, -1];
      if (n < 0) throw uvError(n, 'read');
      if (n === 0) break;
      total += n;
    }
    return total === size ? buffer : buffer.subarray(0, total);
  }
  for (;;) {
    const chunk = Buffer.allocUnsafe(kReadChunk);
    const n = yield ['read', fd, chunk.buffer, chunk.byteOffset, kReadChunk, -1];
    if (n < 0) throw uvError(n, 'read');
    if (n === 0) break;
    chunks.push(n === kReadChunk ? chunk : chunk.subarray(0, n));
    total += n;
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

// readFile of a path (opened and closed here) or of an fd (read from its position).
function* readFileGen(pathOrFd, isFd, options) {
  let fd = pathOrFd;
  if (!isFd) {
    fd = yield ['open', pathOrFd, stringToFlags(options.flag), 0o666];
    if (fd < 0) throw uvError(fd, 'open', pathOrFd);
  }
  let data;
  try {
    data = yield* readAll(fd);
  } finally {
    if (!isFd) yield ['close', fd];
  }
  return options.encoding ? data.toString(options.encoding) : data;
}

function* writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.byteLength) {
    const n = yield ['write', fd, bytes.buffer, bytes.byteOffset + off, bytes.byteLength - off, -1];
    if (n < 0) throw uvError(n, 'write');
    off += n;
  }
}

function* writeFileGen(pathOrFd, isFd, data, options) {
  const bytes = toDataBuffer(data, options.encoding);
  if (isFd) {
    yield* writeAll(pathOrFd, bytes);
    return;
  }
  const fd = yield ['open', pathOrFd, stringToFlags(options.flag), parseFileMode(options.mode, 'mode', 0o666)];
  if (fd < 0) throw uvError(fd, 'open', pathOrFd);
  try {
    yield* writeAll(fd, bytes);
    if (options.flush) {
      const r = yield ['fsync', fd];
      if (r < 0) throw uvError(r, 'fsync');
    }
  } finally {
    yield ['close', fd];
  }
}

function* truncateGen(path, len) {
  const fd = yield ['open', path, constants.O_RDWR, 0o666];
  if (fd < 0) throw uvError(fd, 'open', path);
  try {
    const r = yield ['ftruncate', fd, len];
    if (r < 0) throw uvError(r, 'ftruncate');
  } finally {
    yield ['close', fd];
  }
}

module.exports = {
  entries,
  readdirGen,
  realpathGen,
  mkdirpGen,
  rmGen,
  rmdirRecursiveGen,
  readFileGen,
  writeFileGen,
  truncateGen,
  joinPath,
};
