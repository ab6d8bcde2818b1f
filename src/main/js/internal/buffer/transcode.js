'use strict';

// buffer.transcode() between utf8, utf16le, latin1 and ascii with ICU's outcomes in node: characters a
// single-byte target cannot hold become '?', invalid input becomes U+FFFD, and a conversion to or from
// UTF-16 that meets invalid input fails with ICU's error.

const { FastBuffer } = require('internal/buffer');
const { encodingOps } = require('internal/buffer/encodings');
const { utf8Valid } = require('internal/buffer/utf8');

const supported = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);

function icuError(name, errno) {
  const err = new Error(`Unable to transcode Buffer [${name}]`);
  err.code = name;
  err.errno = errno;
  return err;
}

// Source text as UTF-16; null when invalid input must fail the conversion.
function decode(source, from, to) {
  const length = source.length;
  switch (from) {
    case 'utf8':
      if (to === 'utf16le' && !utf8Valid(source, 0, length)) return null;
      return encodingOps.utf8.slice(source, 0, length);
    case 'latin1':
      return encodingOps.latin1.slice(source, 0, length);
    case 'ascii':
      // Bytes past ASCII: widened for a UTF-16 target, invalid otherwise.
      if (to === 'utf16le') return encodingOps.latin1.slice(source, 0, length);
      return encodingOps.latin1.slice(source, 0, length).replace(/[\x80-\xff]/g, '\ufffd');
    default: {
      let text = encodingOps.utf16le.slice(source, 0, length);
      // Nothing to convert counts as a failure too.
      if (to === 'utf8') return text.length === 0 || !text.isWellFormed() ? null : text;
      if (to === 'utf16le') {
        text = text.toWellFormed();
        if ((length & 1) !== 0) text += '\ufffd';
      }
      return text;
    }
  }
}

// Text as single bytes, '?' for each code point above `max`.
function narrow(text, max) {
  const out = new FastBuffer(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= max) {
      out[n++] = c;
      continue;
    }
    out[n++] = 0x3f;
    // A surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n === out.length ? out : new FastBuffer(out.buffer.slice(0, n));
}

function encode(text, ops) {
  const out = new FastBuffer(ops.byteLength(text));
  ops.write(out, text, 0, out.length);
  return out;
}

function transcodeBytes(source, from, to) {
  if (!supported.has(from) || !supported.has(to)) throw icuError('U_ILLEGAL_ARGUMENT_ERROR', 1);
  const text = decode(source, from, to);
  if (text === null) throw icuError('U_INVALID_CHAR_FOUND', 10);
  switch (to) {
    case 'latin1': return narrow(text, 0xff);
    case 'ascii': return narrow(text, 0x7f);
    case 'utf8': return encode(text, encodingOps.utf8);
    default: return encode(text, encodingOps.utf16le);
  }
}

module.exports = {
  transcodeBytes,
};
