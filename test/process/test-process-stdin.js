'use strict';
// process.stdin from a pipe, a file and /dev/null, read by a child so each case gets its own fd 0.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const reader = 'let n = 0; let text = "";' +
  'process.stdin.setEncoding("latin1");' +
  'process.stdin.on("data", (d) => { n += d.length; if (text.length < 20) text += d.slice(0, 20); });' +
  'process.stdin.on("end", () => console.log(JSON.stringify([n, text.slice(0, 20)])));';

const big = 'abcdefghij'.repeat(200000);
const piped = cp.spawnSync(process.execPath, ['-e', reader], { input: big, encoding: 'utf8' });
assert.deepStrictEqual(JSON.parse(piped.stdout), [2000000, 'abcdefghijabcdefghij']);

const file = path.join(os.tmpdir(), `node4j-stdin-${process.pid}.txt`);
fs.writeFileSync(file, 'from a file\n');
try {
  const fd = fs.openSync(file, 'r');
  const fromFile = cp.spawnSync(process.execPath, ['-e', reader], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
  fs.closeSync(fd);
  assert.deepStrictEqual(JSON.parse(fromFile.stdout), [12, 'from a file\n']);
} finally {
  fs.unlinkSync(file);
}

const empty = cp.spawnSync(process.execPath, ['-e', reader], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
assert.deepStrictEqual(JSON.parse(empty.stdout), [0, '']);

// Not reading stdin does not keep the process alive.
const idle = cp.spawnSync(process.execPath, ['-e', 'process.stdin; console.log("done")'], { encoding: 'utf8' });
assert.strictEqual(idle.stdout, 'done\n');
