'use strict';
const assert = require('assert');
const util = require('util');

const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'DeprecationWarning') warnings.push([w.name, w.code, w.message]);
});

const f = util.deprecate(() => 1, 'msg one', 'DEP_T1');
assert.strictEqual(f.name, 'deprecated');
assert.strictEqual(f(), 1);
f();
const g = util.deprecate(() => 2, 'same code', 'DEP_T1');
g();
const h = util.deprecate(function(a) { return a; }, 'no code');
h(1);
h(2);

class Base { constructor() { this.x = 1; } static s() { return 's'; } }
const Dep = util.deprecate(Base, 'class dep');
const inst = new Dep();
assert.ok(inst instanceof Base);
assert.strictEqual(inst.x, 1);
assert.strictEqual(Dep.s(), 's');
assert.strictEqual(Dep.prototype, Base.prototype);

const nt = util.deprecate(function() { return new.target; }, 'new target');
assert.strictEqual(nt(), undefined);

assert.throws(() => util.deprecate(() => 1, 'x', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (5)',
});

setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEP_T1', 'msg one'],
    ['DeprecationWarning', undefined, 'no code'],
    ['DeprecationWarning', undefined, 'class dep'],
    ['DeprecationWarning', undefined, 'new target'],
  ]);
});
