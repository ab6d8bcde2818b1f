'use strict';
// The command line, run through process.execPath: -e/-p/-r/--title/--, a program from stdin, exit codes and
// node's "bad option" rejection, and what an uncaught error or rejection prints.

const assert = require('assert');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function run(args, input) {
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
// Everything before the runtime's version trailer (node prints `Node.js v…`, node4j names itself first).
function report(stderr) {
  return stderr.slice(0, stderr.lastIndexOf('\n', stderr.trimEnd().lastIndexOf('\n')) + 1).trimEnd();
}

assert.deepStrictEqual(run(['-e', 'console.log(1 + 1)']), { code: 0, out: '2\n', err: '' });
assert.deepStrictEqual(run(['-p', '[1, "a"]']), { code: 0, out: "[ 1, 'a' ]\n", err: '' });
assert.deepStrictEqual(run(['-p', 'process.argv.slice(1)', '--', 'x', '-e']), { code: 0, out: "[ 'x', '-e' ]\n", err: '' });
assert.deepStrictEqual(run(['--title=abc', '-p', 'process.title']), { code: 0, out: 'abc\n', err: '' });
assert.deepStrictEqual(run(['-p', 'typeof require("fs").readFileSync + " " + typeof fs']),
                       { code: 0, out: 'function object\n', err: '' });
assert.deepStrictEqual(run(['-'], 'console.log("from stdin", require.main === module)'),
                       { code: 0, out: 'from stdin false\n', err: '' });
assert.deepStrictEqual(run(['-e', 'process.exitCode = 3']).code, 3);
assert.deepStrictEqual(run(['-e', 'process.exit(5); console.log("no")']), { code: 5, out: '', err: '' });
assert.deepStrictEqual(
  run(['-e', 'process.on("beforeExit", () => console.log("beforeExit")); process.on("exit", (c) => console.log("exit", c))']),
  { code: 0, out: 'beforeExit\nexit 0\n', err: '' });

const bad = run(['--no-such-flag', '-e', '1']);
assert.strictEqual(bad.code, 9);
assert.match(bad.err, /: bad option: --no-such-flag\n$/);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-cli-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const preload = path.join(dir, 'preload.js');
fs.writeFileSync(preload, 'globalThis.preloaded = "yes";');
assert.deepStrictEqual(run(['-r', preload, '-p', 'preloaded']), { code: 0, out: 'yes\n', err: '' });

const thrower = path.join(dir, 'throw.js');
fs.writeFileSync(thrower, 'const x = 1;\nthrow new TypeError("boom");\n');
const thrown = run([thrower]);
assert.strictEqual(thrown.code, 1);
assert.ok(report(thrown.err).startsWith(`${thrower}:2\nthrow new TypeError("boom");\n^\n\nTypeError: boom\n    at Object.<anonymous> (${thrower}:2:7)`), thrown.err);

const rejecter = path.join(dir, 'reject.js');
fs.writeFileSync(rejecter, 'Promise.reject(new RangeError("nope"));\n');
const rejected = run([rejecter]);
assert.strictEqual(rejected.code, 1);
assert.ok(report(rejected.err).startsWith(`${rejecter}:1\nPromise.reject(new RangeError("nope"));\n               ^\n\nRangeError: nope\n    at Object.<anonymous> (${rejecter}:1:16)`), rejected.err);

const asyncThrower = path.join(dir, 'async-throw.js');
fs.writeFileSync(asyncThrower, 'const f = async () => { throw new Error("cap"); }; f();\n');
const asyncThrown = run([asyncThrower]);
assert.strictEqual(asyncThrown.code, 1);
assert.ok(report(asyncThrown.err).startsWith(`${asyncThrower}:1\n${fs.readFileSync(asyncThrower, 'utf8')}${' '.repeat(30)}^\n\nError: cap\n`), asyncThrown.err);

const evalThrown = run(['-e', 'let x = 1;\n  x.y.z = 2;']);
assert.strictEqual(evalThrown.code, 1);
assert.ok(evalThrown.err.startsWith('[eval]:2\n  x.y.z = 2;\n        ^\n\nTypeError: Cannot set properties of undefined (setting \'z\')\n'), evalThrown.err);

const primitive = run(['-e', 'Promise.reject(42)']);
assert.strictEqual(primitive.code, 1);
assert.match(primitive.err, /\nUnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with \.catch\(\)\. The promise rejected with the reason "42"\.\n/);
assert.match(primitive.err, /\n {2}code: 'ERR_UNHANDLED_REJECTION'\n\}\n/);

const warned = run(['--unhandled-rejections=warn', '-e', 'Promise.reject(new Error("w")); setTimeout(() => console.log("alive"), 5)']);
assert.strictEqual(warned.code, 0);
assert.strictEqual(warned.out, 'alive\n');
assert.match(warned.err, /UnhandledPromiseRejectionWarning: Error: w/);
