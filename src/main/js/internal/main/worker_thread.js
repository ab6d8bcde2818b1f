'use strict';
// The main program of a worker thread: setup() makes it the worker (ports, workerData, stdio to the parent),
// run() then runs its script, or its code when the parent passed eval: true.

const { Module } = require('internal/modules/cjs/loader');
const { setupWorkerThread } = require('internal/worker');

function setup() {
  return setupWorkerThread();
}

function run(load, script, runEval) {
  if (load.doEval) {
    runEval(load.script, false, '[worker eval]');
  } else {
    process.argv[1] = script;
    Module.runMain(script);
  }
}

module.exports = { setup, run };
