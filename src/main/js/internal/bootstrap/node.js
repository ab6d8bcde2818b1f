'use strict';
// Builds the node environment on a fresh isolate: the process object, the globals, tick and rejection
// processing, then returns the entry points the Java loop calls.

const realm = require('internal/bootstrap/realm');
const { processPrototype } = realm;
const EventEmitter = require('events');
const options = JSON.parse(internalBinding('builtins').options);

Object.setPrototypeOf(processPrototype, EventEmitter.prototype);
// Errors and inspect name the process object's class 'process', like node's.
const processConstructor = function process() {};
processConstructor.prototype = processPrototype;
Object.defineProperty(processPrototype, 'constructor', {
  value: processConstructor, writable: true, enumerable: false, configurable: true,
});
Object.defineProperty(processPrototype, Symbol.toStringTag, {
  value: 'process', writable: false, enumerable: false, configurable: true,
});
EventEmitter.call(process);

require('internal/process/setup').setupProcess(options);
require('internal/process/signals').setupSignalHandlers();
if (process.env.NODE_CHANNEL_FD) require('internal/child_process/ipc').setupChildChannel();
require('internal/bootstrap/globals').setupGlobals();

const taskQueues = require('internal/process/task_queues');
const promises = require('internal/process/promises');
const { triggerUncaughtException } = require('internal/process/execution');
const timers = require('internal/timers');

taskQueues.setHandlers(triggerUncaughtException, promises.processRejections);
timers.setUncaughtHandler(triggerUncaughtException);
promises.setup(options.settings['--unhandled-rejections'], triggerUncaughtException);
if (options.settings['--expose-internals'] === 'true') require('internal/bootstrap/realm').exposeInternals();

// Every entry point reports what its callbacks throw as node does. Ticks left by the callback run before its
// microtasks, so tick processing starts here; with none pending, V8 runs the microtasks when the call returns
// and Java then starts tick processing if they left any (the order of node's callback scope).
function guard(fn) {
  return function entryPoint(a, b, c, d, e, f, g) {
    let result;
    try {
      result = fn(a, b, c, d, e, f, g);
    } catch (err) {
      triggerUncaughtException(err);
    }
    if (taskQueues.ticksOrRejectionsPending()) taskQueues.processTicksAndRejections.call(process);
    return result;
  };
}

function runMain() {
  require('internal/main/run_main').run(options);
}

function emitBeforeExit() {
  if (process._exiting) return;
  process.emit('beforeExit', process.exitCode ?? 0);
}

function emitExit() {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode ?? 0);
  }
  // The loop ran dry while the main module still awaited: node's "unsettled top-level await" exit code.
  if (process.exitCode === undefined && require('internal/main/run_main').isMainUnsettled()) return 13;
  const code = process.exitCode ?? 0;
  return code | 0;
}

module.exports = {
  runMain: guard(runMain),
  runTicks: taskQueues.processTicksAndRejections.bind(process),
  processTimers: guard(timers.processTimers),
  processImmediate: guard(timers.processImmediate),
  promiseReject: promises.promiseReject,
  emitBeforeExit: guard(emitBeforeExit),
  emitExit: guard(emitExit),
  onRequestComplete: guard(require('internal/async_requests').onRequestComplete),
  onHandleEvent: guard(require('internal/handle_events').onHandleEvent),
};
