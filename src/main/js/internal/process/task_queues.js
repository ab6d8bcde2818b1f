'use strict';
// process.nextTick and queueMicrotask. After each call from the loop into JS, Java calls runTicks() while the
// shared TICK_SCHEDULED or REJECTION_TO_WARN slot is set: all ticks, then all microtasks, again until both are
// empty, then rejections — node's processTicksAndRejections.

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

function runTicks() {
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
    runMicrotasks();
  } while (head !== tail || processRejections());
  state[kTickScheduled] = 0;
}

// Between two timers or immediates: microtasks, and ticks when any are due (node's runNextTicks).
function runNextTicks() {
  if (head === tail && state[kRejectionToWarn] === 0) runMicrotasks();
  if (head === tail && state[kRejectionToWarn] === 0) return;
  runTicks();
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
  runTicks,
  runNextTicks,
  runMicrotasks,
  queueMicrotask,
  hasTickScheduled,
  setHasRejectionToWarn,
  setHandlers,
};
