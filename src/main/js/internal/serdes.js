'use strict';
// V8's ValueSerializer wire format (version 15), written in JS: the engine of v8.Serializer/Deserializer.
// Writers and readers call back into their owner for host objects, shared array buffers and clone errors,
// as node's C++ serdes binding does.

const kLatestVersion = 15;

const Tag = {
  VERSION: 0xFF, PADDING: 0x00, VERIFY_OBJECT_COUNT: 0x3F, THE_HOLE: 0x2D, UNDEFINED: 0x5F, NULL: 0x30,
  TRUE: 0x54, FALSE: 0x46, INT32: 0x49, UINT32: 0x55, DOUBLE: 0x4E, BIGINT: 0x5A, UTF8_STRING: 0x53,
  ONE_BYTE_STRING: 0x22, TWO_BYTE_STRING: 0x63, OBJECT_REFERENCE: 0x5E, BEGIN_JS_OBJECT: 0x6F,
  END_JS_OBJECT: 0x7B, BEGIN_SPARSE_JS_ARRAY: 0x61, END_SPARSE_JS_ARRAY: 0x40, BEGIN_DENSE_JS_ARRAY: 0x41,
  END_DENSE_JS_ARRAY: 0x24, DATE: 0x44, TRUE_OBJECT: 0x79, FALSE_OBJECT: 0x78, NUMBER_OBJECT: 0x6E,
  BIGINT_OBJECT: 0x7A, STRING_OBJECT: 0x73, REGEXP: 0x52, BEGIN_JS_MAP: 0x3B, END_JS_MAP: 0x3A,
  BEGIN_JS_SET: 0x27, END_JS_SET: 0x2C, ARRAY_BUFFER: 0x42, RESIZABLE_ARRAY_BUFFER: 0x7E,
  ARRAY_BUFFER_TRANSFER: 0x74, ARRAY_BUFFER_VIEW: 0x56, SHARED_ARRAY_BUFFER: 0x75, HOST_OBJECT: 0x5C,
  ERROR: 0x72,
};

// Error sub-tags.
const kErrorPrototypes = [
  [0x45, 'EvalError'], [0x52, 'RangeError'], [0x46, 'ReferenceError'], [0x53, 'SyntaxError'],
  [0x54, 'TypeError'], [0x55, 'URIError'],
];
const kErrorMessage = 0x6D;
const kErrorCause = 0x63;
const kErrorStack = 0x73;
const kErrorEnd = 0x2E;

// Array buffer view sub-tags.
const kViewTags = new Map([
  [Int8Array, 0x62], [Uint8Array, 0x42], [Uint8ClampedArray, 0x43], [Int16Array, 0x77], [Uint16Array, 0x57],
  [Int32Array, 0x64], [Uint32Array, 0x44], [Float32Array, 0x66], [Float64Array, 0x46],
  [BigInt64Array, 0x71], [BigUint64Array, 0x51], [DataView, 0x3F],
]);
const kViewsByTag = new Map([...kViewTags].map(([ctor, tag]) => [tag, ctor]));

const kRegExpFlags = [['d', 128], ['g', 1], ['i', 2], ['m', 4], ['s', 32], ['u', 16], ['v', 256], ['y', 8]];

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const scratch = new DataView(new ArrayBuffer(8));

function isIndexKey(key) {
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

function viewConstructor(view) {
  if (!ArrayBuffer.isView(view)) return undefined;
  const tag = getTypedArrayTag.call(view);
  return tag === undefined ? DataView : globalThis[tag];
}

class ValueWriter {
  constructor(delegate) {
    this.delegate = delegate;
    this.bytes = new Uint8Array(64);
    this.length = 0;
    this.ids = new Map();
    this.nextId = 0;
    this.transferred = new Map();
    this.viewsAsHostObjects = false;
  }

  ensure(n) {
    if (this.length + n <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }

  byte(b) {
    this.ensure(1);
    this.bytes[this.length++] = b;
  }

  raw(source) {
    this.ensure(source.length);
    this.bytes.set(source, this.length);
    this.length += source.length;
  }

  varint(value) {
    // Numbers up to 2^53 and BigInts for the 64-bit writes.
    let v = BigInt(value);
    do {
      let b = Number(v & 0x7Fn);
      v >>= 7n;
      if (v !== 0n) b |= 0x80;
      this.byte(b);
    } while (v !== 0n);
  }

  uint32(value) {
    let v = value >>> 0;
    while (v >= 0x80) {
      this.byte((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    this.byte(v);
  }

  zigzag(value) {
    this.uint32(((value << 1) ^ (value >> 31)) >>> 0);
  }

  double(value) {
    scratch.setFloat64(0, value, true);
    this.raw(new Uint8Array(scratch.buffer, 0, 8));
  }

  header() {
    this.byte(Tag.VERSION);
    this.byte(kLatestVersion);
  }

  string(value) {
    let oneByte = true;
    for (let i = 0; i < value.length; i++) {
      if (value.charCodeAt(i) > 0xFF) {
        oneByte = false;
        break;
      }
    }
    if (oneByte) {
      this.byte(Tag.ONE_BYTE_STRING);
      this.uint32(value.length);
      this.ensure(value.length);
      for (let i = 0; i < value.length; i++) this.bytes[this.length++] = value.charCodeAt(i);
      return;
    }
    const byteLength = value.length * 2;
    // The two-byte payload starts at an even offset.
    if ((this.length + 1 + varintSize(byteLength)) & 1) this.byte(Tag.PADDING);
    this.byte(Tag.TWO_BYTE_STRING);
    this.uint32(byteLength);
    this.ensure(byteLength);
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      this.bytes[this.length++] = c & 0xFF;
      this.bytes[this.length++] = c >> 8;
    }
  }

  bigintBody(value) {
    const negative = value < 0n;
    let magnitude = negative ? -value : value;
    const digits = [];
    while (magnitude > 0n) {
      digits.push(magnitude & 0xFFFFFFFFFFFFFFFFn);
      magnitude >>= 64n;
    }
    this.uint32((digits.length * 8) << 1 | (negative ? 1 : 0));
    for (const d of digits) {
      for (let i = 0n; i < 64n; i += 8n) this.byte(Number((d >> i) & 0xFFn));
    }
  }

  value(v) {
    switch (typeof v) {
      case 'undefined': return this.byte(Tag.UNDEFINED);
      case 'boolean': return this.byte(v ? Tag.TRUE : Tag.FALSE);
      case 'number':
        if (Number.isInteger(v) && v >= -0x80000000 && v <= 0x7FFFFFFF && !Object.is(v, -0)) {
          this.byte(Tag.INT32);
          return this.zigzag(v);
        }
        this.byte(Tag.DOUBLE);
        return this.double(v);
      case 'bigint':
        this.byte(Tag.BIGINT);
        return this.bigintBody(v);
      case 'string': return this.string(v);
      case 'symbol':
      case 'function':
        throw this.delegate.cloneError(`${describeUncloneable(v)} could not be cloned.`);
      default:
        if (v === null) return this.byte(Tag.NULL);
        return this.object(v);
    }
  }

  object(v) {
    const ctor = viewConstructor(v);
    if (ctor !== undefined && !this.viewsAsHostObjects && !this.ids.has(v)) this.object(v.buffer);
    const seen = this.ids.get(v);
    if (seen !== undefined) {
      this.byte(Tag.OBJECT_REFERENCE);
      return this.uint32(seen);
    }
    this.ids.set(v, this.nextId++);
    if (ctor !== undefined) {
      if (this.viewsAsHostObjects) return this.hostObject(v);
      this.byte(Tag.ARRAY_BUFFER_VIEW);
      this.byte(kViewTags.get(ctor));
      this.uint32(v.byteOffset);
      this.uint32(v.byteLength);
      return this.uint32(0);
    }
    if (Array.isArray(v)) return this.array(v);
    const kind = Object.prototype.toString.call(v);
    switch (kind) {
      case '[object Date]':
        this.byte(Tag.DATE);
        return this.double(Date.prototype.getTime.call(v));
      case '[object RegExp]':
        this.byte(Tag.REGEXP);
        this.string(v.source);
        return this.uint32(kRegExpFlags.reduce((bits, [f, bit]) => (v.flags.includes(f) ? bits | bit : bits), 0));
      case '[object Map]': {
        this.byte(Tag.BEGIN_JS_MAP);
        const entries = [...Map.prototype.entries.call(v)];
        for (const [key, value] of entries) {
          this.value(key);
          this.value(value);
        }
        this.byte(Tag.END_JS_MAP);
        return this.uint32(entries.length * 2);
      }
      case '[object Set]': {
        this.byte(Tag.BEGIN_JS_SET);
        const values = [...Set.prototype.values.call(v)];
        for (const value of values) this.value(value);
        this.byte(Tag.END_JS_SET);
        return this.uint32(values.length);
      }
      case '[object ArrayBuffer]': return this.arrayBuffer(v);
      case '[object SharedArrayBuffer]': {
        const id = this.delegate.sharedArrayBufferId(v);
        this.byte(Tag.SHARED_ARRAY_BUFFER);
        return this.uint32(id);
      }
      case '[object Error]': return this.error(v);
      case '[object Boolean]':
        return this.byte(Boolean.prototype.valueOf.call(v) ? Tag.TRUE_OBJECT : Tag.FALSE_OBJECT);
      case '[object Number]':
        this.byte(Tag.NUMBER_OBJECT);
        return this.double(Number.prototype.valueOf.call(v));
      case '[object BigInt]':
        this.byte(Tag.BIGINT_OBJECT);
        return this.bigintBody(BigInt.prototype.valueOf.call(v));
      case '[object String]':
        this.byte(Tag.STRING_OBJECT);
        return this.string(String.prototype.valueOf.call(v));
      default:
        break;
    }
    if (typeof v === 'function' || isUncloneable(v)) {
      throw this.delegate.cloneError(`${describeUncloneable(v)} could not be cloned.`);
    }
    if (this.delegate.isHostObject(v)) return this.hostObject(v);
    this.byte(Tag.BEGIN_JS_OBJECT);
    const count = this.properties(v, Object.keys(v));
    this.byte(Tag.END_JS_OBJECT);
    return this.uint32(count);
  }

  hostObject(v) {
    this.byte(Tag.HOST_OBJECT);
    this.delegate.writeHostObject(v);
  }

  properties(v, keys) {
    let count = 0;
    for (const key of keys) {
      if (!Object.prototype.propertyIsEnumerable.call(v, key)) continue;
      this.value(isIndexKey(key) && Number(key) <= 0x7FFFFFFF ? Number(key) : key);
      this.value(v[key]);
      count++;
    }
    return count;
  }

  array(v) {
    const length = v.length;
    const keys = Object.keys(v);
    let dense = true;
    for (let i = 0; i < length; i++) {
      if (!Object.prototype.hasOwnProperty.call(v, i)) {
        dense = false;
        break;
      }
    }
    if (dense) {
      this.byte(Tag.BEGIN_DENSE_JS_ARRAY);
      this.uint32(length);
      for (let i = 0; i < length; i++) this.value(v[i]);
      const count = this.properties(v, keys.filter((k) => !isIndexKey(k) || Number(k) >= length));
      this.byte(Tag.END_DENSE_JS_ARRAY);
      this.uint32(count);
      return this.uint32(length);
    }
    this.byte(Tag.BEGIN_SPARSE_JS_ARRAY);
    this.uint32(length);
    const count = this.properties(v, keys);
    this.byte(Tag.END_SPARSE_JS_ARRAY);
    this.uint32(count);
    return this.uint32(length);
  }

  arrayBuffer(v) {
    const transferId = this.transferred.get(v);
    if (transferId !== undefined) {
      this.byte(Tag.ARRAY_BUFFER_TRANSFER);
      return this.uint32(transferId);
    }
    if (v.resizable) {
      this.byte(Tag.RESIZABLE_ARRAY_BUFFER);
      this.uint32(v.byteLength);
      this.uint32(v.maxByteLength);
    } else {
      this.byte(Tag.ARRAY_BUFFER);
      this.uint32(v.byteLength);
    }
    this.raw(new Uint8Array(v));
  }

  error(v) {
    this.byte(Tag.ERROR);
    const name = v.name;
    const proto = kErrorPrototypes.find(([, n]) => n === name);
    if (proto !== undefined) this.byte(proto[0]);
    const message = Object.getOwnPropertyDescriptor(v, 'message');
    if (message !== undefined && 'value' in message) {
      this.byte(kErrorMessage);
      this.string(`${message.value}`);
    }
    if (Object.prototype.hasOwnProperty.call(v, 'cause')) {
      this.byte(kErrorCause);
      this.value(v.cause);
    }
    const stack = v.stack;
    if (typeof stack === 'string') {
      this.byte(kErrorStack);
      this.string(stack);
    }
    this.byte(kErrorEnd);
  }

  release() {
    const out = this.bytes.subarray(0, this.length);
    this.bytes = new Uint8Array(64);
    this.length = 0;
    return out;
  }
}

function varintSize(n) {
  let size = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

function isUncloneable(v) {
  const kind = Object.prototype.toString.call(v);
  return kind === '[object WeakMap]' || kind === '[object WeakSet]' || kind === '[object Promise]' ||
    kind === '[object WeakRef]' || kind === '[object Generator]';
}

function describeUncloneable(v) {
  if (typeof v === 'symbol') return v.toString();
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  return `#<${v.constructor?.name ?? 'Object'}>`;
}

class ValueReader {
  constructor(bytes, delegate) {
    this.bytes = bytes;
    this.position = 0;
    this.delegate = delegate;
    this.version = 0;
    this.objects = [];
    this.transferred = new Map();
  }

  fail() {
    return this.delegate.deserializeError('Unable to deserialize cloned data.');
  }

  byte() {
    if (this.position >= this.bytes.length) throw this.fail();
    return this.bytes[this.position++];
  }

  peek() {
    return this.position < this.bytes.length ? this.bytes[this.position] : -1;
  }

  uint32() {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = this.byte();
      if (shift < 32) result |= (b & 0x7F) << shift;
      shift += 7;
      if ((b & 0x80) === 0) return result >>> 0;
    }
  }

  varint64() {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const b = this.byte();
      result |= BigInt(b & 0x7F) << shift;
      shift += 7n;
      if ((b & 0x80) === 0) return result;
    }
  }

  double() {
    const bytes = this.rawBytes(8);
    for (let i = 0; i < 8; i++) scratch.setUint8(i, bytes[i]);
    return scratch.getFloat64(0, true);
  }

  rawBytes(n) {
    if (this.position + n > this.bytes.length) throw this.fail();
    const out = this.bytes.subarray(this.position, this.position + n);
    this.position += n;
    return out;
  }

  header() {
    // Data without a header, or older than version 13, is refused as V8 refuses it.
    if (this.peek() === Tag.VERSION) {
      this.position++;
      this.version = this.uint32();
    }
    if (this.version < 13 || this.version > kLatestVersion) {
      throw this.delegate.deserializeError('Unable to deserialize cloned data due to invalid or unsupported version.');
    }
    return true;
  }

  tag() {
    let t;
    do t = this.byte(); while (t === Tag.PADDING);
    return t;
  }

  remember(value) {
    this.objects.push(value);
    return value;
  }

  value() {
    const result = this.plainValue();
    if (result instanceof ArrayBuffer && this.peek() === Tag.ARRAY_BUFFER_VIEW) {
      this.position++;
      return this.view(result);
    }
    return result;
  }

  plainValue() {
    const t = this.tag();
    switch (t) {
      case Tag.VERIFY_OBJECT_COUNT:
        this.uint32();
        return this.plainValue();
      case Tag.UNDEFINED: return undefined;
      case Tag.NULL: return null;
      case Tag.TRUE: return true;
      case Tag.FALSE: return false;
      case Tag.INT32: {
        const z = this.uint32();
        return (z >>> 1) ^ -(z & 1);
      }
      case Tag.UINT32: return this.uint32();
      case Tag.DOUBLE: return this.double();
      case Tag.BIGINT: return this.bigintBody();
      case Tag.UTF8_STRING: return new TextDecoder().decode(this.rawBytes(this.uint32()));
      case Tag.ONE_BYTE_STRING: return latin1(this.rawBytes(this.uint32()));
      case Tag.TWO_BYTE_STRING: return utf16(this.rawBytes(this.uint32()));
      case Tag.OBJECT_REFERENCE: {
        const id = this.uint32();
        if (id >= this.objects.length) throw this.fail();
        return this.objects[id];
      }
      case Tag.BEGIN_JS_OBJECT: {
        const obj = this.remember({});
        this.properties(obj, Tag.END_JS_OBJECT);
        return obj;
      }
      case Tag.BEGIN_SPARSE_JS_ARRAY: {
        const arr = this.remember(new Array(this.uint32()));
        this.properties(arr, Tag.END_SPARSE_JS_ARRAY);
        this.uint32();
        return arr;
      }
      case Tag.BEGIN_DENSE_JS_ARRAY: {
        const length = this.uint32();
        const arr = this.remember(new Array(length));
        for (let i = 0; i < length; i++) {
          if (this.peek() === Tag.THE_HOLE) {
            this.position++;
            continue;
          }
          arr[i] = this.value();
        }
        this.properties(arr, Tag.END_DENSE_JS_ARRAY);
        this.uint32();
        return arr;
      }
      case Tag.DATE: return this.remember(new Date(this.double()));
      case Tag.TRUE_OBJECT: return this.remember(Object(true));
      case Tag.FALSE_OBJECT: return this.remember(Object(false));
      case Tag.NUMBER_OBJECT: return this.remember(Object(this.double()));
      case Tag.BIGINT_OBJECT: return this.remember(Object(this.bigintBody()));
      case Tag.STRING_OBJECT: return this.remember(Object(this.stringValue()));
      case Tag.REGEXP: {
        const source = this.stringValue();
        const bits = this.uint32();
        const flags = kRegExpFlags.filter(([, bit]) => bits & bit).map(([f]) => f).join('');
        try {
          return this.remember(new RegExp(source, flags));
        } catch {
          throw this.fail();
        }
      }
      case Tag.BEGIN_JS_MAP: {
        const map = this.remember(new Map());
        while (this.peek() !== Tag.END_JS_MAP) {
          if (this.peek() === -1) throw this.fail();
          const key = this.value();
          map.set(key, this.value());
        }
        this.position++;
        this.uint32();
        return map;
      }
      case Tag.BEGIN_JS_SET: {
        const set = this.remember(new Set());
        while (this.peek() !== Tag.END_JS_SET) {
          if (this.peek() === -1) throw this.fail();
          set.add(this.value());
        }
        this.position++;
        this.uint32();
        return set;
      }
      case Tag.ARRAY_BUFFER: {
        const bytes = this.rawBytes(this.uint32());
        const ab = new ArrayBuffer(bytes.length);
        new Uint8Array(ab).set(bytes);
        return this.remember(ab);
      }
      case Tag.RESIZABLE_ARRAY_BUFFER: {
        const length = this.uint32();
        const max = this.uint32();
        const ab = new ArrayBuffer(length, { maxByteLength: max });
        new Uint8Array(ab).set(this.rawBytes(length));
        return this.remember(ab);
      }
      case Tag.ARRAY_BUFFER_TRANSFER: {
        const ab = this.transferred.get(this.uint32());
        if (ab === undefined) throw this.fail();
        return this.remember(ab);
      }
      case Tag.SHARED_ARRAY_BUFFER: {
        const ab = this.transferred.get(this.uint32());
        if (ab === undefined) throw this.fail();
        return this.remember(ab);
      }
      case Tag.ERROR: return this.error();
      case Tag.HOST_OBJECT: {
        const id = this.objects.length;
        this.objects.push(undefined);
        const obj = this.delegate.readHostObject();
        this.objects[id] = obj;
        return obj;
      }
      default:
        throw this.fail();
    }
  }

  stringValue() {
    const s = this.plainValue();
    if (typeof s !== 'string') throw this.fail();
    return s;
  }

  bigintBody() {
    const bitfield = this.uint32();
    const byteLength = bitfield >>> 1;
    const bytes = this.rawBytes(byteLength);
    let v = 0n;
    for (let i = byteLength - 1; i >= 0; i--) v = (v << 8n) | BigInt(bytes[i]);
    return bitfield & 1 ? -v : v;
  }

  properties(target, endTag) {
    let count = 0;
    for (;;) {
      const next = this.peek();
      if (next === -1) throw this.fail();
      if (next === endTag) {
        this.position++;
        if (this.uint32() !== count) throw this.fail();
        return;
      }
      const key = this.value();
      if (typeof key !== 'string' && typeof key !== 'number') throw this.fail();
      target[key] = this.value();
      count++;
    }
  }

  view(buffer) {
    const subtag = this.byte();
    const byteOffset = this.uint32();
    const byteLength = this.uint32();
    if (this.version >= 14) this.uint32();
    const ctor = kViewsByTag.get(subtag);
    if (ctor === undefined || byteOffset + byteLength > buffer.byteLength) throw this.fail();
    const size = ctor === DataView ? 1 : ctor.BYTES_PER_ELEMENT;
    if (byteLength % size !== 0 || byteOffset % size !== 0) throw this.fail();
    return this.remember(ctor === DataView ? new DataView(buffer, byteOffset, byteLength) :
      new ctor(buffer, byteOffset, byteLength / size));
  }

  error() {
    const id = this.objects.length;
    this.objects.push(undefined);
    let Ctor = Error;
    let message;
    let hasCause = false;
    let cause;
    let stack;
    for (;;) {
      const t = this.byte();
      if (t === kErrorEnd) break;
      if (t === kErrorMessage) {
        message = this.stringValue();
      } else if (t === kErrorCause) {
        hasCause = true;
        cause = this.value();
      } else if (t === kErrorStack) {
        stack = this.stringValue();
      } else {
        const proto = kErrorPrototypes.find(([tag]) => tag === t);
        if (proto === undefined) throw this.fail();
        Ctor = globalThis[proto[1]];
      }
    }
    const err = hasCause ? new Ctor(message, { cause }) : new Ctor(message);
    if (message === undefined) delete err.message;
    if (stack !== undefined) {
      Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    } else {
      delete err.stack;
    }
    this.objects[id] = err;
    return err;
  }
}

function latin1(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096));
  }
  return out;
}

function utf16(bytes) {
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return out;
}

module.exports = { ValueWriter, ValueReader, kLatestVersion, viewConstructor };
