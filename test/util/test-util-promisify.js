'use strict';
const assert = require('assert');
const { promisify } = require('util');

assert.strictEqual(promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

function add(a, b, cb) { cb(null, a + b); }
add.extra = 1;
const addAsync = promisify(add);
assert.strictEqual(addAsync.name, 'add');
assert.strictEqual(addAsync.length, 3);
assert.strictEqual(addAsync.extra, 1);
assert.strictEqual(promisify(addAsync), addAsync);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(addAsync, promisify.custom),
                       { value: addAsync, writable: false, enumerable: false, configurable: true });

function custom() {}
const customImpl = () => {};
custom[promisify.custom] = customImpl;
assert.strictEqual(promisify(custom), customImpl);

const badCustom = () => {};
badCustom[promisify.custom] = 5;
assert.throws(() => promisify(badCustom), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. Received type number (5)',
});
assert.throws(() => promisify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});

const asyncWithProps = async () => 1;
asyncWithProps.foo = 2;
assert.strictEqual(promisify(asyncWithProps).foo, 2);

const obj = { x: 3, m(cb) { cb(null, this.x); } };
const boom = new Error('boom');

Promise.all([
  addAsync(1, 2).then((v) => assert.strictEqual(v, 3)),
  promisify((cb) => cb(0, 5))().then((v) => assert.strictEqual(v, 5)),
  promisify((cb) => cb(null, 5, 6))().then((v) => assert.strictEqual(v, 5)),
  promisify(obj.m).call(obj).then((v) => assert.strictEqual(v, 3)),
  promisify((cb) => cb(boom))().then(assert.fail, (e) => assert.strictEqual(e, boom)),
  promisify(() => { throw boom; })().then(assert.fail, (e) => assert.strictEqual(e, boom)),
]).then(() => { process.exitCode = 0; });
process.exitCode = 1;
