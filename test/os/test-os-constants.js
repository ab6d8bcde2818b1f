'use strict';
const assert = require('assert');
const os = require('os');

assert.deepStrictEqual(Object.keys(os.constants), ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
assert.strictEqual(Object.getPrototypeOf(os.constants), null);
assert.strictEqual(os.constants.UV_UDP_REUSEADDR, 4);
assert.strictEqual(os.constants.signals.SIGINT, 2);
assert.strictEqual(os.constants.signals.SIGKILL, 9);
assert.strictEqual(os.constants.signals.SIGTERM, 15);
assert.strictEqual(os.constants.signals.SIGSTKFLT, 16);
assert.strictEqual(os.constants.signals.SIGSYS, 31);
assert.strictEqual(Object.keys(os.constants.signals).length, 33);
assert.strictEqual(os.constants.errno.ENOENT, 2);
assert.strictEqual(os.constants.errno.EADDRINUSE, 98);
assert.strictEqual(os.constants.errno.EWOULDBLOCK, 11);
assert.strictEqual(Object.keys(os.constants.errno).length, 79);
assert.deepStrictEqual({ ...os.constants.priority }, {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});
assert.deepStrictEqual({ ...os.constants.dlopen }, {
  RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
});

assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'constants'),
                       { value: os.constants, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'EOL'),
                       { value: '\n', writable: false, enumerable: true, configurable: true });
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(os, 'devNull'),
                       { value: '/dev/null', writable: false, enumerable: true, configurable: true });

assert.deepStrictEqual(Object.keys(os), [
  'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority', 'homedir', 'hostname',
  'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority', 'tmpdir', 'totalmem', 'type',
  'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull',
]);
assert.strictEqual(require('node:os'), os);
