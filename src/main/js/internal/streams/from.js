'use strict';
// Readable.from(iterable[, options]): an object-mode Readable fed by a sync or async iterator.
// Sync iterators are pulled synchronously inside _read() until a yielded promise switches the
// stream to awaiting each value.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_STREAM_NULL_VALUES },
} = require('internal/errors');

function from(Readable, iterable, opts) {
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new Readable({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let iterator;
  let isAsync;
  if (iterable && iterable[Symbol.asyncIterator]) {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && iterable[Symbol.iterator]) {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new Readable({ objectMode: true, highWaterMark: 1, ...opts });
  // True while a pull loop runs or awaits; _read() calls meanwhile are no-ops.
  let reading = false;
  let awaitValues = false;

  readable._read = function() {
    if (reading) return;
    reading = true;
    if (isAsync) pullAsync();
    else if (awaitValues) pullSyncAwaitingValues();
    else pullSync();
  };

  readable._destroy = function(error, cb) {
    close(error).then(
      () => process.nextTick(cb, error),
      (e) => process.nextTick(cb, e || error));
  };

  // Lets the iterator run its finally blocks (or handle the error) when the stream goes away early.
  async function close(error) {
    const hadError = error !== undefined && error !== null;
    if (hadError && typeof iterator.throw === 'function') {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // Pushes one value; returns true when the loop may go on.
  function deliver(value) {
    if (value === null) {
      reading = false;
      throw new ERR_STREAM_NULL_VALUES();
    }
    if (readable.push(value)) return true;
    reading = false;
    return false;
  }

  function pullSync() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          switchToAwaitingValues(value);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function switchToAwaitingValues(pending) {
    awaitValues = true;
    try {
      if (deliver(await pending)) pullSyncAwaitingValues();
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullSyncAwaitingValues() {
    try {
      for (;;) {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = value && typeof value.then === 'function' ? await value : value;
        if (!deliver(res)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function pullAsync() {
    try {
      for (;;) {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (!deliver(value)) return;
      }
    } catch (err) {
      readable.destroy(err);
    }
  }

  return readable;
}

module.exports = from;
