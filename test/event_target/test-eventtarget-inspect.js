'use strict';
// util.inspect of EventTarget and its subclasses, and the class's shape.
const assert = require('assert');
const util = require('util');

const et = new EventTarget();
assert.strictEqual(util.inspect(et), 'EventTarget {}');
assert.strictEqual(util.inspect(et, { depth: -1 }), 'EventTarget');
assert.strictEqual(util.inspect({ a: { b: et } }), '{ a: { b: EventTarget {} } }');
assert.strictEqual(util.inspect({ a: { b: { c: et } } }), '{ a: { b: { c: EventTarget } } }');
class MyTarget extends EventTarget {}
assert.strictEqual(util.inspect(new MyTarget()), 'MyTarget {}');
assert.strictEqual(String(et), '[object EventTarget]');
assert.strictEqual(EventTarget.length, 0);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventTarget.prototype),
                       ['constructor', 'addEventListener', 'removeEventListener', 'dispatchEvent']);
assert.strictEqual(EventTarget.prototype.addEventListener.length, 2);
assert.strictEqual(EventTarget.prototype.removeEventListener.length, 2);
assert.strictEqual(EventTarget.prototype.dispatchEvent.length, 1);
assert.strictEqual(Object.getOwnPropertyDescriptor(EventTarget.prototype, 'dispatchEvent').enumerable, true);
assert.deepStrictEqual(Object.keys(et), []);
