'use strict';
// Uncaught exceptions: 'uncaughtException' / 'uncaughtExceptionMonitor' listeners, else node's report on stderr
// (source line with a caret, the stack, the version trailer) and exit code 1 (7 when a handler itself threw).

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}
const { writeString } = internalBinding('process_methods');

const kArrow = Symbol('node4j.arrowMessage');
let handlingFatal = false;

function decorateErrorStack(err, arrow) {
  if (err !== null && (typeof err === 'object' || typeof err === 'function') && arrow) {
    try {
      Object.defineProperty(err, kArrow, { value: arrow, configurable: true, writable: true });
    } catch {
      // frozen error: report without the arrow
    }
  }
}

// The "file:line\nsource\n   ^" block node prints above an uncaught error, from the first user frame. A thrown
// error points at its throw statement (V8's message location); one that reached us through a promise (a
// rejection, an ES module's evaluation) at the frame where it was created, like node.
function arrowFromStack(err, thrown = true) {
  if (err === null || typeof err !== 'object') return '';
  if (Object.prototype.hasOwnProperty.call(err, kArrow)) return err[kArrow];
  const stack = safeStack(err);
  if (typeof stack !== 'string') return '';
  const m = /\n\s+at (?:.*? \()?((?:\/|file:\/\/)[^():]+|[A-Za-z]:\\[^():]+|\[eval\]):(\d+):(\d+)\)?/.exec(stack);
  if (m === null) return '';
  const [, file, lineText, colText] = m;
  const lineNo = Number(lineText);
  let source;
  try {
    if (file === '[eval]') {
      source = process._eval;
    } else {
      const fs = require('fs');
      source = fs.readFileSync(file.startsWith('file://') ? new URL(file) : file, 'utf8');
    }
  } catch {
    return '';
  }
  if (typeof source !== 'string') return '';
  const line = source.split(/\r?\n/)[lineNo - 1];
  if (line === undefined) return '';
  let col = Number(colText) - 1;
  const throwAt = thrown ? line.lastIndexOf('throw ', col) : -1;
  if (throwAt !== -1 && /^\s*$|[;{}]\s*$/.test(line.slice(0, throwAt))) col = throwAt;
  return `${file}:${lineNo}\n${line}\n${' '.repeat(Math.max(0, col))}^\n`;
}

function safeStack(err) {
  try {
    return err.stack;
  } catch {
    return undefined;
  }
}

function isError(e) {
  return e instanceof Error || Object.prototype.toString.call(e) === '[object Error]';
}

function formatFatal(err, fromPromise) {
  const arrow = arrowFromStack(err, !fromPromise);
  let body;
  if (isError(err)) {
    const stack = safeStack(err);
    body = inspect(err, { colors: false });
    if (typeof stack !== 'string' || stack === '') body = inspect(err);
    return `${arrow}\n${body}\n`;
  }
  body = inspect(err, { colors: false });
  const hint = typeof err === 'object' && err !== null ? '' :
    '\n(Use `node4j --trace-uncaught ...` to show where the exception was thrown)';
  return `\n${arrow}${body}${hint}\n`;
}

// A worker reports its uncaught exceptions to its parent instead of printing them.
let fatalReporter = null;
// An exception handler that threw: exit code 7, but 1 in a worker (as in node).
function handlerFailedCode() {
  return fatalReporter === null ? 7 : 1;
}

function setFatalReporter(report) {
  fatalReporter = report;
}

function printFatal(err, fromPromise = false) {
  if (fatalReporter !== null) {
    fatalReporter(err);
    return;
  }
  let text;
  try {
    text = formatFatal(err, fromPromise);
  } catch {
    text = `\nUncaught ${String(err)}\n`;
  }
  writeString(2, `${text}\nnode4j v${process.versions.node4j} (Node.js ${process.version})\n`);
}

// Called for every exception that reaches the loop; returns normally only when a listener handled it.
function triggerUncaughtException(err, fromPromise = false) {
  // Code that replaced process._fatalException with a non-function gets node's exit code 6.
  if (typeof process._fatalException !== 'function') {
    process.reallyExit(6);
    return;
  }
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (handlingFatal) {
    printFatal(err);
    process.reallyExit(handlerFailedCode());
    return;
  }
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
  } catch (monitorErr) {
    printFatal(monitorErr);
    process.reallyExit(handlerFailedCode());
    return;
  }
  const capture = require('internal/process/setup').getCaptureCallback();
  if (capture !== null) {
    capture(err);
    return;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    handlingFatal = true;
    try {
      process.emit('uncaughtException', err, origin);
    } catch (handlerErr) {
      printFatal(handlerErr);
      handlingFatal = false;
      process.reallyExit(handlerFailedCode());
      return;
    }
    handlingFatal = false;
    return;
  }
  printFatal(err, fromPromise);
  process.exitCode = 1;
  handlingFatal = true;
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', 1);
    }
  } catch {
    // an exit listener that throws cannot change the outcome
  }
  // An 'exit' listener may still set another code.
  process.reallyExit(process.exitCode ?? 1);
}

// process._fatalException(err): the handler node's C++ calls for an uncaught exception.
process._fatalException = function _fatalException(err, fromPromise) {
  triggerUncaughtException(err, fromPromise);
  return true;
};

// The main module's evaluation failed: the arrow points where the error was created, as node shows it.
function decorateFromCreation(err) {
  if (err !== null && typeof err === 'object' && !Object.prototype.hasOwnProperty.call(err, kArrow)) {
    decorateErrorStack(err, arrowFromStack(err, false));
  }
}

module.exports = {
  triggerUncaughtException, decorateErrorStack, decorateFromCreation, printFatal, setFatalReporter, kArrow,
};
