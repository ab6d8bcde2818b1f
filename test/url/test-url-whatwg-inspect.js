'use strict';
// util.inspect of URL, URLSearchParams and their iterators (depth, showHidden, line breaking, subclasses), the
// URL prototype's shape and brand checks.
const assert = require('assert');
const util = require('util');

const url = new URL('https://user:pass@host.name:8080/p/?q=1#h');
assert.strictEqual(util.inspect(url), `URL {
  href: 'https://user:pass@host.name:8080/p/?q=1#h',
  origin: 'https://host.name:8080',
  protocol: 'https:',
  username: 'user',
  password: 'pass',
  host: 'host.name:8080',
  hostname: 'host.name',
  port: '8080',
  pathname: '/p/',
  search: '?q=1',
  searchParams: URLSearchParams { 'q' => '1' },
  hash: '#h'
}`);
assert.strictEqual(util.inspect(new URL('foo:bar'), { showHidden: true }), `URL {
  href: 'foo:bar',
  origin: 'null',
  protocol: 'foo:',
  username: '',
  password: '',
  host: '',
  hostname: '',
  port: '',
  pathname: 'bar',
  search: '',
  searchParams: URLSearchParams {},
  hash: '',
  [Symbol(context)]: URLContext {
    href: 'foo:bar',
    protocol_end: 4,
    username_end: 4,
    host_start: 4,
    host_end: 4,
    pathname_start: 4,
    search_start: 4294967295,
    hash_start: 4294967295,
    port: 4294967295,
    scheme_type: 1,
    [hasPort]: [Getter],
    [hasSearch]: [Getter],
    [hasHash]: [Getter]
  }
}`);
const hidden = util.inspect(url, { showHidden: true });
assert.ok(hidden.includes(`[Symbol(context)]: URLContext {
    href: 'https://user:pass@host.name:8080/p/?q=1#h',
    protocol_end: 6,
    username_end: 12,
    host_start: 17,
    host_end: 27,
    pathname_start: 32,
    search_start: 35,
    hash_start: 39,
    port: 8080,
    scheme_type: 2,`), hidden);
assert.ok(util.inspect(new URL('web+demo:/.//x'), { showHidden: true }).includes('pathname_start: 11,'));
assert.ok(util.inspect(new URL('file:///x?#'), { showHidden: true })
  .includes('search_start: 9,\n    hash_start: 10,\n    port: 4294967295,\n    scheme_type: 6,'));
assert.strictEqual(util.inspect({ a: url }, { depth: 0 }), '{ a: URL {} }');
assert.ok(util.inspect(url, { depth: 0 }).includes('  searchParams: [Object],\n'));
assert.ok(util.inspect({ a: { b: url } }, { depth: 2 }).includes("searchParams: URLSearchParams { 'q' => '1' }"));
class MyURL extends URL {}
assert.ok(util.inspect(new MyURL('http://a')).startsWith('MyURL {\n  href: \'http://a/\','));

// URLSearchParams and iterators.
const params = new URLSearchParams('a=1&b=2&c=3');
assert.strictEqual(util.inspect(params), "URLSearchParams { 'a' => '1', 'b' => '2', 'c' => '3' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(params.keys()), "URLSearchParams Iterator { 'a', 'b', 'c' }");
assert.strictEqual(util.inspect(params.values()), "URLSearchParams Iterator { '1', '2', '3' }");
const entries = params.entries();
entries.next();
assert.strictEqual(util.inspect(entries), "URLSearchParams Iterator { [ 'b', '2' ], [ 'c', '3' ] }");
assert.strictEqual(util.inspect(new URLSearchParams().keys()), 'URLSearchParams Iterator {  }');
assert.strictEqual(util.inspect({ a: { b: params } }, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(util.inspect({ x: params.entries() }, { depth: 1 }),
                   '{ x: URLSearchParams Iterator { [Array], [Array], [Array] } }');
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2'), { breakLength: 21 }),
                   "URLSearchParams {\n  'a' => '1',\n  'b' => '2' }");
assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=2'), { breakLength: 22 }),
                   "URLSearchParams { 'a' => '1', 'b' => '2' }");
const long = new URLSearchParams(`a=${'x'.repeat(72)}`);
assert.ok(util.inspect(long).startsWith('URLSearchParams {\n  '));
assert.ok(!util.inspect(new URLSearchParams(`a=${'x'.repeat(71)}`)).includes('\n'));
assert.ok(util.inspect(new URLSearchParams(`a=${'x'.repeat(66)}`).values()).includes('\n'));
assert.ok(!util.inspect(new URLSearchParams(`a=${'x'.repeat(65)}`).values()).includes('\n'));
assert.strictEqual(util.inspect(new URLSearchParams('a=1'), { colors: true }),
                   "URLSearchParams { \x1b[32m'a'\x1b[39m => \x1b[32m'1'\x1b[39m }");
class MyParams extends URLSearchParams {}
assert.strictEqual(util.inspect(new MyParams('a=b')), "MyParams { 'a' => 'b' }");

// The prototype: enumerable accessors and methods, in node's order.
assert.deepStrictEqual(Object.keys(URL.prototype), ['toString', 'href', 'origin', 'protocol', 'username',
  'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']);
const origin = Object.getOwnPropertyDescriptor(URL.prototype, 'origin');
assert.strictEqual(origin.set, undefined);
assert.strictEqual(origin.configurable, true);
assert.deepStrictEqual(Object.keys(URL), ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']);
assert.strictEqual(URL.length, 1);
assert.deepStrictEqual(Object.keys(new URL('http://a')), []);
assert.deepStrictEqual(Object.getOwnPropertySymbols(new URL('http://a')), []);

// A receiver that is not a URL fails on the private state (V8's message differs between versions).
for (const key of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'searchParams', 'hash']) {
  assert.throws(() => Reflect.get(URL.prototype, key, {}), { name: 'TypeError' });
}
for (const key of ['href', 'protocol', 'host', 'search', 'hash']) {
  assert.throws(() => Reflect.set(URL.prototype, key, 'x', {}), { name: 'TypeError' });
}
assert.throws(() => URL.prototype.toString.call({}), TypeError);
