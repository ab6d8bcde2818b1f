'use strict';
// The public timers module; the machinery (lists, Timeout, Immediate, the loop entry points) is internal/timers.

const {
  Timeout,
  Immediate,
  TIMEOUT_MAX,
  insert,
  insertGuarded,
  unenroll: unenrollTimer,
  clearTimer,
  clearImmediate,
} = require('internal/timers');
const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const { deprecate } = require('internal/util');

const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

// The callback arguments after the first `skip` parameters, or undefined when there are none.
function extraArgs(all, skip) {
  if (all.length <= skip) return undefined;
  const args = new Array(all.length - skip);
  for (let i = skip; i < all.length; i++) args[i - skip] = all[i];
  return args;
}

// The three unused parameters give these functions node's `length` (5, 5 and 4).
function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, extraArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, extraArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, extraArgs(arguments, 1));
}

function clearTimeout(timer) {
  clearTimer(timer);
}

function clearInterval(timer) {
  clearTimer(timer);
}

// util.promisify(setTimeout) is timers/promises' setTimeout, loaded on first use.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, kPromisifyCustom, {
    enumerable: true,
    get() {
      return require('timers/promises')[name];
    },
  });
}

function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw new ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
  }
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.` +
      `\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  if (item._idleNext) unenrollTimer(item);
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

function active(item) {
  insertGuarded(item, item._idleTimeout);
}

function unrefActive(item) {
  insertGuarded(item, item._idleTimeout, false);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecate(unrefActive,
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate(active, 'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecate(unenrollTimer,
    'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate(enroll, 'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
