'use strict';
// WHATWG URL parsing: special and non-special schemes, relative references, file URLs and drive letters,
// IPv4/IPv6/opaque/IDNA hosts, percent-encoding per component, failures and their errors.
const assert = require('assert');

const props = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname',
  'search', 'hash'];

function check(input, base, expected) {
  const url = base === undefined ? new URL(input) : new URL(input, base);
  const actual = {};
  for (const key of Object.keys(expected)) actual[key] = url[key];
  assert.deepStrictEqual(actual, expected, `${input} against ${base}`);
  assert.strictEqual(URL.canParse(input, base), true);
}

check(' \t HTTPS://User:Pa ss@EXAMPLE.com:443/a/./b/../c?x=1 2\'#frag ment\n', undefined, {
  href: 'https://User:Pa%20ss@example.com/a/c?x=1%202%27#frag%20ment',
  origin: 'https://example.com', protocol: 'https:', username: 'User', password: 'Pa%20ss', host: 'example.com',
  hostname: 'example.com', port: '', pathname: '/a/c', search: '?x=1%202%27', hash: '#frag%20ment',
});
check('http://a@b@c:d@host:8080', undefined, {
  href: 'http://a%40b%40c:d@host:8080/', username: 'a%40b%40c', password: 'd', host: 'host:8080', port: '8080',
});
check('http://ex\tam\nple.com/p\ra', undefined, { href: 'http://example.com/pa' });
check('http:\\\\\\host\\a\\..\\b', undefined, { href: 'http://host/b' });
check('http://host:00080/', undefined, { href: 'http://host/', port: '' });
check('ws://h:80/', undefined, { origin: 'ws://h', port: '' });
check('wss://h:80/', undefined, { origin: 'wss://h:80', port: '80' });
check('ftp://h:21', undefined, { href: 'ftp://h/', origin: 'ftp://h' });

// Hosts: IPv4 forms, IPv6 compression, IDNA, percent-decoding, opaque hosts.
check('http://0x7f.1/', undefined, { host: '127.0.0.1' });
check('http://0300.0250.0.1/', undefined, { host: '192.168.0.1' });
check('http://4294967295/', undefined, { host: '255.255.255.255' });
check('http://1.2.3.0x/', undefined, { host: '1.2.3.0' });
check('http://[0:0:0:0:0:ffff:7f00:1]/', undefined, { host: '[::ffff:7f00:1]' });
check('http://[1:0:0:2:0:0:0:3]/', undefined, { host: '[1:0:0:2::3]' });
check('http://[::127.0.0.1]:99/', undefined, { host: '[::7f00:1]:99', hostname: '[::7f00:1]' });
check('http://bücher.de/', undefined, { host: 'xn--bcher-kva.de' });
check('http://EX%41MPLE.com/', undefined, { host: 'example.com' });
check('http://%E2%98%83.com/', undefined, { host: 'xn--n3h.com' });
check('http://ÉXAMPLE.com./', undefined, { host: 'xn--xample-9ua.com.' });
check('foo://Ex%41mple.COM:9/', undefined, { host: 'Ex%41mple.COM:9', origin: 'null' });
check('foo://ü/', undefined, { host: '%C3%BC' });
check('foo://', undefined, { href: 'foo://', host: '', pathname: '' });

// Non-special and opaque paths.
check('mailto:Someone@Example.com?subject=hi there', undefined, {
  pathname: 'Someone@Example.com', search: '?subject=hi%20there', host: '', origin: 'null',
});
check('javascript:alert(1)', undefined, { pathname: 'alert(1)', protocol: 'javascript:' });
check('foo:/.//p', undefined, { href: 'foo:/.//p', pathname: '//p' });
check('web+demo:/..//x', undefined, { href: 'web+demo:/.//x', pathname: '//x' });
check('sc:\\../', undefined, { href: 'sc:\\../', pathname: '\\../' });
check('non-spec:/a/b/../c', undefined, { href: 'non-spec:/a/c' });
check('non-spec://h/a\\b', undefined, { pathname: '/a\\b' });
check('foo:a b\u0001#\u00a0', undefined, { href: 'foo:a b%01#%C2%A0' });

// Relative references.
const base = 'http://h/a/b/c?q#f';
check('../x?y', base, { href: 'http://h/a/x?y' });
check('?z', base, { href: 'http://h/a/b/c?z' });
check('#g', base, { href: 'http://h/a/b/c?q#g' });
check('', base, { href: 'http://h/a/b/c?q' });
check('//other/p', base, { href: 'http://other/p' });
check('/%2e%2E/./x/%2e', base, { href: 'http://h/x/' });
check('http:rel', base, { href: 'http://h/a/b/rel' });
check('https:rel', base, { href: 'https://rel/' });
check('x', 'foo://h/a/b', { href: 'foo://h/a/x' });
check('#frag', 'mailto:x@y', { href: 'mailto:x@y#frag' });
check('?q', new URL('http://h/p'), { href: 'http://h/p?q' });

// File URLs and Windows drive letters.
check('file:///C|/x/../../..', undefined, { href: 'file:///C:/' });
check('file://localhost/etc/x', undefined, { href: 'file:///etc/x', host: '' });
check('file://C:/x', undefined, { href: 'file:///C:/x', host: '' });
check('file://Host/x', undefined, { href: 'file://host/x', origin: 'null' });
check('/y', 'file:///C:/x', { href: 'file:///C:/y' });
check('..', 'file:///C:/', { href: 'file:///C:/' });
check('D|', 'file:///C:/x', { href: 'file:///D:' });
check('q', 'file://h/a/b', { href: 'file://h/a/q' });
check('file:x', undefined, { href: 'file:///x' });

// blob: origins come from the wrapped URL.
check('blob:https://a.com:8/uuid', undefined, { origin: 'https://a.com:8', pathname: 'https://a.com:8/uuid' });
check('blob:file:///x', undefined, { origin: 'null' });

// Lone surrogates become U+FFFD.
check('http://h/\ud800', undefined, { pathname: '/%EF%BF%BD' });

// Failures.
for (const [input, b] of [['nope'], [''], ['http://'], ['http://a b/'], ['http://1.2.3.4.5/'], ['http://256.0.0.0x1/'],
  ['http://[::1/'], ['http://[1::2::3]/'], ['http://h:65536/'], ['http://h:1a/'], ['http://user@/'], ['foo://h:x/'],
  ['http://xn--/'], ['http://a%zz/'], ['http://%00/'], ['//x', 'mailto:y'], ['x', 'not a base'], ['file://a^b/']]) {
  assert.strictEqual(URL.canParse(input, b), false, input);
  assert.strictEqual(URL.parse(input, b), null, input);
  assert.throws(() => new URL(input, b), (err) => {
    assert.strictEqual(Object.getPrototypeOf(err), TypeError.prototype);
    assert.strictEqual(err.message, 'Invalid URL');
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.input, input);
    assert.strictEqual('base' in err, b !== undefined);
    if (b !== undefined) assert.strictEqual(err.base, b);
    assert.strictEqual(String(err), 'TypeError: Invalid URL');
    return true;
  });
}
assert.throws(() => new URL(), { code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified' });
assert.throws(() => URL.canParse(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => URL.parse(), { code: 'ERR_MISSING_ARGS' });

assert.strictEqual(URL.parse('a', 'http://b/c/').href, 'http://b/c/a');
assert.strictEqual(new URL({ toString: () => 'http://o/' }).href, 'http://o/');
assert.strictEqual(JSON.stringify({ u: new URL('http://a/b') }), '{"u":"http://a/b"}');
assert.strictEqual(`${new URL('http://a')}`, 'http://a/');
assert.strictEqual(new URL('http://a').toJSON(), 'http://a/');
assert.strictEqual(Object.prototype.toString.call(new URL('http://a')), '[object URL]');
assert.deepStrictEqual(props.map((p) => typeof new URL('foo:x')[p]), props.map(() => 'string'));
