'use strict';
// duplexPair(): two Duplexes wired back to back; what one side writes, the other side reads.
// A write is acknowledged when the other side asks for more data, which carries backpressure across.

const Duplex = require('internal/streams/duplex');

const kLink = Symbol('kLink');

class DuplexSide extends Duplex {
  #otherSide = null;
  #pendingCallback = null;

  [kLink](otherSide) {
    this.#otherSide = otherSide;
  }

  _read() {
    const callback = this.#pendingCallback;
    if (callback) {
      this.#pendingCallback = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this.#otherSide.push(chunk);
      this.#otherSide.#pendingCallback = callback;
    }
  }

  _final(callback) {
    this.#otherSide.on('end', callback);
    this.#otherSide.push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kLink](side1);
  side1[kLink](side0);
  return [side0, side1];
}

module.exports = duplexPair;
