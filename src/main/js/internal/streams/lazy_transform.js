'use strict';
// A Transform whose stream machinery is built on first use: crypto's Hash, Hmac, Cipher… are mostly used
// through update()/digest(), and creating stream state for each would be wasted work.

const stream = require('stream');

function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, stream.Transform.prototype);
Object.setPrototypeOf(LazyTransform, stream.Transform);

function stateGetter(name) {
  return function() {
    stream.Transform.call(this, this._options);
    this._writableState.decodeStrings = false;
    return this[name];
  };
}

function stateSetter(name) {
  return function(value) {
    Object.defineProperty(this, name, { value, enumerable: true, configurable: true, writable: true });
  };
}

for (const name of ['_readableState', '_writableState', '_transformState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get: stateGetter(name), set: stateSetter(name), configurable: true, enumerable: true,
  });
}

module.exports = LazyTransform;
