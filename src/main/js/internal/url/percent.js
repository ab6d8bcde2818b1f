'use strict';
// Percent-encoding per the URL standard: the encode sets as bitmaps over ASCII (everything above is always
// encoded, as UTF-8 bytes), and decoding of %XX sequences in bytes.

function makeSet(base, extra) {
  const set = new Uint8Array(128);
  if (base) set.set(base);
  for (const c of extra) set[c.charCodeAt(0)] = 1;
  return set;
}

const C0_CONTROL_SET = new Uint8Array(128);
for (let c = 0; c <= 0x1f; c++) C0_CONTROL_SET[c] = 1;
C0_CONTROL_SET[0x7f] = 1;
const FRAGMENT_SET = makeSet(C0_CONTROL_SET, ' "<>`');
const QUERY_SET = makeSet(C0_CONTROL_SET, ' "#<>');
const SPECIAL_QUERY_SET = makeSet(QUERY_SET, "'");
const PATH_SET = makeSet(QUERY_SET, '?`{}');
const USERINFO_SET = makeSet(PATH_SET, '/:;=@[\\]^|');
const COMPONENT_SET = makeSet(USERINFO_SET, '$%&+,');
const FORM_SET = makeSet(COMPONENT_SET, "!'()~");

const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// `input` with every code point in `set` (and every non-ASCII one) percent-encoded as UTF-8.
function percentEncode(input, set, spaceAsPlus = false) {
  let i = 0;
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 128 || set[c] === 1 || (spaceAsPlus && c === 32)) break;
  }
  if (i === input.length) return input;
  let out = input.slice(0, i);
  for (; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 128) {
      if (spaceAsPlus && c === 32) out += '+';
      else out += set[c] === 1 ? hex[c] : input[i];
      continue;
    }
    let cp = c;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < input.length) {
      const d = input.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      cp = 0xfffd;
    }
    if (cp < 0x800) {
      out += hex[0xc0 | (cp >> 6)] + hex[0x80 | (cp & 0x3f)];
    } else if (cp < 0x10000) {
      out += hex[0xe0 | (cp >> 12)] + hex[0x80 | ((cp >> 6) & 0x3f)] + hex[0x80 | (cp & 0x3f)];
    } else {
      out += hex[0xf0 | (cp >> 18)] + hex[0x80 | ((cp >> 12) & 0x3f)] + hex[0x80 | ((cp >> 6) & 0x3f)] +
        hex[0x80 | (cp & 0x3f)];
    }
  }
  return out;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

// Decodes %XX in a byte sequence (Uint8Array); returns a Uint8Array.
function percentDecode(bytes) {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 37 && i + 2 < bytes.length) {
      const h = hexValue(bytes[i + 1]);
      const l = hexValue(bytes[i + 2]);
      if (h >= 0 && l >= 0) {
        out[n++] = h * 16 + l;
        i += 2;
        continue;
      }
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

module.exports = {
  C0_CONTROL_SET, COMPONENT_SET, FORM_SET, FRAGMENT_SET, PATH_SET, QUERY_SET, SPECIAL_QUERY_SET, USERINFO_SET,
  percentDecode, percentEncode,
};
