'use strict';
// Unhandled-rejection tracking. V8 reports rejections without a handler and handlers added late (Java relays
// them to promiseReject); after the microtask queue drains, processRejections() emits node's events and applies
// the --unhandled-rejections mode (default: throw).

const { setHasRejectionToWarn } = require('internal/process/task_queues');
let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

const kRejectWithNoHandler = 0;
const kHandlerAddedAfterReject = 1;

const maybeUnhandled = new WeakMap();
const pendingUnhandled = [];
const asyncHandled = [];
let lastId = 0;
let mode = 'throw';
let triggerUncaught;

function setup(options, onUncaught) {
  if (options !== undefined) mode = options;
  triggerUncaught = onUncaught;
}

function promiseReject(type, promise, reason) {
  if (type === kRejectWithNoHandler) {
    maybeUnhandled.set(promise, { reason, uid: ++lastId, warned: false });
    pendingUnhandled.push(promise);
    setHasRejectionToWarn(true);
  } else if (type === kHandlerAddedAfterReject) {
    const info = maybeUnhandled.get(promise);
    if (info === undefined) return;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      asyncHandled.push({ promise, uid: info.uid });
      setHasRejectionToWarn(true);
    }
  }
}

class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
      `"${inspect(reason)}".`);
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

function warn(reason, uid) {
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by throwing inside of an async function ' +
    'without a catch block, or by rejecting a promise which was not handled with .catch(). To terminate the ' +
    'node process on unhandled promise rejection, use the CLI flag `--unhandled-rejections=strict` (see ' +
    `https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). (rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  const first = new Error(reason instanceof Error && reason.stack ? reason.stack : inspect(reason));
  first.name = 'UnhandledPromiseRejectionWarning';
  try {
    process.emitWarning(first);
  } catch {
    // a warning about a warning is not worth a crash
  }
  process.emitWarning(warning);
}

function asError(reason) {
  return reason instanceof Error ? reason : new UnhandledPromiseRejection(reason);
}

function handleUnhandled(promise, info) {
  const { reason, uid } = info;
  switch (mode) {
    case 'strict': {
      triggerUncaught(asError(reason), true);
      const handled = process.emit('unhandledRejection', reason, promise);
      if (!handled) warn(reason, uid);
      break;
    }
    case 'warn': {
      process.emit('unhandledRejection', reason, promise);
      warn(reason, uid);
      break;
    }
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn-with-error-code': {
      const handled = process.emit('unhandledRejection', reason, promise);
      if (!handled) {
        warn(reason, uid);
        process.exitCode = 1;
      }
      break;
    }
    default: {
      const handled = process.emit('unhandledRejection', reason, promise);
      if (!handled) triggerUncaught(asError(reason), true);
    }
  }
}

// Returns true when it emitted anything (ticks or microtasks may be due again).
function processRejections() {
  let acted = false;
  while (asyncHandled.length > 0) {
    const { promise } = asyncHandled.shift();
    process.emit('rejectionHandled', promise);
    acted = true;
  }
  let n = pendingUnhandled.length;
  while (n-- > 0) {
    const promise = pendingUnhandled.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    acted = true;
    handleUnhandled(promise, info);
  }
  setHasRejectionToWarn(pendingUnhandled.length > 0 || asyncHandled.length > 0);
  return acted;
}

module.exports = { setup, promiseReject, processRejections, UnhandledPromiseRejection };
