'use strict';
// StringDecoder for utf8: characters split across writes, lastNeed/lastTotal/lastChar, end().
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

// Writes each chunk and records [result, lastNeed, lastTotal, lastChar as hex], then end().
function trace(encoding, chunks) {
  const d = new StringDecoder(encoding);
  const out = chunks.map((c) => [d.write(Buffer.from(c)), d.lastNeed, d.lastTotal, d.lastChar.toString('hex')]);
  out.push(d.end());
  return out;
}

assert.deepStrictEqual(trace('utf8', [[0xe2], [0x82], [0xac]]),
                       [['', 2, 3, 'e2000000'], ['', 1, 3, 'e2820000'], ['€', 0, 0, 'e282ac00'], '']);
// An interrupted character becomes U+FFFD; the stale bytes of lastChar stay, as in node.
assert.deepStrictEqual(trace('utf8', [[0xe2], [0x82], [0x41]]),
                       [['', 2, 3, 'e2000000'], ['', 1, 3, 'e2820000'], ['\ufffdA', 0, 0, 'e2820000'], '']);
assert.deepStrictEqual(trace('utf8', [[0xe2], [], [0x82, 0xac, 0xe2]]),
                       [['', 2, 3, 'e2000000'], ['', 2, 3, 'e2000000'], ['€', 2, 3, 'e282ac00'], '\ufffd']);
assert.deepStrictEqual(trace('utf8', [[0x41, 0xf0, 0x9f, 0x98], [0x80]]),
                       [['A', 1, 4, 'f09f9800'], ['😀', 0, 0, 'f09f9880'], '']);
// Sequences are kept by lead-byte length, then decoded with U+FFFD for each invalid part.
assert.deepStrictEqual(trace('utf8', [[0xed, 0xa0], [0x80]]), [['', 1, 3, 'eda00000'], ['\ufffd\ufffd\ufffd', 0, 0, 'eda08000'], '']);
assert.deepStrictEqual(trace('utf8', [[0xc0], [0x80]]), [['', 1, 2, 'c0000000'], ['\ufffd\ufffd', 0, 0, 'c0800000'], '']);
assert.deepStrictEqual(trace('utf8', [[0xf0, 0x80]]), [['', 2, 4, 'f0800000'], '\ufffd\ufffd']);
assert.deepStrictEqual(trace('utf8', [[0xf8]]), [['\ufffd', 0, 0, '00000000'], '']);
assert.deepStrictEqual(trace('utf8', [[0xc2], [0xc2]]), [['', 1, 2, 'c2000000'], ['\ufffd', 1, 2, 'c2000000'], '\ufffd']);
assert.deepStrictEqual(trace('utf8', [[0xe2, 0x82, 0xac, 0x80]]), [['€\ufffd', 0, 0, '00000000'], '']);

const d = new StringDecoder();
assert.strictEqual(d.encoding, 'utf8');
assert.strictEqual(d.end(Buffer.from([0xe2, 0x82])), '\ufffd');
assert.strictEqual(d.end(), '');
// Byte by byte gives the whole text back.
const text = 'aé€😀𝄞z';
let out = '';
for (const byte of Buffer.from(text)) out += d.write(Buffer.from([byte]));
assert.strictEqual(out + d.end(), text);
