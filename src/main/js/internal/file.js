'use strict';

// File: a Blob with a name and a modification time.

const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const { Blob, hiddenByDepth, lazyInspect } = require('internal/blob');

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = kEmptyObject) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.#name = `${fileName}`;
    let lastModified = options?.lastModified;
    if (lastModified === undefined) {
      lastModified = Date.now();
    } else {
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    }
    this.#lastModified = lastModified;
  }

  get name() {
    return this.#name;
  }

  get lastModified() {
    return this.#lastModified;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return hiddenByDepth(this, options);
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const fields = { size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified };
    return `File ${lazyInspect()(fields, opts)}`;
  }
}

for (const name of ['name', 'lastModified']) {
  Object.defineProperty(File.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', writable: false, enumerable: false, configurable: true,
});

module.exports = {
  File,
};
