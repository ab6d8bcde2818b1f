'use strict';
const assert = require('assert');
const net = require('net');

const cases = [
  ['1.2.3.4', 4], ['01.2.3.4', 0], ['1.2.3.256', 0], ['255.255.255.255', 4], ['::1', 6], ['::ffff:1.2.3.4', 6],
  ['fe80::1%eth0', 6], ['1:2:3:4:5:6:7:8', 6], ['1::2::3', 0], ['', 0], ['x', 0], ['::', 6],
  ['1:2:3:4:5:6:7:8:9', 0], ['::1.2.3.4', 6], ['1.2.3', 0], ['2001:db8::', 6], ['2001:DB8::FF', 6],
  ['1:2:3:4:5:6:1.2.3.4', 6], [' 1.2.3.4', 0],
];
for (const [input, family] of cases) {
  assert.strictEqual(net.isIP(input), family, input);
  assert.strictEqual(net.isIPv4(input), family === 4, input);
  assert.strictEqual(net.isIPv6(input), family === 6, input);
}
assert.strictEqual(net.isIP(undefined), 0);
assert.strictEqual(net.isIP({ toString: () => '1.1.1.1' }), 4);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 250);
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
assert.strictEqual(net.getDefaultAutoSelectFamilyAttemptTimeout(), 10);
assert.throws(() => net.setDefaultAutoSelectFamily('x'), { code: 'ERR_INVALID_ARG_TYPE' });
