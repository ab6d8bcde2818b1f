'use strict';
// v8: V8's value serialization (the wire format in internal/serdes), heap statistics from the engine, and the
// parts node4j's engine binding cannot provide: heap snapshots and queryObjects throw ERR_METHOD_NOT_IMPLEMENTED,
// setFlagsFromString cannot change flags once V8 runs (it only checks its argument), promise hooks are accepted
// but never called, and getHeapCodeStatistics reports the code space's use as code_and_metadata_size.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED, ERR_NOT_BUILDING_SNAPSHOT },
} = require('internal/errors');
const { validateFunction, validateString, validateUint32 } = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { ValueWriter, ValueReader, kLatestVersion, viewConstructor } = require('internal/serdes');
const binding = internalBinding('v8');

function inspect(value) {
  return require('internal/util/inspect').inspect(value);
}

const kWriter = Symbol('kWriter');
const kReader = Symbol('kReader');
const kBuffer = Symbol('kBuffer');

class Serializer {
  constructor() {
    const self = this;
    this[kWriter] = new ValueWriter({
      cloneError(message) {
        return new self._getDataCloneError(message);
      },
      isHostObject() {
        return false;
      },
      writeHostObject(object) {
        if (typeof self._writeHostObject !== 'function') {
          throw new self._getDataCloneError(`${describeObject(object)} could not be cloned.`);
        }
        self._writeHostObject(object);
      },
      sharedArrayBufferId(sab) {
        if (typeof self._getSharedArrayBufferId !== 'function') {
          throw new self._getDataCloneError(`${describeObject(sab)} could not be cloned.`);
        }
        return self._getSharedArrayBufferId(sab);
      },
    });
  }

  writeHeader() {
    this[kWriter].header();
  }

  writeValue(value) {
    this[kWriter].value(value);
    return true;
  }

  releaseBuffer() {
    const bytes = this[kWriter].release();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  }

  transferArrayBuffer(id, arrayBuffer) {
    validateUint32(id, 'id');
    if (!(arrayBuffer instanceof ArrayBuffer) && Object.prototype.toString.call(arrayBuffer) !== '[object SharedArrayBuffer]') {
      throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    }
    this[kWriter].transferred.set(arrayBuffer, id);
  }

  writeUint32(value) {
    this[kWriter].uint32(Number(value) >>> 0);
  }

  writeUint64(hi, lo) {
    this[kWriter].varint((BigInt(Number(hi) >>> 0) << 32n) | BigInt(Number(lo) >>> 0));
  }

  writeDouble(value) {
    this[kWriter].double(Number(value));
  }

  writeRawBytes(source) {
    if (!isArrayBufferView(source)) {
      throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], source);
    }
    this[kWriter].raw(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
  }

  _setTreatArrayBufferViewsAsHostObjects(flag) {
    this[kWriter].viewsAsHostObjects = Boolean(flag);
  }
}
Serializer.prototype._getDataCloneError = Error;

function describeObject(object) {
  return `#<${object?.constructor?.name ?? 'Object'}>`;
}

class Deserializer {
  constructor(buffer) {
    if (!isArrayBufferView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const self = this;
    this[kBuffer] = buffer;
    this[kReader] = new ValueReader(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), {
      deserializeError(message) {
        return new Error(message);
      },
      readHostObject() {
        if (typeof self._readHostObject !== 'function') throw new Error('Unable to deserialize cloned data.');
        const object = self._readHostObject();
        if (object === null || (typeof object !== 'object' && typeof object !== 'function')) {
          throw new Error('Unable to deserialize cloned data.');
        }
        return object;
      },
    });
  }

  readHeader() {
    return this[kReader].header();
  }

  readValue() {
    return this[kReader].value();
  }

  transferArrayBuffer(id, arrayBuffer) {
    validateUint32(id, 'id');
    if (!(arrayBuffer instanceof ArrayBuffer) && Object.prototype.toString.call(arrayBuffer) !== '[object SharedArrayBuffer]') {
      throw new ERR_INVALID_ARG_TYPE('arrayBuffer', ['ArrayBuffer', 'SharedArrayBuffer'], arrayBuffer);
    }
    this[kReader].transferred.set(id, arrayBuffer);
  }

  getWireFormatVersion() {
    return this[kReader].version;
  }

  readUint32() {
    return this[kReader].uint32();
  }

  readUint64() {
    const v = this[kReader].varint64();
    return [Number(v >> 32n) >>> 0, Number(v & 0xFFFFFFFFn) >>> 0];
  }

  readDouble() {
    return this[kReader].double();
  }

  _readRawBytes(length) {
    const reader = this[kReader];
    const offset = reader.position;
    reader.rawBytes(length);
    return offset;
  }

  readRawBytes(length) {
    const offset = this._readRawBytes(length);
    const buffer = this[kBuffer];
    return new FastBuffer(buffer.buffer, buffer.byteOffset + offset, length);
  }
}

// The host-object codes node's DefaultSerializer gives each view type (Buffer has its own).
const kViewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, DataView, FastBuffer, BigInt64Array, BigUint64Array,
];

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(abView) {
    let index = 0;
    if (Buffer.isBuffer(abView)) {
      index = kViewTypes.indexOf(FastBuffer);
    } else {
      const ctor = viewConstructor(abView);
      index = ctor === undefined ? -1 : kViewTypes.indexOf(ctor);
    }
    if (index === -1) throw new this._getDataCloneError(`Unserializable host object: ${inspect(abView)}`);
    this.writeUint32(index);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const typeIndex = this.readUint32();
    const ctor = kViewTypes[typeIndex];
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    const source = this[kBuffer];
    const elementSize = ctor === DataView || ctor === undefined ? 1 : ctor.BYTES_PER_ELEMENT;
    if (ctor === undefined) throw new Error('Unable to deserialize cloned data.');
    const start = source.byteOffset + offset;
    if (start % elementSize === 0) {
      return ctor === DataView ? new DataView(source.buffer, start, byteLength) :
        new ctor(source.buffer, start, byteLength / elementSize);
    }
    // Misaligned for its element type: copy.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(source.buffer, start, byteLength));
    return ctor === DataView ? new DataView(copy.buffer) : new ctor(copy.buffer, 0, byteLength / elementSize);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

const kHeapFields = [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory',
];

function getHeapStatistics() {
  const values = binding.heapStatistics();
  const out = {};
  for (let i = 0; i < kHeapFields.length; i++) out[kHeapFields[i]] = values[i];
  return out;
}

function getHeapSpaceStatistics() {
  const flat = binding.heapSpaceStatistics();
  const out = [];
  for (let i = 0; i < flat.length; i += 5) {
    out.push({
      space_name: flat[i],
      space_size: flat[i + 1],
      space_used_size: flat[i + 2],
      space_available_size: flat[i + 3],
      physical_space_size: flat[i + 4],
    });
  }
  return out;
}

function getHeapCodeStatistics() {
  const code = getHeapSpaceStatistics().find((s) => s.space_name === 'code_space');
  return {
    code_and_metadata_size: code === undefined ? 0 : code.space_used_size,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

let versionTag;
function cachedDataVersionTag() {
  if (versionTag === undefined) {
    const header = new Uint32Array(internalBinding('contextify').compileScript('0', 'v8', 0, 0, true), 0, 4);
    versionTag = (Math.imul(header[1], 31) ^ header[3]) >>> 0;
  }
  return versionTag;
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
}

function getHeapSnapshot() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('getHeapSnapshot');
}

function writeHeapSnapshot() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('writeHeapSnapshot');
}

function queryObjects(constructor) {
  validateFunction(constructor, 'constructor');
  throw new ERR_METHOD_NOT_IMPLEMENTED('queryObjects');
}

function takeCoverage() {}
function stopCoverage() {}

function promiseHook(name) {
  return (hook) => {
    validateFunction(hook, name);
    return () => {};
  };
}

const promiseHooks = {
  createHook({ init, before, after, settled } = {}) {
    const stops = [];
    if (init !== undefined) stops.push(promiseHooks.onInit(init));
    if (before !== undefined) stops.push(promiseHooks.onBefore(before));
    if (after !== undefined) stops.push(promiseHooks.onAfter(after));
    if (settled !== undefined) stops.push(promiseHooks.onSettled(settled));
    return () => stops.forEach((stop) => stop());
  },
  onInit: promiseHook('initHook'),
  onBefore: promiseHook('beforeHook'),
  onAfter: promiseHook('afterHook'),
  onSettled: promiseHook('settledHook'),
};

function notBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  addDeserializeCallback: function addDeserializeCallback() { notBuildingSnapshot(); },
  addSerializeCallback: function addSerializeCallback() { notBuildingSnapshot(); },
  setDeserializeMainFunction: function setDeserializeMainFunction() { notBuildingSnapshot(); },
  // node 20 answers with the number in its snapshot-state slot, not a boolean.
  isBuildingSnapshot: function isBuildingSnapshot() { return 0; },
};

class GCProfiler {
  #startTime = 0;
  #running = false;

  start() {
    if (this.#running) return;
    this.#running = true;
    this.#startTime = Date.now();
  }

  stop() {
    if (!this.#running) return undefined;
    this.#running = false;
    return { version: 1, startTime: this.#startTime, statistics: [], endTime: Date.now() };
  }
}

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects,
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler,
};
