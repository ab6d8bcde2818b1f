'use strict';
// A worker gets its own thread facts and data, talks to its parent both ways, and events come in node's order.
const assert = require('assert');
const { Worker, isMainThread, parentPort, workerData, threadId, resourceLimits } = require('worker_threads');

if (!isMainThread) {
  assert.strictEqual(typeof threadId, 'number');
  assert.notStrictEqual(threadId, 0);
  assert.strictEqual(process.env.WORKER_TEST_VALUE, 'from-parent');
  assert.deepStrictEqual(Object.keys(resourceLimits).sort(),
    ['codeRangeSizeMb', 'maxOldGenerationSizeMb', 'maxYoungGenerationSizeMb', 'stackSizeMb']);
  parentPort.on('message', (m) => {
    if (m === 'done') {
      parentPort.close();
      return;
    }
    parentPort.postMessage({ echo: m, argv: process.argv.slice(2), workerData, threadId });
  });
  return;
}

assert.strictEqual(threadId, 0);
assert.strictEqual(parentPort, null);
assert.deepStrictEqual(resourceLimits, {});
process.env.WORKER_TEST_VALUE = 'from-parent';

const events = [];
const data = { list: [1, 2, 3], map: new Map([['k', new Set([1n])]]), date: new Date(0), bytes: Buffer.from('hi') };
const w = new Worker(__filename, { workerData: data, argv: ['a', 1] });
assert.strictEqual(w.threadId > 0, true);
assert.strictEqual(w.resourceLimits.stackSizeMb, 4);
w.on('online', () => {
  events.push('online');
  w.postMessage({ n: 1, nested: { deep: [null, undefined, -0, NaN] } });
});
w.on('message', (m) => {
  events.push('message');
  assert.deepStrictEqual(m.echo, { n: 1, nested: { deep: [null, undefined, -0, NaN] } });
  assert.deepStrictEqual(m.argv, ['a', '1']);
  assert.strictEqual(m.threadId, w.threadId);
  assert.deepStrictEqual(m.workerData.list, [1, 2, 3]);
  assert.deepStrictEqual(m.workerData.map, new Map([['k', new Set([1n])]]));
  assert.strictEqual(m.workerData.date.getTime(), 0);
  // A Buffer arrives as a plain Uint8Array, like node's structured clone.
  assert.strictEqual(Buffer.isBuffer(m.workerData.bytes), false);
  assert.deepStrictEqual([...m.workerData.bytes], [104, 105]);
  w.postMessage('done');
});
w.on('exit', (code) => {
  events.push('exit');
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(events, ['online', 'message', 'exit']);
  assert.deepStrictEqual(w.resourceLimits, {});
  assert.strictEqual(w.threadId, -1);
});
