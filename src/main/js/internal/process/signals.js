'use strict';
// process.on('SIGxxx'): the first listener of a signal starts its native watch, the last one removed stops it
// (the process then gets the signal's default action again).

const { signals } = require('internal/os/constants');
const { registerHandle } = require('internal/handle_events');
const { ErrnoException } = require('internal/errors');

const binding = internalBinding('signal_wrap');
let handleId = 0;
const watched = new Set();

function isSignal(event) {
  return typeof event === 'string' && event.startsWith('SIG') && signals[event] !== undefined;
}

function startListeningIfSignal(type) {
  if (!isSignal(type) || watched.has(type)) return;
  if (handleId === 0) {
    handleId = registerHandle({
      // Aliases (SIGIOT, SIGPOLL) share a number: each watched name hears it.
      onHandleEvent(signum) {
        for (const event of watched) if (signals[event] === signum) process.emit(event, event);
      },
    });
  }
  const err = binding.start(handleId, signals[type], type.slice(3));
  if (err < 0) throw new ErrnoException(err, 'uv_signal_start');
  watched.add(type);
}

function stopListeningIfSignal(type) {
  if (!watched.has(type) || process.listenerCount(type) !== 0) return;
  watched.delete(type);
  for (const other of watched) if (signals[other] === signals[type]) return;
  binding.stop(signals[type]);
}

function setupSignalHandlers() {
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

module.exports = { setupSignalHandlers };
