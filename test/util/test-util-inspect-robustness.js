'use strict';
// util.inspect() on hostile or huge input: deep recursion, replaced globals, throwing getters.
const assert = require('assert');
const util = require('util');

{
  // A linked list deeper than the stack: the overflow is reported in place and nesting stays consistent.
  const list = {};
  let head = list;
  for (let i = 0; i < 100000; i++) head = head.next = {};
  assert.strictEqual(util.inspect(list), '{ next: { next: { next: [Object] } } }');
  const out = util.inspect(list, { depth: Infinity });
  const lines = out.split('\n');
  const interrupted = lines.findIndex((line) => line.includes('[Object: Inspection interrupted prematurely. ' +
    'Maximum call stack size exceeded.]'));
  assert(interrupted > 100);
  // Every "next: {" line has its closing brace at the same indentation.
  assert.strictEqual(lines.length, interrupted * 2 + 1);
  assert.strictEqual(lines[lines.length - 1], '}');
  assert.strictEqual(lines[interrupted + 1].length, lines[interrupted - 1].length - 6);
}

{
  // A structure whose full output is very large is still inspected quickly.
  let last = {};
  const obj = last;
  for (let i = 0; i < 1000; i++) {
    last.next = { circular: obj, last, obj: { a: 1, b: 2, c: true } };
    last = last.next;
    obj[i] = last;
  }
  const start = Date.now();
  util.inspect(obj, { depth: Infinity });
  assert(Date.now() - start < 10000);
}

{
  // Getters of Symbol.iterator are not called to classify an object.
  const obj = { get [Symbol.iterator]() { throw new Error('must not be called'); } };
  assert.strictEqual(util.inspect(obj), '{ [Symbol(Symbol.iterator)]: [Getter] }');
}

{
  // A typed array's elements are formatted by what its observable length and first element say.
  const broken = new Float32Array(2);
  Object.defineProperty(broken, 'length', { value: -1 });
  assert.strictEqual(util.inspect(broken), 'Float32Array(2) [ 0n, 0n ]');
}

{
  // A getter returning a function is formatted like a symbol, which throws and is reported; node keeps the
  // extra indentation of the failed entry.
  const obj = { get fn() { return function named() {}; } };
  assert.strictEqual(util.inspect(obj, { getters: true }),
                     '{\n    fn: [Getter: <Inspection threw ' +
                     "(Symbol.prototype.toString requires that 'this' be a Symbol)>]\n  }");
}

{
  // Replacing Object.keys does not break inspection.
  const keys = Object.keys;
  Object.keys = () => { throw new Error('replaced'); };
  try {
    assert.strictEqual(util.inspect({}), '{}');
    assert.strictEqual(util.inspect({ a: 1, b: [2] }), '{ a: 1, b: [ 2 ] }');
  } finally {
    Object.keys = keys;
  }
}
