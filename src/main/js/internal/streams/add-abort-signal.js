'use strict';
// addAbortSignal(signal, stream): destroys the stream with an AbortError when the signal aborts.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { SymbolDispose } = require('internal/util');
const { validateAbortSignal } = require('internal/validators');
const { isNodeStream, isWebStream, kControllerErrorFunction } = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');

let addAbortListener;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;
  const onAbort = isNodeStream(stream) ?
    () => stream.destroy(new AbortError(undefined, { cause: signal.reason })) :
    () => stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
  if (signal.aborted) {
    onAbort();
  } else {
    addAbortListener ??= require('events').addAbortListener;
    const disposable = addAbortListener(signal, onAbort);
    // Stop listening once the stream is done either way.
    eos(stream, disposable[SymbolDispose]);
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
