'use strict';
// util.inspect (default options) of a nested object mixing plain objects, arrays, Map, Set, Date,
// RegExp, functions, symbols, bigint, Buffer, and more nesting than the default depth. Reports ops/s.
const { now, report, fnv, opsPerSec } = require('./harness');
const util = require('util');

const obj = {
  num: 1, str: 'a string with \'quotes\' and\nnewline', big: 123n, nul: null, undef: undefined,
  arr: [1, 2, 3, { inner: [4, 5, { deeper: true }] }],
  map: new Map([['k1', { v: 1 }], ['k2', [1, 2]]]),
  set: new Set([1, 'two', 3]),
  date: new Date(0),
  re: /ab+c/gi,
  fn: function named() {},
  arrow: () => {},
  sym: Symbol('s'),
  [Symbol('key')]: 'symbol-keyed',
  buf: Buffer.from('hello world'),
  deep: { a: { b: { c: { d: { e: 'too deep' } } } } },
  rows: Array.from({ length: 30 }, (_, i) => ({ i, sq: i * i, label: 'row' + i })),
};
let sink = 0;
const fn = () => { sink += util.inspect(obj).length; };

opsPerSec(fn, 200);                 // warmup
const rate = opsPerSec(fn, 700);
if (sink === 0) throw new Error('no work done');
report('ops/s', rate, fnv(util.inspect(obj)));
