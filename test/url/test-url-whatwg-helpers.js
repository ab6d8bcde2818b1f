'use strict';
// node's helpers around WHATWG URLs: fileURLToPath/pathToFileURL (POSIX and { windows: true }),
// domainToASCII/domainToUnicode, urlToHttpOptions, url.format(URL, options), object URLs.
const assert = require('assert');
const path = require('path');
const url = require('url');
const { Blob, resolveObjectURL } = require('buffer');

// fileURLToPath
assert.strictEqual(url.fileURLToPath('file:///a/b%20c/%E2%82%AC'), '/a/b c/€');
assert.strictEqual(url.fileURLToPath(new URL('file://localhost/x/y/')), '/x/y/');
assert.strictEqual(url.fileURLToPath({ href: 'file:///x', protocol: 'file:', hostname: '', pathname: '/a%20b' }),
                   '/a b');
assert.throws(() => url.fileURLToPath('file:///a%2Fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must not include encoded / characters',
});
assert.throws(() => url.fileURLToPath('file://host/x'), {
  code: 'ERR_INVALID_FILE_URL_HOST', message: `File URL host must be "localhost" or empty on ${process.platform}`,
});
assert.throws(() => url.fileURLToPath('http://x/'),
              { code: 'ERR_INVALID_URL_SCHEME', message: 'The URL must be of scheme file' });
assert.throws(() => url.fileURLToPath(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of URL. Received type number (5)',
});
assert.throws(() => url.fileURLToPath('nope'), { code: 'ERR_INVALID_URL' });
assert.throws(() => url.fileURLToPath('file:///%E2%82'), URIError);
assert.strictEqual(url.fileURLToPath('file:///C:/a%20b/', { windows: true }), 'C:\\a b\\');
assert.strictEqual(url.fileURLToPath('file://xn--ida/share/x', { windows: true }), '\\\\ñ\\share\\x');
assert.throws(() => url.fileURLToPath('file:///a', { windows: true }),
              { code: 'ERR_INVALID_FILE_URL_PATH', message: 'File URL path must be absolute' });
assert.throws(() => url.fileURLToPath('file:///C:/a%5Cb', { windows: true }),
              { message: 'File URL path must not include encoded \\ or / characters' });

// pathToFileURL
assert.strictEqual(url.pathToFileURL('/a b/%/\\/\n\r\t#?x/').href, 'file:///a%20b/%25/%5C/%0A%0D%09%23%3Fx/');
assert.strictEqual(url.pathToFileURL('/a/../b/.').href, 'file:///b');
assert.strictEqual(url.pathToFileURL('/ä\u0001€\u{1f600}').href, 'file:///%C3%A4%01%E2%82%AC%F0%9F%98%80');
assert.strictEqual(url.pathToFileURL('rel/x/').href, `${url.pathToFileURL(path.resolve('rel/x')).href}/`);
assert.strictEqual(url.pathToFileURL('C:\\a\\b%#?\\', { windows: true }).href, 'file:///C:/a/b%25%23%3F/');
assert.strictEqual(url.pathToFileURL('\\\\Host\\share\\a b', { windows: true }).href, 'file://host/share/a%20b');
assert.throws(() => url.pathToFileURL('\\\\host', { windows: true }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => url.pathToFileURL(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "path" argument must be of type string. Received type number (1)',
});
assert.ok(url.pathToFileURL('x') instanceof URL);

// domainToASCII / domainToUnicode: what the hostname setter would make of it, '' when invalid.
const domains = [
  ['EXAMPLE.com', 'example.com', 'example.com'], ['ñ.com', 'xn--ida.com', 'ñ.com'],
  ['xn--ida.com', 'xn--ida.com', 'ñ.com'], ['1.2.3', '1.2.0.3', '1.2.0.3'], ['[::1]', '[::1]', '[::1]'],
  ['a%41', 'aa', 'aa'], ['x/y', 'x', 'x'], ['a:b', '', ''], ['', '', ''], ['a b', '', ''], ['xn--iñvalid.com', '', ''],
];
for (const [input, ascii, unicode] of domains) {
  assert.strictEqual(url.domainToASCII(input), ascii, input);
  assert.strictEqual(url.domainToUnicode(input), unicode, input);
}
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => url.domainToUnicode(), { code: 'ERR_MISSING_ARGS' });

// urlToHttpOptions
const withExtra = new URL('https://a:b%20c@[::1]:99/p?q#h');
withExtra.extra = 1;
assert.deepStrictEqual(url.urlToHttpOptions(withExtra), {
  __proto__: null, extra: 1, protocol: 'https:', hostname: '::1', hash: '#h', search: '?q', pathname: '/p',
  path: '/p?q', href: 'https://a:b%20c@[::1]:99/p?q#h', port: 99, auth: 'a:b c',
});
const copied = url.urlToHttpOptions({ ...new URL('http://x') });
assert.strictEqual(copied.path, '');
assert.ok(Number.isNaN(copied.port));

// url.format with a URL
const u = new URL('http://us:pw@xn--bcher-kva.de:81/p?q#f');
assert.strictEqual(url.format(u), 'http://us:pw@xn--bcher-kva.de:81/p?q#f');
assert.strictEqual(url.format(u, { auth: 0, fragment: '', search: false, unicode: 1 }), 'http://bücher.de:81/p');
assert.strictEqual(url.format(u, { auth: null, fragment: undefined }), 'http://us:pw@xn--bcher-kva.de:81/p?q#f');
assert.strictEqual(url.format(new URL('foo://xn--bcher-kva.de/'), { unicode: true }), 'foo://bücher.de/');
assert.throws(() => url.format(u, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

// Object URLs
const id = URL.createObjectURL(new Blob(['abc']));
assert.match(id, /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.strictEqual(resolveObjectURL(id).size, 3);
URL.revokeObjectURL(`${id}?query`);
assert.strictEqual(resolveObjectURL(id), undefined);
assert.strictEqual(URL.revokeObjectURL('not a url'), undefined);
assert.throws(() => URL.createObjectURL('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "obj" argument must be an instance of Blob. Received type string (\'x\')',
});
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });
