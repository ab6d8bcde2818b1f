'use strict';
// The native side of one compression stream (node's zlib handle): an id in internalBinding('zlib'). A write hands
// the input and output memory as (arrayBuffer, offset, length); the async form runs on the thread pool and calls
// `onWriteDone(status)`. After either, `availOutAfter` / `availInAfter` tell how much room and input are left.

const { newRequest } = require('internal/async_requests');

const binding = internalBinding('zlib');
const writeResult = new Int32Array(binding.writeResult);

const kFailed = -2147483648;

class ZlibHandle {
  constructor(id) {
    this.id = id;
    this.writeInProgress = false;
    this.onWriteDone = null;
  }

  write(flush, input, inOff, inLen, out, outOff, outLen) {
    this.writeInProgress = true;
    const done = (status) => {
      this.writeInProgress = false;
      this.onWriteDone(status);
    };
    binding.write(this.id, flush, input.buffer, input.byteOffset + inOff, inLen,
                  out.buffer, out.byteOffset + outOff, outLen, newRequest(done));
  }

  writeSync(flush, input, inOff, inLen, out, outOff, outLen) {
    return binding.write(this.id, flush, input.buffer, input.byteOffset + inOff, inLen,
                         out.buffer, out.byteOffset + outOff, outLen, 0);
  }

  get availOutAfter() {
    return writeResult[0];
  }

  get availInAfter() {
    return writeResult[1];
  }

  // { errno, code (empty: zlib's name for errno), message } of the last failure.
  lastError() {
    const [errno, code, message] = binding.error(this.id).split('\n');
    return { errno: Number(errno), code, message };
  }

  params(level, strategy) {
    binding.params(this.id, level, strategy);
  }

  reset() {
    binding.reset(this.id);
  }

  close() {
    binding.close(this.id);
  }
}

function createZlibHandle(mode, level, windowBits, memLevel, strategy, dictionary) {
  const id = dictionary === undefined ?
    binding.create(mode, level, windowBits, memLevel, strategy) :
    binding.create(mode, level, windowBits, memLevel, strategy, dictionary.buffer, dictionary.byteOffset,
             dictionary.byteLength);
  return id > 0 ? new ZlibHandle(id) : null;
}

function createBrotliHandle(mode, params) {
  const id = binding.createBrotli(mode, params.buffer, params.byteOffset, params.byteLength);
  return id > 0 ? new ZlibHandle(id) : null;
}

function crc32(data, value) {
  return binding.crc32(data.buffer, data.byteOffset, data.byteLength, value);
}

module.exports = { createZlibHandle, createBrotliHandle, crc32, kFailed };
