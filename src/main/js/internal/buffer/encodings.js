'use strict';

// The string encodings of Buffer. Each entry says how to size a string (byteLength, an upper bound for
// hex and base64), write it into a buffer (write(buf, str, offset, maxBytes) → bytes written), read a
// byte range back (slice(buf, start, end) → string) and how long that string gets for a number of bytes
// (charCount, an upper bound for utf8). `encodingVal` is node's numeric id of the encoding.

const { encodingsMap } = require('internal/util');
const { utf8ByteLength, utf8Slice, utf8Write } = require('internal/buffer/utf8');
const { asciiSlice, latin1Slice, latin1Write } = require('internal/buffer/latin1');
const { ucs2Slice, ucs2Write } = require('internal/buffer/ucs2');
const { hexSlice, hexWrite } = require('internal/buffer/hex');
const { base64ByteLength, base64Slice, base64urlSlice, base64Write } = require('internal/buffer/base64');

function stringLength(str) {
  return str.length;
}

function doubleLength(str) {
  return str.length * 2;
}

function halfLength(str) {
  return str.length >>> 1;
}

function sameCount(n) {
  return n;
}

function halfCount(n) {
  return Math.floor(n / 2);
}

function doubleCount(n) {
  return n * 2;
}

function base64Count(n) {
  return Math.ceil(n / 3) * 4;
}

function base64urlCount(n) {
  return Math.ceil(n * 4 / 3);
}

const utf8 = {
  encoding: 'utf8', encodingVal: encodingsMap.utf8,
  byteLength: utf8ByteLength, write: utf8Write, slice: utf8Slice, charCount: sameCount,
};
const utf16le = {
  encoding: 'utf16le', encodingVal: encodingsMap.utf16le,
  byteLength: doubleLength, write: ucs2Write, slice: ucs2Slice, charCount: halfCount,
};
const latin1 = {
  encoding: 'latin1', encodingVal: encodingsMap.latin1,
  byteLength: stringLength, write: latin1Write, slice: latin1Slice, charCount: sameCount,
};
const ascii = {
  encoding: 'ascii', encodingVal: encodingsMap.ascii,
  byteLength: stringLength, write: latin1Write, slice: asciiSlice, charCount: sameCount,
};
const base64 = {
  encoding: 'base64', encodingVal: encodingsMap.base64,
  byteLength: base64ByteLength, write: base64Write, slice: base64Slice, charCount: base64Count,
};
const base64url = {
  encoding: 'base64url', encodingVal: encodingsMap.base64url,
  byteLength: base64ByteLength, write: base64Write, slice: base64urlSlice, charCount: base64urlCount,
};
const hex = {
  encoding: 'hex', encodingVal: encodingsMap.hex,
  byteLength: halfLength, write: hexWrite, slice: hexSlice, charCount: doubleCount,
};

// Lower-case names; other spellings are matched case-insensitively.
const byName = {
  __proto__: null,
  'utf8': utf8, 'utf-8': utf8,
  'ucs2': utf16le, 'ucs-2': utf16le, 'utf16le': utf16le, 'utf-16le': utf16le,
  'latin1': latin1, 'binary': latin1,
  'ascii': ascii,
  'base64': base64,
  'base64url': base64url,
  'hex': hex,
};

// The entry for `encoding` (any value, converted to a string as node does), or undefined.
function getEncodingOps(encoding) {
  encoding += '';
  return byName[encoding] ?? byName[encoding.toLowerCase()];
}

module.exports = {
  encodingOps: { utf8, utf16le, latin1, ascii, base64, base64url, hex },
  getEncodingOps,
};
