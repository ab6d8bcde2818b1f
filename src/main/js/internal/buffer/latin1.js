'use strict';

// Latin-1 and ASCII codecs over Uint8Array. Both write the low byte of each UTF-16 code unit; ASCII
// decoding clears the high bit of each byte (as node does).

const fromCharCode = String.fromCharCode;
const CHUNK = 8192;
const scratch = new Array(CHUNK).fill(0);

function latin1Write(buf, str, offset, length) {
  const n = str.length < length ? str.length : length;
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

// Bytes are copied to the scratch array first: V8 spreads that into String.fromCharCode faster than a
// typed array.
function latin1Slice(buf, start, end) {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const n = end - i > CHUNK ? CHUNK : end - i;
    for (let k = 0; k < n; k++) scratch[k] = buf[i + k];
    out += fromCharCode.apply(null, n === CHUNK ? scratch : scratch.slice(0, n));
  }
  return out;
}

function asciiSlice(buf, start, end) {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const n = end - i > CHUNK ? CHUNK : end - i;
    for (let k = 0; k < n; k++) scratch[k] = buf[i + k] & 0x7f;
    out += fromCharCode.apply(null, n === CHUNK ? scratch : scratch.slice(0, n));
  }
  return out;
}

// Index of the first byte >= 0x80 in buf[start, end), or `end`. Long ranges are read four bytes at a
// time through an aligned Uint32Array view.
function asciiPrefixEnd(buf, start, end) {
  let i = start;
  if (end - start >= 64) {
    const base = buf.byteOffset;
    while (((base + i) & 3) !== 0) {
      if (buf[i] >= 0x80) return i;
      i++;
    }
    const words = new Uint32Array(buf.buffer, base + i, (end - i) >>> 2);
    const n = words.length;
    let w = 0;
    while (w < n && (words[w] & 0x80808080) === 0) w++;
    i += w * 4;
  }
  while (i < end && buf[i] < 0x80) i++;
  return i;
}

function isAsciiRange(buf, start, end) {
  return asciiPrefixEnd(buf, start, end) === end;
}

module.exports = {
  asciiPrefixEnd,
  asciiSlice,
  isAsciiRange,
  latin1Slice,
  latin1Write,
};
