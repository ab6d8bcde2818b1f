'use strict';

// Base64 and base64url codecs over Uint8Array. Encoding pads with '=' for base64 only. Decoding (the
// same for both) accepts either alphabet, looks at the low byte of each code unit as node does, skips
// characters outside the alphabet and stops at the first '='. A final lone sextet is dropped.

const fromCharCode = String.fromCharCode;
const CHUNK = 3 * 2048;
// Plain arrays: V8 spreads them into String.fromCharCode faster than typed arrays.
const units = new Array(CHUNK / 3 * 4).fill(0);
const STD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const stdCodes = new Array(64).fill(0);
const urlCodes = new Array(64).fill(0);
// Sextet of each byte value, -1 when it is not in either alphabet, -2 for '='.
const sextet = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  stdCodes[i] = STD.charCodeAt(i);
  urlCodes[i] = URL_SAFE.charCodeAt(i);
  sextet[stdCodes[i]] = i;
  sextet[urlCodes[i]] = i;
}
sextet[0x3d] = -2;

// Upper bound of the decoded size, from the length and trailing padding only (node's estimate).
function base64ByteLength(str) {
  let n = str.length;
  if (n > 0 && str.charCodeAt(n - 1) === 0x3d) n--;
  if (n > 1 && str.charCodeAt(n - 1) === 0x3d) n--;
  return (n * 3) >>> 2;
}

function base64Write(buf, str, offset, length) {
  const len = str.length;
  const end = offset + length;
  let p = offset;
  let acc = 0;
  let count = 0;
  for (let i = 0; i < len; i++) {
    const s = sextet[str.charCodeAt(i) & 0xff];
    if (s < 0) {
      if (s === -2) break;
      continue;
    }
    acc = (acc << 6) | s;
    if (++count === 4) {
      if (p + 3 > end) {
        // Room for part of the group only.
        if (p < end) buf[p++] = acc >> 16;
        if (p < end) buf[p++] = (acc >> 8) & 0xff;
        return p - offset;
      }
      buf[p++] = acc >> 16;
      buf[p++] = (acc >> 8) & 0xff;
      buf[p++] = acc & 0xff;
      acc = 0;
      count = 0;
    }
  }
  if (count === 2) {
    if (p < end) buf[p++] = acc >> 4;
  } else if (count === 3) {
    if (p < end) buf[p++] = acc >> 10;
    if (p < end) buf[p++] = (acc >> 2) & 0xff;
  }
  return p - offset;
}

function encode(buf, start, end, codes, pad) {
  let out = '';
  for (let i = start; i < end; i += CHUNK) {
    const stop = end - i > CHUNK ? i + CHUNK : end;
    const whole = stop - ((stop - i) % 3);
    let n = 0;
    let k = i;
    for (; k < whole; k += 3) {
      const v = (buf[k] << 16) | (buf[k + 1] << 8) | buf[k + 2];
      units[n++] = codes[v >> 18];
      units[n++] = codes[(v >> 12) & 63];
      units[n++] = codes[(v >> 6) & 63];
      units[n++] = codes[v & 63];
    }
    const rest = stop - whole;
    if (rest === 1) {
      const v = buf[k];
      units[n++] = codes[v >> 2];
      units[n++] = codes[(v & 3) << 4];
      if (pad) {
        units[n++] = 0x3d;
        units[n++] = 0x3d;
      }
    } else if (rest === 2) {
      const v = (buf[k] << 8) | buf[k + 1];
      units[n++] = codes[v >> 10];
      units[n++] = codes[(v >> 4) & 63];
      units[n++] = codes[(v & 15) << 2];
      if (pad) units[n++] = 0x3d;
    }
    out += fromCharCode.apply(null, n === units.length ? units : units.slice(0, n));
  }
  return out;
}

// Above this size the JDK's encoder in place wins over JS, crossing included.
const NATIVE_MIN = 4096;
let native;

function base64Slice(buf, start, end) {
  if (end - start >= NATIVE_MIN) {
    native ??= internalBinding('buffer');
    return native.base64Slice(buf.buffer, buf.byteOffset + start, end - start);
  }
  return encode(buf, start, end, stdCodes, true);
}

function base64urlSlice(buf, start, end) {
  if (end - start >= NATIVE_MIN) {
    native ??= internalBinding('buffer');
    return native.base64urlSlice(buf.buffer, buf.byteOffset + start, end - start);
  }
  return encode(buf, start, end, urlCodes, false);
}

module.exports = {
  base64ByteLength,
  base64Slice,
  base64urlSlice,
  base64Write,
};
