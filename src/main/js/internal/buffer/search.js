'use strict';

// Byte and UTF-16 searches behind Buffer.prototype.indexOf/lastIndexOf/includes, with node's rules for
// start offsets: a negative offset counts from the end, and an empty needle matches at the (clamped) offset.

// Buffer.prototype overrides indexOf/lastIndexOf: use the typed array ones.
const typedArrayIndexOf = Uint8Array.prototype.indexOf;
const typedArrayLastIndexOf = Uint8Array.prototype.lastIndexOf;

// Where a search for a `needleLength`-byte needle starts, or -1 when it cannot match. `offset` is an
// integer.
function startOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    return forward || needleLength === 0 ? 0 : -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  return forward ? -1 : length - 1;
}

function matchesAt(hay, needle, at, needleLength) {
  for (let k = 1; k < needleLength; k++) {
    if (hay[at + k] !== needle[k]) return false;
  }
  return true;
}

// Index of `needle` (bytes) in `hay` at or after `from` (forward) or at or before it (backward).
function searchBytes(hay, needle, from, forward) {
  const needleLength = needle.length;
  const last = hay.length - needleLength;
  const first = needle[0];
  if (forward) {
    for (let i = from; i <= last; i++) {
      if (hay[i] === first && matchesAt(hay, needle, i, needleLength)) return i;
    }
  } else {
    for (let i = from < last ? from : last; i >= 0; i--) {
      if (hay[i] === first && matchesAt(hay, needle, i, needleLength)) return i;
    }
  }
  return -1;
}

// Same over 16-bit little-endian units: matches only at even byte indexes. `needle` holds
// `units` units.
function searchUnits(hay, needle, units, from, forward) {
  const hayUnits = hay.length >>> 1;
  const last = hayUnits - units;
  const start = Math.floor(from / 2);
  const lo = needle[0];
  const hi = needle[1];
  const needleBytes = units * 2;
  if (forward) {
    for (let u = start; u <= last; u++) {
      const i = u * 2;
      if (hay[i] === lo && hay[i + 1] === hi && matchesAt(hay, needle, i, needleBytes)) return i;
    }
  } else {
    for (let u = start < last ? start : last; u >= 0; u--) {
      const i = u * 2;
      if (hay[i] === lo && hay[i + 1] === hi && matchesAt(hay, needle, i, needleBytes)) return i;
    }
  }
  return -1;
}

// Searches `needle` (bytes) in `hay` from byte offset `offset` (an integer); `ucs2` compares whole
// UTF-16 units, ignoring an odd last needle byte.
function indexOfBytes(hay, needle, offset, ucs2, forward) {
  const needleLength = needle.length;
  const length = hay.length;
  const from = startOffset(length, offset, needleLength, forward);
  if (needleLength === 0) return from;
  if (length === 0 || from < 0) return -1;
  if ((forward && needleLength + from > length) || needleLength > length) return -1;
  if (ucs2) {
    if (length < 2 || needleLength < 2) return -1;
    return searchUnits(hay, needle, needleLength >>> 1, from, forward);
  }
  return searchBytes(hay, needle, from, forward);
}

function indexOfByte(hay, byte, offset, forward) {
  const length = hay.length;
  const from = startOffset(length, offset, 1, forward);
  if (from < 0 || length === 0) return -1;
  if (forward) {
    return typedArrayIndexOf.call(hay, byte, from);
  }
  return typedArrayLastIndexOf.call(hay, byte, from);
}

module.exports = {
  indexOfByte,
  indexOfBytes,
};
