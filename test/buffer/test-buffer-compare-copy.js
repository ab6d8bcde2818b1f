'use strict';
// compare, equals, copy and concat.
const assert = require('assert');
const { Buffer } = require('buffer');

const a = Buffer.from('abcdef');
assert.strictEqual(a.compare(Buffer.from('abd')), -1);
assert.strictEqual(a.compare(Buffer.from('abd'), 0, 2, 0, 2), 0);
assert.strictEqual(a.compare(Buffer.from('bcd'), 0, 3, 1, 4), 0);
assert.strictEqual(a.compare(Buffer.from('abd'), 5), 1);
assert.strictEqual(a.compare(Buffer.from('abd'), 0, 3, 6), -1);
assert.throws(() => a.compare(Buffer.from('abd'), -1), {
  code: 'ERR_OUT_OF_RANGE', message: 'The value of "targetStart" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});
assert.throws(() => a.compare(Buffer.from('abd'), 0, 4), { message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 4' });
assert.throws(() => a.compare('x'), { message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')' });
assert.strictEqual(Buffer.compare(Buffer.from('a'), Buffer.from('ab')), -1);
assert.strictEqual(Buffer.compare(Buffer.from('b'), a), 1);
assert.strictEqual(Buffer.compare(new Uint8Array([1]), new Uint8Array([1])), 0);
assert.throws(() => Buffer.compare('x', a), { message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')' });
assert.deepStrictEqual([Buffer.from('b'), Buffer.from('a'), Buffer.from('ab')].sort(Buffer.compare).map(String), ['a', 'ab', 'b']);

assert.strictEqual(a.equals(Buffer.from('abcdef')), true);
assert.strictEqual(a.equals(new Uint8Array([97, 98, 99, 100, 101, 102])), true);
assert.strictEqual(a.equals(Buffer.from('abcdeg')), false);
assert.throws(() => a.equals('x'), { message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')' });

const copied = (...args) => { const t = Buffer.alloc(8, 0x2e); return [a.copy(t, ...args), t.toString()]; };
assert.deepStrictEqual(copied(), [6, 'abcdef..']);
assert.deepStrictEqual(copied(4), [4, '....abcd']);
assert.deepStrictEqual(copied(1, 2, 4), [2, '.cd.....']);
assert.deepStrictEqual(copied(1.5), [6, '.abcdef.']);
assert.deepStrictEqual(copied('x'), [6, 'abcdef..']);
assert.deepStrictEqual(copied(0, NaN, 3), [3, 'abc.....']);
assert.deepStrictEqual(copied(0, 2, 100), [4, 'cdef....']);
assert.deepStrictEqual(copied(0, 6), [0, '........']);
assert.throws(() => copied(-1), { code: 'ERR_OUT_OF_RANGE', message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1' });
assert.throws(() => copied(0, 7), { message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 6. Received 7' });
assert.throws(() => copied(0, 2, -1), { message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1' });
assert.throws(() => a.copy(new Uint16Array(4)), { message: 'The "target" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array' });
const overlap = Buffer.from('abcdef');
overlap.copy(overlap, 2);
assert.strictEqual(overlap.toString(), 'ababcd');

assert.strictEqual(Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.from('d')]).toString(), 'abcd');
assert.strictEqual(Buffer.concat([a, a], 3).toString(), 'abc');
assert.strictEqual(Buffer.concat([a], 8).toString('hex'), '6162636465660000');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.throws(() => Buffer.concat([a, 'x']), { message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string (\'x\')' });
assert.throws(() => Buffer.concat('x'), { message: 'The "list" argument must be an instance of Array. Received type string (\'x\')' });
assert.throws(() => Buffer.concat([a], -1), { message: 'The value of "length" is out of range. It must be >= 0 && <= 4294967296. Received -1' });
