'use strict';
// Percent-encoding per the URL standard: the encode sets as lookup tables over ASCII (every non-ASCII code
// point is always encoded, as its UTF-8 bytes), and percent-decoding of strings as UTF-8.

const { utf8Slice } = require('internal/buffer/utf8');

function makeSet(base, extra) {
  const set = new Uint8Array(128);
  set.set(base);
  for (let i = 0; i < extra.length; i++) set[extra.charCodeAt(i)] = 1;
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
// application/x-www-form-urlencoded: everything but ASCII alphanumerics and *-._ (space is handled apart).
const FORM_SET = makeSet(COMPONENT_SET, "!'()~");

const hex = [];
for (let i = 0; i < 256; i++) hex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// Index of the first code unit of input[start, end) that `set` encodes, or `end`.
function firstToEncode(input, start, end, set) {
  for (let i = start; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c >= 128 || set[c] === 1) return i;
  }
  return end;
}

// input[i, end) encoded with `set`, copying unencoded runs as slices.
function encodeFrom(input, i, end, set, spaceAsPlus) {
  let out = '';
  let run = i;
  while (i < end) {
    let c = input.charCodeAt(i);
    if (c < 128) {
      if (spaceAsPlus && c === 32) {
        out += `${input.slice(run, i)}+`;
        run = ++i;
      } else if (set[c] === 1) {
        out += input.slice(run, i) + hex[c];
        run = ++i;
      } else {
        i++;
      }
      continue;
    }
    if (run < i) out += input.slice(run, i);
    i++;
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i < end ? input.charCodeAt(i) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x800) {
      out += hex[0xc0 | (c >> 6)] + hex[0x80 | (c & 0x3f)];
    } else if (c < 0x10000) {
      out += hex[0xe0 | (c >> 12)] + hex[0x80 | ((c >> 6) & 0x3f)] + hex[0x80 | (c & 0x3f)];
    } else {
      out += hex[0xf0 | (c >> 18)] + hex[0x80 | ((c >> 12) & 0x3f)] + hex[0x80 | ((c >> 6) & 0x3f)] +
        hex[0x80 | (c & 0x3f)];
    }
    run = i;
  }
  return run < end ? out + input.slice(run, end) : out;
}

// input[start, end) with every code point in `set` (and every non-ASCII one) percent-encoded as UTF-8.
function percentEncodeRange(input, start, end, set) {
  const i = firstToEncode(input, start, end, set);
  if (i === end) return start === 0 && end === input.length ? input : input.slice(start, end);
  return input.slice(start, i) + encodeFrom(input, i, end, set, false);
}

function percentEncode(input, set) {
  return percentEncodeRange(input, 0, input.length, set);
}

// The form serializer's byte serializer: FORM_SET encoded, space as '+'.
function formEncode(input) {
  const end = input.length;
  for (let i = 0; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c >= 128 || FORM_SET[c] === 1) return input.slice(0, i) + encodeFrom(input, i, end, FORM_SET, true);
  }
  return input;
}

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  if (l >= 97 && l <= 102) return l - 87;
  return -1;
}

let scratch = new Uint8Array(256);

// Percent-decodes input[start, end) and reads the bytes as UTF-8 (invalid sequences become U+FFFD). With
// `plusAsSpace`, '+' decodes to a space, as in form data.
function percentDecode(input, start = 0, end = input.length, plusAsSpace = false) {
  let i = start;
  for (; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 37 || (plusAsSpace && c === 43)) break;
  }
  if (i === end) return start === 0 && end === input.length ? input : input.slice(start, end);
  if (scratch.length < (end - start) * 3) scratch = new Uint8Array((end - start) * 3);
  const bytes = scratch;
  let n = 0;
  for (i = start; i < end; i++) {
    let c = input.charCodeAt(i);
    if (c < 128) {
      if (c === 37 && i + 2 < end) {
        const h = hexValue(input.charCodeAt(i + 1));
        const l = h < 0 ? -1 : hexValue(input.charCodeAt(i + 2));
        if (l >= 0) {
          bytes[n++] = (h << 4) | l;
          i += 2;
          continue;
        }
      }
      bytes[n++] = plusAsSpace && c === 43 ? 32 : c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < end ? input.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    }
    if (c < 0x800) {
      bytes[n++] = 0xc0 | (c >> 6);
    } else if (c < 0x10000) {
      bytes[n++] = 0xe0 | (c >> 12);
      bytes[n++] = 0x80 | ((c >> 6) & 0x3f);
    } else {
      bytes[n++] = 0xf0 | (c >> 18);
      bytes[n++] = 0x80 | ((c >> 12) & 0x3f);
      bytes[n++] = 0x80 | ((c >> 6) & 0x3f);
    }
    bytes[n++] = 0x80 | (c & 0x3f);
  }
  return utf8Slice(bytes, 0, n);
}

module.exports = {
  C0_CONTROL_SET, COMPONENT_SET, FORM_SET, FRAGMENT_SET, PATH_SET, QUERY_SET, SPECIAL_QUERY_SET, USERINFO_SET,
  firstToEncode, formEncode, percentDecode, percentEncode, percentEncodeRange,
};
