'use strict';
// Legacy url.parse() and url.format(): expected values are what node v20 prints.
const assert = require('assert');
const util = require('util');
const url = require('url');

function check(input, expected, parseQueryString, slashesDenoteHost) {
  const actual = url.parse(input, parseQueryString, slashesDenoteHost);
  assert.ok(actual instanceof url.Url);
  const full = Object.assign(new url.Url(), expected);
  assert.deepStrictEqual({ ...actual }, { ...full }, `url.parse(${JSON.stringify(input)})`);
  return actual;
}

// Shape and inspection.
const sample = url.parse('http://user:pw@Host.com:8080/p/a/t/h?query=string#hash');
assert.strictEqual(util.inspect(sample), `Url {
  protocol: 'http:',
  slashes: true,
  auth: 'user:pw',
  host: 'host.com:8080',
  port: '8080',
  hostname: 'host.com',
  hash: '#hash',
  search: '?query=string',
  query: 'query=string',
  pathname: '/p/a/t/h',
  path: '/p/a/t/h?query=string',
  href: 'http://user:pw@host.com:8080/p/a/t/h?query=string#hash'
}`);
assert.deepStrictEqual(Object.keys(new url.Url()), [
  'protocol', 'slashes', 'auth', 'host', 'port', 'hostname', 'hash', 'search', 'query', 'pathname', 'path', 'href',
]);
assert.strictEqual(url.parse(sample), sample);

const withQuery = url.parse('http://x.com/p?a=1&b=2&a=3#h', true);
assert.strictEqual(Object.getPrototypeOf(withQuery.query), null);
assert.deepStrictEqual({ ...withQuery.query }, { a: ['1', '3'], b: '2' });
assert.strictEqual(withQuery.search, '?a=1&b=2&a=3');
const noQuery = url.parse('http://x.com', true);
assert.strictEqual(noQuery.search, null);
assert.deepStrictEqual({ ...noQuery.query }, {});
assert.strictEqual(Object.getPrototypeOf(noQuery.query), null);

check('http:\\\\evil-phisher\\foo.html?json="\\"foo\\""#h\\a\\s\\h', {
  protocol: 'http:', slashes: true, host: 'evil-phisher', hostname: 'evil-phisher', pathname: '/foo.html',
  search: '?json=%22%5C%22foo%5C%22%22', query: 'json=%22%5C%22foo%5C%22%22',
  path: '/foo.html?json=%22%5C%22foo%5C%22%22', hash: '#h%5Ca%5Cs%5Ch',
  href: 'http://evil-phisher/foo.html?json=%22%5C%22foo%5C%22%22#h%5Ca%5Cs%5Ch',
});
check('http://USER:PW@www.ExAmPlE.com/', {
  protocol: 'http:', slashes: true, auth: 'USER:PW', host: 'www.example.com', hostname: 'www.example.com',
  pathname: '/', path: '/', href: 'http://USER:PW@www.example.com/',
});
check('http://user%3Apw@www.example.com/', {
  protocol: 'http:', slashes: true, auth: 'user:pw', host: 'www.example.com', hostname: 'www.example.com',
  pathname: '/', path: '/', href: 'http://user:pw@www.example.com/',
});
check('HtTp://x.y.cOm;A/b/c?d=e#f g<h>i', {
  protocol: 'http:', slashes: true, host: 'x.y.com', hostname: 'x.y.com', pathname: ';A/b/c', search: '?d=e',
  query: 'd=e', hash: '#f%20g%3Ch%3Ei', path: ';A/b/c?d=e', href: 'http://x.y.com/;A/b/c?d=e#f%20g%3Ch%3Ei',
});
check('<http://goo.corn/bread> Is a URL!', {
  pathname: '%3Chttp://goo.corn/bread%3E%20Is%20a%20URL!', path: '%3Chttp://goo.corn/bread%3E%20Is%20a%20URL!',
  href: '%3Chttp://goo.corn/bread%3E%20Is%20a%20URL!',
});
check('http://mt0.google.com/vt/lyrs=m@114???&hl=en', {
  protocol: 'http:', slashes: true, host: 'mt0.google.com', hostname: 'mt0.google.com', pathname: '/vt/lyrs=m@114',
  search: '???&hl=en', query: '??&hl=en', path: '/vt/lyrs=m@114???&hl=en',
  href: 'http://mt0.google.com/vt/lyrs=m@114???&hl=en',
});
check('file:///etc/passwd', {
  protocol: 'file:', slashes: true, host: '', hostname: '', pathname: '/etc/passwd', path: '/etc/passwd',
  href: 'file:///etc/passwd',
});
check('mailto:foo@bar.com?subject=hello', {
  protocol: 'mailto:', auth: 'foo', host: 'bar.com', hostname: 'bar.com', search: '?subject=hello',
  query: 'subject=hello', path: '?subject=hello', href: 'mailto:foo@bar.com?subject=hello',
});
check('javAscript:alert(1);a=\x27@white-listed.com\x27', {
  protocol: 'javascript:', pathname: "alert(1);a='@white-listed.com'", path: "alert(1);a='@white-listed.com'",
  href: "javascript:alert(1);a='@white-listed.com'",
});
check('xmpp:isaacschlueter@jabber.org', {
  protocol: 'xmpp:', auth: 'isaacschlueter', host: 'jabber.org', hostname: 'jabber.org',
  href: 'xmpp:isaacschlueter@jabber.org',
});
check('dot.test:foo/bar', {
  protocol: 'dot.test:', host: 'foo', hostname: 'foo', pathname: '/bar', path: '/bar', href: 'dot.test:foo/bar',
});
check('http://www.Äffchen.com/', {
  protocol: 'http:', slashes: true, host: 'www.xn--ffchen-9ta.com', hostname: 'www.xn--ffchen-9ta.com',
  pathname: '/', path: '/', href: 'http://www.xn--ffchen-9ta.com/',
});
check('http://➡.ws/➡', {
  protocol: 'http:', slashes: true, host: 'xn--hgi.ws', hostname: 'xn--hgi.ws', pathname: '/➡', path: '/➡',
  href: 'http://xn--hgi.ws/➡',
});
check('coap://[1080:0:0:0:8:800:200C:417A]:61616/', {
  protocol: 'coap:', slashes: true, host: '[1080:0:0:0:8:800:200c:417a]:61616', port: '61616',
  hostname: '1080:0:0:0:8:800:200c:417a', pathname: '/', path: '/',
  href: 'coap://[1080:0:0:0:8:800:200c:417a]:61616/',
});
check('http://[fe80::1]:/a/b?a=b#abc', {
  protocol: 'http:', slashes: true, host: '[fe80::1]', hostname: 'fe80::1', pathname: '/a/b', search: '?a=b',
  query: 'a=b', hash: '#abc', path: '/a/b?a=b', href: 'http://[fe80::1]/a/b?a=b#abc',
});
check('http://example.com:', {
  protocol: 'http:', slashes: true, host: 'example.com', hostname: 'example.com', pathname: '/', path: '/',
  href: 'http://example.com/',
});
check('http://a@b@c/', {
  protocol: 'http:', slashes: true, auth: 'a@b', host: 'c', hostname: 'c', pathname: '/', path: '/',
  href: 'http://a%40b@c/',
});
check('http://a@b?@c', {
  protocol: 'http:', slashes: true, auth: 'a', host: 'b', hostname: 'b', pathname: '/', search: '?@c',
  query: '@c', path: '/?@c', href: 'http://a@b/?@c',
});
check('http://a\r" \t\n<\'b:b@c\r\nd/e?f', {
  protocol: 'http:', slashes: true, auth: 'a" <\'b:b', host: 'cd', hostname: 'cd', pathname: '/e',
  search: '?f', query: 'f', path: '/e?f', href: 'http://a%22%20%3C\'b:b@cd/e?f',
});
check('http://x:1/\' <>"`/{}|\\^~`/', {
  protocol: 'http:', slashes: true, host: 'x:1', port: '1', hostname: 'x',
  pathname: '/%27%20%3C%3E%22%60/%7B%7D%7C/%5E~%60/', path: '/%27%20%3C%3E%22%60/%7B%7D%7C/%5E~%60/',
  href: 'http://x:1/%27%20%3C%3E%22%60/%7B%7D%7C/%5E~%60/',
});
check('\bhttp://example.com/\b', {
  protocol: 'http:', slashes: true, host: 'example.com', hostname: 'example.com', pathname: '/', path: '/',
  href: 'http://example.com/',
});
check('x://0.0,1.1/', {
  protocol: 'x:', slashes: true, host: '0.0,1.1', hostname: '0.0,1.1', pathname: '/', path: '/',
  href: 'x://0.0,1.1/',
});
check('//some_path', { pathname: '//some_path', path: '//some_path', href: '//some_path' });
check('//a/b', { slashes: true, host: 'a', hostname: 'a', pathname: '/b', path: '/b', href: '//a/b' },
      false, true);
check('/a"b', { pathname: '/a"b', path: '/a"b', href: '/a"b' });
check(`http://${'a'.repeat(256)}/x`, {
  protocol: 'http:', slashes: true, host: '', hostname: '', pathname: '/x', path: '/x', href: 'http:///x',
});

// Errors.
for (const bad of [undefined, null, true, 0, [], {}, () => {}, Symbol('s')]) {
  assert.throws(() => url.parse(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => url.parse(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "url" argument must be of type string. Received type number (1)',
});
assert.throws(() => url.parse('http://%E0%A4%A@fail'), (e) => e instanceof URIError && e.code === undefined);
assert.throws(() => url.parse('http://[127.0.0.1\x00c8763]:8000/'),
              { code: 'ERR_INVALID_URL', input: 'http://[127.0.0.1\x00c8763]:8000/' });
assert.throws(() => url.parse('http://fail\u2100fail.com/'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.parse('http://\u00AD/bad.com/'), { code: 'ERR_INVALID_URL' });

// format() of objects.
assert.strictEqual(url.format({ protocol: 'http', host: 'a.com', pathname: 'a/b/c', hash: 'h', search: 's' }),
                   'http://a.com/a/b/c?s#h');
assert.strictEqual(url.format({ auth: 'atslash/@:/@', hostname: 'foo', protocol: 'http:', pathname: '/' }),
                   'http://atslash%2F%40:%2F%40@foo/');
assert.strictEqual(url.format({ protocol: 'http:', hostname: '::1', port: '80', pathname: 'x' }),
                   'http://[::1]:80/x');
assert.strictEqual(url.format({ protocol: 'file' }), 'file://');
assert.strictEqual(url.format({ protocol: 'mailto', pathname: 'x' }), 'mailto:x');
assert.strictEqual(url.format({ pathname: '/path/to/%#?+=&.txt', query: { foo: 'the#1' }, hash: '#bar' }),
                   '/path/to/%%23%3F+=&.txt?foo=the%231#bar');
assert.strictEqual(url.format({ search: '?a#b' }), '?a%23b');
assert.strictEqual(url.format({ auth: '\uD83D\uDE00', hostname: 'www.example.com', protocol: 'http:' }),
                   'http://%F0%9F%98%80@www.example.com');
assert.strictEqual(url.format(''), '');
assert.strictEqual(url.format({}), '');
assert.strictEqual(url.format('http://example.com?foo=@bar#frag'), 'http://example.com/?foo=@bar#frag');
assert.strictEqual(url.format(sample), sample.href);
for (const bad of [undefined, null, true, false, 0, () => {}, Symbol('foo')]) {
  assert.throws(() => url.format(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: /^The "urlObject" argument must be one of type object or string\./,
  });
}

// Url.prototype methods work on parsed objects.
assert.strictEqual(url.parse('http://a/b/c').format(), 'http://a/b/c');
const reused = new url.Url();
assert.strictEqual(reused.parse('http://h/p?q'), reused);
assert.strictEqual(reused.href, 'http://h/p?q');
