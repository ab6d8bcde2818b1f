'use strict';
// Legacy url.format() edge cases and url module shape: expected values are what node v20 prints.
const assert = require('assert');
const url = require('url');

assert.deepStrictEqual(Object.keys(url), [
  'Url', 'parse', 'resolve', 'resolveObject', 'format', 'URL', 'URLSearchParams', 'domainToASCII',
  'domainToUnicode', 'pathToFileURL', 'fileURLToPath', 'urlToHttpOptions',
]);
assert.strictEqual(require('node:url'), url);
assert.strictEqual(url.URL, globalThis.URL);
assert.strictEqual(url.URLSearchParams, globalThis.URLSearchParams);
assert.deepStrictEqual(Object.keys(url.Url.prototype), ['parse', 'format', 'resolve', 'resolveObject', 'parseHost']);

// Wonky strings are cleaned up by format(parse()).
const wonky = {
  'http://example.com?': 'http://example.com/?',
  'http://example.com?foo=bar#frag': 'http://example.com/?foo=bar#frag',
  'http://example.com#frag=?bar/#frag': 'http://example.com/#frag=?bar/#frag',
  'http://google.com" onload="alert(42)/': 'http://google.com/%22%20onload=%22alert(42)/',
  'coap:u:p@[::1]:61616/.well-known/r?n=Temperature': 'coap:u:p@[::1]:61616/.well-known/r?n=Temperature',
  '/path/to/%%23%3F+=&.txt?foo=theA1#bar': '/path/to/%%23%3F+=&.txt?foo=theA1#bar',
  'http://ex.com/foo%3F100%m%23r?abc=the%231?&foo=bar#frag':
    'http://ex.com/foo%3F100%m%23r?abc=the%231?&foo=bar#frag',
  [`http://${'a'.repeat(255)}.com/node`]: 'http:///node',
  [`http://www.${'z'.repeat(63)}example.com/node`]: `http://www.${'z'.repeat(63)}example.com/node`,
  'http://%F0%9F%98%80@www.example.com/': 'http://%F0%9F%98%80@www.example.com/',
  'HTTP://X.COM/Y': 'http://x.com/Y',
  'http:\\\\evil-phisher\\foo.html#h\\a\\s\\h?blarg': 'http://evil-phisher/foo.html#h%5Ca%5Cs%5Ch?blarg',
};
for (const [input, expected] of Object.entries(wonky)) {
  assert.strictEqual(url.format(input), expected, input);
}

// Objects.
const objects = [
  [{ protocol: 'coap', host: '[fedc:ba98:7654:3210:fedc:ba98:7654:3210]:61616', pathname: '/s/stopButton' },
   'coap:[fedc:ba98:7654:3210:fedc:ba98:7654:3210]:61616/s/stopButton'],
  [{ protocol: 'http:', hostname: '[::]', pathname: '/' }, 'http://[::]/'],
  [{ protocol: 'file', pathname: '/home/user', path: '/home/user' }, 'file:///home/user'],
  [{ protocol: 'http:', host: 'example.com', search: '?foo=bar#1#2', query: {}, pathname: '/' },
   'http://example.com/?foo=bar%231%232'],
  [{ protocol: 'svn+ssh:', hostname: 'foo', pathname: '/bar', slashes: true }, 'svn+ssh://foo/bar'],
  [{ protocol: 'dash-test:', hostname: 'foo', pathname: '/bar' }, 'dash-test:foo/bar'],
  [{ hostname: 'h', port: 8080 }, 'h:8080'],
  [{ host: 'h:1', hostname: 'ignored', port: 2 }, 'h:1'],
  [{ query: { a: ['1', '2'], b: 'c d' } }, '?a=1&a=2&b=c%20d'],
  [{ query: 'not used' }, ''],
  [{ search: 'x', query: { ignored: 1 } }, '?x'],
  [{ hash: 'x' }, '#x'],
  [{ slashes: true, pathname: 'x' }, '///x'],
  [{ slashes: true, host: 'h', pathname: 'x' }, '//h/x'],
  [{ protocol: 'http', pathname: 'x' }, 'http:x'],
  [{ auth: 'a:b' }, ''],
  [{ auth: 'a b', host: 'h' }, 'a%20b@h'],
];
for (const [obj, expected] of objects) {
  assert.strictEqual(url.format(obj), expected, JSON.stringify(obj));
}

// Lone surrogates in credentials cannot be encoded.
assert.throws(() => url.format({ auth: '\uD800', host: 'h' }), { code: 'ERR_INVALID_URI', name: 'URIError' });

// WHATWG URL objects are formatted by the WHATWG serializer with options.
const whatwg = new URL('http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c');
assert.strictEqual(url.format(whatwg), 'http://user:pass@xn--lck1c3crb1723bpq4a.com/a?a=b#c');
assert.strictEqual(url.format(whatwg, { unicode: true, auth: false, search: false, fragment: false }),
                   'http://理容ナカムラ.com/a');
