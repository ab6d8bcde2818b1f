'use strict';
// The 'error' event, errorMonitor, argument validation and captureRejections.
const assert = require('assert');
const EventEmitter = require('events');

// An Error is thrown as is.
{
  const e = new EventEmitter();
  const err = new Error('E');
  assert.throws(() => e.emit('error', err), (thrown) => thrown === err);
}

// Other values are wrapped in ERR_UNHANDLED_ERROR with an inspected copy in the message.
{
  const e = new EventEmitter();
  const circular = {};
  circular.self = circular;
  const cases = [
    ['str', "Unhandled error. ('str')"],
    [{ message: 'obj' }, "Unhandled error. ({ message: 'obj' })"],
    [undefined, 'Unhandled error. (undefined)'],
    [42, 'Unhandled error. (42)'],
    [null, 'Unhandled error. (null)'],
    [[1, 2], 'Unhandled error. ([ 1, 2 ])'],
    [{ a: { b: { c: { d: 1 } } } }, 'Unhandled error. ({ a: { b: { c: [Object] } } })'],
    [circular, 'Unhandled error. (<ref *1> { self: [Circular *1] })'],
  ];
  for (const [value, message] of cases) {
    assert.throws(() => e.emit('error', value), (err) => {
      assert.strictEqual(err.name, 'Error');
      assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
      assert.strictEqual(err.message, message);
      assert.strictEqual(err.context, value);
      return true;
    });
  }
  assert.throws(() => e.emit('error'), { code: 'ERR_UNHANDLED_ERROR', message: 'Unhandled error. (undefined)' });
  // Emitting 'error' with a listener returns true and does not throw.
  let got;
  e.on('error', (v) => { got = v; });
  assert.strictEqual(e.emit('error', 8), true);
  assert.strictEqual(got, 8);
}

// errorMonitor listeners see the error before it is thrown or handled.
{
  const e = new EventEmitter();
  const seen = [];
  e.on(EventEmitter.errorMonitor, (err, extra) => seen.push(['monitor', err, extra]));
  assert.throws(() => e.emit('error', 7, 'x'), { message: 'Unhandled error. (7)' });
  e.on('error', (err) => seen.push(['handled', err]));
  e.emit('error', 9);
  assert.deepStrictEqual(seen, [['monitor', 7, 'x'], ['monitor', 9, undefined], ['handled', 9]]);
}

// Argument validation.
{
  const e = new EventEmitter();
  for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener',
                        'removeListener', 'off']) {
    assert.throws(() => e[method]('z', 5), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "listener" argument must be of type function. Received type number (5)',
    });
  }
  assert.throws(() => e.on('z'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received undefined',
  });
  assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
  });
  assert.throws(() => { EventEmitter.captureRejections = 1; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "EventEmitter.captureRejections" property must be of type boolean. Received type number (1)',
  });
  // A non-object options argument is ignored.
  assert.strictEqual(new EventEmitter(5).listenerCount('x'), 0);
}

// captureRejections: rejected listener promises become 'error' events or go to the rejection hook.
{
  const log = [];
  const e = new EventEmitter({ captureRejections: true });
  e.on('ev', async () => { throw new Error('rej1'); });
  e.on('error', (err) => log.push(['error evt', err.message]));
  e.emit('ev');

  const e2 = new EventEmitter({ captureRejections: true });
  e2[Symbol.for('nodejs.rejection')] = function(err, ev, ...args) {
    log.push(['rejection hook', err.message, ev, args, this === e2]);
  };
  e2.on('foo', async () => { throw new Error('rej2'); });
  e2.emit('foo', 1, 2);

  const e3 = new EventEmitter({ captureRejections: true });
  e3.on('ev', () => ({
    then(ok, fail) {
      log.push(['thenable', typeof ok, typeof fail]);
      fail(new Error('thenable-rej'));
    },
  }));
  e3.on('error', (err) => log.push(['e3 error', err.message]));
  e3.emit('ev');

  // Resolved promises and emitters without capture produce nothing.
  const e4 = new EventEmitter({ captureRejections: true });
  e4.on('ev', async () => 1);
  e4.emit('ev');
  const e5 = new EventEmitter();
  e5.on('ev', () => Promise.resolve(2));
  e5.emit('ev');

  // An 'error' listener that rejects is called again with capture off; that rejection stays unhandled.
  let calls = 0;
  const e6 = new EventEmitter({ captureRejections: true });
  const unhandled = [];
  const onUnhandled = (err) => unhandled.push(err.message);
  process.on('unhandledRejection', onUnhandled);
  e6.on('error', async () => { calls++; throw new Error('in error handler'); });
  e6.emit('error', new Error('orig'));

  setTimeout(() => {
    process.removeListener('unhandledRejection', onUnhandled);
    assert.deepStrictEqual(log, [
      ['thenable', 'undefined', 'function'],
      ['e3 error', 'thenable-rej'],
      ['error evt', 'rej1'],
      ['rejection hook', 'rej2', 'foo', [1, 2], true],
    ]);
    assert.strictEqual(calls, 2);
    assert.deepStrictEqual(unhandled, ['in error handler']);
  }, 20);
}

// The global default applies to emitters created afterwards.
{
  EventEmitter.captureRejections = true;
  const e = new EventEmitter();
  EventEmitter.captureRejections = false;
  const got = [];
  e.on('x', async () => { throw new Error('global capture'); });
  e.on('error', (err) => got.push(err.message));
  e.emit('x');
  setTimeout(() => assert.deepStrictEqual(got, ['global capture']), 20);
}
