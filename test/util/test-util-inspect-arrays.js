'use strict';
// util.inspect() of arrays (holes, grouping into columns, maxArrayLength), typed arrays, ArrayBuffer and DataView.
// Expected strings are node v20's output.
const assert = require('assert');
const util = require('util');
const { inspect } = util;

const cases = [
  [() => ([]), undefined, "[]"],
  [() => ([1, 2, 3]), undefined, "[ 1, 2, 3 ]"],
  [() => ([1, , 3]), undefined, "[ 1, <1 empty item>, 3 ]"],
  [() => (new Array(5)), undefined, "[ <5 empty items> ]"],
  [() => ([, 'a', , , 'b', , ]), undefined, "[ <1 empty item>, 'a', <2 empty items>, 'b', <1 empty item> ]"],
  [() => (Object.assign([1, 2], { extra: true })), undefined, "[ 1, 2, extra: true ]"],
  [() => (Array.from({ length: 7 }, (_, i) => i)), undefined, "[\n  0, 1, 2, 3,\n  4, 5, 6\n]"],
  [() => (Array.from({ length: 30 }, (_, i) => i)), undefined, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]"],
  [() => (Array.from({ length: 26 }, (_, i) => i * i * i)), undefined, "[\n      0,    1,     8,    27,    64,\n    125,  216,   343,   512,   729,\n   1000, 1331,  1728,  2197,  2744,\n   3375, 4096,  4913,  5832,  6859,\n   8000, 9261, 10648, 12167, 13824,\n  15625\n]"],
  [() => (Array.from({ length: 101 }, (_, i) => i)), undefined, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 1 more item\n]"],
  [() => (Array.from({ length: 150 }, (_, i) => i)), { maxArrayLength: 120 }, "[\n    0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,\n   12,  13,  14,  15,  16,  17,  18,  19,  20,  21,  22,  23,\n   24,  25,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,\n   36,  37,  38,  39,  40,  41,  42,  43,  44,  45,  46,  47,\n   48,  49,  50,  51,  52,  53,  54,  55,  56,  57,  58,  59,\n   60,  61,  62,  63,  64,  65,  66,  67,  68,  69,  70,  71,\n   72,  73,  74,  75,  76,  77,  78,  79,  80,  81,  82,  83,\n   84,  85,  86,  87,  88,  89,  90,  91,  92,  93,  94,  95,\n   96,  97,  98,  99, 100, 101, 102, 103, 104, 105, 106, 107,\n  108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,\n  ... 30 more items\n]"],
  [() => (Array.from({ length: 20 }, (_, i) => 'item' + i)), undefined, "[\n  'item0',  'item1',  'item2',\n  'item3',  'item4',  'item5',\n  'item6',  'item7',  'item8',\n  'item9',  'item10', 'item11',\n  'item12', 'item13', 'item14',\n  'item15', 'item16', 'item17',\n  'item18', 'item19'\n]"],
  [() => (Array.from({ length: 12 }, (_, i) => 'x'.repeat(i))), undefined, "[\n  '',           'x',\n  'xx',         'xxx',\n  'xxxx',       'xxxxx',\n  'xxxxxx',     'xxxxxxx',\n  'xxxxxxxx',   'xxxxxxxxx',\n  'xxxxxxxxxx', 'xxxxxxxxxxx'\n]"],
  [() => ([1, 'a', 2, 'b', 3, 'c', 4, 'd']), undefined, "[\n  1, 'a', 2, 'b',\n  3, 'c', 4, 'd'\n]"],
  [() => (Array.from({ length: 9 }, (_, i) => -i * 1.25)), undefined, "[\n     -0, -1.25,  -2.5,\n  -3.75,    -5, -6.25,\n   -7.5, -8.75,   -10\n]"],
  [() => ([1n, 22n, 333n, 4444n, 55555n, 6n, 7n]), undefined, "[\n      1n,   22n,\n    333n, 4444n,\n  55555n,    6n,\n      7n\n]"],
  [() => (Array.from({ length: 10 }, (_, i) => ({ i }))), undefined, "[\n  { i: 0 }, { i: 1 },\n  { i: 2 }, { i: 3 },\n  { i: 4 }, { i: 5 },\n  { i: 6 }, { i: 7 },\n  { i: 8 }, { i: 9 }\n]"],
  [() => (Array.from({ length: 8 }, (_, i) => [i, i + 1])), undefined, "[\n  [ 0, 1 ], [ 1, 2 ],\n  [ 2, 3 ], [ 3, 4 ],\n  [ 4, 5 ], [ 5, 6 ],\n  [ 6, 7 ], [ 7, 8 ]\n]"],
  [() => ([[1, [2, [3, [4, [5]]]]]]), undefined, "[ [ 1, [ 2, [Array] ] ] ]"],
  [() => (Array(8).fill('abcdefghijklmnopqrstuvwxyz')), undefined, "[\n  'abcdefghijklmnopqrstuvwxyz',\n  'abcdefghijklmnopqrstuvwxyz',\n  'abcdefghijklmnopqrstuvwxyz',\n  'abcdefghijklmnopqrstuvwxyz',\n  'abcdefghijklmnopqrstuvwxyz',\n  'abcdefghijklmnopqrstuvwxyz',\n  'abcdefghijklmnopqrstuvwxyz',\n  'abcdefghijklmnopqrstuvwxyz'\n]"],
  [() => ([1, 2, 3, 4, 5]), { maxArrayLength: 2 }, "[ 1, 2, ... 3 more items ]"],
  [() => ([1, 2, 3]), { maxArrayLength: 0 }, "[ ... 3 more items ]"],
  [() => ([1, , , , 5, 6]), { maxArrayLength: 2 }, "[ 1, <3 empty items>, ... 2 more items ]"],
  [() => (Array.from({ length: 30 }, (_, i) => i)), { compact: false }, "[\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7,\n  8,\n  9,\n  10,\n  11,\n  12,\n  13,\n  14,\n  15,\n  16,\n  17,\n  18,\n  19,\n  20,\n  21,\n  22,\n  23,\n  24,\n  25,\n  26,\n  27,\n  28,\n  29\n]"],
  [() => (Array.from({ length: 30 }, (_, i) => i)), { compact: true }, "[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29 ]"],
  [() => (Array.from({ length: 30 }, (_, i) => i)), { breakLength: 40 }, "[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]"],
  [() => (Array.from({ length: 30 }, (_, i) => i)), { colors: true }, "[\n   \u001b[33m0\u001b[39m,  \u001b[33m1\u001b[39m,  \u001b[33m2\u001b[39m,  \u001b[33m3\u001b[39m,  \u001b[33m4\u001b[39m,  \u001b[33m5\u001b[39m,  \u001b[33m6\u001b[39m,  \u001b[33m7\u001b[39m,  \u001b[33m8\u001b[39m,\n   \u001b[33m9\u001b[39m, \u001b[33m10\u001b[39m, \u001b[33m11\u001b[39m, \u001b[33m12\u001b[39m, \u001b[33m13\u001b[39m, \u001b[33m14\u001b[39m, \u001b[33m15\u001b[39m, \u001b[33m16\u001b[39m, \u001b[33m17\u001b[39m,\n  \u001b[33m18\u001b[39m, \u001b[33m19\u001b[39m, \u001b[33m20\u001b[39m, \u001b[33m21\u001b[39m, \u001b[33m22\u001b[39m, \u001b[33m23\u001b[39m, \u001b[33m24\u001b[39m, \u001b[33m25\u001b[39m, \u001b[33m26\u001b[39m,\n  \u001b[33m27\u001b[39m, \u001b[33m28\u001b[39m, \u001b[33m29\u001b[39m\n]"],
  [() => (Array.from({ length: 8 }, (_, i) => i % 2 ? 'odd' : i)), { colors: true }, "[\n  \u001b[33m0\u001b[39m,     \u001b[32m'odd'\u001b[39m, \u001b[33m2\u001b[39m,\n  \u001b[32m'odd'\u001b[39m, \u001b[33m4\u001b[39m,     \u001b[32m'odd'\u001b[39m,\n  \u001b[33m6\u001b[39m,     \u001b[32m'odd'\u001b[39m\n]"],
  [() => (Object.defineProperty([1], 'hidden', { value: 2, enumerable: false })), { showHidden: true }, "[ 1, [length]: 1, [hidden]: 2 ]"],
  [() => ([3, 1, 2]), { sorted: true }, "[ 3, 1, 2 ]"],
  [() => (Object.setPrototypeOf([1, 2], null)), undefined, "[Array(2): null prototype] [ 1, 2 ]"],
  [() => (new (class MyArray extends Array {})(1, 2)), undefined, "MyArray(2) [ 1, 2 ]"],
  [() => (new Uint8Array([1, 2, 3])), undefined, "Uint8Array(3) [ 1, 2, 3 ]"],
  [() => (new Uint8Array(0)), undefined, "Uint8Array(0) []"],
  [() => (new Int16Array([-1, 300, 5])), undefined, "Int16Array(3) [ -1, 300, 5 ]"],
  [() => (new Float64Array([1.5, -0, NaN])), undefined, "Float64Array(3) [ 1.5, -0, NaN ]"],
  [() => (new BigInt64Array([1n, -2n])), undefined, "BigInt64Array(2) [ 1n, -2n ]"],
  [() => (new Uint8Array(120)), undefined, "Uint8Array(120) [\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,\n  0, 0, 0, 0,\n  ... 20 more items\n]"],
  [() => (new Uint8Array([1, 2])), { showHidden: true }, "Uint8Array(2) [\n  1,\n  2,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 2,\n  [byteLength]: 2,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { byteLength: 2 }\n]"],
  [() => (Object.assign(new Uint8Array(2), { x: 1 })), undefined, "Uint8Array(2) [ 0, 0, x: 1 ]"],
  [() => (Object.setPrototypeOf(new Uint16Array([7]), null)), undefined, "[Uint16Array(1): null prototype] [ 7 ]"],
  [() => (new ArrayBuffer(5)), undefined, "ArrayBuffer { [Uint8Contents]: <00 00 00 00 00>, byteLength: 5 }"],
  [() => (new Uint8Array([255, 1, 16]).buffer), undefined, "ArrayBuffer { [Uint8Contents]: <ff 01 10>, byteLength: 3 }"],
  [() => (new ArrayBuffer(120)), undefined, "ArrayBuffer {\n  [Uint8Contents]: <00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 ... 20 more bytes>,\n  byteLength: 120\n}"],
  [() => ({ buf: new ArrayBuffer(3) }), undefined, "{ buf: ArrayBuffer { [Uint8Contents]: <00 00 00>, byteLength: 3 } }"],
  [() => (new DataView(new ArrayBuffer(4), 1, 2)), undefined, "DataView {\n  byteLength: 2,\n  byteOffset: 1,\n  buffer: ArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 }\n}"],
  [() => (new Uint8Array(3)), { maxArrayLength: 1 }, "Uint8Array(3) [ 0, ... 2 more items ]"],
  [() => (new SharedArrayBuffer(2)), undefined, "SharedArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }"],
];

for (const [make, options, expected] of cases) {
  const actual = options === undefined ? inspect(make()) : inspect(make(), options);
  assert.strictEqual(actual, expected, `inspect(${make.toString().slice(7, -1)}, ${util.format('%o', options)})`);
}
