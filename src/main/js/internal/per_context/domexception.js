'use strict';
// The WebIDL DOMException: name/message/code live in private fields behind prototype getters, and the
// prototype chain reaches Error.prototype so `instanceof Error` and Error.prototype.toString work.

// Legacy constant names with their codes, in WebIDL order; codes 2, 6 and 16 have no error name.
const legacyCodes = [
  ['INDEX_SIZE_ERR', 'IndexSizeError'],
  ['DOMSTRING_SIZE_ERR', null],
  ['HIERARCHY_REQUEST_ERR', 'HierarchyRequestError'],
  ['WRONG_DOCUMENT_ERR', 'WrongDocumentError'],
  ['INVALID_CHARACTER_ERR', 'InvalidCharacterError'],
  ['NO_DATA_ALLOWED_ERR', null],
  ['NO_MODIFICATION_ALLOWED_ERR', 'NoModificationAllowedError'],
  ['NOT_FOUND_ERR', 'NotFoundError'],
  ['NOT_SUPPORTED_ERR', 'NotSupportedError'],
  ['INUSE_ATTRIBUTE_ERR', 'InUseAttributeError'],
  ['INVALID_STATE_ERR', 'InvalidStateError'],
  ['SYNTAX_ERR', 'SyntaxError'],
  ['INVALID_MODIFICATION_ERR', 'InvalidModificationError'],
  ['NAMESPACE_ERR', 'NamespaceError'],
  ['INVALID_ACCESS_ERR', 'InvalidAccessError'],
  ['VALIDATION_ERR', null],
  ['TYPE_MISMATCH_ERR', 'TypeMismatchError'],
  ['SECURITY_ERR', 'SecurityError'],
  ['NETWORK_ERR', 'NetworkError'],
  ['ABORT_ERR', 'AbortError'],
  ['URL_MISMATCH_ERR', 'URLMismatchError'],
  ['QUOTA_EXCEEDED_ERR', 'QuotaExceededError'],
  ['TIMEOUT_ERR', 'TimeoutError'],
  ['INVALID_NODE_TYPE_ERR', 'InvalidNodeTypeError'],
  ['DATA_CLONE_ERR', 'DataCloneError'],
];

const nameToCode = new Map();
for (let i = 0; i < legacyCodes.length; i++) {
  if (legacyCodes[i][1] !== null) nameToCode.set(legacyCodes[i][1], i + 1);
}

// Built here rather than through internal/errors: node words this message without "type".
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  Object.defineProperty(err, 'toString', {
    __proto__: null,
    value() { return `${this.name} [${this.code}]: ${this.message}`; },
    writable: true, enumerable: false, configurable: true,
  });
  err.code = 'ERR_INVALID_THIS';
  return err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(this, 'cause', {
          __proto__: null, value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      this.#name = `${options}`;
    }
    // Taken after the fields are set, so the stack's header reads "<name>: <message>".
    Error.captureStackTrace(this);
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#name in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    return nameToCode.get(this.#name) ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);

const enumerableGetter = { __proto__: null, enumerable: true };
Object.defineProperties(DOMException.prototype, {
  __proto__: null,
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'DOMException' },
  name: enumerableGetter,
  message: enumerableGetter,
  code: enumerableGetter,
});

for (let i = 0; i < legacyCodes.length; i++) {
  const descriptor = { __proto__: null, value: i + 1, enumerable: true, writable: false, configurable: false };
  Object.defineProperty(DOMException, legacyCodes[i][0], descriptor);
  Object.defineProperty(DOMException.prototype, legacyCodes[i][0], descriptor);
}

module.exports = { DOMException };
