'use strict';
// The `stream` module: the legacy Stream class carrying every stream class and helper as a property.

const { Buffer } = require('buffer');
const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { isUint8Array } = require('internal/util/types');
const { Stream } = require('internal/streams/legacy');
const utils = require('internal/streams/utils');
const operators = require('internal/streams/operators');
const { pipeline } = require('internal/streams/pipeline');
const eos = require('internal/streams/end-of-stream');
const { destroyer } = require('internal/streams/destroy');
const compose = require('internal/streams/compose');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const duplexPair = require('internal/streams/duplexpair');

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;

function defineOperator(name, op, wrapResult) {
  const fn = wrapResult ?
    function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Readable.from(Reflect.apply(op, this, args));
    } :
    function(...args) {
      if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
      return Reflect.apply(op, this, args);
    };
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Readable.prototype, name, {
    __proto__: null,
    value: fn,
    enumerable: false,
    configurable: true,
    writable: true,
  });
}

for (const key of Object.keys(operators.streamReturningOperators)) {
  defineOperator(key, operators.streamReturningOperators[key], true);
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  defineOperator(key, operators.promiseReturningOperators[key], false);
}

Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

let promises;
function lazyPromises() {
  promises ??= require('stream/promises');
  return promises;
}

Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: lazyPromises,
});

Object.defineProperty(pipeline, promisifyCustom, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().pipeline; },
});

Object.defineProperty(eos, promisifyCustom, {
  __proto__: null,
  enumerable: true,
  get() { return lazyPromises().finished; },
});

// Backwards compatibility: `require('stream').Stream`.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};

module.exports = Stream;
