'use strict';
// Signal listeners: delivery, removal restoring the default action (death by the signal), and a listener
// that ends the process itself.
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'child') {
  process.on('SIGINT', () => assert.fail('removed listener called'));
  process.on('SIGUSR1', (name) => {
    console.log('got', name);
    process.removeAllListeners('SIGINT');
    process.kill(process.pid, 'SIGINT');
  });
  setTimeout(() => assert.fail('signal not delivered'), 5000);
  process.kill(process.pid, 'SIGUSR1');
} else {
  const r = cp.spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
  assert.strictEqual(r.stderr, '');
  assert.strictEqual(r.stdout, 'got SIGUSR1\n');
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGINT');

  const child = cp.spawn(process.execPath, ['-e',
    'process.on("SIGTERM", (s) => { console.log(s); process.exit(3); }); console.log("ready"); setTimeout(() => {}, 5000)']);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out += d;
    if (out === 'ready\n') child.kill();
  });
  child.on('close', (code, signal) => {
    assert.strictEqual(out, 'ready\nSIGTERM\n');
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
  });

  const plain = cp.spawnSync(process.execPath, ['-e', 'process.kill(process.pid, "SIGTERM"); setTimeout(() => {}, 5000)']);
  assert.strictEqual(plain.signal, 'SIGTERM');
}
