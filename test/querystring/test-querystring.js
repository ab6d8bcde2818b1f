'use strict';
const assert = require('assert');
const qs = require('querystring');

function parsed(s, ...rest) {
  return JSON.stringify(qs.parse(s, ...rest));
}
assert.strictEqual(parsed('a=1&a=2&a=3'), '{"a":["1","2","3"]}');
assert.strictEqual(parsed('a=%zz&x=%'), '{"a":"%zz","x":"%"}');
assert.strictEqual(parsed('+a+=+b+'), '{" a ":" b "}');
assert.strictEqual(parsed('a=1;b=2', ';', ':'), '{"a=1":"","b=2":""}');
assert.strictEqual(parsed('a=1&b=2', null, null, { maxKeys: 1 }), '{"a":"1"}');
assert.strictEqual(parsed('k=%F0%9F%98%80&c=%C3'), '{"k":"😀","c":"\ufffd"}');
assert.strictEqual(parsed('&&'), '{}');
assert.strictEqual(Object.getPrototypeOf(qs.parse('a=1')), null);
assert.strictEqual(
  qs.stringify({ a: 1, b: [1, 2], c: 'x y', d: null, e: undefined, f: true, g: 1n, h: NaN, i: 'é€😀', 'k k': "~*()!'" }),
  'a=1&b=1&b=2&c=x%20y&d=&e=&f=true&g=1&h=&i=%C3%A9%E2%82%AC%F0%9F%98%80&k%20k=~*()!\'');
assert.strictEqual(qs.stringify({ a: 1e21 }), 'a=1e%2B21');
assert.strictEqual(qs.stringify({ a: 'b' }, ';', ':'), 'a:b');
assert.strictEqual(qs.encode({ a: 'x' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }), 'A=X');
assert.strictEqual(qs.stringify('x'), '');
assert.strictEqual(qs.escape('a b&c/é'), 'a%20b%26c%2F%C3%A9');
assert.strictEqual(qs.unescape('a%20b%zz+c'), 'a b%zz+c');
assert.strictEqual(qs.unescapeBuffer('%41+%42', true).toString(), 'A B');
assert.throws(() => qs.escape('\ud800'), { code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed' });

// escape(): a surrogate pairs with whatever code unit follows it (node's lenient UTF-8); a trailing one throws.
assert.strictEqual(qs.escape('\uD801test'), '%F0%90%91%B4est');
assert.strictEqual(qs.escape('\uDC01test'), '%F0%90%91%B4est');
assert.strictEqual(qs.escape('\uD801\uD801'), '%F0%90%90%81');
for (const bad of ['\uD801', 'a\uDC01']) {
  assert.throws(() => qs.escape(bad), { code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed' });
}
