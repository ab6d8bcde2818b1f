'use strict';
// The main program of a worker thread: becomes the worker (ports, workerData, stdio to the parent), then runs
// its script, or its code when the parent passed eval: true.

const { Module } = require('internal/modules/cjs/loader');
const { setupWorkerThread } = require('internal/worker');

function run(script, runEval) {
  const load = setupWorkerThread();
  if (load.doEval) {
    runEval(load.script, false, '[worker eval]');
  } else {
    process.argv[1] = script;
    Module.runMain(script);
  }
}

module.exports = { run };
