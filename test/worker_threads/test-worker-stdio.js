'use strict';
// A worker's process.stdout reaches the parent's worker.stdout (piped to the parent's stdout unless stdout: true);
// stdin: true feeds the worker's process.stdin from worker.stdin.
const assert = require('assert');
const { Worker } = require('worker_threads');

const w = new Worker('console.log("line one"); process.stdout.write("two"); console.error("err");', {
  eval: true, stdout: true, stderr: true,
});
let out = '';
let err = '';
w.stdout.setEncoding('utf8').on('data', (chunk) => { out += chunk; });
w.stderr.setEncoding('utf8').on('data', (chunk) => { err += chunk; });
w.on('exit', (code) => {
  assert.strictEqual(code, 0);
  setImmediate(() => {
    assert.strictEqual(out, 'line one\ntwo');
    assert.strictEqual(err, 'err\n');
  });
});

const echo = new Worker('let s = ""; process.stdin.setEncoding("utf8").on("data", (d) => { s += d; })' +
  '.on("end", () => require("worker_threads").parentPort.postMessage(s.toUpperCase()));', { eval: true, stdin: true });
echo.on('message', (m) => assert.strictEqual(m, 'ABC'));
echo.stdin.write('a');
echo.stdin.end('bc');
