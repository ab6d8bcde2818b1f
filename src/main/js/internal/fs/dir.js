'use strict';
// fs.Dir (opendir): a directory's entries read when it is opened, handed out one Dirent at a time.

const binding = internalBinding('fs');
const { newRequest } = require('internal/async_requests');
const { codes: { ERR_DIR_CLOSED } } = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const { uvError, getValidatedPath, getOptions, encodeName, splitEntries, Dirent } = require('internal/fs/utils');

const kPath = Symbol('kDirPath');
const kNames = Symbol('kDirNames');
const kTypes = Symbol('kDirTypes');
const kNext = Symbol('kDirNext');
const kClosed = Symbol('kDirClosed');
const kEncoding = Symbol('kDirEncoding');

class Dir {
  constructor(path, listing, encoding) {
    const [names, types] = splitEntries(listing);
    this[kPath] = path;
    this[kNames] = names;
    this[kTypes] = types;
    this[kNext] = 0;
    this[kClosed] = false;
    this[kEncoding] = encoding;
  }

  get path() {
    return this[kPath];
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    const i = this[kNext];
    if (i >= this[kNames].length) return null;
    this[kNext] = i + 1;
    return new Dirent(encodeName(this[kNames][i], this[kEncoding]), this[kTypes][i], this[kPath]);
  }

  read(callback) {
    if (callback === undefined) {
      try {
        return Promise.resolve(this.readSync());
      } catch (err) {
        return Promise.reject(err);
      }
    }
    validateFunction(callback, 'callback');
    let entry;
    try {
      entry = this.readSync();
    } catch (err) {
      process.nextTick(callback, err);
      return undefined;
    }
    process.nextTick(callback, null, entry);
    return undefined;
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
  }

  close(callback) {
    if (callback === undefined) {
      try {
        this.closeSync();
        return Promise.resolve();
      } catch (err) {
        return Promise.reject(err);
      }
    }
    validateFunction(callback, 'callback');
    try {
      this.closeSync();
    } catch (err) {
      process.nextTick(callback, err);
      return undefined;
    }
    process.nextTick(callback, null);
    return undefined;
  }

  async* entries() {
    try {
      for (;;) {
        const entry = this.readSync();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) this.closeSync();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function dirOptions(options) {
  options = getOptions(options, { encoding: 'utf8', bufferSize: 32 });
  validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  const listing = binding.readdir(path);
  if (typeof listing === 'number') throw uvError(listing, 'opendir');
  return new Dir(path, listing, options.encoding);
}

// opendir on the thread pool: a promise of the Dir.
function openDir(path, options) {
  path = getValidatedPath(path);
  options = dirOptions(options);
  return new Promise((resolve, reject) => {
    binding.readdir(path, newRequest((listing) => {
      if (typeof listing === 'number') reject(uvError(listing, 'opendir'));
      else resolve(new Dir(path, listing, options.encoding));
    }));
  });
}

module.exports = { Dir, opendirSync, openDir };
