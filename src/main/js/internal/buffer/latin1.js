'use strict';

// Latin-1 and ASCII codecs over Uint8Array. Both write the low byte of each UTF-16 code unit; ASCII
// decoding clears the high bit of each byte (as node does).

const fromCharCode = String.fromCharCode;
const CHUNK = 8192;
const scratch = new Uint8Array(CHUNK);

function latin1Write(buf, str, offset, length) {
  const n = str.length < length ? str.length : length;
  for (let i = 0; i < n; i++) buf[offset + i] = str.charCodeAt(i);
  return n;
}

function latin1Slice(buf, start, end) {
  if (end - start <= CHUNK) return fromCharCode.apply(null, buf.subarray(start, end));
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    out += fromCharCode.apply(null, buf.subarray(i, end - i > CHUNK ? i + CHUNK : end));
  }
  return out;
}

function asciiSlice(buf, start, end) {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const stop = end - i > CHUNK ? i + CHUNK : end;
    let j = i;
    while (j < stop && buf[j] < 0x80) j++;
    if (j === stop) {
      out += fromCharCode.apply(null, buf.subarray(i, stop));
    } else {
      const n = stop - i;
      for (let k = 0; k < n; k++) scratch[k] = buf[i + k] & 0x7f;
      out += fromCharCode.apply(null, scratch.subarray(0, n));
    }
  }
  return out;
}

function isAsciiRange(buf, start, end) {
  for (let i = start; i < end; i++) if (buf[i] >= 0x80) return false;
  return true;
}

module.exports = {
  asciiSlice,
  isAsciiRange,
  latin1Slice,
  latin1Write,
};
