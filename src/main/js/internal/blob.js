'use strict';

// Blob (WHATWG File API) over immutable byte parts: each source is copied once at construction, slices
// share the parts, and reads copy out. Also the registry behind `blob:nodedata:<id>` object URLs.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const { customInspectSymbol, getConstructorOf, kEmptyObject } = require('internal/util');
const { isAnyArrayBuffer } = require('internal/util/types');
const { encodingOps } = require('internal/buffer/encodings');

// Brand check, set up inside the class (it reads a private field).
let isBlob;

let utilInspect;
function lazyInspect() {
  utilInspect ??= require('internal/util/inspect').inspect;
  return utilInspect;
}

// Lower-cased `type`, or '' when it has a character outside U+0020..U+007E.
function normalizeType(type) {
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

function stringBytes(str, endings) {
  str = str.toWellFormed();
  // The platform's line ending is '\n'.
  if (endings === 'native') str = str.replace(/\r\n?/g, '\n');
  const bytes = new Uint8Array(encodingOps.utf8.byteLength(str));
  encodingOps.utf8.write(bytes, str, 0, bytes.length);
  return bytes;
}

function copyBytes(buffer, byteOffset, byteLength) {
  return new Uint8Array(buffer.slice(byteOffset, byteOffset + byteLength));
}

// The parts [start, end) of a part list covers.
function sliceParts(parts, start, end) {
  const out = [];
  let pos = 0;
  for (const part of parts) {
    const partEnd = pos + part.length;
    if (partEnd > start && pos < end) {
      const from = start > pos ? start - pos : 0;
      const to = end < partEnd ? end - pos : part.length;
      out.push(from === 0 && to === part.length ? part : part.subarray(from, to));
    }
    pos = partEnd;
    if (pos >= end) break;
  }
  return out;
}

// A relative slice position (negative counts from the end) clamped to [0, size].
function relativePosition(value, size) {
  const n = Math.trunc(+value) || 0;
  if (n < 0) return Math.max(size + n, 0);
  return Math.min(n, size);
}

class Blob {
  #parts;
  #size;
  #type;

  constructor(sources = [], options) {
    if (sources === null || typeof sources !== 'object' || typeof sources[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    if (options === undefined || options === null) options = kEmptyObject;
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const endings = options.endings === undefined ? 'transparent' : `${options.endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }
    const type = options.type === undefined ? '' : `${options.type}`;
    const parts = [];
    let size = 0;
    for (const source of sources) {
      let added;
      if (isBlob(source)) {
        for (const part of source.#parts) parts.push(part);
        size += source.#size;
        continue;
      } else if (isAnyArrayBuffer(source)) {
        added = copyBytes(source, 0, source.byteLength);
      } else if (ArrayBuffer.isView(source)) {
        added = copyBytes(source.buffer, source.byteOffset, source.byteLength);
      } else {
        added = stringBytes(`${source}`, endings);
      }
      if (added.length > 0) {
        parts.push(added);
        size += added.length;
      }
    }
    this.#parts = parts;
    this.#size = size;
    this.#type = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#type;
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this.#size;
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const from = relativePosition(start, this.#size);
    const to = relativePosition(end, this.#size);
    const blob = new Blob([], { type: `${contentType}` });
    if (to > from) {
      blob.#parts = sliceParts(this.#parts, from, to);
      blob.#size = to - from;
    }
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this.#concat().buffer);
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const bytes = this.#concat();
    return encodingOps.utf8.slice(bytes, 0, bytes.length);
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this.#concat());
  }

  stream() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const { ReadableStream } = require('stream/web');
    const parts = this.#parts;
    let index = 0;
    // A byte stream takes over each enqueued buffer: chunks are copies, one per part.
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        if (index < parts.length) controller.enqueue(parts[index++].slice());
        if (index >= parts.length) controller.close();
      },
    });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return hiddenByDepth(this, options);
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `Blob ${lazyInspect()({ size: this.size, type: this.type }, opts)}`;
  }

  #concat() {
    const out = new Uint8Array(this.#size);
    let pos = 0;
    for (const part of this.#parts) {
      out.set(part, pos);
      pos += part.length;
    }
    return out;
  }

  static {
    isBlob = (value) => value !== null && typeof value === 'object' && #parts in value;
  }
}

// What util.inspect shows for an object past the depth limit.
function hiddenByDepth(obj, options) {
  if (typeof options?.stylize !== 'function') return obj;
  return options.stylize(`[${getConstructorOf(obj)?.name ?? 'Blob'}]`, 'special');
}

for (const name of ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']) {
  Object.defineProperty(Blob.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', writable: false, enumerable: false, configurable: true,
});

// Blobs behind object URLs, by id.
const dataObjects = new Map();

function storeDataObject(id, blob) {
  dataObjects.set(id, blob);
}

function revokeDataObject(id) {
  dataObjects.delete(id);
}

// The Blob a `blob:nodedata:<id>` URL stands for (query and fragment ignored), or undefined.
function resolveObjectURL(url) {
  url = `${url}`;
  const match = /^blob:nodedata:([^?#]*)/i.exec(url);
  if (match === null || match[1].includes(':')) return undefined;
  const blob = dataObjects.get(match[1]);
  return blob === undefined ? undefined : blob.slice(0, blob.size, blob.type);
}

module.exports = {
  Blob,
  hiddenByDepth,
  isBlob,
  lazyInspect,
  resolveObjectURL,
  revokeDataObject,
  storeDataObject,
};
