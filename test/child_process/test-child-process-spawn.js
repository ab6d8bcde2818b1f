'use strict';
const assert = require('assert');
const cp = require('child_process');

// Every case registers a finisher; all of them must have run when the process exits.
const unfinished = new Set();
function done(name) {
  unfinished.add(name);
  return () => unfinished.delete(name);
}
process.on('exit', () => {
  assert.deepStrictEqual([...unfinished], []);
});

{
  const events = [];
  const child = cp.spawn('sh', ['-c', 'echo hi; echo oops >&2; exit 3']);
  assert.ok(child instanceof cp.ChildProcess);
  assert.ok(child.pid > 0);
  assert.strictEqual(child.spawnfile, 'sh');
  assert.deepStrictEqual(child.spawnargs, ['sh', '-c', 'echo hi; echo oops >&2; exit 3']);
  assert.strictEqual(child.stdio.length, 3);
  assert.strictEqual(child.stdin, child.stdio[0]);
  const finish = done('events');
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; events.push('data'); });
  child.on('spawn', () => events.push('spawn'));
  child.on('exit', (code, signal) => {
    events.push('exit');
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, 3);
  });
  child.on('close', (code, signal) => {
    events.push('close');
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.strictEqual(out, 'hi\n');
    assert.deepStrictEqual(events, ['spawn', 'data', 'exit', 'close']);
    finish();
  });
}

{
  const child = cp.spawn('nonexistent-command-node4j', ['a']);
  assert.strictEqual(child.pid, undefined);
  const finish = done('enoent');
  const events = [];
  child.on('spawn', () => assert.fail('spawned'));
  child.on('error', (err) => {
    events.push('error');
    assert.strictEqual(err.message, 'spawn nonexistent-command-node4j ENOENT');
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.syscall, 'spawn nonexistent-command-node4j');
    assert.strictEqual(err.path, 'nonexistent-command-node4j');
    assert.deepStrictEqual(err.spawnargs, ['a']);
  });
  child.on('close', (code, signal) => {
    assert.deepStrictEqual(events, ['error']);
    assert.strictEqual(code, -2);
    assert.strictEqual(signal, null);
    finish();
  });
}

{
  const child = cp.spawn('sleep', ['5']);
  const finish = done('kill');
  child.on('spawn', () => assert.strictEqual(child.kill(), true));
  child.on('exit', (code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(child.killed, true);
    assert.strictEqual(child.signalCode, 'SIGTERM');
    finish();
  });
}

{
  const child = cp.spawn('cat');
  const finish = done('cat');
  const input = Buffer.alloc(700000, 'abc');
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.ok(Buffer.concat(chunks).equals(input));
    finish();
  });
  child.stdin.end(input);
}

cp.exec('echo out; echo err >&2; exit 2', ((finish) => (err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: echo out; echo err >&2; exit 2\nerr\n');
  assert.strictEqual(err.code, 2);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo err >&2; exit 2');
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'err\n');
  finish();
})(done('exec-fail')));

cp.exec('echo $X', { env: { X: '42' } }, ((finish) => (err, stdout) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '42\n');
  finish();
})(done('exec-env')));

cp.execFile('echo', ['a', 'b'], { encoding: 'buffer' }, ((finish) => (err, stdout) => {
  assert.strictEqual(err, null);
  assert.deepStrictEqual(stdout, Buffer.from('a b\n'));
  finish();
})(done('execFile-buffer')));

cp.execFile('sleep', ['5'], { timeout: 50 }, ((finish) => (err) => {
  assert.strictEqual(err.message, 'Command failed: sleep 5\n');
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  finish();
})(done('execFile-timeout')));

cp.execFile('yes', { maxBuffer: 10 }, ((finish) => (err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout, 'y\ny\ny\ny\ny\n');
  finish();
})(done('execFile-maxBuffer')));

cp.execFile('nonexistent-command-node4j', ((finish) => (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.cmd, 'nonexistent-command-node4j');
  finish();
})(done('execFile-enoent')));

assert.throws(() => cp.spawn('sleep', ['1']).kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });
assert.throws(() => cp.spawn(''), { code: 'ERR_INVALID_ARG_VALUE' });
