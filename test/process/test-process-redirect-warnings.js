'use strict';
// --redirect-warnings=file and NODE_REDIRECT_WARNINGS append warnings to a file; an unwritable one means stderr.

const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-warn-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const code = 'process.emitWarning("first"); process.emitWarning("second", "CustomWarning", "C1")';

const byFlag = path.join(dir, 'flag.txt');
let r = spawnSync(process.execPath, [`--redirect-warnings=${byFlag}`, '-e', code], { encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.strictEqual(r.stderr, '');
assert.match(fs.readFileSync(byFlag, 'utf8'),
             /^\(node:\d+\) Warning: first\n\(Use `node --trace-warnings \.\.\.` to show where the warning was created\)\n\(node:\d+\) \[C1\] CustomWarning: second\n$/);

const byEnv = path.join(dir, 'env.txt');
r = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', env: { ...process.env, NODE_REDIRECT_WARNINGS: byEnv } });
assert.strictEqual(r.stderr, '');
assert.match(fs.readFileSync(byEnv, 'utf8'), /CustomWarning: second\n$/);

r = spawnSync(process.execPath, [`--redirect-warnings=${path.join(dir, 'missing', 'x.txt')}`, '-e', code], { encoding: 'utf8' });
assert.strictEqual(r.status, 0);
assert.match(r.stderr, /\(node:\d+\) Warning: first\n/);
