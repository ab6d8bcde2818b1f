'use strict';
// vm.Script and runInThisContext: script semantics in the main context, filename and offsets in stacks,
// node's SyntaxError and displayErrors output, cached data.
const assert = require('assert');
const vm = require('vm');

// Top-level var and function declarations become globals; the completion value is returned.
assert.strictEqual(vm.runInThisContext('var vmTestGlobal = 40; function vmTestFn() { return 2 } vmTestGlobal + vmTestFn()'), 42);
assert.strictEqual(globalThis.vmTestGlobal, 40);
assert.strictEqual(typeof globalThis.vmTestFn, 'function');
assert.strictEqual(vm.runInThisContext('this'), globalThis);

// Exceptions keep their identity.
const thrown = { marker: true };
globalThis.vmThrown = thrown;
assert.throws(() => vm.runInThisContext('throw vmThrown'), (e) => e === thrown);
delete globalThis.vmThrown;

// Runtime errors: frames at the filename with the offsets, and the thrown line above the stack.
try {
  vm.runInThisContext('\n  throw new Error("boom")', { filename: 'file.vm', lineOffset: 10 });
  assert.fail('no throw');
} catch (e) {
  assert.match(e.stack, /^file\.vm:12\n {2}throw new Error\("boom"\)\n {2}\^\n\nError: boom\n {4}at file\.vm:12:9\n/);
  assert.match(e.stack, /at Script\.runInThisContext /);
}
try {
  vm.runInThisContext('throw new Error("quiet")', { displayErrors: false });
} catch (e) {
  assert.match(e.stack, /^Error: quiet\n {4}at evalmachine\.<anonymous>:1:7/);
}

// Syntax errors come from new Script with the arrow in the stack, even when displayErrors is false.
assert.throws(() => new vm.Script('var x = ;', { filename: 'bad.js', displayErrors: false }), (e) => {
  assert.strictEqual(e.constructor, SyntaxError);
  assert.strictEqual(e.message, "Unexpected token ';'");
  assert.match(e.stack, /^bad\.js:1\nvar x = ;\n {8}\^\n\nSyntaxError: Unexpected token ';'\n {4}at new Script /);
  return true;
});
assert.throws(() => vm.runInThisContext('\n  foo bar', { lineOffset: 3 }),
              (e) => e.stack.startsWith('evalmachine.<anonymous>:5\n  foo bar\n      ^^^\n'));

// Own properties as node's, and cached data checked against the source.
const plain = new vm.Script('1 + 1');
assert.deepStrictEqual(Object.keys(plain), ['sourceMapURL']);
assert.strictEqual(plain.runInThisContext(), 2);
const producing = new vm.Script('1 + 1', { produceCachedData: true });
assert.deepStrictEqual(Object.keys(producing), ['cachedData', 'cachedDataProduced', 'sourceMapURL']);
assert.ok(Buffer.isBuffer(producing.cachedData) && producing.cachedData.length > 0);
assert.strictEqual(producing.cachedDataProduced, true);
assert.strictEqual(new vm.Script('1 + 1', { cachedData: producing.cachedData }).cachedDataRejected, false);
assert.strictEqual(new vm.Script('1 + 12', { cachedData: producing.cachedData }).cachedDataRejected, true);
assert.strictEqual(new vm.Script('1', { cachedData: Buffer.from('nonsense') }).cachedDataRejected, true);
assert.ok(plain.createCachedData().length > 0);
assert.strictEqual(new vm.Script('x', { filename: 'm.js' }).sourceMapURL, undefined);
assert.strictEqual(new vm.Script('x\n//# sourceMappingURL=m.js.map').sourceMapURL, 'm.js.map');

// Argument checks.
assert.throws(() => new vm.Script('', { filename: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.filename" property must be of type string. Received type number (1)',
});
assert.throws(() => new vm.Script('', { lineOffset: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new vm.Script('', { cachedData: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => vm.runInThisContext('', { timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. Received -1',
});
assert.throws(() => vm.Script('1'), TypeError);
