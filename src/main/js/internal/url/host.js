'use strict';
// The URL standard's host parser and serializer: domains (percent-decoded, then UTS #46 through
// internalBinding('url')), IPv4 in all its legacy number forms, IPv6 with compression, and opaque hosts of
// non-special schemes. Failures return null.

const { percentDecode, percentEncode, C0_CONTROL_SET } = require('internal/url/percent');

const binding = internalBinding('url');

function isForbiddenHostCodePoint(c) {
  return c === 0 || c === 9 || c === 10 || c === 13 || c === 32 || c === 35 || c === 47 || c === 58 || c === 60 ||
    c === 62 || c === 63 || c === 64 || c === 91 || c === 92 || c === 93 || c === 94 || c === 124;
}

function isForbiddenDomainCodePoint(c) {
  return isForbiddenHostCodePoint(c) || (c <= 0x1f) || c === 37 || c === 0x7f;
}

// Parses `input` as a host; `special` tells domains from opaque hosts. Returns the serialized host or null.
function parseHost(input, special) {
  if (input.charCodeAt(0) === 91) {
    if (input.charCodeAt(input.length - 1) !== 93) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : `[${serializeIPv6(address)}]`;
  }
  if (!special) return parseOpaqueHost(input);
  const domain = percentDecodeString(input);
  let ascii = domainToASCII(domain);
  if (ascii === null) return null;
  for (let i = 0; i < ascii.length; i++) {
    if (isForbiddenDomainCodePoint(ascii.charCodeAt(i))) return null;
  }
  if (endsInNumber(ascii)) {
    const ipv4 = parseIPv4(ascii);
    if (ipv4 === null) return null;
    ascii = serializeIPv4(ipv4);
  }
  return ascii;
}

function percentDecodeString(input) {
  if (input.indexOf('%') === -1) return input;
  return Buffer.from(percentDecode(Buffer.from(input, 'utf8'))).toString('utf8');
}

// UTS #46 ToASCII with the URL standard's options; ASCII lower-case names skip the binding.
function domainToASCII(domain) {
  let simple = domain.length > 0;
  for (let i = 0; i < domain.length && simple; i++) {
    const c = domain.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46) ||
        (c === 120 && domain.charCodeAt(i + 1) === 110 && domain.charCodeAt(i + 2) === 45 &&
         domain.charCodeAt(i + 3) === 45 && (i === 0 || domain.charCodeAt(i - 1) === 46))) {
      simple = false;
    }
  }
  if (simple) return domain;
  const result = binding.domainToASCII(domain);
  return result === '' ? null : result;
}

function parseOpaqueHost(input) {
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (isForbiddenHostCodePoint(c)) return null;
  }
  return percentEncode(input, C0_CONTROL_SET);
}

function endsInNumber(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return parseIPv4Number(last) !== null;
}

function parseIPv4Number(input) {
  if (input === '') return null;
  let radix = 10;
  if (input.length >= 2 && input[0] === '0' && (input[1] === 'x' || input[1] === 'X')) {
    input = input.slice(2);
    radix = 16;
  } else if (input.length >= 2 && input[0] === '0') {
    input = input.slice(1);
    radix = 8;
  }
  if (input === '') return 0;
  const pattern = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!pattern.test(input)) return null;
  return parseInt(input, radix);
}

function parseIPv4(input) {
  const parts = input.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (n === null) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) {
    if (numbers[i] > 255) return null;
  }
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  return ipv4;
}

function serializeIPv4(address) {
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(address % 256));
    address = Math.floor(address / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let pointer = 0;
  const at = (i) => (i < input.length ? input.charCodeAt(i) : NaN);
  const isHex = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
  if (at(pointer) === 58) {
    if (at(pointer + 1) !== 58) return null;
    pointer += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (pointer < input.length) {
    if (pieceIndex === 8) return null;
    if (at(pointer) === 58) {
      if (compress !== null) return null;
      pointer++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && isHex(at(pointer))) {
      value = value * 16 + parseInt(input[pointer], 16);
      pointer++;
      length++;
    }
    if (at(pointer) === 46) {
      if (length === 0) return null;
      pointer -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (pointer < input.length) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (at(pointer) === 46 && numbersSeen < 4) pointer++;
          else return null;
        }
        const c = at(pointer);
        if (!(c >= 48 && c <= 57)) return null;
        while (at(pointer) >= 48 && at(pointer) <= 57) {
          const number = at(pointer) - 48;
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          pointer++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (at(pointer) === 58) {
      pointer++;
      if (pointer >= input.length) return null;
    } else if (pointer < input.length) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const tmp = address[compress + swaps - 1];
      address[compress + swaps - 1] = address[pieceIndex];
      address[pieceIndex] = tmp;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  // The first longest run of two or more zero pieces is compressed.
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (bestStart === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return out;
}

module.exports = { domainToASCII, parseHost, serializeIPv4, serializeIPv6, parseIPv6 };
