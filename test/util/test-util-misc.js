'use strict';
const assert = require('assert');
const util = require('util');

assert.deepStrictEqual(Object.keys(util).filter((k) => !k.startsWith('transferable')), [
  '_errnoException', '_exceptionWithHostPort', '_extend', 'callbackify', 'debug', 'debuglog', 'deprecate',
  'format', 'styleText', 'formatWithOptions', 'getSystemErrorMap', 'getSystemErrorName', 'inherits',
  'inspect', 'isArray', 'isBoolean', 'isBuffer', 'isDeepStrictEqual', 'isNull', 'isNullOrUndefined',
  'isNumber', 'isString', 'isSymbol', 'isUndefined', 'isRegExp', 'isObject', 'isDate', 'isError',
  'isFunction', 'isPrimitive', 'log', 'promisify', 'stripVTControlCharacters', 'toUSVString', 'aborted',
  'types', 'parseEnv', 'parseArgs', 'TextDecoder', 'TextEncoder', 'MIMEType', 'MIMEParams',
]);
assert.strictEqual(util.debug, util.debuglog);

// Deprecated type checks.
assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isBuffer(Buffer.alloc(1)), true);
assert.strictEqual(util.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNumber(NaN), true);
assert.strictEqual(util.isString(''), true);
assert.strictEqual(util.isSymbol(Symbol()), true);
assert.strictEqual(util.isUndefined(null), false);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isObject(() => {}), false);
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isError({ [Symbol.toStringTag]: 'Error' }), true);
assert.strictEqual(util.isFunction(class {}), true);
assert.strictEqual(util.isPrimitive(Symbol()), true);
assert.strictEqual(util.isPrimitive({}), false);
assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
assert.deepStrictEqual(util._extend({ a: 1 }, null), { a: 1 });

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mhi\u001b[0m \u001b]8;;http://x\u0007l\u001b]8;;\u0007'),
                   'hi l');
assert.throws(() => util.stripVTControlCharacters(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (1)',
});
assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');

assert.strictEqual(util.getSystemErrorName(-2), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-99999), 'Unknown system error -99999');
assert.throws(() => util.getSystemErrorName(1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "err" is out of range. It must be a negative integer. Received 1',
});
assert.throws(() => util.getSystemErrorName('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received type string (\'x\')',
});
const errorMap = util.getSystemErrorMap();
assert.deepStrictEqual(errorMap.get(-2), ['ENOENT', 'no such file or directory']);
assert.ok(errorMap.size > 50);

assert.deepStrictEqual(util.parseEnv('A=1\nexport B="x\\ny" # c\n# comment\nC=\'a b\'\nD=x#y\n=E\nF'),
                       { A: '1', B: 'x\ny', C: 'a b', D: 'x' });
assert.deepStrictEqual(util.parseEnv('A="multi\nline"\r\nB = 2 '), { A: 'multi\nline', B: '2' });
assert.throws(() => util.parseEnv(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "content" argument must be of type string. Received type number (1)',
});

const section = `node4j_test_${process.pid}`;
const logger = util.debuglog(section, (fn) => { assert.strictEqual(typeof fn, 'function'); });
assert.strictEqual(logger.enabled, false);
assert.strictEqual(logger.name, 'logger');
logger('not printed');

const ac = new AbortController();
const waiting = util.aborted(ac.signal, {});
assert.ok(waiting instanceof Promise);
ac.abort();
const done = new AbortController();
done.abort();
Promise.all([
  waiting.then((event) => assert.strictEqual(event.type, 'abort')),
  util.aborted(done.signal, {}).then((v) => assert.strictEqual(v, undefined)),
  assert.rejects(util.aborted(undefined, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  }),
  assert.rejects(util.aborted(new AbortController().signal, null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "resource" argument must be of type object. Received null',
  }),
]).then(() => { process.exitCode = 0; });
process.exitCode = 1;
