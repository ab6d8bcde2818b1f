'use strict';
// WHATWG URL and URLSearchParams: parsing against a base, hosts (IDNA, IPv4 forms, IPv6), setters, the live
// searchParams view, errors, inspection, and node's file URL helpers.
const assert = require('assert');
const util = require('util');
const url = require('url');

const u = new URL('HTTPS://User:Pa ss@EXAMPLE.com:443/a/./b/../c?x=1 2#frag ment');
assert.strictEqual(u.href, 'https://User:Pa%20ss@example.com/a/c?x=1%202#frag%20ment');
assert.deepStrictEqual([u.origin, u.host, u.port, u.pathname, u.search, u.hash],
                       ['https://example.com', 'example.com', '', '/a/c', '?x=1%202', '#frag%20ment']);
assert.strictEqual(new URL('../x?y', 'http://h/a/b/c').href, 'http://h/a/x?y');
assert.strictEqual(new URL('http://0x7f.1/').host, '127.0.0.1');
assert.strictEqual(new URL('http://[0:0:0:0:0:ffff:7f00:1]/').host, '[::ffff:7f00:1]');
assert.strictEqual(new URL('http://bücher.de/').host, 'xn--bcher-kva.de');
assert.strictEqual(new URL('file:///C:/x/../y').href, 'file:///C:/y');
assert.strictEqual(new URL('mailto:a@b').pathname, 'a@b');
assert.strictEqual(URL.canParse('nope'), false);
assert.strictEqual(URL.canParse('/p', 'http://h'), true);

assert.throws(() => new URL('nope'), (e) => e instanceof TypeError && String(e) === 'TypeError: Invalid URL' &&
  e.code === 'ERR_INVALID_URL' && e.input === 'nope');
assert.throws(() => new URL('x', 'also bad'), { code: 'ERR_INVALID_URL', input: 'x', base: 'also bad' });
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS' });

const s = new URL('http://h/p');
s.protocol = 'https';
s.port = '8443';
s.hostname = 'other';
s.pathname = 'a b';
s.hash = 'h';
assert.strictEqual(s.href, 'https://other:8443/a%20b#h');
s.port = '99999';
assert.strictEqual(s.port, '8443');
s.protocol = 'foo';
assert.strictEqual(s.protocol, 'https:');

const q = new URL('http://h/?a=1&b=2&a=3');
assert.deepStrictEqual(q.searchParams.getAll('a'), ['1', '3']);
q.searchParams.append('c', 'x y&z');
assert.strictEqual(q.search, '?a=1&b=2&a=3&c=x+y%26z');
q.search = '?k=v';
assert.deepStrictEqual([...q.searchParams], [['k', 'v']]);
const params = new URLSearchParams({ b: '2', a: '1' });
params.sort();
assert.strictEqual(params.toString(), 'a=1&b=2');
assert.strictEqual(params.size, 2);

assert.strictEqual(util.inspect(new URLSearchParams('a=1&b=')), "URLSearchParams { 'a' => '1', 'b' => '' }");
assert.strictEqual(util.inspect(new URLSearchParams('a=1').keys()), "URLSearchParams Iterator { 'a' }");
assert.strictEqual(util.inspect(new URL('http://h/x')), `URL {
  href: 'http://h/x',
  origin: 'http://h',
  protocol: 'http:',
  username: '',
  password: '',
  host: 'h',
  hostname: 'h',
  port: '',
  pathname: '/x',
  search: '',
  searchParams: URLSearchParams {},
  hash: ''
}`);

assert.strictEqual(url.fileURLToPath('file:///a/b%20c'), '/a/b c');
assert.strictEqual(url.pathToFileURL('/a b#?%').href, 'file:///a%20b%23%3F%25');
assert.throws(() => url.fileURLToPath('http://x'), { code: 'ERR_INVALID_URL_SCHEME' });
assert.throws(() => url.fileURLToPath('file:///a%2fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPath('file://host/a'), { code: 'ERR_INVALID_FILE_URL_HOST' });
assert.deepStrictEqual({ ...url.urlToHttpOptions(new URL('http://u:p@[::1]:81/a?b#c')) }, {
  protocol: 'http:', hostname: '::1', hash: '#c', search: '?b', pathname: '/a', path: '/a?b',
  href: 'http://u:p@[::1]:81/a?b#c', port: 81, auth: 'u:p',
});
assert.strictEqual(url.format(new URL('http://u:p@xn--bcher-kva.de/a?b#c'),
                              { unicode: true, auth: false, search: false, fragment: false }), 'http://bücher.de/a');
assert.strictEqual(url.domainToASCII('español.com'), 'xn--espaol-zwa.com');
assert.strictEqual(url.domainToUnicode('xn--espaol-zwa.com'), 'español.com');
