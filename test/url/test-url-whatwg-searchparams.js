'use strict';
// URLSearchParams: construction from strings, pairs and records, every method, the form-urlencoded parser and
// serializer, iteration while mutating, argument and receiver errors.
const assert = require('assert');

// Construction.
assert.deepStrictEqual([...new URLSearchParams('?a=b&&c&=d&e=&a=%zz+%41')],
                       [['a', 'b'], ['c', ''], ['', 'd'], ['e', ''], ['a', '%zz A']]);
assert.strictEqual(new URLSearchParams(null).toString(), '');
assert.strictEqual(new URLSearchParams(undefined).toString(), '');
assert.strictEqual(new URLSearchParams(1234).toString(), '1234=');
assert.strictEqual(new URLSearchParams({ a: 1, b: [2, 3] }).toString(), 'a=1&b=2%2C3');
assert.strictEqual(new URLSearchParams([['a', 'b'], new Set(['c', 'd'])]).toString(), 'a=b&c=d');
assert.strictEqual(new URLSearchParams(new Map([['x', 'y']])).toString(), 'x=y');
assert.strictEqual(new URLSearchParams(new URLSearchParams('k=v')).toString(), 'k=v');
assert.strictEqual(new URLSearchParams(function f() {}).toString(), '');
assert.throws(() => new URLSearchParams({ [Symbol.iterator]: 1 }),
              { code: 'ERR_ARG_NOT_ITERABLE', message: 'Query pairs must be iterable' });
assert.throws(() => new URLSearchParams([[1]]),
              { code: 'ERR_INVALID_TUPLE', message: 'Each query pair must be an iterable [name, value] tuple' });
assert.throws(() => new URLSearchParams([1]), { code: 'ERR_INVALID_TUPLE' });
assert.throws(() => new URLSearchParams({ [Symbol('s')]: 1 }), TypeError);

// Decoding: UTF-8 with replacement, plus as space, lone surrogates in input made well-formed.
const decoded = new URLSearchParams('%F0%9F%98%80=%ff&z=\ud800&%E2%82=1');
assert.deepStrictEqual([...decoded.keys()], ['\u{1f600}', 'z', '\ufffd']);
assert.deepStrictEqual([...decoded.values()], ['\ufffd', '\ufffd', '1']);

// Serializing: everything but *-._ and alphanumerics is encoded, space as '+'.
assert.strictEqual(new URLSearchParams({ 'ü': "€ ~*-._!'()+&=" }).toString(),
                   '%C3%BC=%E2%82%AC+%7E*-._%21%27%28%29%2B%26%3D');

// Methods.
const p = new URLSearchParams('a=1&a=2&b=3');
assert.strictEqual(p.size, 3);
assert.strictEqual(p.get('a'), '1');
assert.strictEqual(p.get('zz'), null);
assert.deepStrictEqual(p.getAll('a'), ['1', '2']);
assert.strictEqual(p.has('b'), true);
assert.strictEqual(p.has('b', '4'), false);
assert.strictEqual(p.has('b', 3), true);
p.set('a', 'x');
assert.strictEqual(p.toString(), 'a=x&b=3');
p.set('c', 'new');
p.append('b', 'y');
p.delete('b', '3');
assert.strictEqual(p.toString(), 'a=x&c=new&b=y');
p.delete('b', undefined);
assert.strictEqual(p.toString(), 'a=x&c=new');
p.delete('a');
assert.strictEqual(p.toString(), 'c=new');

// sort: stable, by UTF-16 code units.
const s = new URLSearchParams('z=1&é=2&e=3&E=4&\u{1f600}=5&\uffff=6&e=7');
s.sort();
assert.deepStrictEqual([...s.keys()], ['E', 'e', 'e', 'z', 'é', '\u{1f600}', '\uffff']);
assert.deepStrictEqual(s.getAll('e'), ['3', '7']);

// Iteration sees changes made while iterating.
const it = new URLSearchParams('a=1&b=2&c=3');
const seen = [];
it.forEach(function(value, name, self) {
  seen.push(name, value, this.tag, self === it);
  if (name === 'a') it.delete('b');
}, { tag: 't' });
assert.deepStrictEqual(seen, ['a', '1', 't', true, 'c', '3', 't', true]);
const live = new URLSearchParams('a=1');
const entries = live.entries();
live.append('b', 2);
assert.deepStrictEqual([...entries], [['a', '1'], ['b', '2']]);
assert.deepStrictEqual(entries.next(), { value: undefined, done: true });
assert.strictEqual(URLSearchParams.prototype[Symbol.iterator], URLSearchParams.prototype.entries);
const iterProto = Object.getPrototypeOf(live.keys());
assert.strictEqual(Object.getPrototypeOf(iterProto), Object.getPrototypeOf(Object.getPrototypeOf([].keys())));
assert.deepStrictEqual(Object.keys(iterProto), ['next']);
assert.strictEqual(Object.prototype.toString.call(live.keys()), '[object URLSearchParams Iterator]');

// Errors.
assert.throws(() => p.get(), { code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified' });
assert.throws(() => p.append('a'),
              { code: 'ERR_MISSING_ARGS', message: 'The "name" and "value" arguments must be specified' });
assert.throws(() => p.forEach(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (1)',
});
assert.throws(() => URLSearchParams.prototype.get.call({}, 'a'),
              { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParams' });
assert.throws(() => URLSearchParams.prototype.size, { code: 'ERR_INVALID_THIS' });
assert.throws(() => iterProto.next.call({}),
              { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type URLSearchParamsIterator' });

// Shape of the prototype.
assert.deepStrictEqual(Object.keys(URLSearchParams.prototype),
                       ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach',
                        'keys', 'values', 'toString']);
assert.deepStrictEqual(['append', 'delete', 'has', 'forEach', 'sort'].map((k) => URLSearchParams.prototype[k].length),
                       [2, 1, 1, 1, 0]);
assert.strictEqual(Object.prototype.toString.call(p), '[object URLSearchParams]');
assert.deepStrictEqual(Object.keys(p), []);
