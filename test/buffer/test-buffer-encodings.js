'use strict';
// String codecs: round trips and node's handling of invalid input.
const assert = require('assert');
const { Buffer } = require('buffer');

const text = 'aé€😀\u0000z';
for (const enc of ['utf8', 'utf16le', 'ucs2', 'utf-16le', 'base64', 'base64url', 'hex', 'latin1', 'binary']) {
  const bytes = Buffer.from(text, 'utf8');
  assert.deepStrictEqual(Buffer.from(bytes.toString(enc), enc), bytes, enc);
}

// utf8: lone surrogates become EF BF BD; each maximal invalid subpart decodes to one U+FFFD.
assert.strictEqual(Buffer.from('\ud800x\udc00\ud83d\ude00').toString('hex'), 'efbfbd78efbfbdf09f9880');
const bad = [0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x90, 0x80, 0x80, 0xc0, 0xaf, 0xe2, 0x82, 0x41, 0xf0, 0x9f];
assert.strictEqual(Buffer.from(bad).toString(), '\ufffd\ufffd\ufffd😀' + '\ufffd'.repeat(7) + 'A\ufffd');
// ascii clears the high bit, latin1 keeps the byte; both write the low byte of each unit.
assert.strictEqual(Buffer.from([0xff, 0x80, 0x41, 0xc3]).toString('ascii'), '\x7f\x00AC');
assert.strictEqual(Buffer.from([0xff, 0x80]).toString('latin1'), '\xff\x80');
assert.strictEqual(Buffer.from('€ā', 'ascii').toString('hex'), 'ac01');
// ucs2 drops an odd last byte.
assert.strictEqual(Buffer.from([0x61, 0, 0x62]).toString('ucs2'), 'a');

// hex stops at the first invalid pair and ignores an odd last digit.
assert.strictEqual(Buffer.from('abcxyz12', 'hex').toString('hex'), 'ab');
assert.strictEqual(Buffer.from('abc', 'hex').toString('hex'), 'ab');
assert.strictEqual(Buffer.from('zzab', 'hex').length, 0);
assert.strictEqual(Buffer.from('ABcd', 'hex').toString('hex'), 'abcd');

// base64 (either alphabet) skips other characters, stops at '=' and drops a lone last sextet.
assert.strictEqual(Buffer.from('Y Q\nZ\tA', 'base64').toString('hex'), '610640');
assert.strictEqual(Buffer.from('Y!Q*ZA', 'base64').toString('hex'), '610640');
assert.strictEqual(Buffer.from('-_-_', 'base64').toString('hex'), 'fbffbf');
assert.strictEqual(Buffer.from('+/+/', 'base64url').toString('hex'), 'fbffbf');
assert.strictEqual(Buffer.from('YWJj=ZGVm', 'base64').toString(), 'abc');
assert.strictEqual(Buffer.from('YQ==YQ==', 'base64').toString(), 'a');
assert.strictEqual(Buffer.from('YWJjZ', 'base64').toString(), 'abc');
assert.strictEqual(Buffer.from('=YWJj', 'base64').length, 0);
assert.strictEqual(Buffer.from('\u0141\u0141\u0141\u0141', 'base64').toString('hex'), '000000');
assert.strictEqual(Buffer.from('abcd').toString('base64'), 'YWJjZA==');
assert.strictEqual(Buffer.from('abcd').toString('base64url'), 'YWJjZA');

// byteLength: exact for utf8, estimates for hex and base64.
assert.strictEqual(Buffer.byteLength('aé€😀\ud800'), 13);
assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);
assert.strictEqual(Buffer.byteLength('abcxyz12', 'hex'), 4);
assert.strictEqual(Buffer.byteLength('YWJj\n', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('YW==', 'base64url'), 1);
assert.strictEqual(Buffer.byteLength('abc€', 'bogus'), 6);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(3))), 3);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(5)), 5);
assert.throws(() => Buffer.byteLength(5), {
  message: 'The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. ' +
    'Received type number (5)',
});

for (const enc of ['utf8', 'UTF-8', 'Utf8', 'ucs2', 'UCS-2', 'utf16le', 'UTF-16LE', 'latin1', 'BINARY', 'base64',
                   'Base64URL', 'hex', 'ascii']) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
}
for (const enc of ['', null, undefined, 1, 'buffer', 'utf16', 'utf-16']) assert.strictEqual(Buffer.isEncoding(enc), false);
