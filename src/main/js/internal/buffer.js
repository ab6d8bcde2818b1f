'use strict';

// FastBuffer, the Uint8Array subclass every Buffer is made from, and the methods Buffer.prototype shares
// with it: the number readers/writers and the per-encoding `<enc>Slice(start, end)` /
// `<enc>Write(string, offset, length)` methods (node's native-backed ones, with their checks and errors).

const {
  codes: { ERR_BUFFER_OUT_OF_BOUNDS },
} = require('internal/errors');
const numbers = require('internal/buffer/numbers');
const { encodingOps } = require('internal/buffer/encodings');

class FastBuffer extends Uint8Array {
  // Explicit three arguments: avoids the spread of a default derived constructor.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ArrayBuffers that must not be transferred (the allocation pools): structured clone and postMessage
// consult this.
const untransferable = new WeakSet();

function markAsUntransferable(obj) {
  if ((typeof obj === 'object' && obj !== null) || typeof obj === 'function') untransferable.add(obj);
}

function isMarkedAsUntransferable(obj) {
  return untransferable.has(obj);
}

// JavaScript cannot hand out uninitialized memory: "unsafe" buffers are zero-filled too.
function createUnsafeBuffer(size) {
  return new FastBuffer(size);
}

// The errors node's C++ side throws from these methods: fixed messages, node's codes.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function indexOutOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// V8's string length limit (on 64-bit hosts).
const kStringMaxLength = 536870888;

// ops.slice(), refusing up front a string past V8's limit as node does.
function sliceString(ops, buf, start, end) {
  if (ops.charCount(end - start) > kStringMaxLength) {
    throw nativeError(Error, 'ERR_STRING_TOO_LONG',
                      `Cannot create a string longer than 0x${kStringMaxLength.toString(16)} characters`);
  }
  return ops.slice(buf, start, end);
}

function toInteger(value) {
  return Math.trunc(+value) || 0;
}

// The bytes of `view` as a Uint8Array.
function asBytes(view) {
  if (view instanceof Uint8Array) return view;
  if (!ArrayBuffer.isView(view)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sliceRange(view, start, end, ops) {
  const buf = asBytes(view);
  const len = buf.length;
  start = start === undefined ? 0 : toInteger(start);
  end = end === undefined ? len : toInteger(end);
  if (end < start) end = start;
  if (start < 0 || end > len) throw indexOutOfRange();
  return sliceString(ops, buf, start, end);
}

function notAString() {
  return nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
}

function writeRange(view, string, offset, length, write) {
  const buf = asBytes(view);
  if (typeof string !== 'string') throw notAString();
  const len = buf.length;
  offset = offset === undefined ? 0 : toInteger(offset);
  if (offset < 0) throw indexOutOfRange();
  if (offset > len) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  let max = len - offset;
  if (length !== undefined) {
    length = toInteger(length);
    if (length < 0) throw indexOutOfRange();
    if (length < max) max = length;
  }
  return max === 0 ? 0 : write(buf, string, offset, max);
}

function asciiSlice(start, end) {
  return sliceRange(this, start, end, encodingOps.ascii);
}

function base64Slice(start, end) {
  return sliceRange(this, start, end, encodingOps.base64);
}

function base64urlSlice(start, end) {
  return sliceRange(this, start, end, encodingOps.base64url);
}

function latin1Slice(start, end) {
  return sliceRange(this, start, end, encodingOps.latin1);
}

function hexSlice(start, end) {
  return sliceRange(this, start, end, encodingOps.hex);
}

function ucs2Slice(start, end) {
  return sliceRange(this, start, end, encodingOps.utf16le);
}

function utf8Slice(start, end) {
  return sliceRange(this, start, end, encodingOps.utf8);
}

function asciiWrite(string, offset, length) {
  return writeRange(this, string, offset, length, encodingOps.ascii.write);
}

function base64Write(string, offset, length) {
  return writeRange(this, string, offset, length, encodingOps.base64.write);
}

function base64urlWrite(string, offset, length) {
  return writeRange(this, string, offset, length, encodingOps.base64url.write);
}

function latin1Write(string, offset, length) {
  return writeRange(this, string, offset, length, encodingOps.latin1.write);
}

function hexWrite(string, offset, length) {
  return writeRange(this, string, offset, length, encodingOps.hex.write);
}

function ucs2Write(string, offset, length) {
  return writeRange(this, string, offset, length, encodingOps.utf16le.write);
}

function utf8Write(string, offset, length) {
  return writeRange(this, string, offset, length, encodingOps.utf8.write);
}

const encodingMethods = {
  asciiSlice, base64Slice, base64urlSlice, latin1Slice, hexSlice, ucs2Slice, utf8Slice,
  asciiWrite, base64Write, base64urlWrite, latin1Write, hexWrite, ucs2Write, utf8Write,
};

// Installs the methods as enumerable properties, each `…UInt…` number method also as `…Uint…`.
function addBufferPrototypeMethods(proto) {
  for (const name of Object.keys(numbers)) {
    proto[name] = numbers[name];
    if (name.includes('UInt')) proto[name.replace('UInt', 'Uint')] = numbers[name];
  }
  for (const name of Object.keys(encodingMethods)) proto[name] = encodingMethods[name];
}

module.exports = {
  FastBuffer,
  addBufferPrototypeMethods,
  createUnsafeBuffer,
  isMarkedAsUntransferable,
  kStringMaxLength,
  markAsUntransferable,
  nativeError,
  notAString,
  sliceString,
};
