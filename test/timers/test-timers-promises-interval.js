'use strict';
// timers/promises setInterval: an async generator yielding once per tick.
const assert = require('assert');
const { setInterval } = require('timers/promises');

async function main() {
  const it = setInterval(5, 'iv');
  assert.strictEqual(Object.prototype.toString.call(setInterval), '[object AsyncGeneratorFunction]');
  assert.deepStrictEqual(Object.getOwnPropertyNames(it), []);
  assert.strictEqual(it[Symbol.asyncIterator](), it);

  let n = 0;
  for await (const v of it) {
    assert.strictEqual(v, 'iv');
    if (++n === 3) break;
  }
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });

  // Ticks that pass while the consumer is busy are all yielded, without waiting.
  const slow = setInterval(5, 'tick');
  await slow.next();
  await new Promise((resolve) => setTimeout(resolve, 40));
  const beforeImmediate = () => Promise.race([slow.next(), new Promise((r) => setImmediate(() => r('late')))]);
  assert.deepStrictEqual(await beforeImmediate(), { value: 'tick', done: false });
  assert.deepStrictEqual(await beforeImmediate(), { value: 'tick', done: false });
  await slow.return();

  // return() before the first tick.
  const early = setInterval(5, 'x');
  assert.deepStrictEqual(await early.return(), { value: undefined, done: true });
  assert.deepStrictEqual(await early.next(), { value: undefined, done: true });

  // Abort while waiting.
  const ac = new AbortController();
  const aborting = setInterval(5, 'iv', { signal: ac.signal });
  const pending = aborting.next();
  ac.abort();
  await assert.rejects(pending, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, ac.signal.reason);
    return true;
  });
  assert.deepStrictEqual(await aborting.next(), { value: undefined, done: true });

  // Errors surface on the first next(), not at the call.
  const badOptions = setInterval(5, 'iv', 5);
  await assert.rejects(badOptions.next(), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
  });
  const preAborted = setInterval(5, 'iv', { signal: AbortSignal.abort() });
  await assert.rejects(preAborted.next(), { code: 'ABORT_ERR', message: 'The operation was aborted' });
  await assert.rejects(setInterval('5').next(), {
    code: 'ERR_INVALID_ARG_TYPE', message: 'The "delay" argument must be of type number. Received type string (\'5\')',
  });

  // ref: false does not hold the process open but still ticks while something else does.
  const unref = setInterval(2, 'u', { ref: false });
  const keepAlive = setTimeout(() => {}, 100);
  assert.deepStrictEqual(await unref.next(), { value: 'u', done: false });
  clearTimeout(keepAlive);
  await unref.return();
}

main().then(() => {}, (err) => { process.exitCode = 1; throw err; });
