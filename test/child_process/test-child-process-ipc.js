'use strict';
// The IPC channel of fork(): both serialization modes round-trip their values, send() checks its arguments and
// reports a closed channel, messages are delivered one per tick (a throwing listener does not lose the others),
// and channel/disconnect follow node.
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'echo') {
  process.on('message', (message) => process.send(message));
  return;
}
if (process.argv[2] === 'burst') {
  let got = 0;
  process.on('uncaughtException', (err) => {
    if (++got === 5) process.send(`thrown ${got}`);
    assert.strictEqual(typeof err, 'number');
  });
  process.on('message', (message) => {
    throw message;
  });
  process.send('ready');
  return;
}

const pending = new Set();
function expectCall(name) {
  pending.add(name);
  return () => pending.delete(name);
}
process.on('exit', () => assert.deepStrictEqual([...pending], []));

function roundTrip(serialization, values, done) {
  const child = cp.fork(__filename, ['echo'], { serialization });
  assert.strictEqual(child.connected, true);
  assert.strictEqual(typeof child.channel, 'object');
  let i = 0;
  child.on('message', (message) => {
    assert.deepStrictEqual(message, values[i]);
    if (++i < values.length) child.send(values[i]);
    else child.disconnect();
  });
  child.on('disconnect', () => {
    assert.strictEqual(child.connected, false);
    assert.strictEqual(child.channel, null);
    const late = expectCall(`${serialization} send after disconnect`);
    child.send('late', (err) => {
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
      assert.strictEqual(err.message, 'Channel closed');
      late();
    });
  });
  // Argument checks happen before anything is written.
  assert.throws(() => child.send(), {
    code: 'ERR_MISSING_ARGS', message: 'The "message" argument must be specified',
  });
  assert.throws(() => child.send(Symbol('s')), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "message" argument must be one of type string, object, number, or boolean. ' +
             'Received type symbol (Symbol(s))',
  });
  assert.throws(() => child.send('m', null, 'options'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => child.send(() => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  child.on('exit', (code, signal) => {
    assert.deepStrictEqual([code, signal, i], [0, null, values.length]);
    done();
  });
  child.send(values[0]);
}

roundTrip('json', [{ a: [1, 'two', null, true] }, 'text', 42, 'ß'.repeat(70000)], expectCall('json'));

const circular = { name: 'loop' };
circular.self = circular;
roundTrip('advanced', [
  { bytes: new Uint8Array([1, 2, 3]), floats: new Float64Array([Math.PI]) },
  { buffer: Buffer.from('Hello!') },
  new Map([[{ a: 1 }, new Set([1n, undefined])]]),
  circular,
  new RangeError('out of range'),
  [new Date(0), /x+/gi, -0, NaN, Infinity],
], expectCall('advanced'));

// A child whose 'message' listener throws still gets every message, one per tick.
{
  const done = expectCall('burst');
  const child = cp.fork(__filename, ['burst']);
  child.on('message', (message) => {
    if (message === 'ready') {
      for (let i = 0; i < 5; i++) child.send(i);
    } else {
      assert.strictEqual(message, 'thrown 5');
      child.disconnect();
      done();
    }
  });
}
