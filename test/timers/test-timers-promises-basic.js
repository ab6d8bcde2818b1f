'use strict';
// timers/promises setTimeout / setImmediate / scheduler: values, options, abort, argument errors.
const assert = require('assert');
const timersPromises = require('timers/promises');
const { setTimeout: sleep, setImmediate: immediate, scheduler } = timersPromises;

async function main() {
  assert.deepStrictEqual(Object.keys(timersPromises), ['setTimeout', 'setImmediate', 'setInterval', 'scheduler']);
  assert.deepStrictEqual([sleep.length, immediate.length, timersPromises.setInterval.length], [2, 1, 2]);
  assert.strictEqual(Object.prototype.toString.call(sleep), '[object Function]');

  assert.strictEqual(await sleep(1, 'v'), 'v');
  assert.strictEqual(await sleep(), undefined);
  assert.strictEqual(await sleep(-1), undefined);
  assert.strictEqual(await immediate('imm'), 'imm');
  assert.strictEqual(await sleep(1, 'unref', { ref: false }), 'unref');

  // Ordering against the callback timers.
  const order = [];
  const done = Promise.all([
    sleep(5).then(() => order.push('5ms')),
    immediate().then(() => order.push('immediate')),
    sleep(1).then(() => order.push('1ms')),
  ]);
  await done;
  assert.deepStrictEqual(order, ['immediate', '1ms', '5ms']);

  // Argument errors come back as rejections.
  const cases = [
    [() => sleep(1, 'v', 5), 'The "options" argument must be of type object. Received type number (5)'],
    [() => sleep(1, 'v', null), 'The "options" argument must be of type object. Received null'],
    [() => sleep(1, 'v', { signal: 5 }),
     'The "options.signal" property must be an instance of AbortSignal. Received type number (5)'],
    [() => sleep(1, 'v', { ref: 5 }), 'The "options.ref" property must be of type boolean. Received type number (5)'],
    [() => sleep('a'), 'The "delay" argument must be of type number. Received type string (\'a\')'],
    [() => immediate('v', 5), 'The "options" argument must be of type object. Received type number (5)'],
    [() => immediate('v', { ref: 5 }),
     'The "options.ref" property must be of type boolean. Received type number (5)'],
  ];
  for (const [fn, message] of cases) {
    const promise = fn();
    assert.ok(promise instanceof Promise);
    await assert.rejects(promise, { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message });
  }

  // Abort.
  const ac = new AbortController();
  const pending = sleep(1000, 'x', { signal: ac.signal });
  ac.abort();
  await assert.rejects(pending, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, ac.signal.reason);
    return true;
  });
  await assert.rejects(sleep(1, 'x', { signal: AbortSignal.abort('R') }), { name: 'AbortError', cause: 'R' });
  await assert.rejects(immediate('x', { signal: AbortSignal.abort('R') }), { name: 'AbortError', cause: 'R' });
  const ac2 = new AbortController();
  const pendingImmediate = immediate('y', { signal: ac2.signal });
  ac2.abort('stop');
  await assert.rejects(pendingImmediate, { name: 'AbortError', cause: 'stop' });
  // A settled timer leaves no abort listener behind.
  const ac3 = new AbortController();
  let aborts = 0;
  ac3.signal.addEventListener('abort', () => aborts++);
  assert.strictEqual(await sleep(1, 'ok', { signal: ac3.signal }), 'ok');
  ac3.abort();
  assert.strictEqual(aborts, 1);

  // scheduler.
  assert.strictEqual(scheduler.constructor.name, 'Scheduler');
  assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(scheduler)), ['constructor', 'yield', 'wait']);
  assert.strictEqual(String(scheduler), '[object Object]');
  assert.strictEqual(require('util').inspect(scheduler), 'Scheduler { [Symbol(kScheduler)]: true }');
  assert.deepStrictEqual([scheduler.wait.length, scheduler.yield.length], [2, 0]);
  assert.strictEqual(await scheduler.wait(1), undefined);
  assert.strictEqual(await scheduler.yield(), undefined);
  await assert.rejects(scheduler.wait(1, { signal: AbortSignal.abort() }), { name: 'AbortError' });
  await assert.rejects(scheduler.wait('x'), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "delay" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => new scheduler.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor' });
  assert.throws(() => scheduler.wait.call({}, 1), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Scheduler',
  });
}

main().then(() => {}, (err) => { process.exitCode = 1; throw err; });
