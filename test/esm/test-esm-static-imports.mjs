// Static import/export: live bindings, cycles, re-exports, namespaces, builtins with named exports.
import assert from 'node:assert';
import { counter, increment } from './fixtures/live.mjs';
import * as live from './fixtures/live.mjs';
import { fromA, fromB, seenByB } from './fixtures/cycle-a.mjs';
import * as re from './fixtures/reexport.mjs';
import fs, { readFileSync } from 'fs';
import * as fsNamespace from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { value } from './fixtures/tla-value.mjs';

assert.strictEqual(counter, 0);
increment();
assert.strictEqual(counter, 1, 'imports are live bindings');
assert.strictEqual(live.counter, 1);
assert.deepStrictEqual(Object.keys(live), ['counter', 'default', 'increment']);
assert.strictEqual(Object.prototype.toString.call(live), '[object Module]');
assert.throws(() => { live.counter = 5; }, TypeError);

assert.strictEqual(fromA, 'a');
assert.strictEqual(fromB, 'b');
assert.strictEqual(seenByB, 'a', 'a cycle sees bindings initialized before the read');

assert.deepStrictEqual(Object.keys(re), ['Thing', 'counter', 'increment', 'liveNs']);
assert.strictEqual(re.liveNs, live);
assert.strictEqual(re.Thing, live.default);

assert.strictEqual(value, 42, 'top-level await in a dependency finishes before the importer runs');

assert.strictEqual(fs.readFileSync, readFileSync);
assert.strictEqual(fsNamespace.default, fs);
const original = fs.readFileSync;
fs.readFileSync = function patched() {};
assert.strictEqual(fsNamespace.readFileSync, original, 'builtin exports change only on syncBuiltinESMExports');
syncBuiltinESMExports();
assert.strictEqual(fsNamespace.readFileSync, fs.readFileSync);
fs.readFileSync = original;
syncBuiltinESMExports();
assert.strictEqual(readFileSync, original);

assert.strictEqual(typeof require, 'undefined');
assert.strictEqual(this, undefined);
