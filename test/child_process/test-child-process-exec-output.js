'use strict';
// execFile/exec output collection (strings or Buffers, maxBuffer truncation), util.promisify forms with their
// `child`, ChildProcess[Symbol.dispose], and a killed child's error.
const assert = require('assert');
const cp = require('child_process');
const { promisify } = require('util');

const pending = new Set();
function expectCall(name) {
  pending.add(name);
  return () => pending.delete(name);
}
process.on('exit', () => assert.deepStrictEqual([...pending], []));

// maxBuffer counts bytes; with an encoding the output is still a string, cut at the limit.
{
  const done = expectCall('utf8 maxBuffer');
  cp.execFile('printf', ['%s', 'hello world'], { maxBuffer: 5 }, (err, stdout, stderr) => {
    assert.ok(err instanceof RangeError);
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
    assert.strictEqual(stdout, 'hello');
    assert.strictEqual(stderr, '');
    done();
  });
}

// encoding 'buffer' gives Buffers, cut at the limit too.
{
  const done = expectCall('buffer maxBuffer');
  cp.execFile('printf', ['%s', 'hello world'], { maxBuffer: 3, encoding: 'buffer' }, (err, stdout, stderr) => {
    assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
    assert.deepStrictEqual(stdout, Buffer.from('hel'));
    assert.deepStrictEqual(stderr, Buffer.alloc(0));
    done();
  });
}

// An encoding set on the stream after the call decides too.
{
  const done = expectCall('late setEncoding');
  const child = cp.execFile('printf', ['%s', 'abc'], { encoding: null }, (err, stdout, stderr) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'abc');
    assert.deepStrictEqual(stderr, Buffer.alloc(0));
    done();
  });
  child.stdout.setEncoding('utf8');
}

// A failing command: code, killed, signal and cmd on the error, stderr in its message.
{
  const done = expectCall('failure');
  cp.exec('echo oops >&2; exit 3', (err, stdout, stderr) => {
    assert.strictEqual(err.message, 'Command failed: echo oops >&2; exit 3\noops\n');
    assert.strictEqual(err.code, 3);
    assert.strictEqual(err.killed, false);
    assert.strictEqual(err.signal, null);
    assert.strictEqual(err.cmd, 'echo oops >&2; exit 3');
    assert.strictEqual(stdout, '');
    assert.strictEqual(stderr, 'oops\n');
    done();
  });
}

// promisify: { stdout, stderr } on success, the error with both on failure; the promise carries the child.
{
  const done = expectCall('promisified exec');
  const promise = promisify(cp.exec)('echo 42');
  assert.ok(promise.child instanceof cp.ChildProcess);
  promise.then((result) => {
    assert.deepStrictEqual(result, { stdout: '42\n', stderr: '' });
    done();
  });
}
{
  const done = expectCall('promisified execFile');
  const promise = promisify(cp.execFile)('sh', ['-c', 'echo out; echo err >&2; exit 1']);
  assert.ok(promise.child instanceof cp.ChildProcess);
  promise.catch((err) => {
    assert.strictEqual(err.code, 1);
    assert.strictEqual(err.stdout, 'out\n');
    assert.strictEqual(err.stderr, 'err\n');
    done();
  });
}
// Its argument checks still throw at once.
assert.throws(() => promisify(cp.exec)('true', { signal: {} }), { code: 'ERR_INVALID_ARG_TYPE' });

// Symbol.dispose kills a child once.
{
  const done = expectCall('dispose');
  const child = cp.spawn('sleep', ['5']);
  assert.strictEqual(typeof cp.ChildProcess.prototype[Symbol.dispose], 'function');
  child[Symbol.dispose]();
  assert.strictEqual(child.killed, true);
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    done();
  });
}

// A spawn that fails reports 'error' then 'close' with the errno as exit code, never 'exit' or 'spawn'.
{
  const done = expectCall('failed spawn');
  const child = cp.spawn('not_a_real_command_x', ['a']);
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.pid, undefined);
  const events = [];
  child.on('spawn', () => events.push('spawn'));
  child.on('exit', () => events.push('exit'));
  child.on('error', (err) => {
    assert.strictEqual(err.message, 'spawn not_a_real_command_x ENOENT');
    assert.strictEqual(err.path, 'not_a_real_command_x');
    assert.deepStrictEqual(err.spawnargs, ['a']);
    events.push('error');
  });
  child.on('close', (code, signal) => {
    assert.deepStrictEqual([code, signal], [-2, null]);
    assert.deepStrictEqual(events, ['error']);
    done();
  });
}
