'use strict';
// The main entry as an ES module: format decided like node, top-level await keeps the process alive, an
// unsettled one exits 13, and evaluation errors are reported with node's source line and caret.
const assert = require('assert');
const { spawnSync } = require('child_process');
const path = require('path');

function run(args) {
  return spawnSync(process.execPath, args, { cwd: path.join(__dirname, 'fixtures'), encoding: 'utf8' });
}

const never = run(['tla-never.mjs']);
assert.strictEqual(never.status, 13);
assert.strictEqual(never.stdout, '');

const thrown = run(['throws.mjs']);
assert.strictEqual(thrown.status, 1);
const url = `file://${path.join(__dirname, 'fixtures', 'throws.mjs')}`;
assert.ok(thrown.stderr.startsWith(`${url}:2\nthrow new RangeError("thrown at evaluation");\n      ^\n\n` +
  'RangeError: thrown at evaluation\n'), thrown.stderr);
assert.ok(thrown.stderr.includes(`at ${url}:2:7`), thrown.stderr);

const typed = run(['typed/plain.js']);
assert.strictEqual(typed.status, 0, typed.stderr);
const missing = run(['--input-type=module', '-e', 'await import("./tla-value.mjs"); import "./nope.mjs"']);
assert.strictEqual(missing.status, 1);
assert.match(missing.stderr, /Error \[ERR_MODULE_NOT_FOUND\]: Cannot find module '.*nope\.mjs' imported from .*\[eval1\]/);
const preload = run(['--import', './live.mjs', '--import', 'data:text/javascript,console.log("imported")',
  '-e', 'console.log("main")']);
assert.strictEqual(preload.stdout, 'imported\nmain\n');
