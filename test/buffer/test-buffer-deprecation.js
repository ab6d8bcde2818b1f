'use strict';
// Buffer() and new Buffer() work and warn once with DEP0005 when called from outside node_modules.
const assert = require('assert');
const { Buffer } = require('buffer');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code, w.message]));
assert.strictEqual(Buffer(3).toString('hex'), '000000');
assert.strictEqual(new Buffer('abc', 'hex').toString('hex'), 'ab');
assert.strictEqual(Buffer([1, 2]).toString('hex'), '0102');
assert.throws(() => Buffer(5, 'utf8'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "string" argument must be of type string. Received type number (5)',
});
assert.throws(() => new Buffer(-1), { code: 'ERR_OUT_OF_RANGE' });
// Species-created buffers (map, filter) do not go through Buffer().
Buffer.from('ab').map((x) => x);
Buffer.of(1);
setImmediate(() => {
  assert.deepStrictEqual(warnings.filter((w) => w[1] === 'DEP0005'), [[
    'DeprecationWarning', 'DEP0005',
    'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), ' +
    'Buffer.allocUnsafe(), or Buffer.from() methods instead.',
  ]]);
});
