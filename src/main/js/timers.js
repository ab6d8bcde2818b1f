'use strict';
// The public timers module; the machinery is internal/timers.

const timers = require('internal/timers');

function active(timer) {
  if (timer._idleTimeout >= 0) timers.insertGuarded(timer, timer._idleTimeout);
}

function unenroll(timer) {
  timers.unenroll(timer);
}

function enroll(timer, msecs) {
  if (timer._idleNext) timers.unenroll(timer);
  timer._idleTimeout = msecs;
  timer._idleNext = null;
  timer._idlePrev = null;
}

module.exports = {
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setImmediate: timers.setImmediate,
  clearImmediate: timers.clearImmediate,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  _unrefActive: active,
  active,
  unenroll,
  enroll,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true,
  configurable: true,
  get() {
    return require('timers/promises');
  },
});
