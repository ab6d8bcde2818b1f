'use strict';
// fs argument checks: node's error classes, codes and messages.
const assert = require('assert');
const fs = require('fs');
const { Buffer } = require('buffer');

function throwsLike(fn, name, code, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.name, name);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    return true;
  });
}

throwsLike(() => fs.openSync('a\u0000b'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
  "The argument 'path' must be a string, Uint8Array, or URL without null bytes. Received 'a\\x00b'");
throwsLike(() => fs.openSync(123), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (123)');
throwsLike(() => fs.statSync({}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "path" argument must be of type string or an instance of Buffer or URL. Received an instance of Object');
throwsLike(() => fs.openSync('/tmp', 'zz'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
  "The argument 'flags' is invalid. Received 'zz'");
throwsLike(() => fs.openSync('/tmp', 'r', 'abc'), 'TypeError', 'ERR_INVALID_ARG_VALUE',
  "The argument 'mode' must be a 32-bit unsigned integer or an octal string. Received 'abc'");
throwsLike(() => fs.closeSync('a'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "fd" argument must be of type number. Received type string (\'a\')');
throwsLike(() => fs.closeSync(-1), 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1');
throwsLike(() => fs.closeSync(1.5), 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "fd" is out of range. It must be an integer. Received 1.5');
throwsLike(() => fs.readSync(0, Buffer.alloc(1), 0, 5, 0), 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "length" is out of range. It must be <= 1. Received 5');
throwsLike(() => fs.readSync(0, Buffer.alloc(4), -1, 1, 0), 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1');
throwsLike(() => fs.readSync(0, Buffer.alloc(4), 0, 1, -2), 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "position" is out of range. It must be >= -1 && <= 9007199254740991. Received -2');
throwsLike(() => fs.readSync(0, Buffer.alloc(0), 0, 1, 0), 'TypeError', 'ERR_INVALID_ARG_VALUE',
  "The argument 'buffer' is empty and cannot be written. Received <Buffer >");
throwsLike(() => fs.readSync(0, 'x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "buffer" argument must be an instance of Buffer, TypedArray, or DataView. Received type string (\'x\')');
throwsLike(() => fs.writeSync(1, Buffer.alloc(4), 5), 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "offset" is out of range. It must be <= 4. Received 5');
throwsLike(() => fs.writeSync(1, Buffer.alloc(4), 0, 5), 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "length" is out of range. It must be <= 4. Received 5');
throwsLike(() => fs.writeSync(1, {}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
  'Received an instance of Object');
throwsLike(() => fs.writeFileSync('/tmp/never', 123), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. ' +
  'Received type number (123)');
throwsLike(() => fs.readFileSync('/tmp', { encoding: 'bogus' }), 'TypeError', 'ERR_INVALID_ARG_VALUE',
  "The argument 'encoding' is invalid encoding. Received 'bogus'");
throwsLike(() => fs.accessSync('/tmp', 8), 'RangeError', 'ERR_OUT_OF_RANGE', 'mode is out of range: >= 0 && <= 7');
throwsLike(() => fs.accessSync('/tmp', 'x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'mode must be int32 or null/undefined');
throwsLike(() => fs.chownSync('/tmp', -2, 0), 'RangeError', 'ERR_OUT_OF_RANGE',
  'The value of "uid" is out of range. It must be >= -1 && <= 4294967295. Received -2');
throwsLike(() => fs.truncateSync(__filename, 'x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "len" argument must be of type number. Received type string (\'x\')');
throwsLike(() => fs.mkdtempSync(5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "prefix" argument must be of type string or an instance of Buffer or URL. Received type number (5)');
throwsLike(() => fs.readFileSync('/tmp', 5), 'TypeError', 'ERR_INVALID_ARG_TYPE',
  'The "options" argument must be one of type string or object. Received type number (5)');
throwsLike(() => fs.openSync('/tmp', {}), 'TypeError', 'ERR_INVALID_ARG_VALUE',
  "The argument 'flags' is invalid. Received {}");

// Buffer paths (URL paths are tested once the url module exists)
assert.strictEqual(fs.statSync(Buffer.from('/tmp')).isDirectory(), true);

// constants and shape
assert.strictEqual(fs.constants.O_CREAT, 64);
assert.strictEqual(fs.constants.O_APPEND, 1024);
assert.strictEqual(fs.constants.S_IFLNK, 40960);
assert.strictEqual(fs.constants.COPYFILE_FICLONE_FORCE, 4);
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.lchmod, undefined);
assert.strictEqual(typeof fs.Stats, 'function');
assert.strictEqual(fs.Stats.length, 14);
const st = new fs.Stats(1, 0o100644, 3, 4, 5, 6, 7, 8, 9, 10, 11.6, 12, 13, 14);
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.atime.getTime(), 12);
assert.strictEqual(st.birthtimeMs, 14);
