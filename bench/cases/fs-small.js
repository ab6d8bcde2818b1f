'use strict';
// 5,000 small files (1 KiB each) in a fresh temp dir: write them all, read them all, unlink them all.
// Usage: fs-small.js <sync|promise>; promise mode runs 100 operations at a time (Promise.all).
// Warmup with 500 files. Reports ms for the 5,000.
const { now, report } = require('./harness');
const fs = require('fs');
const os = require('os');
const path = require('path');

const data = Buffer.alloc(1024, 'a');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-bench-'));
const name = (i) => path.join(dir, 'f' + i + '.txt');

function runSync(n) {
  let total = 0;
  for (let i = 0; i < n; i++) fs.writeFileSync(name(i), data);
  for (let i = 0; i < n; i++) total += fs.readFileSync(name(i)).length;
  for (let i = 0; i < n; i++) fs.unlinkSync(name(i));
  return total;
}

async function batched(n, fn) {
  let total = 0;
  for (let i = 0; i < n; i += 100) {
    const batch = [];
    for (let j = i; j < Math.min(n, i + 100); j++) batch.push(fn(j));
    for (const r of await Promise.all(batch)) total += r || 0;
  }
  return total;
}
async function runPromise(n) {
  const p = fs.promises;
  await batched(n, (i) => p.writeFile(name(i), data));
  const total = await batched(n, async (i) => (await p.readFile(name(i))).length);
  await batched(n, (i) => p.unlink(name(i)));
  return total;
}

const run = (process.argv[2] || 'sync') === 'promise' ? runPromise : runSync;
(async () => {
  try {
    await run(500);                 // warmup
    const t0 = now();
    const total = await run(5000);
    const ms = now() - t0;
    if (total !== 5000 * 1024) throw new Error('read ' + total + ' bytes');
    report('ms', ms);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
