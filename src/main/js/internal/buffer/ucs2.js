'use strict';

// UTF-16LE ("ucs2") codec over Uint8Array. An odd trailing byte is ignored when decoding.

const fromCharCode = String.fromCharCode;
const CHUNK = 8192;
const units = new Array(CHUNK).fill(0);
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

// Writes whole code units only: at most floor(length / 2) of them.
function ucs2Write(buf, str, offset, length) {
  const n = str.length < length >>> 1 ? str.length : length >>> 1;
  let p = offset;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    buf[p++] = c;
    buf[p++] = c >>> 8;
  }
  return n * 2;
}

function ucs2Slice(buf, start, end) {
  const count = (end - start) >>> 1;
  const byteOffset = buf.byteOffset + start;
  // Aligned data on a little-endian host is read in place.
  const direct = littleEndian && (byteOffset & 1) === 0;
  let out = '';
  for (let u = 0; u < count; u += CHUNK) {
    const n = count - u > CHUNK ? CHUNK : count - u;
    if (direct) {
      out += fromCharCode.apply(null, new Uint16Array(buf.buffer, byteOffset + u * 2, n));
    } else {
      let p = start + u * 2;
      for (let k = 0; k < n; k++, p += 2) units[k] = buf[p] | (buf[p + 1] << 8);
      out += fromCharCode.apply(null, n === CHUNK ? units : units.slice(0, n));
    }
  }
  return out;
}

module.exports = {
  ucs2Slice,
  ucs2Write,
};
