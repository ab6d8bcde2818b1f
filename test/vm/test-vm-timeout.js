'use strict';
// The timeout option ends a script that runs too long with ERR_SCRIPT_EXECUTION_TIMEOUT, and the program goes on.
const assert = require('assert');
const vm = require('vm');

assert.throws(() => vm.runInNewContext('while (true);', {}, { timeout: 5 }), {
  code: 'ERR_SCRIPT_EXECUTION_TIMEOUT',
  message: 'Script execution timed out after 5ms',
});
assert.throws(() => vm.runInThisContext('for (;;) {}', { timeout: 10 }), { code: 'ERR_SCRIPT_EXECUTION_TIMEOUT' });
// A script that finishes in time returns its value; its exceptions come through unchanged.
assert.strictEqual(vm.runInThisContext('6 * 7', { timeout: 10000 }), 42);
assert.throws(() => vm.runInThisContext('throw new TypeError("t")', { timeout: 10000 }), { name: 'TypeError', message: 't' });
let ran = false;
setImmediate(() => { ran = true; });
process.on('exit', () => assert.strictEqual(ran, true));
