'use strict';
// The module object and its cache: require.cache, children, loaded, circular requires with partial exports and the
// warning for missing properties, _extensions handlers, JSON errors, builtins.

const assert = require('assert');
const path = require('path');
const Module = require('module');
const makeTree = require('./tree');

const root = makeTree({
  'counter.js': 'globalThis.__loads = (globalThis.__loads || 0) + 1; module.exports = { n: globalThis.__loads };',
  'a.js': 'exports.early = "a-early"; const b = require("./b"); exports.fromB = b.seen; exports.late = "a-late";',
  'b.js': 'const a = require("./a"); exports.seen = a.early + "/" + a.late;',
  'warn-a.js': 'require("./warn-b"); module.exports = {};',
  'warn-b.js': 'const a = require("./warn-a"); a.missing; module.exports = "b";',
  'bad.json': '{ "a": 1, }',
  'proxy-a.js': 'module.exports = new Proxy({}, { getPrototypeOf() { throw new Error("trap"); } }); require("./proxy-b");',
  'proxy-b.js': 'require("./proxy-a");',
  'thing.txt': 'hello',
  'parent.js': 'module.exports = { me: module, child: require("./child") };',
  'child.js': 'module.exports = { me: module };',
});
const req = Module.createRequire(path.join(root, 'index.js'));

// Cache: one evaluation per resolved filename, until the cache entry is deleted.
const first = req('./counter');
assert.strictEqual(req('./counter.js'), first);
const file = req.resolve('./counter');
assert.strictEqual(req.cache[file].exports, first);
assert.strictEqual(req.cache[file].loaded, true);
delete req.cache[file];
assert.notStrictEqual(req('./counter'), first);
assert.strictEqual(globalThis.__loads, 2);

// Cycles: b sees a's exports as they were when b required a.
assert.deepStrictEqual(req('./a'), { early: 'a-early', fromB: 'a-early/undefined', late: 'a-late' });

// A proxy as exports in a cycle: its traps are never called by the loader.
req('./proxy-a');

// Parent and children.
const { me: parent, child } = req('./parent');
assert.strictEqual(parent.children[0], child.me);
assert.strictEqual(child.me.id, path.join(root, 'child.js'));
assert.strictEqual(child.me.filename, path.join(root, 'child.js'));
assert.strictEqual(child.me.path, root);
assert.ok(child.me.paths.includes(path.join(root, 'node_modules')));

// Extension handlers are user-patchable.
Module._extensions['.txt'] = (module, filename) => {
  module.exports = require('fs').readFileSync(filename, 'utf8').toUpperCase();
};
assert.strictEqual(req('./thing.txt'), 'HELLO');
delete Module._extensions['.txt'];

// JSON syntax errors name the file.
assert.throws(() => req('./bad.json'), (err) => {
  assert.ok(err instanceof SyntaxError);
  assert.ok(err.message.startsWith(`${path.join(root, 'bad.json')}: `), err.message);
  return true;
});

// Builtins.
assert.strictEqual(req('node:path'), path);
assert.strictEqual(Module.isBuiltin('node:fs'), true);
assert.strictEqual(Module.isBuiltin('fs/promises'), true);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.ok(Module.builtinModules.includes('child_process'));
assert.strictEqual(Module.builtinModules.includes('node:test'), false);
assert.strictEqual(typeof Module.wrap('x'), 'string');
assert.ok(Module.wrap('x').includes('x'));
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');

// A missing property read on a module still loading warns (b read a.late and a.missing that way).
const warnings = [];
process.on('warning', (w) => warnings.push(w.message));
req('./warn-a');
process.on('exit', () => {
  assert.deepStrictEqual(warnings, ['late', 'missing'].map(
    (p) => `Accessing non-existent property '${p}' of module exports inside circular dependency`));
});
