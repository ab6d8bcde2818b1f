'use strict';
// swap16/32/64 and util.inspect output.
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');
const { Buffer } = buffer;

assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap16().toString('hex'), '02010403');
assert.strictEqual(Buffer.from([1, 2, 3, 4]).swap32().toString('hex'), '04030201');
assert.strictEqual(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap64().toString('hex'), '0807060504030201');
for (const [n, fn, bits] of [[3, 'swap16', 16], [6, 'swap32', 32], [12, 'swap64', 64]]) {
  assert.throws(() => Buffer.alloc(n)[fn](), {
    name: 'RangeError', code: 'ERR_INVALID_BUFFER_SIZE', message: `Buffer size must be a multiple of ${bits}-bits`,
  });
}

assert.strictEqual(util.inspect(Buffer.from('ab')), '<Buffer 61 62>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51, 1)), `<Buffer ${'01 '.repeat(50)}... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(52, 1)), `<Buffer ${'01 '.repeat(50)}... 2 more bytes>`);
const extra = Buffer.from('ab');
extra.x = 1;
extra[Symbol('s')] = 2;
Object.defineProperty(extra, 'h', { value: 3 });
assert.strictEqual(util.inspect(extra), '<Buffer 61 62, x: 1, [Symbol(s)]: 2>');
assert.strictEqual(util.inspect(extra, { showHidden: true }), '<Buffer 61 62, x: 1, h: 3, [Symbol(s)]: 2>');
assert.strictEqual(util.inspect(Object.assign(Buffer.alloc(0), { y: 'z' })), "<Buffer y: 'z'>");
assert.strictEqual(Buffer.from('ab').inspect(), '<Buffer 61 62>');
assert.strictEqual(Buffer.prototype.inspect, Buffer.prototype[util.inspect.custom]);

assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 0;
assert.strictEqual(util.inspect(Buffer.from('a')), '<Buffer  ... 1 more byte>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "INSPECT_MAX_BYTES" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '1'; }, { code: 'ERR_INVALID_ARG_TYPE' });
