'use strict';
// fork: an IPC channel both ways, JSON messages in order, disconnect from the child, exit after it.
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  assert.strictEqual(process.connected, true);
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  process.on('message', (m) => {
    process.send({ echo: m });
    if (m === 'bye') process.disconnect();
  });
} else if (process.argv[2] === 'sender') {
  process.send('hi');
} else {
  const child = cp.fork(__filename, ['child']);
  assert.strictEqual(child.connected, true);
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stdio.length, 4);
  const events = [];
  child.on('message', (m) => events.push(['message', m]));
  child.on('disconnect', () => events.push(['disconnect']));
  child.on('exit', (code, signal) => events.push(['exit', code, signal]));
  child.on('close', () => {
    assert.deepStrictEqual(events, [
      ['message', { echo: { a: 1, b: [1, 2] } }],
      ['message', { echo: 'bye' }],
      ['disconnect'],
      ['exit', 0, null],
    ]);
    assert.strictEqual(child.connected, false);
  });
  assert.strictEqual(child.send({ a: 1, b: [1, 2] }), true);
  child.send('bye');
  assert.throws(() => child.send(undefined), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => child.send(Symbol), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => cp.fork(__filename, [], { stdio: ['pipe', 'pipe', 'pipe'] }),
                { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED' });

  // A child that only sends exits by itself: its channel does not hold it.
  const sender = cp.fork(__filename, ['sender'], { silent: true });
  const got = [];
  sender.on('message', (m) => got.push(m));
  sender.on('exit', (code) => assert.strictEqual(code, 0));
  sender.on('close', () => assert.deepStrictEqual(got, ['hi']));
}
