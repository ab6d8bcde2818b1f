'use strict';
// Legacy url.resolve() / url.resolveObject(): expected values are what node v20 prints.
const assert = require('assert');
const url = require('url');

// [base, reference, expected]
const cases = [
  ['/foo/bar/baz', 'quux', '/foo/bar/quux'],
  ['/foo/bar/baz', '../quux/baz', '/foo/quux/baz'],
  ['/foo/bar/baz', '/bar', '/bar'],
  ['/foo/bar/baz/', 'quux', '/foo/bar/baz/quux'],
  ['/foo/bar/baz', '../../../../../../../../quux/baz', '/quux/baz'],
  ['/foo', '.', '/'],
  ['/foo/', '..', '/'],
  ['/foo/bar/', '..', '/foo/'],
  ['foo/bar', '../../../baz', '../../baz'],
  ['foo/bar/', '../../../baz', '../baz'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:#hash2', 'https:///#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'https:/p/a/t/h?s#hash2', 'https://p/a/t/h?s#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:#hash2', 'http://example.com/b//c//d;p?q#hash2'],
  ['http://example.com/b//c//d;p?q#blarg', 'http:/a/b/c/d', 'http://example.com/a/b/c/d'],
  ['/foo/bar/baz', '/../etc/passwd', '/etc/passwd'],
  ['http://localhost', 'file:///Users/foo', 'file:///Users/foo'],
  ['http://localhost', 'file://foo/Users', 'file://foo/Users'],
  ['https://registry.npmjs.org', '@foo/bar', 'https://registry.npmjs.org/@foo/bar'],
  ['foo:a/b', '../c', 'foo:c'],
  ['foo:a', 'foo:.', 'foo:'],
  ['zz:abc', '/foo/../../../bar', 'zz:/bar'],
  ['zz:abc', 'foo/../../../bar', 'zz:bar'],
  ['http://a/b/c/d;p?q', '//g', 'http://g/'],
  ['http://a/b/c/d;p?q', '?y', 'http://a/b/c/d;p?y'],
  ['http://a/b/c/d;p?q', '#s', 'http://a/b/c/d;p?q#s'],
  ['http://a/b/c/d;p?q', '', 'http://a/b/c/d;p?q'],
  ['http://a/b/c/d;p?q', '../../../g', 'http://a/g'],
  ['http://a/b/c/d;p?q', 'g;x=1/../y', 'http://a/b/c/y'],
  ['http://a/b/c/d;p?q', 'g?y/../x', 'http://a/b/c/g?y/../x'],
  ['http://a/b/c/d;p?q', 'http:g', 'http://a/b/c/g'],
  ['http://a/b/c/d;p=1/2?q', '../../', 'http://a/b/'],
  ['fred:///s//a/b/c', '//g', 'fred://g'],
  ['fred:///s//a/b/c', '../../../g', 'fred:///s/g'],
  ['http:///s//a/b/c', '//g/x', 'http://g/x'],
  ['http:///s//a/b/c', '../../../../g', 'http:///g'],
  ['mailto:local1@domain1?query1', 'local2@domain2', 'mailto:local2@domain2'],
  ['mailto:local@domain?query1', '?query2', 'mailto:local@domain?query2'],
  ['mailto:local/qual1@domain1.org', 'more/qual2@domain2.org#frag', 'mailto:local/more/qual2@domain2.org#frag'],
  ['mid:m@example.ord/c@example.org', 'm2@example.ord/c2@example.org',
   'mid:m@example.ord/m2@example.ord/c2@example.org'],
  ['f:/a', './/g', 'f://g'],
  ['http://asdf:qwer@www.example.com', 'http://diff:auth@www.example.com', 'http://diff:auth@www.example.com/'],
  ['https://user:password@example.org/', '//another.host.com/', 'https://another.host.com/'],
  ['https://user:password@example.com', 'https://example.com/foo', 'https://user:password@example.com/foo'],
  ['#hash2', '#hash1', '#hash1'],
  ['http://example.org/base/uri', 'http:this', 'http://example.org/base/this'],
  ['http:base', 'http:this', 'http:this'],
  ['http://ex/x/y?pp/qq', '?pp/rr', 'http://ex/x/y?pp/rr'],
  ['http://a/b', 'javascript:alert(1)', 'javascript:alert(1)'],
  ['http://a/b/c', 'HTTP://X.com/Y', 'http://x.com/Y'],
];
const failures = [];
for (const [base, ref, expected] of cases) {
  const actual = url.resolve(base, ref);
  if (actual !== expected) failures.push(`resolve(${base}, ${ref}): expected ${expected}, got ${actual}`);
  // resolveObject(parse(x), y) parses like the resolved string, except where format() loses information.
  if (ref !== './/g') {
    const resolved = url.resolveObject(url.parse(base), ref);
    assert.deepStrictEqual(resolved, url.parse(expected), `resolveObject(${base}, ${ref})`);
  }
}
assert.strictEqual(failures.length, 0, failures.join('\n'));

assert.strictEqual(url.resolveObject('', 'foo'), 'foo');
const relObj = url.parse('../x');
assert.strictEqual(url.resolveObject(null, relObj), relObj);

const js = url.parse('http://nodejs.org/').resolveObject('jAvascript:alert(1);a=\x27@white-listed.com\x27');
assert.deepStrictEqual({ ...js }, {
  protocol: 'javascript:', slashes: null, auth: null, host: null, port: null, hostname: null, hash: null,
  search: null, query: null, pathname: "alert(1);a='@white-listed.com'", path: "alert(1);a='@white-listed.com'",
  href: "javascript:alert(1);a='@white-listed.com'",
});
assert.ok(js instanceof url.Url);

// resolveObject keeps extra own properties of the base and never mutates it.
const base = url.parse('http://a/b/c?q#h');
base.extra = 1;
const out = base.resolveObject('d');
assert.strictEqual(out.extra, 1);
assert.strictEqual(out.href, 'http://a/b/d');
assert.strictEqual(base.href, 'http://a/b/c?q#h');
assert.strictEqual(url.parse('http://a/b/c').resolve('../../x'), 'http://a/x');

// Schemes without slashes: a reference that names the scheme drops the base's userinfo; one without keeps it.
for (const [base, ref, expected] of [
  ['mailto:user@example.org', 'mailto:another.host.com', 'mailto:another.host.com'],
  ['mailto:user@example.org', 'another.host.com', 'mailto:user@another.host.com'],
  ['mailto:user@example.org', 'mailto:u2@x.com', 'mailto:u2@x.com'],
  ['mailto:user@example.org', 'mailto:', 'mailto:example.org'],
  ['mailto:user@example.org', 'mailto:?q', 'mailto:example.org?q'],
  ['news:user@example.org', 'news:other.org', 'news:other.org'],
  ['foo:user@a/b/c', 'foo:d', 'foo:d'],
]) {
  assert.strictEqual(url.resolve(base, ref), expected, `${base} + ${ref}`);
}
