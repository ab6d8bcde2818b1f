'use strict';

// Hex codec over Uint8Array. Decoding reads whole digit pairs and stops at the first pair that is not
// hex; an odd trailing digit is ignored.

const fromCharCode = String.fromCharCode;
const CHUNK = 4096;
// Plain arrays: V8 spreads them into String.fromCharCode faster than typed arrays.
const units = new Array(CHUNK * 2).fill(0);
const DIGITS = '0123456789abcdef';
// High and low digit code of every byte value.
const hi = new Array(256).fill(0);
const lo = new Array(256).fill(0);
// Value of each hex digit code, -1 for other codes below 128.
const value = new Int8Array(128).fill(-1);
for (let b = 0; b < 256; b++) {
  hi[b] = DIGITS.charCodeAt(b >> 4);
  lo[b] = DIGITS.charCodeAt(b & 15);
}
for (let d = 0; d < 16; d++) {
  value[DIGITS.charCodeAt(d)] = d;
  value[DIGITS.toUpperCase().charCodeAt(d)] = d;
}

function hexWrite(buf, str, offset, length) {
  const pairs = str.length >>> 1;
  const n = pairs < length ? pairs : length;
  for (let i = 0; i < n; i++) {
    const a = str.charCodeAt(2 * i);
    const b = str.charCodeAt(2 * i + 1);
    const h = a < 128 ? value[a] : -1;
    const l = b < 128 ? value[b] : -1;
    if (h < 0 || l < 0) return i;
    buf[offset + i] = (h << 4) | l;
  }
  return n;
}

// Above this size the JDK's formatter wins over JS, crossing included.
const NATIVE_MIN = 4096;
let native;

function hexSlice(buf, start, end) {
  if (end - start >= NATIVE_MIN) {
    native ??= internalBinding('buffer');
    return native.hexSlice(buf.buffer, buf.byteOffset + start, end - start);
  }
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const n = end - i > CHUNK ? CHUNK : end - i;
    for (let k = 0; k < n; k++) {
      const b = buf[i + k];
      units[2 * k] = hi[b];
      units[2 * k + 1] = lo[b];
    }
    out += fromCharCode.apply(null, n === CHUNK ? units : units.slice(0, 2 * n));
  }
  return out;
}

module.exports = {
  hexSlice,
  hexWrite,
};
