'use strict';
// fs.cp / cpSync / fsPromises.cp: files, directories (recursive) and symlinks, as a generator for internal/fs/run.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR, ERR_FS_CP_EEXIST, ERR_FS_CP_EINVAL, ERR_FS_CP_NON_DIR_TO_DIR, ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
  },
} = require('internal/errors');
const { validateBoolean, validateFunction, validateObject } = require('internal/validators');
const { constants, uvError, getValidatedPath, getValidMode } = require('internal/fs/utils');
const { runSync } = require('internal/fs/run');
const { entries, joinPath } = require('internal/fs/tree');

const { S_IFMT, S_IFDIR, S_IFREG, S_IFLNK } = constants;
const ENOENT = -2;
const kBooleans = ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks'];

let pathModule;
function lazyPath() {
  pathModule ??= require('path');
  return pathModule;
}

function validateCpArgs(src, dest, options) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  const opts = {
    dereference: false, errorOnExist: false, filter: undefined, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, mode: 0,
  };
  if (options !== undefined) {
    validateObject(options, 'options');
    for (const key of kBooleans) {
      if (options[key] !== undefined) {
        validateBoolean(options[key], `options.${key}`);
        opts[key] = options[key];
      }
    }
    if (options.filter !== undefined) {
      validateFunction(options.filter, 'options.filter');
      opts.filter = options.filter;
    }
    opts.mode = getValidMode(options.mode, 0, 7);
  }
  return { src, dest, options: opts };
}

// The fields cp needs from a stat result (the synchronous driver's array is reused by the next stat).
function info(st) {
  return { mode: st[1], type: st[1] & S_IFMT, dev: st[0], ino: st[7], atime: st[10] + st[11] / 1e9,
           mtime: st[12] + st[13] / 1e9 };
}

function* statOf(path, follow, missingOk) {
  const st = yield [follow ? 'stat' : 'lstat', path];
  if (typeof st === 'number') {
    if (st === ENOENT && missingOk) return null;
    throw uvError(st, follow ? 'stat' : 'lstat', path);
  }
  return info(st);
}

function systemError(Ctor, code, errno, message, path) {
  return new Ctor({ code, message, path, syscall: 'cp', errno });
}

function* cpGen(src, dest, opts) {
  const srcInfo = yield* statOf(src, opts.dereference, false);
  const destInfo = yield* statOf(dest, opts.dereference, true);
  const srcIsDir = srcInfo.type === S_IFDIR;
  if (destInfo !== null) {
    if (destInfo.dev === srcInfo.dev && destInfo.ino === srcInfo.ino) {
      throw systemError(ERR_FS_CP_EINVAL, 'EINVAL', 22, 'src and dest cannot be the same', dest);
    }
    const destIsDir = destInfo.type === S_IFDIR;
    if (srcIsDir && !destIsDir) {
      throw systemError(ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR', 21,
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
    }
    if (!srcIsDir && destIsDir) {
      throw systemError(ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR', 20,
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
    }
  }
  if (srcIsDir) {
    const from = lazyPath().resolve(src);
    const to = lazyPath().resolve(dest);
    if (to.startsWith(from.endsWith('/') ? from : from + '/')) {
      throw systemError(ERR_FS_CP_EINVAL, 'EINVAL', 22, `cannot copy ${src} to a subdirectory of self ${dest}`,
        dest);
    }
  }
  if (opts.filter !== undefined && !(yield ['call', opts.filter, src, dest])) return;
  yield* copyEntry(src, dest, srcInfo, destInfo, opts);
}

function* copyEntry(src, dest, srcInfo, destInfo, opts) {
  switch (srcInfo.type) {
    case S_IFDIR:
      yield* copyDir(src, dest, srcInfo, destInfo, opts);
      return;
    case S_IFREG:
      yield* copyFile(src, dest, srcInfo, destInfo, opts);
      return;
    case S_IFLNK:
      yield* copyLink(src, dest, destInfo, opts);
      return;
    default:
      throw systemError(ERR_FS_CP_UNKNOWN, 'EINVAL', 22, `cannot copy an unknown file type ${dest}`, dest);
  }
}

function* copyDir(src, dest, srcInfo, destInfo, opts) {
  if (!opts.recursive) {
    throw systemError(ERR_FS_EISDIR, 'EISDIR', 22, `${src} is a directory (not copied)`, src);
  }
  if (destInfo === null) {
    const r = yield ['mkdir', dest, srcInfo.mode & 0o7777];
    if (r < 0) throw uvError(r, 'mkdir', dest);
  }
  const [names] = yield* entries(src, 'scandir');
  for (const name of names) {
    const from = joinPath(src, name);
    const to = joinPath(dest, name);
    if (opts.filter !== undefined && !(yield ['call', opts.filter, from, to])) continue;
    const fromInfo = yield* statOf(from, opts.dereference, false);
    const toInfo = yield* statOf(to, opts.dereference, true);
    yield* copyEntry(from, to, fromInfo, toInfo, opts);
  }
  if (destInfo === null) {
    const r = yield ['chmod', dest, srcInfo.mode & 0o7777];
    if (r < 0) throw uvError(r, 'chmod', dest);
  }
}

function* copyFile(src, dest, srcInfo, destInfo, opts) {
  if (destInfo !== null) {
    if (!opts.force) {
      if (opts.errorOnExist) {
        throw systemError(ERR_FS_CP_EEXIST, 'EEXIST', 17, `${dest} already exists`, dest);
      }
      return;
    }
    const r = yield ['unlink', dest];
    if (r < 0) throw uvError(r, 'unlink', dest);
  }
  const r = yield ['copyFile', src, dest, opts.mode];
  if (r < 0) throw uvError(r, 'copyfile', src, dest);
  if (opts.preserveTimestamps) {
    const u = yield ['utimes', dest, srcInfo.atime, srcInfo.mtime];
    if (u < 0) throw uvError(u, 'utime', dest);
  }
}

function* copyLink(src, dest, destInfo, opts) {
  let target = yield ['readlink', src];
  if (typeof target === 'number') throw uvError(target, 'readlink', src);
  if (!opts.verbatimSymlinks && !target.startsWith('/')) {
    target = lazyPath().resolve(lazyPath().dirname(src), target);
  }
  if (destInfo !== null) {
    const r = yield ['unlink', dest];
    if (r < 0) throw uvError(r, 'unlink', dest);
  }
  const r = yield ['symlink', target, dest];
  if (r < 0) throw uvError(r, 'symlink', target, dest);
}

function cpSync(src, dest, options) {
  const args = validateCpArgs(src, dest, options);
  runSync(cpGen(args.src, args.dest, args.options));
}

module.exports = { cpSync, cpGen, validateCpArgs };
