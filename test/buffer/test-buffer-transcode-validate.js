'use strict';
// transcode, isUtf8, isAscii, atob and btoa.
const assert = require('assert');
const { Buffer, transcode, isUtf8, isAscii, atob, btoa } = require('buffer');

const hex = (b) => b.toString('hex');
const u = Buffer.from('aé€😀\ud800z');
assert.strictEqual(hex(transcode(u, 'utf8', 'latin1')), '61e93f3f3f7a');
assert.strictEqual(hex(transcode(u, 'utf8', 'ascii')), '613f3f3f3f7a');
assert.strictEqual(hex(transcode(u, 'UTF-8', 'UCS2')), '6100e900ac203dd800defdff7a00');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xe9, 0xff]), 'latin1', 'utf8')), '61c3a9c3bf');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xe9]), 'ascii', 'utf8')), '61efbfbd');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xe9]), 'ascii', 'ucs2')), '6100e900');
assert.strictEqual(hex(transcode(Buffer.from('a\u0100\ud800b', 'ucs2'), 'ucs2', 'latin1')), '613f3f62');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0, 0x62]), 'ucs2', 'utf8')), '61');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0, 0x62]), 'ucs2', 'ucs2')), '6100fdff');
assert.strictEqual(transcode(Buffer.alloc(0), 'x', 'y').length, 0);
const icu = (code, errno) => ({ name: 'Error', code, errno, message: `Unable to transcode Buffer [${code}]` });
assert.throws(() => transcode(Buffer.from('a\ud800', 'ucs2'), 'ucs2', 'utf8'), icu('U_INVALID_CHAR_FOUND', 10));
assert.throws(() => transcode(Buffer.from([0xff]), 'utf8', 'ucs2'), icu('U_INVALID_CHAR_FOUND', 10));
assert.throws(() => transcode(u, 'utf8', 'hex'), icu('U_ILLEGAL_ARGUMENT_ERROR', 1));
assert.throws(() => transcode('x', 'utf8', 'ucs2'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "source" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')',
});

assert.strictEqual(isUtf8(Buffer.from([0xe2, 0x82, 0xac])), true);
assert.strictEqual(isUtf8(Buffer.from([0xe2, 0x82])), false);
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(isUtf8(new Uint16Array([0x4141])), true);
assert.strictEqual(isUtf8(new ArrayBuffer(2)), true);
assert.strictEqual(isAscii(Buffer.from([0x80])), false);
assert.strictEqual(isAscii(Buffer.from('x'.repeat(100))), true);
assert.strictEqual(isAscii(Buffer.from('x'.repeat(99) + 'é').subarray(1)), false);
for (const fn of [isUtf8, isAscii]) {
  assert.throws(() => fn(new DataView(new ArrayBuffer(2))), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. Received an instance of DataView',
  });
  const detached = new ArrayBuffer(8);
  structuredClone(detached, { transfer: [detached] });
  assert.throws(() => fn(detached), { name: 'Error', code: 'ERR_INVALID_STATE', message: 'Cannot validate on a detached buffer' });
}

assert.strictEqual(btoa('a'), 'YQ==');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa('\u00ff'), '/w==');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob(' Y Q = = '), 'a');
assert.strictEqual(atob('YR=='), 'a');
assert.strictEqual(atob(null), '\u009e\u00e9e');
assert.strictEqual(atob(''), '');
const invalid = { name: 'InvalidCharacterError', code: 5, message: 'Invalid character' };
for (const input of ['YQ=', 'YQ===', 'YQ\v==', 'Y!Q=', '-_', '=YQ', 'YQ==YQ==', 'YWJj\u00a0']) {
  assert.throws(() => atob(input), invalid, input);
}
assert.throws(() => atob('Y'), { name: 'InvalidCharacterError', message: 'The string to be decoded is not correctly encoded.' });
assert.throws(() => atob(undefined), { name: 'InvalidCharacterError' });
assert.throws(() => btoa('\u00ff\u0100'), invalid);
assert.throws(() => atob(), { name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "input" argument must be specified' });
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS' });
