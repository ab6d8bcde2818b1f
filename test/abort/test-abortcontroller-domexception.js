'use strict';
// DOMException: names, legacy codes, accessors, Error compatibility.
const assert = require('assert');

{
  const e = new DOMException('msg', 'AbortError');
  assert.strictEqual(e.name, 'AbortError');
  assert.strictEqual(e.message, 'msg');
  assert.strictEqual(e.code, 20);
  assert.ok(e instanceof Error);
  assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
  assert.strictEqual(String(e), 'AbortError: msg');
  assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
  assert.deepStrictEqual(Object.getOwnPropertyNames(e), ['stack']);
  assert.deepStrictEqual(Object.keys(e), []);
  assert.ok(e.stack.startsWith('AbortError: msg\n    at '));
  assert.strictEqual(Object.getOwnPropertyDescriptor(e, 'stack').enumerable, false);
}

// Defaults and coercions.
{
  const e = new DOMException();
  assert.strictEqual(e.name, 'Error');
  assert.strictEqual(e.message, '');
  assert.strictEqual(e.code, 0);
  assert.strictEqual(new DOMException(null).message, 'null');
  assert.strictEqual(new DOMException(123, 456).name, '456');
  assert.strictEqual(new DOMException('m', null).name, 'null');
  assert.strictEqual(new DOMException('m', undefined).name, 'Error');
  assert.strictEqual(new DOMException('m', {}).name, 'undefined');
  assert.strictEqual(new DOMException('m', { name: 'NotFoundError' }).code, 8);
  assert.throws(() => new DOMException(Symbol('x')), { name: 'TypeError' });
  assert.throws(() => DOMException(), { name: 'TypeError' });
}

// cause.
{
  const withCause = new DOMException('a', { name: 'DataCloneError', cause: 5 });
  assert.strictEqual(withCause.cause, 5);
  assert.strictEqual(withCause.code, 25);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(withCause, 'cause'),
                         { value: 5, writable: true, enumerable: false, configurable: true });
  assert.strictEqual('cause' in new DOMException('a', { name: 'X' }), false);
  assert.strictEqual('cause' in new DOMException('a', { cause: undefined }), true);
}

// Name to code table, including names without a legacy code.
{
  const expected = {
    IndexSizeError: 1, DOMStringSizeError: 0, HierarchyRequestError: 3, WrongDocumentError: 4,
    InvalidCharacterError: 5, NoDataAllowedError: 0, NoModificationAllowedError: 7, NotFoundError: 8,
    NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, ValidationError: 0,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25, EncodingError: 0,
    NotReadableError: 0, UnknownError: 0, ConstraintError: 0, DataError: 0, TransactionInactiveError: 0,
    ReadOnlyError: 0, VersionError: 0, OperationError: 0, NotAllowedError: 0,
  };
  for (const [name, code] of Object.entries(expected)) {
    assert.strictEqual(new DOMException('', name).code, code, name);
  }
}

// Legacy constants on the class and the prototype.
{
  const names = [
    'INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
    'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR',
    'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR',
    'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR',
    'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR',
    'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR',
  ];
  assert.deepStrictEqual(Object.getOwnPropertyNames(DOMException), ['length', 'name', 'prototype', ...names]);
  assert.deepStrictEqual(Object.getOwnPropertyNames(DOMException.prototype),
                         ['constructor', 'name', 'message', 'code', ...names]);
  names.forEach((name, i) => {
    const descriptor = { value: i + 1, writable: false, enumerable: true, configurable: false };
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException, name), descriptor);
    assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, name), descriptor);
  });
  assert.strictEqual(DOMException.length, 0);
}

// Accessors and their brand check.
{
  for (const key of ['name', 'message', 'code']) {
    const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key);
    assert.strictEqual(typeof d.get, 'function');
    assert.strictEqual(d.set, undefined);
    assert.strictEqual(d.enumerable, true);
    assert.throws(() => d.get.call({}), (err) => {
      assert.strictEqual(err.name, 'TypeError');
      assert.strictEqual(err.code, 'ERR_INVALID_THIS');
      assert.strictEqual(err.message, 'Value of "this" must be of DOMException');
      assert.strictEqual(String(err), 'TypeError [ERR_INVALID_THIS]: Value of "this" must be of DOMException');
      return true;
    });
  }
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(DOMException.prototype, Symbol.toStringTag),
                         { value: 'DOMException', writable: false, enumerable: false, configurable: true });
}

// Subclasses.
{
  class MyException extends DOMException {}
  const e = new MyException('m', 'NotFoundError');
  assert.strictEqual(e.code, 8);
  assert.strictEqual(e.name, 'NotFoundError');
  assert.ok(e instanceof DOMException);
  assert.ok(e instanceof Error);
}
