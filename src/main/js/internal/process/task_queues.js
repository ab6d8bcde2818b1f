'use strict';
// process.nextTick and queueMicrotask. After each call from the loop into JS, Java calls
// processTicksAndRejections() while the shared TICK_SCHEDULED or REJECTION_TO_WARN slot is set: all ticks, then all
// microtasks, again until both are empty, then rejections — as node does.

const { validateFunction } = require('internal/validators');
const { state: stateBuffer } = internalBinding('timers');

const state = new Int32Array(stateBuffer);
const kTickScheduled = 0;
const kRejectionToWarn = 1;

// A ring-buffer queue: nextTick is hot, so no Array#shift.
let queue = new Array(16);
let head = 0;
let tail = 0;

function push(item) {
  queue[tail] = item;
  tail = (tail + 1) & (queue.length - 1);
  if (tail === head) {
    const bigger = new Array(queue.length * 2);
    const n = queue.length;
    for (let i = 0; i < n; i++) bigger[i] = queue[(head + i) & (n - 1)];
    queue = bigger;
    head = 0;
    tail = n;
  }
}

function shift() {
  if (head === tail) return undefined;
  const item = queue[head];
  queue[head] = undefined;
  head = (head + 1) & (queue.length - 1);
  return item;
}

let onUncaught;
let processRejections;

function setHandlers(uncaught, rejections) {
  onUncaught = uncaught;
  processRejections = rejections;
}

function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  push({ callback, args });
  state[kTickScheduled] = 1;
}

function runMicrotasks() {
  %PerformMicrotaskCheckpoint();
}

// Named and called (on `process`) like node's, so that stacks of code run from here read the same.
function processTicksAndRejections() {
  let tock;
  do {
    while ((tock = shift()) !== undefined) {
      try {
        const { callback, args } = tock;
        switch (args.length) {
          case 0: callback(); break;
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          default: callback(...args);
        }
      } catch (err) {
        onUncaught(err);
      }
    }
    %PerformMicrotaskCheckpoint();
  } while (head !== tail || runRejections());
  state[kTickScheduled] = 0;
}

// A throwing 'unhandledRejection'/'rejectionHandled' listener is an uncaught exception, as in node.
function runRejections() {
  try {
    return processRejections();
  } catch (err) {
    onUncaught(err);
    return true;
  }
}

// Whether a callback that just returned leaves ticks or rejections to process (else only microtasks, which V8
// runs itself when the call returns to the loop — like node's checkpoint, with no JS frames under them).
function ticksOrRejectionsPending() {
  return head !== tail || state[kRejectionToWarn] !== 0;
}

// Between two timers or immediates: microtasks, and ticks when any are due (node's runNextTicks).
function runNextTicks() {
  if (!ticksOrRejectionsPending()) runMicrotasks();
  if (!ticksOrRejectionsPending()) return;
  processTicksAndRejections.call(process);
}

function hasTickScheduled() {
  return head !== tail;
}

function setHasRejectionToWarn(value) {
  state[kRejectionToWarn] = value ? 1 : 0;
}

const resolved = Promise.resolve();

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  resolved.then(() => {
    try {
      callback();
    } catch (err) {
      onUncaught(err);
    }
  });
}

module.exports = {
  nextTick,
  processTicksAndRejections,
  ticksOrRejectionsPending,
  runNextTicks,
  runMicrotasks,
  queueMicrotask,
  hasTickScheduled,
  setHasRejectionToWarn,
  setHandlers,
};
