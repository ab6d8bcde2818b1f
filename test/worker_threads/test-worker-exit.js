'use strict';
// How workers end: an uncaught exception becomes 'error' in the parent, process.exit(n) ends only the worker
// with code n, terminate() stops even a busy worker, and bad arguments fail like node's.
const assert = require('assert');
const { Worker } = require('worker_threads');

const results = {};
process.on('exit', () => {
  assert.deepStrictEqual(results, { thrown: 1, exited: 7, terminated: 1, rejected: 1 });
});

const thrown = new Worker('const e = new RangeError("boom"); e.code = "E_X"; e.extra = [1]; throw e;',
  { eval: true });
let errorSeen = false;
thrown.on('error', (err) => {
  errorSeen = true;
  assert.ok(err instanceof RangeError);
  assert.strictEqual(err.message, 'boom');
  assert.strictEqual(err.code, 'E_X');
  assert.deepStrictEqual(err.extra, [1]);
  assert.deepStrictEqual(Object.keys(err), ['code', 'extra']);
  assert.match(err.stack, /RangeError: boom/);
});
thrown.on('exit', (code) => {
  assert.ok(errorSeen);
  results.thrown = code;
});

const exited = new Worker('process.on("exit", (c) => require("worker_threads").parentPort.postMessage(c));' +
  'process.exit(7); throw new Error("not reached")', { eval: true });
const exitMessages = [];
exited.on('message', (m) => exitMessages.push(m));
exited.on('error', () => assert.fail('no error expected'));
exited.on('exit', (code) => {
  assert.deepStrictEqual(exitMessages, [7]);
  results.exited = code;
});

const busy = new Worker('require("worker_threads").parentPort.postMessage("spinning"); for (;;) {}', { eval: true });
busy.on('message', () => {
  busy.terminate().then((code) => {
    results.terminated = code;
  });
});

const rejected = new Worker('Promise.reject(new TypeError("nope"))', { eval: true });
rejected.on('error', (err) => {
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.message, 'nope');
});
rejected.on('exit', (code) => {
  results.rejected = code;
});

assert.throws(() => new Worker('relative.js'), { code: 'ERR_WORKER_PATH', name: 'TypeError' });
assert.throws(() => new Worker(42, { eval: true }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => new Worker(__filename, { argv: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Worker('0', { eval: true, workerData: () => {} }), { name: 'DataCloneError' });
