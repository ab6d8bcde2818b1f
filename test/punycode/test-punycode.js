'use strict';
const assert = require('assert');
const punycode = require('punycode');

assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(punycode.version, '2.1.0');
const pairs = [
  ['mañana', 'maana-pta'], ['☃-⌘', '--dqo34k'], ['bücher', 'bcher-kva'], ['ü', 'tda'], ['abc', 'abc-'],
  ['他们为什么不说中文', 'ihqwcrb4cv8a8dqg056pqjye'], ['😀', 'e28h'], ['', ''],
];
for (const [plain, encoded] of pairs) {
  assert.strictEqual(punycode.encode(plain), encoded, plain);
  assert.strictEqual(punycode.decode(encoded), plain, encoded);
}
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('user@bücher.example'), 'user@xn--bcher-kva.example');
assert.strictEqual(punycode.toASCII('☃-⌘.com'), 'xn----dqo34k.com');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.deepStrictEqual(punycode.ucs2.decode('a😀\ud800'), [97, 128512, 55296]);
assert.strictEqual(punycode.ucs2.encode([97, 128512]), 'a😀');
assert.throws(() => punycode.decode('ü-a'), { name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)' });
assert.throws(() => punycode.decode('a-!'), { name: 'RangeError', message: 'Invalid input' });
