'use strict';
// Node's internal errors as public APIs throw them: class, code, message, toString() and the stack header.
// Expected strings are node v20's output.
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');
const { Buffer } = require('buffer');

function check(fn, name, code, message, keys = ['code']) {
  let thrown;
  try {
    fn();
  } catch (err) {
    thrown = err;
  }
  assert.ok(thrown instanceof Error, `${fn} did not throw`);
  assert.strictEqual(thrown.name, name);
  assert.strictEqual(thrown.code, code);
  assert.strictEqual(thrown.message, message);
  const header = `${name} [${code}]: ${message}`;
  assert.strictEqual(String(thrown), header);
  assert.strictEqual(thrown.stack.slice(0, header.length), header);
  assert.deepStrictEqual(Object.keys(thrown), keys);
  // The stack starts at the caller of the API, here.
  assert.match(thrown.stack.split('\n').slice(1).join('\n'), /test-errors-messages\.js/);
}

// ERR_INVALID_ARG_TYPE: types, instances, other descriptions and what was received.
check(() => Buffer.alloc('x'), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "size" argument must be of type number. Received type string (\'x\')');
check(() => Buffer.from({}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an ' +
      'Array-like Object. Received an instance of Object');
check(() => new EventEmitter().on('x', 1), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "listener" argument must be of type function. Received type number (1)');
check(() => util.promisify(null), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "original" argument must be of type function. Received null');
check(() => util.callbackify(Symbol('s')), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "original" argument must be of type function. Received type symbol (Symbol(s))');
check(() => util.callbackify('a string that is longer than twenty-eight characters'), 'TypeError',
      'ERR_INVALID_ARG_TYPE',
      'The "original" argument must be of type function. Received type string (\'a string that is longer t...\')');
check(() => util.callbackify("it's"), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "original" argument must be of type function. Received type string ("it\'s")');
check(() => util.inherits(function() {}, undefined), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "superCtor" argument must be of type function. Received undefined');
check(() => util.inherits(function() {}, Object.assign(() => {}, { prototype: undefined })), 'TypeError',
      'ERR_INVALID_ARG_TYPE', 'The "superCtor.prototype" property must be of type object. Received undefined');
check(() => new EventEmitter().once('x', new (class Foo {})()), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "listener" argument must be of type function. Received an instance of Foo');
check(() => new EventEmitter().on('x', Object.create(null)), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "listener" argument must be of type function. Received [Object: null prototype] {}');
check(() => util.getSystemErrorName(10n), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "err" argument must be of type number. Received type bigint (10n)');
check(() => { util.inspect.defaultOptions = Object.create(null); util.inspect.defaultOptions = 5; }, 'TypeError',
      'ERR_INVALID_ARG_TYPE', 'The "options" argument must be of type object. Received type number (5)');
check(() => util.formatWithOptions(function named() {}), 'TypeError', 'ERR_INVALID_ARG_TYPE',
      'The "inspectOptions" argument must be of type object. Received function named');

// ERR_OUT_OF_RANGE: ranges and large numbers with separators.
check(() => Buffer.alloc(-1), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1');
check(() => util.getSystemErrorName(1), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "err" is out of range. It must be a negative integer. Received 1');
check(() => { EventEmitter.defaultMaxListeners = -1; }, 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1');
check(() => new EventEmitter().setMaxListeners(-123456789012), 'RangeError', 'ERR_OUT_OF_RANGE',
      'The value of "setMaxListeners" is out of range. It must be >= 0. Received -123_456_789_012');

// Other codes.
check(() => Buffer.alloc(4).write('x', 'nope'), 'TypeError', 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: nope');
check(() => new EventEmitter().emit('error', 'boom'), 'Error', 'ERR_UNHANDLED_ERROR', "Unhandled error. ('boom')",
      ['code', 'context']);
check(() => new EventEmitter().emit('error', { a: 1 }), 'Error', 'ERR_UNHANDLED_ERROR', 'Unhandled error. ({ a: 1 })',
      ['code', 'context']);
check(() => new util.MIMEType('x'), 'TypeError', 'ERR_INVALID_MIME_SYNTAX',
      'The MIME syntax for a type in "x" is invalid');
check(() => util.parseArgs({ args: ['--foo'], options: {} }), 'TypeError', 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
      "Unknown option '--foo'");
check(() => new TextDecoder('nope'), 'RangeError', 'ERR_ENCODING_NOT_SUPPORTED', 'The "nope" encoding is not supported');

// util.inspect() shows the code among the properties and the header in the stack.
let err;
try {
  Buffer.alloc('x');
} catch (e) {
  err = e;
}
err.stack = `${err.stack.split('\n')[0]}\n    at f (/app/x.js:1:1)`;
assert.strictEqual(util.inspect(err),
                   "TypeError [ERR_INVALID_ARG_TYPE]: The \"size\" argument must be of type number. Received type string ('x')\n" +
                   "    at f (/app/x.js:1:1) {\n  code: 'ERR_INVALID_ARG_TYPE'\n}");
// The name can be changed after the fact; toString() keeps the code.
err.name = 'Renamed';
assert.strictEqual(String(err),
                   'Renamed [ERR_INVALID_ARG_TYPE]: The "size" argument must be of type number. Received type string (\'x\')');
