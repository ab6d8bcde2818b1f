'use strict';
// MessageChannel/MessagePort semantics: queued until started, close on both ends, receiveMessageOnPort, transfer
// rules, ArrayBuffer transfer, ports moved to a worker, BroadcastChannel across threads, node's globals.
const assert = require('assert');
const {
  Worker, MessageChannel, MessagePort, BroadcastChannel, receiveMessageOnPort, isMainThread, parentPort, workerData,
} = require('worker_threads');

if (!isMainThread) {
  workerData.port.on('message', (m) => {
    workerData.port.postMessage(m * 2);
    workerData.port.close();
  });
  const bc = new BroadcastChannel('test-channel');
  bc.onmessage = (event) => {
    parentPort.postMessage(`broadcast:${event.data}`);
    bc.close();
  };
  parentPort.postMessage('ready');
  return;
}

for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel']) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(typeof globalThis[name], 'function');
}
assert.strictEqual(globalThis.MessageChannel, MessageChannel);
assert.throws(() => new MessagePort(), { code: 'ERR_CONSTRUCT_CALL_INVALID' });

const order = [];
{
  // Messages wait for start(); receiveMessageOnPort takes them synchronously.
  const { port1, port2 } = new MessageChannel();
  port1.postMessage('a');
  port1.postMessage('b');
  assert.deepStrictEqual(receiveMessageOnPort(port2), { message: 'a' });
  setTimeout(() => {
    port2.on('message', (m) => {
      order.push(m);
      if (m === 'c') port2.close();
    });
    port1.postMessage('c');
  }, 10);
  port1.on('close', () => order.push('close1'));
  port2.on('close', () => order.push('close2'));
  assert.strictEqual(receiveMessageOnPort(new MessageChannel().port1), undefined);
}

{
  const { port1, port2 } = new MessageChannel();
  assert.throws(() => port1.postMessage(1, [port1]), { name: 'DataCloneError' });
  assert.throws(() => port1.postMessage(port2), { code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST' });
  assert.throws(() => port1.postMessage(1, [{}]), { code: 'ERR_INVALID_TRANSFER_OBJECT' });
  assert.throws(() => port1.postMessage(() => 1), { name: 'DataCloneError', message: '() => 1 could not be cloned.' });
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab)[0] = 9;
  port1.postMessage({ ab }, [ab]);
  assert.strictEqual(ab.byteLength, 0);
  const got = receiveMessageOnPort(port2).message;
  assert.strictEqual(got.ab.byteLength, 4);
  assert.strictEqual(new Uint8Array(got.ab)[0], 9);
  const view = new Uint16Array([1, 2, 3, 4]).subarray(1, 3);
  port1.postMessage(view);
  const gotView = receiveMessageOnPort(port2).message;
  assert.deepStrictEqual([gotView.byteOffset, gotView.length, gotView.buffer.byteLength], [2, 2, 8]);
  port1.close();
}

const { port1: mine, port2: theirs } = new MessageChannel();
const w = new Worker(__filename, { workerData: { port: theirs }, transferList: [theirs] });
const fromWorker = [];
w.on('message', (m) => {
  fromWorker.push(m);
  if (m === 'ready') {
    mine.postMessage(21);
    const bc = new BroadcastChannel('test-channel');
    bc.postMessage('hello');
    bc.close();
  }
});
mine.on('message', (m) => fromWorker.push(m));
mine.on('close', () => fromWorker.push('port closed'));
w.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(fromWorker.sort(), ['broadcast:hello', 'port closed', 'ready', 42].sort());
});

process.on('exit', () => {
  // The port that closed reports first, its peer after.
  assert.deepStrictEqual(order, ['b', 'c', 'close2', 'close1']);
});
