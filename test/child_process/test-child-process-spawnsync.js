'use strict';
const assert = require('assert');
const cp = require('child_process');

{
  const r = cp.spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.signal, null);
  assert.ok(r.pid > 0);
  assert.strictEqual(r.output[0], null);
  assert.deepStrictEqual(r.stdout, Buffer.from('out\n'));
  assert.deepStrictEqual(r.stderr, Buffer.from('err\n'));
}

{
  const r = cp.spawnSync('sh', ['-c', 'echo $0 $FOO; pwd'], {
    encoding: 'utf8', argv0: 'zz', cwd: '/', env: { FOO: 'bar', PATH: process.env.PATH },
  });
  assert.strictEqual(r.stdout, 'zz bar\n/\n');
}

{
  const r = cp.spawnSync('sh', ['-c', 'kill -9 $$']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGKILL');
}

{
  const r = cp.spawnSync('cat', { input: 'abc' });
  assert.strictEqual(r.stdout.toString(), 'abc');
  const big = Buffer.alloc(300000, 'x');
  assert.strictEqual(cp.spawnSync('cat', { input: big, maxBuffer: Infinity }).stdout.length, big.length);
}

{
  const r = cp.spawnSync('nonexistent-command-node4j', ['a']);
  assert.deepStrictEqual(Object.keys(r), ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.pid, 0);
  assert.strictEqual(r.output, null);
  assert.strictEqual(r.error.message, 'spawnSync nonexistent-command-node4j ENOENT');
  assert.strictEqual(r.error.errno, -2);
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.syscall, 'spawnSync nonexistent-command-node4j');
  assert.strictEqual(r.error.path, 'nonexistent-command-node4j');
  assert.deepStrictEqual(r.error.spawnargs, ['a']);
}

{
  const r = cp.spawnSync('sleep', ['5'], { timeout: 100 });
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.errno, -110);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.status, null);
}

{
  const r = cp.spawnSync('yes', { maxBuffer: 100 });
  assert.strictEqual(r.error.code, 'ENOBUFS');
  assert.strictEqual(r.signal, 'SIGTERM');
}

{
  const r = cp.spawnSync('sh', ['-c', 'echo a'], { stdio: ['pipe', 'ignore', 'inherit'] });
  assert.deepStrictEqual(r.output, [null, null, null]);
  assert.deepStrictEqual(cp.spawnSync('true', { stdio: 'ignore' }).output, [null, null, null]);
}

assert.strictEqual(cp.execSync('echo hello').toString(), 'hello\n');
assert.strictEqual(cp.execSync('echo $0', { shell: '/bin/bash', encoding: 'utf8' }), '/bin/bash\n');
assert.strictEqual(cp.execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');
assert.throws(() => cp.execSync('echo x >&2; exit 2', { stdio: 'pipe' }), (err) => {
  assert.strictEqual(err.message, 'Command failed: echo x >&2; exit 2\nx\n');
  assert.strictEqual(err.status, 2);
  assert.deepStrictEqual(Object.keys(err), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  return true;
});
assert.throws(() => cp.execFileSync('sh', ['-c', 'exit 1'], { stdio: 'pipe' }), {
  message: 'Command failed: sh -c exit 1',
});
assert.throws(() => cp.execFileSync('nonexistent-command-node4j'), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.error, err);
  return true;
});

assert.throws(() => cp.spawnSync(''), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'file' cannot be empty. Received ''",
});
assert.throws(() => cp.spawnSync(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawnSync('echo', 5), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "args" argument must be of type object. Received type number (5)',
});
assert.throws(() => cp.spawnSync('echo', ['a\0b']), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'args[0]' must be a string without null bytes. Received 'a\\x00b'",
});
assert.throws(() => cp.spawnSync('true', { stdio: 5 }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => cp.spawnSync('true', { stdio: [0, 'ipc'] }), { code: 'ERR_IPC_SYNC_FORK' });
assert.throws(() => cp.spawnSync('true', { input: 5 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawnSync('true', { timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "timeout" is out of range. It must be an unsigned integer. Received -1',
});
assert.throws(() => cp.spawnSync('true', { killSignal: 'FOO' }), {
  code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: FOO',
});
assert.throws(() => cp.spawnSync('true', { maxBuffer: 'x' }), { code: 'ERR_OUT_OF_RANGE' });
