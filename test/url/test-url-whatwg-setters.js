'use strict';
// WHATWG URL setters: each one's state-override parse, the cases where it must leave the URL alone, and the
// live searchParams view kept in step both ways.
const assert = require('assert');

function set(href, prop, value) {
  const url = new URL(href);
  url[prop] = value;
  return url.href;
}

const http = 'http://u:p@a.com:81/p/q?s=1#h';

// protocol
assert.strictEqual(set(http, 'protocol', 'https'), 'https://u:p@a.com:81/p/q?s=1#h');
assert.strictEqual(set(http, 'protocol', 'WS:ignored'), 'ws://u:p@a.com:81/p/q?s=1#h');
assert.strictEqual(set('https://a.com:80/', 'protocol', 'http'), 'http://a.com/');
assert.strictEqual(set('http://a.com:443/', 'protocol', 'https'), 'https://a.com/');
assert.strictEqual(set(http, 'protocol', 'foo'), http);
assert.strictEqual(set(http, 'protocol', 'file'), http);
assert.strictEqual(set(http, 'protocol', ' http'), http);
assert.strictEqual(set(http, 'protocol', 'ht\ttps'), 'https://u:p@a.com:81/p/q?s=1#h');
assert.strictEqual(set('foo://h/', 'protocol', 'http'), 'foo://h/');
assert.strictEqual(set('foo://h/', 'protocol', 'bar+1'), 'bar+1://h/');
assert.strictEqual(set('file:///x', 'protocol', 'http'), 'file:///x');
assert.strictEqual(set('file://h/x', 'protocol', 'https'), 'https://h/x');

// username / password
assert.strictEqual(set(http, 'username', 'us er@:/'), 'http://us%20er%40%3A%2F:p@a.com:81/p/q?s=1#h');
assert.strictEqual(set(http, 'password', ''), 'http://u@a.com:81/p/q?s=1#h');
assert.strictEqual(set('http://a.com/', 'password', 'ü'), 'http://:%C3%BC@a.com/');
assert.strictEqual(set('file:///x', 'username', 'u'), 'file:///x');
assert.strictEqual(set('foo:/x', 'password', 'p'), 'foo:/x');

// host / hostname
assert.strictEqual(set(http, 'host', 'b.com:90'), 'http://u:p@b.com:90/p/q?s=1#h');
assert.strictEqual(set(http, 'host', 'b.com'), 'http://u:p@b.com:81/p/q?s=1#h');
assert.strictEqual(set(http, 'host', 'b.com:80'), 'http://u:p@b.com/p/q?s=1#h');
assert.strictEqual(set(http, 'host', 'b.com:99999'), 'http://u:p@b.com:81/p/q?s=1#h');
assert.strictEqual(set(http, 'host', 'b.com:12ab'), 'http://u:p@b.com:12/p/q?s=1#h');
assert.strictEqual(set(http, 'host', 'x/y?z'), 'http://u:p@x:81/p/q?s=1#h');
assert.strictEqual(set(http, 'host', ''), http);
assert.strictEqual(set(http, 'host', 'a b'), http);
assert.strictEqual(set(http, 'host', '[::1]:5'), 'http://u:p@[::1]:5/p/q?s=1#h');
assert.strictEqual(set(http, 'hostname', 'b.com:90'), http);
assert.strictEqual(set(http, 'hostname', '1.2.3'), 'http://u:p@1.2.0.3:81/p/q?s=1#h');
assert.strictEqual(set(http, 'hostname', 'Ü.com'), 'http://u:p@xn--tda.com:81/p/q?s=1#h');
assert.strictEqual(set('foo://h/p', 'host', ''), 'foo:///p');
assert.strictEqual(set('foo://u@h/p', 'host', ''), 'foo://u@h/p');
assert.strictEqual(set('foo://h/p', 'host', 'Ü'), 'foo://%C3%9C/p');
assert.strictEqual(set('foo:opaque', 'host', 'h'), 'foo:opaque');
assert.strictEqual(set('file://h/x', 'host', 'localhost'), 'file:///x');
assert.strictEqual(set('file:///x', 'host', 'h:1'), 'file:///x');
assert.strictEqual(set('file:///x', 'hostname', 'h/y'), 'file://h/x');

// port
assert.strictEqual(set(http, 'port', '8080'), 'http://u:p@a.com:8080/p/q?s=1#h');
assert.strictEqual(set(http, 'port', '80'), 'http://u:p@a.com/p/q?s=1#h');
assert.strictEqual(set(http, 'port', ''), 'http://u:p@a.com/p/q?s=1#h');
assert.strictEqual(set(http, 'port', '12abc'), 'http://u:p@a.com:12/p/q?s=1#h');
assert.strictEqual(set(http, 'port', 'abc'), http);
assert.strictEqual(set(http, 'port', '65536'), http);
assert.strictEqual(set(http, 'port', 9999), 'http://u:p@a.com:9999/p/q?s=1#h');
assert.strictEqual(set('file://h/x', 'port', '1'), 'file://h/x');

// pathname
assert.strictEqual(set(http, 'pathname', 'a/../b c'), 'http://u:p@a.com:81/b%20c?s=1#h');
assert.strictEqual(set(http, 'pathname', '\\x\\y'), 'http://u:p@a.com:81/x/y?s=1#h');
assert.strictEqual(set(http, 'pathname', '?#'), 'http://u:p@a.com:81/%3F%23?s=1#h');
assert.strictEqual(set(http, 'pathname', ''), 'http://u:p@a.com:81/?s=1#h');
assert.strictEqual(set('foo://h/p', 'pathname', ''), 'foo://h');
assert.strictEqual(set('foo://h', 'pathname', 'a\\b'), 'foo://h/a\\b');
assert.strictEqual(set('foo:/p', 'pathname', '//x'), 'foo:/.//x');
assert.strictEqual(set('foo:opaque', 'pathname', 'x'), 'foo:opaque');
assert.strictEqual(set('file:///C:/x', 'pathname', '/C:/../..'), 'file:///C:/');

// search / hash
assert.strictEqual(set(http, 'search', '?a b\'"#'), 'http://u:p@a.com:81/p/q?a%20b%27%22%23#h');
assert.strictEqual(set('foo://h/#f', 'search', "'#"), "foo://h/?'%23#f");
assert.strictEqual(set(http, 'search', ''), 'http://u:p@a.com:81/p/q#h');
assert.strictEqual(set(http, 'search', '?'), 'http://u:p@a.com:81/p/q?#h');
assert.strictEqual(set(http, 'hash', '#a b`#'), 'http://u:p@a.com:81/p/q?s=1#a%20b%60#');
assert.strictEqual(set(http, 'hash', ''), 'http://u:p@a.com:81/p/q?s=1');
// An opaque path loses trailing spaces once nothing follows it.
assert.strictEqual(set('foo:a  #x', 'hash', ''), 'foo:a');
assert.strictEqual(set('foo:a  ?q#x', 'search', ''), 'foo:a  #x');

// href
assert.strictEqual(set(http, 'href', 'HTTP://New/'), 'http://new/');
assert.throws(() => set(http, 'href', 'bad'), (err) => err.code === 'ERR_INVALID_URL' && err.input === 'bad' &&
  !('base' in err));

// searchParams is one object, in step with the URL both ways.
const url = new URL('http://a/?x=1&y=2');
const params = url.searchParams;
assert.strictEqual(url.searchParams, params);
params.append('z', '3 4&');
assert.strictEqual(url.href, 'http://a/?x=1&y=2&z=3+4%26');
params.delete('x');
params.delete('y');
params.delete('z');
assert.strictEqual(url.href, 'http://a/');
url.search = 'q=9';
assert.strictEqual(params.get('q'), '9');
url.href = 'http://b/?r=8#f';
assert.deepStrictEqual([...params], [['r', '8']]);
params.sort();
assert.strictEqual(url.href, 'http://b/?r=8#f');
url.hash = 'g';
assert.strictEqual(url.search, '?r=8');
const opaque = new URL('foo:bar  ?x=1');
opaque.searchParams.delete('x');
assert.strictEqual(opaque.href, 'foo:bar');
const empty = new URL('http://a/?');
assert.strictEqual(empty.search, '');
assert.strictEqual(empty.href, 'http://a/?');
empty.searchParams.sort();
assert.strictEqual(empty.href, 'http://a/');
