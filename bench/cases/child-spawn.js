'use strict';
// child_process.spawn latency: spawn('/bin/true') with stdio ignored, wait for 'exit', one after the
// other; 20 warmups then 200 measured. Reports ms per spawn (spawn call -> exit event).
const { now, report } = require('./harness');
const { spawn } = require('child_process');

function once() {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/true', [], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('exit code ' + code))));
  });
}

(async () => {
  for (let i = 0; i < 20; i++) await once();      // warmup
  const N = 200;
  const t0 = now();
  for (let i = 0; i < N; i++) await once();
  report('ms/op', (now() - t0) / N);
})();
