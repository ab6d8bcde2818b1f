'use strict';
// events.on(): buffering, errors, return/throw, close events, abort, watermarks, EventTarget input.
const assert = require('assert');
const EventEmitter = require('events');
const { on } = EventEmitter;

async function main() {
  assert.strictEqual(on.length, 2);
  const e = new EventEmitter();

  const it = on(e, 'x');
  const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);
  assert.strictEqual(Object.getPrototypeOf(it), AsyncIteratorPrototype);
  assert.deepStrictEqual(Object.keys(it), ['next', 'return', 'throw']);
  assert.strictEqual(it[Symbol.asyncIterator](), it);
  assert.strictEqual(e.listenerCount('x'), 1);
  assert.strictEqual(e.listenerCount('error'), 1);

  e.emit('x', 1);
  e.emit('x', 2, 3);
  assert.deepStrictEqual(await it.next(), { value: [1], done: false });
  assert.deepStrictEqual(await it.next(), { value: [2, 3], done: false });
  const waiting = it.next();
  e.emit('x', 4);
  assert.deepStrictEqual(await waiting, { value: [4], done: false });

  // An 'error' event rejects the next read, then the iterator is done.
  e.emit('error', new Error('E'));
  await assert.rejects(it.next(), { message: 'E' });
  assert.deepStrictEqual(await it.next(), { value: undefined, done: true });
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.strictEqual(e.listenerCount('error'), 0);

  // Events queued before an error are still delivered first.
  const queued = on(e, 'x');
  e.emit('x', 1);
  e.emit('error', new Error('queued err'));
  assert.deepStrictEqual(await queued.next(), { value: [1], done: false });
  await assert.rejects(queued.next(), { message: 'queued err' });
  assert.deepStrictEqual(await queued.next(), { value: undefined, done: true });

  // With several reads pending, an error rejects the first and ends the others.
  const many = on(e, 'x');
  const p1 = many.next();
  const p2 = many.next();
  e.emit('error', new Error('E3'));
  await assert.rejects(p1, { message: 'E3' });
  assert.deepStrictEqual(await p2, { value: undefined, done: true });

  // return() stops listening and settles pending reads; buffered events remain readable (as in node).
  const ret = on(e, 'x');
  e.emit('x', 'a');
  assert.deepStrictEqual(await ret.return(), { value: undefined, done: true });
  assert.strictEqual(e.listenerCount('x'), 0);
  assert.deepStrictEqual(await ret.next(), { value: ['a'], done: false });
  assert.deepStrictEqual(await ret.next(), { value: undefined, done: true });
  const ret2 = on(e, 'x');
  const pendingRead = ret2.next();
  await ret2.return();
  assert.deepStrictEqual(await pendingRead, { value: undefined, done: true });

  // throw(err) returns undefined and hands the error to the next read.
  const thr = on(e, 'x');
  assert.strictEqual(thr.throw(new Error('thrown in')), undefined);
  assert.strictEqual(e.listenerCount('x'), 0);
  await assert.rejects(thr.next(), { message: 'thrown in' });
  assert.deepStrictEqual(await thr.next(), { value: undefined, done: true });
  assert.throws(() => on(e, 'x').throw(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. Received undefined',
  });
  e.removeAllListeners();

  // for await with break removes the listeners.
  setImmediate(() => { e.emit('y', 1); e.emit('y', 2); });
  const seen = [];
  for await (const [v] of on(e, 'y')) {
    seen.push(v);
    if (v === 2) break;
  }
  assert.deepStrictEqual(seen, [1, 2]);
  assert.strictEqual(e.listenerCount('y'), 0);

  // close option.
  const closing = on(e, 'data', { close: ['end'] });
  e.emit('data', 1);
  e.emit('end');
  e.emit('data', 2);
  assert.deepStrictEqual(await closing.next(), { value: [1], done: false });
  assert.deepStrictEqual(await closing.next(), { value: undefined, done: true });
  assert.strictEqual(e.listenerCount('end'), 0);

  // Iterating 'error' itself yields the errors.
  const errors = on(e, 'error');
  e.emit('error', 'E7');
  assert.deepStrictEqual(await errors.next(), { value: ['E7'], done: false });
  await errors.return();

  // Abort.
  const ac = new AbortController();
  const ab = on(e, 'x', { signal: ac.signal });
  const abPending = ab.next();
  ac.abort();
  await assert.rejects(abPending, (err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.cause, ac.signal.reason);
    return true;
  });
  assert.deepStrictEqual(await ab.next(), { value: undefined, done: true });
  assert.throws(() => on(e, 'x', { signal: AbortSignal.abort() }), { name: 'AbortError' });

  // Synchronous argument errors.
  assert.throws(() => on(e, 'x', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  assert.throws(() => on(5, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received type number (5)',
  });
  assert.throws(() => on(e, 'hw', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. ' +
             'Received 0',
  });
  assert.throws(() => on(e, 'hw', { lowWaterMark: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.lowWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. ' +
             'Received -1',
  });

  // Watermarks pause and resume emitters that support it.
  const flow = new EventEmitter();
  const calls = [];
  flow.pause = () => calls.push('pause');
  flow.resume = () => calls.push('resume');
  const wm = on(flow, 'd', { highWaterMark: 2, lowWaterMark: 1 });
  flow.emit('d', 1);
  flow.emit('d', 2);
  assert.deepStrictEqual(calls, []);
  flow.emit('d', 3);
  assert.deepStrictEqual(calls, ['pause']);
  await wm.next();
  await wm.next();
  assert.deepStrictEqual(calls, ['pause']);
  await wm.next();
  assert.deepStrictEqual(calls, ['pause', 'resume']);
  await wm.return();

  // EventTarget: values are [event].
  const et = new EventTarget();
  const etIt = on(et, 'foo');
  et.dispatchEvent(new Event('foo'));
  const { value } = await etIt.next();
  assert.strictEqual(value.length, 1);
  assert.strictEqual(value[0].type, 'foo');
  await etIt.return();
}

main().then(() => {}, (err) => { process.exitCode = 1; throw err; });
