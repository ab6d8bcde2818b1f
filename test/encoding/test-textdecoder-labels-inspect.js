'use strict';
// TextDecoder labels, options, brand checks and util.inspect output.
const assert = require('assert');
const util = require('util');

const labels = {
  'utf-8': 'utf-8', ' UTF8 ': 'utf-8', 'unicode-1-1-utf-8': 'utf-8', '\t\n\f\r utf-8\t\n\f\r ': 'utf-8',
  'utf-16': 'utf-16le', 'unicode': 'utf-16le', 'UCS-2': 'utf-16le', 'utf-16be': 'utf-16be', 'unicodefffe': 'utf-16be',
  'latin1': 'windows-1252', 'ascii': 'windows-1252', 'us-ascii': 'windows-1252', 'iso-8859-1': 'windows-1252',
  'cp1252': 'windows-1252', 'l1': 'windows-1252',
};
for (const [label, name] of Object.entries(labels)) assert.strictEqual(new TextDecoder(label).encoding, name, label);
assert.strictEqual(new TextDecoder(undefined).encoding, 'utf-8');
assert.strictEqual(new TextDecoder({ toString() { return 'utf-16'; } }).encoding, 'utf-16le');
for (const label of ['bogus', '', null, 5, 'replacement', 'x-user-defined', 'utf-8\u00a0']) {
  assert.throws(() => new TextDecoder(label), {
    name: 'RangeError', code: 'ERR_ENCODING_NOT_SUPPORTED', message: `The "${label}" encoding is not supported`,
  });
}
assert.throws(() => new TextDecoder('utf8', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.strictEqual(new TextDecoder('utf8', null).fatal, false);
assert.strictEqual(new TextDecoder('utf8', { fatal: 'yes', ignoreBOM: 0 }).fatal, true);
assert.throws(() => TextDecoder('utf8'), TypeError);
assert.throws(() => Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get.call({}), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type TextDecoder',
});
assert.throws(() => TextDecoder.prototype.decode.call({}), { code: 'ERR_INVALID_THIS' });
assert.deepStrictEqual(Object.keys(TextDecoder.prototype), ['decode', 'encoding', 'fatal', 'ignoreBOM']);
assert.strictEqual(TextDecoder.prototype[Symbol.toStringTag], 'TextDecoder');
assert.strictEqual(String(new TextDecoder()), '[object TextDecoder]');

assert.strictEqual(util.inspect(new TextDecoder('utf-16le', { fatal: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }");
assert.strictEqual(util.inspect(new TextDecoder('utf-8', { ignoreBOM: true }), { showHidden: true }),
                   "TextDecoder {\n  encoding: 'utf-8',\n  fatal: false,\n  ignoreBOM: true,\n" +
                   '  [Symbol(flags)]: 4,\n  [Symbol(handle)]: undefined\n}');
assert.strictEqual(util.inspect(new TextDecoder(), { depth: -1 }), '[TextDecoder]');
assert.strictEqual(util.inspect([new TextDecoder()], { depth: 0 }), '[ [TextDecoder] ]');
class Sub extends TextDecoder {}
assert.strictEqual(util.inspect(new Sub()), "Sub { encoding: 'utf-8', fatal: false, ignoreBOM: false }");
