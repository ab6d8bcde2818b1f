'use strict';
// The URL standard's host parser and serializers: domains (percent-decoded, then UTS #46 ToASCII through
// internalBinding('url') unless plain ASCII), IPv4 in all its legacy number forms, IPv6 with compression, and
// the opaque hosts of non-special schemes. Failures return null.

const { C0_CONTROL_SET, percentDecode, percentEncode } = require('internal/url/percent');

let binding;

// Forbidden host code points (0 = allowed, 1 = forbidden in every host, 2 = forbidden in domains only).
const forbidden = new Uint8Array(128);
for (let c = 0; c <= 0x1f; c++) forbidden[c] = 2;
forbidden[0x25] = 2;
forbidden[0x7f] = 2;
for (const ch of '\0\t\n\r #/:<>?@[\\]^|') forbidden[ch.charCodeAt(0)] = 1;

// Parses input (a non-empty string unless opaque) as the host of a special URL, or an opaque host when
// `special` is false; returns the serialized host or null.
function parseHost(input, special) {
  if (input.charCodeAt(0) === 91) {
    const last = input.length - 1;
    if (last < 1 || input.charCodeAt(last) !== 93) return null;
    const address = parseIPv6(input, 1, last);
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (!special) return parseOpaqueHost(input);
  if (input === '') return null;
  const ascii = parseDomain(input);
  if (ascii === null) return null;
  if (endsInNumber(ascii)) {
    const ipv4 = parseIPv4(ascii);
    return ipv4 < 0 ? null : serializeIPv4(ipv4);
  }
  return ascii;
}

// True at the start of an "xn--" label (any case) at s[i].
function isPunycodeLabel(s, i) {
  return (s.charCodeAt(i) | 0x20) === 120 && (i === 0 || s.charCodeAt(i - 1) === 46) &&
    (s.charCodeAt(i + 1) | 0x20) === 110 && s.charCodeAt(i + 2) === 45 && s.charCodeAt(i + 3) === 45;
}

// A special URL's domain: percent-decoded, then domain to ASCII. One pass settles the common case of plain
// ASCII names.
function parseDomain(input) {
  let lower = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 128 || c === 37 || isPunycodeLabel(input, i)) return domainToASCII(percentDecode(input));
    if (forbidden[c] !== 0) return null;
    if (c >= 65 && c <= 90) lower = true;
  }
  return lower ? input.toLowerCase() : input;
}

// The URL standard's "domain to ASCII" (not strict): plain ASCII without "xn--" labels is only lower-cased;
// anything else goes through UTS #46. Returns null on failure or when a forbidden domain code point remains.
function domainToASCII(domain) {
  let lower = false;
  let simple = true;
  for (let i = 0; i < domain.length; i++) {
    const c = domain.charCodeAt(i);
    if (c >= 128 || isPunycodeLabel(domain, i)) {
      simple = false;
      break;
    }
    if (c >= 65 && c <= 90) lower = true;
  }
  let ascii = domain;
  if (!simple) {
    ascii = uts46ToASCII(domain);
  } else if (lower) {
    ascii = domain.toLowerCase();
  }
  for (let i = 0; i < ascii.length; i++) {
    const c = ascii.charCodeAt(i);
    if (c < 128 && forbidden[c] !== 0) return null;
  }
  return ascii === '' ? null : ascii;
}

// Results of the binding (a native call) for recent domains: programs parse the same few hosts again and again.
const asciiCache = new Map();

function uts46ToASCII(domain) {
  let ascii = asciiCache.get(domain);
  if (ascii === undefined) {
    binding ??= internalBinding('url');
    ascii = binding.domainToASCII(domain);
    if (asciiCache.size >= 256) asciiCache.clear();
    asciiCache.set(domain, ascii);
  }
  return ascii;
}

function parseOpaqueHost(input) {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 128 && forbidden[c] === 1) return null;
  }
  return percentEncode(input, C0_CONTROL_SET);
}

function isDigits(s, start, end) {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

// Whether the last label (ignoring one trailing dot) looks like a number, which makes the host IPv4.
function endsInNumber(s) {
  let end = s.length;
  if (s.charCodeAt(end - 1) === 46) {
    if (end === 1) return false;
    end--;
  }
  const start = s.lastIndexOf('.', end - 1) + 1;
  if (start === end) return false;
  if (isDigits(s, start, end)) return true;
  return parseIPv4Number(s, start, end) >= 0 && end - start >= 2 && (s.charCodeAt(start + 1) | 0x20) === 120;
}

// One part of an IPv4 address: decimal, 0x-prefixed hex or 0-prefixed octal. -1 on failure.
function parseIPv4Number(s, start, end) {
  if (start === end) return -1;
  let radix = 10;
  if (end - start >= 2 && s.charCodeAt(start) === 48) {
    if ((s.charCodeAt(start + 1) | 0x20) === 120) {
      radix = 16;
      start += 2;
    } else {
      radix = 8;
      start++;
    }
  }
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (radix === 16 && (c | 0x20) >= 97 && (c | 0x20) <= 102) d = (c | 0x20) - 87;
    else return -1;
    if (d >= radix) return -1;
    n = n * radix + d;
  }
  return n;
}

// The address as a number in [0, 2^32), or -1 on failure.
function parseIPv4(s) {
  let end = s.length;
  if (s.charCodeAt(end - 1) === 46 && end > 1) end--;
  let address = 0;
  let parts = 0;
  let start = 0;
  while (true) {
    let dot = s.indexOf('.', start);
    if (dot === -1 || dot > end) dot = end;
    const n = parseIPv4Number(s, start, dot);
    if (n < 0 || ++parts > 4) return -1;
    if (dot === end) {
      if (n >= 256 ** (5 - parts)) return -1;
      return address + n;
    }
    if (n > 255) return -1;
    address += n * 256 ** (4 - parts);
    start = dot + 1;
  }
}

function serializeIPv4(n) {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

function hexDigit(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const l = c | 0x20;
  return l >= 97 && l <= 102 ? l - 87 : -1;
}

// The eight 16-bit pieces of the IPv6 address in s[start, end), or null.
function parseIPv6(s, start, end) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let piece = 0;
  let compress = -1;
  let p = start;
  if (s.charCodeAt(p) === 58) {
    if (p + 1 >= end || s.charCodeAt(p + 1) !== 58) return null;
    p += 2;
    compress = ++piece;
  }
  while (p < end) {
    if (piece === 8) return null;
    if (s.charCodeAt(p) === 58) {
      if (compress !== -1) return null;
      p++;
      compress = ++piece;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && p < end) {
      const d = hexDigit(s.charCodeAt(p));
      if (d < 0) break;
      value = value * 16 + d;
      p++;
      length++;
    }
    const c = p < end ? s.charCodeAt(p) : -1;
    if (c === 46) {
      // An embedded IPv4 address fills the last two pieces.
      if (length === 0) return null;
      p -= length;
      if (piece > 6) return null;
      let numbersSeen = 0;
      while (p < end) {
        if (numbersSeen > 0) {
          if (s.charCodeAt(p) !== 46 || numbersSeen >= 4) return null;
          p++;
        }
        let v = s.charCodeAt(p) - 48;
        if (p >= end || v < 0 || v > 9) return null;
        p++;
        while (p < end) {
          const d = s.charCodeAt(p) - 48;
          if (d < 0 || d > 9) break;
          if (v === 0) return null;
          v = v * 10 + d;
          if (v > 255) return null;
          p++;
        }
        address[piece] = address[piece] * 0x100 + v;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) piece++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (c === 58) {
      p++;
      if (p >= end) return null;
    } else if (c !== -1) {
      return null;
    }
    address[piece++] = value;
  }
  if (compress !== -1) {
    let swaps = piece - compress;
    piece = 7;
    while (piece !== 0 && swaps > 0) {
      const t = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[piece];
      address[piece] = t;
      piece--;
      swaps--;
    }
  } else if (piece !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed to "::".
  let best = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      best = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === best) {
      out += i === 0 ? '::' : ':';
      i += bestLength - 1;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

// UTS #46 ToUnicode of a serialized host (domains with punycode labels only; others are already Unicode).
function hostToUnicode(host) {
  if (host.charCodeAt(0) === 91 || !/(?:^|\.)xn--/i.test(host)) return host;
  binding ??= internalBinding('url');
  return binding.domainToUnicode(host);
}

module.exports = { hostToUnicode, parseHost };
