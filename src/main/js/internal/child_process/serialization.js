'use strict';
// Message codecs of the IPC channel. json(): one JSON text per line, node's default. advanced(): structured
// clones (Map, Set, BigInt, Date, RegExp, typed arrays, Buffers, errors, shared and circular references), each
// framed by a 4-byte big-endian length. node4j writes a clone as a tagged JSON tree: both ends of a node4j channel
// are node4j, and JSON keeps the codec small and fast.

const { StringDecoder } = require('string_decoder');

function dataCloneError(value) {
  const { DOMException } = require('internal/per_context/domexception');
  const text = typeof value === 'function' ? Function.prototype.toString.call(value) : String(value);
  return new DOMException(`${text} could not be cloned.`, 'DataCloneError');
}

class JsonCodec {
  constructor() {
    this.decoder = new StringDecoder('utf8');
    this.pending = '';
  }

  encode(message) {
    return `${JSON.stringify(message)}\n`;
  }

  // The messages complete in `pending` + `chunk`; a partial line waits for the next chunk.
  decode(chunk) {
    const text = this.decoder.write(chunk);
    const messages = [];
    let newline = text.indexOf('\n');
    if (newline === -1) {
      this.pending += text;
      return messages;
    }
    messages.push(JSON.parse(this.pending + text.slice(0, newline)));
    let start = newline + 1;
    while ((newline = text.indexOf('\n', start)) !== -1) {
      messages.push(JSON.parse(text.slice(start, newline)));
      start = newline + 1;
    }
    this.pending = text.slice(start);
    return messages;
  }
}

const errorConstructors = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const viewConstructors = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, BigInt64Array, BigUint64Array, DataView,
};

function bytesOf(view) {
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('base64');
}

// A value as a JSON tree: primitives JSON has stay as they are, everything else is an array led by a tag; objects
// get an id so later references to them (shared or circular) are ['r', id]. A `host` (worker messages) may write
// an object its own way: host.write(value, id, recurse) returns its tree (with a tag of its own) or undefined.
function toTree(value, ids, host) {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (Object.is(value, -0)) return ['n', '-0'];
      return Number.isFinite(value) ? value : ['n', String(value)];
    case 'undefined':
      return ['u'];
    case 'bigint':
      return ['b', value.toString()];
    case 'function':
    case 'symbol':
      throw dataCloneError(value);
  }
  if (value === null) return null;
  const seen = ids.get(value);
  if (seen !== undefined) return ['r', seen];
  const id = ids.size;
  ids.set(value, id);
  if (host !== undefined) {
    const written = host.write(value, id, (v) => toTree(v, ids, host));
    if (written !== undefined) return written;
  }
  if (Array.isArray(value)) {
    const out = ['a', id, value.length];
    for (const key of Object.keys(value)) out.push(key, toTree(value[key], ids, host));
    return out;
  }
  if (ArrayBuffer.isView(value)) {
    const type = Buffer.isBuffer(value) ? 'Buffer' : value.constructor.name;
    if (type !== 'Buffer' && viewConstructors[type] === undefined) throw dataCloneError(value);
    return ['v', id, type, bytesOf(value)];
  }
  switch (Object.prototype.toString.call(value)) {
    case '[object ArrayBuffer]':
      return ['B', id, Buffer.from(value).toString('base64')];
    case '[object Date]':
      return ['d', id, toTree(Date.prototype.getTime.call(value), ids, host)];
    case '[object RegExp]':
      return ['x', id, value.source, value.flags];
    case '[object Map]': {
      const out = ['m', id];
      for (const [k, v] of value) out.push(toTree(k, ids, host), toTree(v, ids, host));
      return out;
    }
    case '[object Set]': {
      const out = ['s', id];
      for (const v of value) out.push(toTree(v, ids, host));
      return out;
    }
    case '[object Error]': {
      const out = ['e', id, String(value.name), toTree(value.message, ids, host), toTree(value.stack, ids, host)];
      if (Object.prototype.hasOwnProperty.call(value, 'cause')) out.push(toTree(value.cause, ids, host));
      return out;
    }
    case '[object Boolean]':
    case '[object Number]':
    case '[object String]':
    case '[object BigInt]':
      return ['w', id, toTree(value.valueOf(), ids, host)];
  }
  const out = ['o', id];
  for (const key of Object.keys(value)) out.push(key, toTree(value[key], ids, host));
  return out;
}

function fromTree(tree, objects, host) {
  if (tree === null || typeof tree !== 'object') return tree;
  switch (tree[0]) {
    case 'n': return Number(tree[1]);
    case 'u': return undefined;
    case 'b': return BigInt(tree[1]);
    case 'r': return objects[tree[1]];
    case 'a': {
      const out = new Array(tree[2]);
      objects[tree[1]] = out;
      for (let i = 3; i < tree.length; i += 2) out[tree[i]] = fromTree(tree[i + 1], objects, host);
      return out;
    }
    case 'o': {
      const out = {};
      objects[tree[1]] = out;
      for (let i = 2; i < tree.length; i += 2) out[tree[i]] = fromTree(tree[i + 1], objects, host);
      return out;
    }
    case 'v': {
      const bytes = Buffer.from(tree[3], 'base64');
      let out;
      if (tree[2] === 'Buffer') {
        out = bytes;
      } else {
        const Ctor = viewConstructors[tree[2]];
        const buffer = new ArrayBuffer(bytes.length);
        new Uint8Array(buffer).set(bytes);
        out = Ctor === DataView ? new DataView(buffer) : new Ctor(buffer, 0, bytes.length / Ctor.BYTES_PER_ELEMENT);
      }
      objects[tree[1]] = out;
      return out;
    }
    case 'B': {
      const bytes = Buffer.from(tree[2], 'base64');
      const out = new ArrayBuffer(bytes.length);
      new Uint8Array(out).set(bytes);
      objects[tree[1]] = out;
      return out;
    }
    case 'd': return (objects[tree[1]] = new Date(fromTree(tree[2], objects, host)));
    case 'x': return (objects[tree[1]] = new RegExp(tree[2], tree[3]));
    case 'm': {
      const out = new Map();
      objects[tree[1]] = out;
      for (let i = 2; i < tree.length; i += 2) out.set(fromTree(tree[i], objects, host), fromTree(tree[i + 1], objects, host));
      return out;
    }
    case 's': {
      const out = new Set();
      objects[tree[1]] = out;
      for (let i = 2; i < tree.length; i++) out.add(fromTree(tree[i], objects, host));
      return out;
    }
    case 'e': {
      const out = new (errorConstructors[tree[2]] || Error)();
      objects[tree[1]] = out;
      const define = (key, v) => Object.defineProperty(out, key, { value: v, writable: true, configurable: true });
      const message = fromTree(tree[3], objects, host);
      if (message !== undefined) define('message', message);
      define('stack', fromTree(tree[4], objects, host));
      if (tree.length > 5) define('cause', fromTree(tree[5], objects, host));
      return out;
    }
    case 'w': return (objects[tree[1]] = Object(fromTree(tree[2], objects, host)));
  }
  if (host !== undefined) return host.read(tree, objects, (t) => fromTree(t, objects, host));
  throw new TypeError(`Unknown IPC value tag ${tree[0]}`);
}

class AdvancedCodec {
  constructor() {
    this.chunks = [];
    this.length = 0;
    // Bytes the frame being received needs in all, once its header was read.
    this.need = 0;
  }

  encode(message) {
    const body = Buffer.from(JSON.stringify(toTree(message, new Map())), 'utf8');
    const frame = Buffer.allocUnsafe(4 + body.length);
    frame.writeUInt32BE(body.length, 0);
    body.copy(frame, 4);
    return frame;
  }

  decode(chunk) {
    this.chunks.push(chunk);
    this.length += chunk.length;
    const messages = [];
    while (this.length >= 4 && this.length >= this.need) {
      const data = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.length);
      const end = 4 + data.readUInt32BE(0);
      if (data.length < end) {
        this.chunks = [data];
        this.need = end;
        break;
      }
      messages.push(fromTree(JSON.parse(data.toString('utf8', 4, end)), []));
      const rest = data.subarray(end);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.length = rest.length;
      this.need = 0;
    }
    return messages;
  }
}

module.exports = {
  advanced: () => new AdvancedCodec(),
  json: () => new JsonCodec(),
  toTree,
  fromTree,
  dataCloneError,
};
