'use strict';
// Deep equality in loose (assert.deepEqual) and strict (util.isDeepStrictEqual) mode, both argument
// orders. Expected results are those of node v20.
const assert = require('assert');
const util = require('util');

function looseEqual(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return false;
  }
}

const cases = [];
const c = (name, fn) => cases.push([name, fn]);
c('nums', () => [1, 1]); c('num-str', () => [1, '1']); c('nan', () => [NaN, NaN]); c('zero', () => [0, -0]);
c('null-undef', () => [null, undefined]); c('obj-null', () => [{}, null]); c('num-boxed', () => [1, new Number(1)]);
c('boxed-boxed', () => [new Number(1), new Number(1)]); c('boxed-diff', () => [new Number(1), new Number(2)]);
c('boxed-str', () => [new String('a'), new String('a')]); c('boxed-str-num', () => [new String('1'), new Number(1)]);
c('boxed-nan', () => [new Number(NaN), new Number(NaN)]); c('boxed-0', () => [new Number(0), new Number(-0)]);
c('boxed-sym', () => { const s = Symbol(); return [Object(s), Object(s)]; });
c('boxed-sym2', () => [Object(Symbol()), Object(Symbol())]);
c('boxed-big', () => [Object(1n), Object(1n)]); c('boxed-bool', () => [new Boolean(false), new Boolean(false)]);
c('boxed-bool2', () => [new Boolean(false), new Boolean(true)]);
c('boxed-str-prop', () => { const a = new String('a'); a.x = 1; return [a, new String('a')]; });
c('fn-diff', () => [function() {}, function() {}]); c('arr-obj', () => [[1], { 0: 1 }]); c('arr-obj-len', () => [[], { length: 0 }]);
c('arr', () => [[1, 2, [3]], [1, 2, [3]]]); c('arr-loose', () => [[1, 2], ['1', '2']]);
c('sparse', () => [[1, , 3], [1, undefined, 3]]); c('sparse2', () => [[, 1], [, 1]]);
c('arr-extra', () => { const a = [1]; a.x = 1; return [a, [1]]; }); c('arr-extra2', () => { const a = [1]; a.x = 1; const b = [1]; b.x = 1; return [a, b]; });
c('proto', () => [Object.create(null), {}]); c('proto2', () => [Object.create({ a: 1 }), {}]);
c('class', () => { class A {} return [new A(), {}]; });
c('date', () => [new Date(0), new Date(0)]); c('date2', () => [new Date(0), new Date(1)]);
c('date-prop', () => { const d = new Date(0); d.x = 1; return [d, new Date(0)]; });
c('date-obj', () => [new Date(0), {}]); c('invalid-date', () => [new Date(NaN), new Date(NaN)]);
c('re', () => [/a/g, /a/g]); c('re-flags', () => [/a/g, /a/i]); c('re-src', () => [/a/, /b/]);
c('re-lastIndex', () => { const a = /a/g; a.lastIndex = 3; return [a, /a/g]; });
c('re-prop', () => { const a = /a/; a.x = 1; return [a, /a/]; });
c('err', () => [new Error('a'), new Error('a')]); c('err-msg', () => [new Error('a'), new Error('b')]);
c('err-type', () => [new Error('a'), new TypeError('a')]);
c('err-name', () => { const e = new Error('a'); e.name = 'X'; return [e, new Error('a')]; });
c('err-cause', () => [new Error('a', { cause: 1 }), new Error('a', { cause: 2 })]);
c('err-cause2', () => [new Error('a', { cause: 1 }), new Error('a')]);
c('agg', () => [new AggregateError([1], 'a'), new AggregateError([2], 'a')]);
c('err-obj', () => [new Error('a'), { message: 'a', name: 'Error' }]);
c('err-code', () => { const e = new Error('a'); e.code = 1; return [e, new Error('a')]; });
c('u8', () => [new Uint8Array([1, 2]), new Uint8Array([1, 2])]); c('u8-diff', () => [new Uint8Array([1, 2]), new Uint8Array([1, 3])]);
c('u8-i8', () => [new Uint8Array([1]), new Int8Array([1])]); c('f64-0', () => [new Float64Array([0]), new Float64Array([-0])]);
c('f64-nan', () => [new Float64Array([NaN]), new Float64Array([NaN])]);
c('u8-prop', () => { const a = new Uint8Array(1); a.x = 1; return [a, new Uint8Array(1)]; });
c('u8-len', () => [new Uint8Array(2), new Uint8Array(3)]);
c('u8-buf', () => [Buffer.from([1]), new Uint8Array([1])]);
c('ab', () => [new ArrayBuffer(2), new ArrayBuffer(2)]); c('ab-diff', () => { const a = new ArrayBuffer(2); new Uint8Array(a)[0] = 1; return [a, new ArrayBuffer(2)]; });
c('ab-sab', () => [new ArrayBuffer(2), new SharedArrayBuffer(2)]); c('ab-u8', () => [new ArrayBuffer(1), new Uint8Array(1)]);
c('dv', () => [new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2))]);
c('dv-diff', () => { const a = new ArrayBuffer(2); new Uint8Array(a)[0] = 1; return [new DataView(a), new DataView(new ArrayBuffer(2))]; });
c('map', () => [new Map([[1, 2]]), new Map([[1, 2]])]); c('map-val', () => [new Map([[1, 2]]), new Map([[1, 3]])]);
c('map-loose-key', () => [new Map([[1, 2]]), new Map([['1', 2]])]);
c('map-obj-key', () => [new Map([[{ a: 1 }, 2]]), new Map([[{ a: 1 }, 2]])]);
c('map-obj-key2', () => [new Map([[{ a: 1 }, 2], [{ a: 1 }, 3]]), new Map([[{ a: 1 }, 3], [{ a: 1 }, 2]])]);
c('map-order', () => [new Map([[1, 1], [2, 2]]), new Map([[2, 2], [1, 1]])]);
c('map-size', () => [new Map([[1, 1]]), new Map()]); c('map-obj', () => [new Map(), {}]);
c('map-nan', () => [new Map([[NaN, 1]]), new Map([[NaN, 1]])]);
c('map-undef', () => [new Map([[1, undefined]]), new Map([[2, undefined]])]);
c('map-undef2', () => [new Map([[1, undefined]]), new Map([[1, null]])]);
c('map-loose-val', () => [new Map([[1, 1]]), new Map([[1, '1']])]);
c('map-prop', () => { const m = new Map(); m.x = 1; return [m, new Map()]; });
c('map-null', () => [new Map([[null, 1]]), new Map([[undefined, 1]])]);
c('map-0', () => [new Map([[0, 1]]), new Map([[-0, 1]])]);
c('map-mixed', () => [new Map([[1, 'a'], [{}, 'b']]), new Map([['1', 'a'], [{}, 'b']])]);
c('set', () => [new Set([1, 2]), new Set([2, 1])]); c('set-diff', () => [new Set([1]), new Set([2])]);
c('set-loose', () => [new Set([1]), new Set(['1'])]); c('set-obj', () => [new Set([{ a: 1 }]), new Set([{ a: 1 }])]);
c('set-obj2', () => [new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }])]);
c('set-obj3', () => [new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])]);
c('set-nan', () => [new Set([NaN]), new Set([NaN])]); c('set-null', () => [new Set([null]), new Set([undefined])]);
c('set-0', () => [new Set([0]), new Set([-0])]); c('set-arr', () => [new Set([[1]]), new Set([['1']])]);
c('set-prim-obj', () => [new Set([1, {}]), new Set(['1', {}])]);
c('set-false', () => [new Set([false]), new Set([0])]); c('set-empty-str', () => [new Set(['']), new Set([0])]);
c('set-undefined-null-mix', () => [new Set([undefined, null]), new Set([null, null])]);
c('weakmap', () => [new WeakMap(), new WeakMap()]); c('weakset', () => [new WeakSet(), new WeakSet()]);
c('promise', () => [Promise.resolve(1), Promise.resolve(1)]);
c('sym-key', () => { const s = Symbol('s'); return [{ [s]: 1 }, { [s]: 2 }]; });
c('sym-key2', () => { const s = Symbol('s'); return [{ [s]: 1 }, {}]; });
c('sym-nonenum', () => { const s = Symbol('s'); const a = {}; Object.defineProperty(a, s, { value: 1 }); return [a, {}]; });
c('nonenum', () => { const a = {}; Object.defineProperty(a, 'x', { value: 1 }); return [a, {}]; });
c('keys-order', () => [{ a: 1, b: 2 }, { b: 2, a: 1 }]); c('undef-val', () => [{ a: undefined }, {}]);
c('undef-val2', () => [{ a: undefined }, { b: undefined }]);
c('circ', () => { const a = {}; a.a = a; const b = {}; b.a = b; return [a, b]; });
c('circ2', () => { const a = {}; a.a = a; const b = {}; b.a = { a: b }; return [a, b]; });
c('circ3', () => { const a = { x: 1 }; a.a = a; const b = { x: 1 }; b.a = { x: 1, a: b }; return [a, b]; });
c('circ-arr', () => { const a = [1]; a.push(a); const b = [1]; b.push(b); return [a, b]; });
c('args', () => [(function() { return arguments; })(1), (function() { return arguments; })(1)]);
c('args-arr', () => [(function() { return arguments; })(1), [1]]);
c('args-obj', () => [(function() { return arguments; })(1), { 0: 1 }]);
c('obj-num-keys', () => [{ 1: 1 }, { 1: '1' }]); c('nested-loose', () => [{ a: [1, { b: '2' }] }, { a: ['1', { b: 2 }] }]);
c('getter', () => { let n = 0; const a = { get x() { return n++; } }; const b = { get x() { return n++; } }; return [a, b]; });
c('tostringtag', () => [{ [Symbol.toStringTag]: 'X' }, {}]);
c('obj-boxed', () => [{}, new Number(1)]); c('str-obj-str', () => [new String('ab'), 'ab']);
c('str-objs', () => [new String('ab'), Object.assign(new String('a'), { 1: 'b' })]);
c('bigint', () => [1n, 1n]); c('bigint-num', () => [1n, 1]);
c('sym', () => [Symbol.iterator, Symbol.iterator]); c('fn-same', () => { const f = () => {}; return [f, f]; });
c('fn-props', () => { const f = () => {}; return [{ f }, { f }]; });
c('arr-len', () => [[1, 2], [1]]); c('big-arr', () => [Array.from({ length: 100 }, (_, i) => i), Array.from({ length: 100 }, (_, i) => i)]);
c('obj-proto-null-both', () => [Object.assign(Object.create(null), { a: 1 }), Object.assign(Object.create(null), { a: 1 })]);
c('map-proto', () => { class M extends Map {} return [new M(), new Map()]; });
c('arr-proto', () => { class A extends Array {} return [A.from([1]), [1]]; });
c('date-subclass', () => { class D extends Date {} return [new D(0), new Date(0)]; });
c('err-stack', () => { const a = new Error('a'); const b = new Error('a'); b.stack = 'x'; return [a, b]; });
c('err-enum-msg', () => { const a = new Error('a'); const b = new Error('a'); Object.defineProperty(b, 'message', { value: 'a', enumerable: true }); return [a, b]; });
c('map-in-set', () => [new Set([new Map([[1, 2]])]), new Set([new Map([[1, 2]])])]);
c('set-set', () => [new Set([new Set([1])]), new Set([new Set([1])])]);
c('obj-keys-count', () => [{ a: 1 }, { a: 1, b: 2 }]);
c('arr-holes-both', () => [new Array(3), new Array(3)]); c('arr-hole-vs-undef-prop', () => { const a = [1, 2]; delete a[1]; return [a, [1, undefined]]; });
c('typed-loose-nums', () => [new Float32Array([1.5]), new Float32Array([1.5])]);
c('dv-vs-u8', () => [new DataView(new ArrayBuffer(1)), new Uint8Array(1)]);
c('boxed-vs-prim-loose', () => [new String('a'), new String('a')]);
c('proxy', () => [new Proxy({ a: 1 }, {}), { a: 1 }]);
c('proxy-arr', () => [new Proxy([1], {}), [1]]);
c('obj-vs-fn', () => [{}, () => {}]);
c('null-proto-loose', () => [Object.create(null), Object.create(null)]);
c('date-invalid-valid', () => [new Date(NaN), new Date(0)]);
c('map-objkey-loose', () => [new Map([[{ a: 1 }, 1]]), new Map([[{ a: '1' }, 1]])]);
c('set-objs-loose-mixed', () => [new Set([1, [1]]), new Set([[1], '1'])]);
c('map-loosekey-val', () => [new Map([[1, { a: 1 }]]), new Map([['1', { a: 1 }]])]);
c('map-loosekey-dup', () => [new Map([[1, 'a'], ['1', 'b']]), new Map([['1', 'a'], [1, 'b']])]);
c('set-true', () => [new Set([true]), new Set([1])]); c('set-true2', () => [new Set([1, true]), new Set([1, 1n])]);
c('map-true', () => [new Map([[true, 1]]), new Map([[1, 1]])]);
c('obj-bool', () => [{ a: true }, { a: 1 }]); c('undef-null', () => [[undefined], [null]]);
c('map-undef-key', () => [new Map([[undefined, 1]]), new Map([[null, 1]])]);
c('neg-zero-arr', () => [[0], [-0]]);
c('obj-sym-vs-none-loose', () => { const s = Symbol(); return [{ [s]: 1 }, { [s]: 2 }]; });
c('getter-nonenum-proto', () => { class A { get x() { return 1; } } class B { get x() { return 2; } } return [new A(), new B()]; });

// [loose(a, b), strict(a, b), loose(b, a), strict(b, a)]
const expected = {
  "nums": [true, true, true, true],
  "num-str": [true, false, true, false],
  "nan": [true, true, true, true],
  "zero": [true, false, true, false],
  "null-undef": [true, false, true, false],
  "obj-null": [false, false, false, false],
  "num-boxed": [false, false, false, false],
  "boxed-boxed": [true, true, true, true],
  "boxed-diff": [false, false, false, false],
  "boxed-str": [true, true, true, true],
  "boxed-str-num": [false, false, false, false],
  "boxed-nan": [true, true, true, true],
  "boxed-0": [false, false, false, false],
  "boxed-sym": [true, true, true, true],
  "boxed-sym2": [false, false, false, false],
  "boxed-big": [true, true, true, true],
  "boxed-bool": [true, true, true, true],
  "boxed-bool2": [false, false, false, false],
  "boxed-str-prop": [false, false, false, false],
  "fn-diff": [false, false, false, false],
  "arr-obj": [false, false, false, false],
  "arr-obj-len": [false, false, false, false],
  "arr": [true, true, true, true],
  "arr-loose": [true, false, true, false],
  "sparse": [false, false, false, false],
  "sparse2": [true, true, true, true],
  "arr-extra": [false, false, false, false],
  "arr-extra2": [true, true, true, true],
  "proto": [true, false, true, false],
  "proto2": [true, false, true, false],
  "class": [true, false, true, false],
  "date": [true, true, true, true],
  "date2": [false, false, false, false],
  "date-prop": [false, false, false, false],
  "date-obj": [false, false, false, false],
  "invalid-date": [false, false, false, false],
  "re": [true, true, true, true],
  "re-flags": [false, false, false, false],
  "re-src": [false, false, false, false],
  "re-lastIndex": [false, false, false, false],
  "re-prop": [false, false, false, false],
  "err": [true, true, true, true],
  "err-msg": [false, false, false, false],
  "err-type": [false, false, false, false],
  "err-name": [false, false, false, false],
  "err-cause": [false, false, false, false],
  "err-cause2": [false, false, false, false],
  "agg": [false, false, false, false],
  "err-obj": [false, false, false, false],
  "err-code": [false, false, false, false],
  "u8": [true, true, true, true],
  "u8-diff": [false, false, false, false],
  "u8-i8": [false, false, false, false],
  "f64-0": [true, false, true, false],
  "f64-nan": [false, true, false, true],
  "u8-prop": [false, false, false, false],
  "u8-len": [false, false, false, false],
  "u8-buf": [true, false, true, false],
  "ab": [true, true, true, true],
  "ab-diff": [false, false, false, false],
  "ab-sab": [false, false, false, false],
  "ab-u8": [false, false, false, false],
  "dv": [true, true, true, true],
  "dv-diff": [false, false, false, false],
  "map": [true, true, true, true],
  "map-val": [false, false, false, false],
  "map-loose-key": [true, false, true, false],
  "map-obj-key": [true, true, true, true],
  "map-obj-key2": [true, true, true, true],
  "map-order": [true, true, true, true],
  "map-size": [false, false, false, false],
  "map-obj": [false, false, false, false],
  "map-nan": [true, true, true, true],
  "map-undef": [false, false, false, false],
  "map-undef2": [true, false, true, false],
  "map-loose-val": [true, false, true, false],
  "map-prop": [false, false, false, false],
  "map-null": [true, false, true, false],
  "map-0": [true, true, true, true],
  "map-mixed": [true, false, true, false],
  "set": [true, true, true, true],
  "set-diff": [false, false, false, false],
  "set-loose": [true, false, true, false],
  "set-obj": [true, true, true, true],
  "set-obj2": [true, true, true, true],
  "set-obj3": [false, false, false, false],
  "set-nan": [true, true, true, true],
  "set-null": [true, false, true, false],
  "set-0": [true, true, true, true],
  "set-arr": [true, false, true, false],
  "set-prim-obj": [true, false, true, false],
  "set-false": [true, false, true, false],
  "set-empty-str": [true, false, true, false],
  "set-undefined-null-mix": [false, false, false, false],
  "weakmap": [true, true, true, true],
  "weakset": [true, true, true, true],
  "promise": [true, true, true, true],
  "sym-key": [true, false, true, false],
  "sym-key2": [true, false, true, false],
  "sym-nonenum": [true, true, true, true],
  "nonenum": [true, true, true, true],
  "keys-order": [true, true, true, true],
  "undef-val": [false, false, false, false],
  "undef-val2": [false, false, false, false],
  "circ": [true, true, true, true],
  "circ2": [true, true, true, true],
  "circ3": [true, true, true, true],
  "circ-arr": [true, true, true, true],
  "args": [true, true, true, true],
  "args-arr": [false, false, false, false],
  "args-obj": [false, false, false, false],
  "obj-num-keys": [true, false, true, false],
  "nested-loose": [true, false, true, false],
  "getter": [false, false, false, false],
  "tostringtag": [false, false, false, false],
  "obj-boxed": [false, false, false, false],
  "str-obj-str": [false, false, false, false],
  "str-objs": [false, false, false, false],
  "bigint": [true, true, true, true],
  "bigint-num": [true, false, true, false],
  "sym": [true, true, true, true],
  "fn-same": [true, true, true, true],
  "fn-props": [true, true, true, true],
  "arr-len": [false, false, false, false],
  "big-arr": [true, true, true, true],
  "obj-proto-null-both": [true, true, true, true],
  "map-proto": [true, false, true, false],
  "arr-proto": [true, false, true, false],
  "date-subclass": [true, false, true, false],
  "err-stack": [true, true, true, true],
  "err-enum-msg": [false, false, false, false],
  "map-in-set": [true, true, true, true],
  "set-set": [true, true, true, true],
  "obj-keys-count": [false, false, false, false],
  "arr-holes-both": [true, true, true, true],
  "arr-hole-vs-undef-prop": [false, false, false, false],
  "typed-loose-nums": [true, true, true, true],
  "dv-vs-u8": [false, false, false, false],
  "boxed-vs-prim-loose": [true, true, true, true],
  "proxy": [true, true, true, true],
  "proxy-arr": [true, true, true, true],
  "obj-vs-fn": [false, false, false, false],
  "null-proto-loose": [true, true, true, true],
  "date-invalid-valid": [false, false, false, false],
  "map-objkey-loose": [true, false, true, false],
  "set-objs-loose-mixed": [true, false, true, false],
  "map-loosekey-val": [true, false, true, false],
  "map-loosekey-dup": [true, false, true, false],
  "set-true": [true, false, true, false],
  "set-true2": [true, false, true, false],
  "map-true": [true, false, true, false],
  "obj-bool": [true, false, true, false],
  "undef-null": [true, false, true, false],
  "map-undef-key": [true, false, true, false],
  "neg-zero-arr": [true, false, true, false],
  "obj-sym-vs-none-loose": [true, false, true, false],
  "getter-nonenum-proto": [true, false, true, false],
};

for (const [name, make] of cases) {
  const [a, b] = make();
  const [a2, b2] = make();
  const [a3, b3] = make();
  const actual = [looseEqual(a, b), util.isDeepStrictEqual(a, b), looseEqual(b3, a3),
                  util.isDeepStrictEqual(b2, a2)];
  assert.deepStrictEqual(actual, expected[name], name);
}

// Cycles.
const c1 = {}; c1.a = c1;
const c2 = {}; c2.a = { a: c2 };
assert.strictEqual(util.isDeepStrictEqual(c1, c2), true);
const c3 = { x: {} }; c3.x.x = c3.x;
assert.strictEqual(util.isDeepStrictEqual(c3, { x: { x: { x: {} } } }), false);
const s1 = new Set(); s1.add(s1);
const s2 = new Set(); s2.add(s2);
assert.strictEqual(util.isDeepStrictEqual(s1, s2), true);

// Large inputs stay fast.
const big1 = Array.from({ length: 2e5 }, (_, i) => i);
const big2 = big1.slice();
assert.strictEqual(util.isDeepStrictEqual(big1, big2), true);
big2[1e5] = -1;
assert.strictEqual(util.isDeepStrictEqual(big1, big2), false);
assert.strictEqual(util.isDeepStrictEqual(new Array(1e7), new Array(1e7)), true);
assert.strictEqual(util.isDeepStrictEqual(Buffer.alloc(1 << 16, 1), Buffer.alloc(1 << 16, 1)), true);
