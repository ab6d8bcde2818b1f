'use strict';
// dns.lookup through the OS resolver: literals, localhost, failures, option checks, the promise API.
const assert = require('assert');
const dns = require('dns');

let calls = 0;
dns.lookup('::1', (err, address, family) => {
  calls++;
  assert.deepStrictEqual([err, address, family], [null, '::1', 6]);
});
dns.lookup('localhost', { all: true, family: 4 }, (err, list) => {
  calls++;
  assert.ifError(err);
  assert.deepStrictEqual(list, [{ address: '127.0.0.1', family: 4 }]);
});
dns.lookup('nosuch.invalid', (err) => {
  calls++;
  assert.strictEqual(err.message, 'getaddrinfo ENOTFOUND nosuch.invalid');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
  assert.strictEqual(err.errno, -3008);
});
assert.throws(() => dns.lookup('x', { family: 5 }, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.family' must be one of: 0, 4, 6. Received 5",
});
assert.throws(() => dns.lookup('x', { hints: -1 }, () => {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'hints' is invalid. Received 4294967295",
});
assert.throws(() => dns.lookup(1, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(dns.getDefaultResultOrder(), 'verbatim');
dns.promises.lookup('127.0.0.1').then((r) => {
  calls++;
  assert.deepStrictEqual(r, { address: '127.0.0.1', family: 4 });
});
process.on('exit', () => assert.strictEqual(calls, 4));
