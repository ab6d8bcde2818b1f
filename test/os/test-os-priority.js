'use strict';
const assert = require('assert');
const os = require('os');

const prio = os.getPriority();
assert.ok(Number.isInteger(prio) && prio >= -20 && prio <= 19);
assert.strictEqual(os.getPriority(0), prio);
assert.strictEqual(os.getPriority(undefined), prio);
assert.strictEqual(os.getPriority.length, 1);
assert.strictEqual(os.setPriority.length, 2);

// Setting the current value needs no privilege; one argument means "this process".
assert.strictEqual(os.setPriority(prio), undefined);
assert.strictEqual(os.setPriority(0, prio), undefined);
assert.strictEqual(os.getPriority(), prio);

assert.throws(() => os.getPriority('a'), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "pid" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => os.getPriority(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received null',
});
assert.throws(() => os.getPriority(1.5), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "pid" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => os.getPriority(2 ** 31), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be >= -2147483648 && <= 2147483647. Received 2147483648',
});
assert.throws(() => os.setPriority(0, 20), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 20',
});
assert.throws(() => os.setPriority(0, -21), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => os.setPriority('a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "priority" argument must be of type number. Received type string (\'a\')',
});

// No process has a negative pid: ESRCH, reported as a SystemError.
assert.throws(() => os.getPriority(-1), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(err.message, 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
  assert.deepStrictEqual(err.info, {
    errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority',
  });
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.syscall, 'uv_os_getpriority');
  return true;
});
assert.throws(() => os.setPriority(-1, prio), {
  code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_setpriority returned ESRCH (no such process)',
});
