'use strict';

// WHATWG TextEncoder and TextDecoder. The decoder supports UTF-8, UTF-16LE/BE and the windows-1252
// labels, which node 20 decodes as ISO-8859-1 (each byte to the same code point); other labels are
// refused with ERR_ENCODING_NOT_SUPPORTED.

const {
  codes: {
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { customInspectSymbol, getConstructorOf, kEmptyObject } = require('internal/util');
const { isAnyArrayBuffer, isUint8Array } = require('internal/util/types');
const { nativeError } = require('internal/buffer');
const { utf8ByteLength, utf8IncompleteTail, utf8Slice, utf8Valid, utf8Write } = require('internal/buffer/utf8');
const { latin1Slice } = require('internal/buffer/latin1');
const { ucs2Slice } = require('internal/buffer/ucs2');

const UTF8 = 'utf-8';
const UTF16LE = 'utf-16le';
const UTF16BE = 'utf-16be';
const WINDOWS1252 = 'windows-1252';

// WHATWG labels of the supported encodings.
const labels = new Map();
for (const label of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) {
  labels.set(label, UTF8);
}
for (const label of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) {
  labels.set(label, UTF16LE);
}
for (const label of ['unicodefffe', 'utf-16be']) labels.set(label, UTF16BE);
for (const label of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1',
                     'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1',
                     'us-ascii', 'windows-1252', 'x-cp1252']) {
  labels.set(label, WINDOWS1252);
}

// The encoding name for `label` (trimmed of ASCII whitespace, case-insensitive), or undefined.
function getEncodingFromLabel(label) {
  const name = labels.get(label);
  if (name !== undefined) return name;
  return labels.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

let utilInspect;
function lazyInspect() {
  utilInspect ??= require('internal/util/inspect').inspect;
  return utilInspect;
}

// What util.inspect shows for an object past the depth limit.
function hiddenByDepth(obj, base, opts) {
  if (typeof opts?.stylize !== 'function') return obj;
  return opts.stylize(`[${(getConstructorOf(obj) ?? base).name}]`, 'special');
}

function makeEnumerable(proto, names) {
  for (const name of names) {
    Object.defineProperty(proto, name, { __proto__: null, enumerable: true });
  }
}

// Units read from the source for the UTF-8 bytes in buf[0, written): one per sequence, two for 4-byte ones.
function unitsRead(buf, written) {
  let read = 0;
  for (let i = 0; i < written; i++) {
    const b = buf[i];
    if ((b & 0xc0) !== 0x80) read += b >= 0xf0 ? 2 : 1;
  }
  return read;
}

class TextEncoder {
  #brand;

  get encoding() {
    if (!TextEncoder.#isEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    return UTF8;
  }

  encode(input = '') {
    if (!TextEncoder.#isEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    const str = `${input}`;
    const out = new Uint8Array(utf8ByteLength(str));
    utf8Write(out, str, 0, out.length);
    return out;
  }

  encodeInto(src, dest) {
    if (!TextEncoder.#isEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const written = utf8Write(dest, src, 0, dest.length);
    return { read: unitsRead(dest, written), written };
  }

  [customInspectSymbol](depth, opts) {
    if (!TextEncoder.#isEncoder(this)) throw new ERR_INVALID_THIS('TextEncoder');
    if (typeof depth === 'number' && depth < 0) return hiddenByDepth(this, TextEncoder, opts);
    return lazyInspect()({ encoding: UTF8 }, opts);
  }

  static #isEncoder(value) {
    return value !== null && typeof value === 'object' && #brand in value;
  }
}

makeEnumerable(TextEncoder.prototype, ['encoding', 'encode', 'encodeInto']);
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'TextEncoder', writable: false, enumerable: false, configurable: true,
});

// The messages node's native decoders use for an input that is not binary data.
const badInputMessages = {
  [UTF8]: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  [UTF16LE]: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  [UTF16BE]: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  [WINDOWS1252]:
    'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, or ArrayBufferView.',
};

const empty = new Uint8Array(0);
const kFlags = Symbol('flags');
const kHandle = Symbol('handle');

function concatBytes(a, b) {
  if (b.length === 0) return a;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  // Whether the stream's first code point has been handled (a leading BOM is dropped only there).
  #bomSeen = false;
  // Bytes of an incomplete sequence kept from a streaming decode().
  #pending = empty;

  constructor(encoding = UTF8, options = kEmptyObject) {
    encoding = `${encoding}`;
    if (options !== null && typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = name;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  decode(input = empty, options = kEmptyObject) {
    if (!TextDecoder.#isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    let bytes;
    if (isUint8Array(input)) {
      bytes = input;
    } else if (ArrayBuffer.isView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else if (isAnyArrayBuffer(input)) {
      // A detached buffer reads as empty.
      bytes = input.byteLength === 0 ? empty : new Uint8Array(input);
    } else {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', badInputMessages[this.#encoding]);
    }
    // Only the UTF-16 decoders check the options (as node's do).
    if (this.#encoding !== UTF8 && this.#encoding !== WINDOWS1252 && options != null &&
        typeof options !== 'object' && typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    const stream = Boolean(options?.stream);
    if (this.#encoding === WINDOWS1252) return latin1Slice(bytes, 0, bytes.length);
    const data = this.#pending.length === 0 ? bytes : concatBytes(this.#pending, bytes);
    try {
      return this.#encoding === UTF8 ? this.#decodeUtf8(data, stream) : this.#decodeUtf16(data, stream);
    } finally {
      if (!stream) {
        this.#pending = empty;
        this.#bomSeen = false;
      }
    }
  }

  get encoding() {
    if (!TextDecoder.#isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#encoding;
  }

  get fatal() {
    if (!TextDecoder.#isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!TextDecoder.#isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    return this.#ignoreBOM;
  }

  // Whether to drop a leading BOM: only at the stream's first code point (`hasData`), unless ignoreBOM.
  #skipBOM(isBOM, hasData) {
    if (this.#ignoreBOM || this.#bomSeen || !hasData) return false;
    this.#bomSeen = true;
    return isBOM;
  }

  #invalid() {
    this.#pending = empty;
    this.#bomSeen = false;
    return nativeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
                       `The encoded data was not valid for encoding ${this.#encoding}`);
  }

  #decodeUtf8(data, stream) {
    let end = data.length;
    if (stream) {
      const tail = utf8IncompleteTail(data, 0, end);
      end -= tail;
      this.#pending = tail === 0 ? empty : data.slice(end);
    }
    const start = this.#skipBOM(end >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf, end > 0) ?
      3 : 0;
    if (this.#fatal && !utf8Valid(data, start, end)) throw this.#invalid();
    return utf8Slice(data, start, end);
  }

  #decodeUtf16(data, stream) {
    const bigEndian = this.#encoding === UTF16BE;
    let end = data.length & ~1;
    const odd = data.length & 1;
    if (stream && end > 0) {
      // A final high surrogate waits for its pair.
      const last = bigEndian ? (data[end - 2] << 8) | data[end - 1] : data[end - 2] | (data[end - 1] << 8);
      if (last >= 0xd800 && last <= 0xdbff) end -= 2;
    }
    if (stream) this.#pending = end === data.length ? empty : data.slice(end);
    let units = data;
    if (bigEndian && end > 0) {
      units = new Uint8Array(end);
      for (let i = 0; i < end; i += 2) {
        units[i] = data[i + 1];
        units[i + 1] = data[i];
      }
    }
    const first = end >= 2 ? units[0] | (units[1] << 8) : -1;
    const start = this.#skipBOM(first === 0xfeff, end > 0 || (!stream && odd === 1)) ? 2 : 0;
    let text = ucs2Slice(units, start, end);
    if (!text.isWellFormed()) {
      if (this.#fatal) throw this.#invalid();
      text = text.toWellFormed();
    }
    if (!stream && odd === 1) {
      if (this.#fatal) throw this.#invalid();
      text += '\ufffd';
    }
    return text;
  }

  [customInspectSymbol](depth, opts) {
    if (!TextDecoder.#isDecoder(this)) throw new ERR_INVALID_THIS('TextDecoder');
    if (typeof depth === 'number' && depth < 0) return hiddenByDepth(this, TextDecoder, opts);
    const fields = {
      encoding: this.#encoding,
      fatal: this.#fatal,
      ignoreBOM: this.#ignoreBOM,
    };
    if (opts.showHidden) {
      // node's internal slots: the converter flags (2 fatal, 4 ignoreBOM) and the ICU handle.
      fields[kFlags] = (this.#fatal ? 2 : 0) | (this.#ignoreBOM ? 4 : 0);
      fields[kHandle] = undefined;
    }
    // Laid out on its own, as node does (the options are not passed on).
    return `${(getConstructorOf(this) ?? TextDecoder).name} ${lazyInspect()(fields)}`;
  }

  static #isDecoder(value) {
    return value !== null && typeof value === 'object' && #encoding in value;
  }
}

makeEnumerable(TextDecoder.prototype, ['decode', 'encoding', 'fatal', 'ignoreBOM']);
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'TextDecoder', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  getEncodingFromLabel,
  TextDecoder,
  TextEncoder,
};
