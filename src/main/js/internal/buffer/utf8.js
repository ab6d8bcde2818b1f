'use strict';

// UTF-8 codec over Uint8Array. Encoding replaces lone surrogates with U+FFFD (EF BF BD); decoding follows
// the WHATWG decoder: each maximal invalid subpart becomes one U+FFFD.
// Decoded text is built in chunks: code units go to a scratch array that String.fromCharCode turns into a
// string at once (V8 spreads a plain small-integer array faster than a typed one), and pure-ASCII runs are
// converted straight from the source bytes.

const { asciiPrefixEnd } = require('internal/buffer/latin1');

const fromCharCode = String.fromCharCode;
const CHUNK = 8192;
// One spare slot: a surrogate pair may be written at position CHUNK - 1.
const units = new Array(CHUNK + 1).fill(0);

// V8's regexp engine skips an ASCII prefix faster than a charCodeAt loop.
const nonAscii = /[^\x00-\x7f]/;

function utf8ByteLength(str) {
  const len = str.length;
  const first = len < 16 ? 0 : str.search(nonAscii);
  if (first === -1) return len;
  let bytes = len;
  for (let i = first; i < len; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      bytes += 1;
    } else {
      bytes += 2;
      // A valid pair is 4 bytes: 1 per unit counted above plus 2 here.
      if (c <= 0xdbff && c >= 0xd800 && i + 1 < len) {
        const d = str.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
  }
  return bytes;
}

// Writes at most `length` bytes of `str` at `offset` (the caller keeps it within `buf`), whole characters
// only. Returns the number of bytes written.
function utf8Write(buf, str, offset, length) {
  const len = str.length;
  const end = offset + length;
  let p = offset;
  let i = 0;
  const asciiEnd = len < length ? len : length;
  for (; i < asciiEnd; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0x80) break;
    buf[p++] = c;
  }
  for (; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
    } else if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xc0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c <= 0xdfff) {
        if (c <= 0xdbff && i + 1 < len) {
          const d = str.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            if (p + 4 > end) break;
            const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
            buf[p++] = 0xf0 | (cp >> 18);
            buf[p++] = 0x80 | ((cp >> 12) & 0x3f);
            buf[p++] = 0x80 | ((cp >> 6) & 0x3f);
            buf[p++] = 0x80 | (cp & 0x3f);
            i++;
            continue;
          }
        }
        c = 0xfffd;
      }
      if (p + 3 > end) break;
      buf[p++] = 0xe0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3f);
      buf[p++] = 0x80 | (c & 0x3f);
    }
  }
  return p - offset;
}

// Length of the sequence started by lead byte `b` (0 for a byte that cannot start one), and the allowed
// range of its second byte; later continuation bytes are always 80..BF.
function sequenceLength(b) {
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

function secondMin(b) {
  return b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
}

function secondMax(b) {
  return b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
}

// Decodes buf[start, end) into a string.
function utf8Slice(buf, start, end) {
  let out = '';
  let i = start;
  while (i < end) {
    let n = 0;
    // Pure-ASCII stretch: copied without decoding.
    const runEnd = end - i > CHUNK ? i + CHUNK : end;
    const asciiEnd = asciiPrefixEnd(buf, i, runEnd);
    while (i < asciiEnd) units[n++] = buf[i++];
    while (i < end && n < CHUNK) {
      const b = buf[i];
      if (b < 0x80) {
        units[n++] = b;
        i++;
        continue;
      }
      const need = sequenceLength(b);
      if (need === 0) {
        units[n++] = 0xfffd;
        i++;
        continue;
      }
      // Second byte has a lead-specific range.
      if (i + 1 >= end) {
        units[n++] = 0xfffd;
        i = end;
        break;
      }
      const b1 = buf[i + 1];
      if (b1 < secondMin(b) || b1 > secondMax(b)) {
        units[n++] = 0xfffd;
        i++;
        continue;
      }
      if (need === 2) {
        units[n++] = ((b & 0x1f) << 6) | (b1 & 0x3f);
        i += 2;
        continue;
      }
      if (i + 2 >= end) {
        units[n++] = 0xfffd;
        i = end;
        break;
      }
      const b2 = buf[i + 2];
      if ((b2 & 0xc0) !== 0x80) {
        units[n++] = 0xfffd;
        i += 2;
        continue;
      }
      if (need === 3) {
        units[n++] = ((b & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
        i += 3;
        continue;
      }
      if (i + 3 >= end) {
        units[n++] = 0xfffd;
        i = end;
        break;
      }
      const b3 = buf[i + 3];
      if ((b3 & 0xc0) !== 0x80) {
        units[n++] = 0xfffd;
        i += 3;
        continue;
      }
      const cp = (((b & 0x07) << 18) | ((b1 & 0x3f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f)) - 0x10000;
      units[n++] = 0xd800 | (cp >> 10);
      units[n++] = 0xdc00 | (cp & 0x3ff);
      i += 4;
    }
    out += fromCharCode.apply(null, n === units.length ? units : units.slice(0, n));
  }
  return out;
}

// Number of bytes at the end of buf[start, end) that begin a sequence still waiting for more bytes
// (0 when the data ends on a character boundary or with an invalid sequence).
function utf8IncompleteTail(buf, start, end) {
  const from = end - 3 > start ? end - 3 : start;
  for (let i = end - 1; i >= from; i--) {
    const b = buf[i];
    if ((b & 0xc0) !== 0x80) {
      const need = sequenceLength(b);
      if (need <= end - i) return 0;
      // The bytes that followed the lead must all be valid continuations.
      if (i + 1 < end && (buf[i + 1] < secondMin(b) || buf[i + 1] > secondMax(b))) return 0;
      for (let k = i + 2; k < end; k++) if ((buf[k] & 0xc0) !== 0x80) return 0;
      return end - i;
    }
  }
  return 0;
}

// True when buf[start, end) is well-formed UTF-8.
function utf8Valid(buf, start, end) {
  let i = start;
  while (i < end) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = sequenceLength(b);
    if (need === 0 || i + need > end) return false;
    const b1 = buf[i + 1];
    if (b1 < secondMin(b) || b1 > secondMax(b)) return false;
    for (let k = 2; k < need; k++) if ((buf[i + k] & 0xc0) !== 0x80) return false;
    i += need;
  }
  return true;
}

module.exports = {
  utf8ByteLength,
  utf8IncompleteTail,
  utf8Slice,
  utf8Valid,
  utf8Write,
};
