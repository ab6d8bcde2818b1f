'use strict';
// Large file: write a 64 MiB file then read it back whole (writeFile/readFile), in a fresh temp dir.
// Usage: fs-large.js <sync|callback|promise>. One warmup cycle, then 3 measured cycles.
// Reports MB/s of bytes written + read.
const { now, report } = require('./harness');
const fs = require('fs');
const os = require('os');
const path = require('path');

const SIZE = 64 * 1024 * 1024;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i += 4096) data[i] = i & 0xff;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-bench-'));
const file = path.join(dir, 'large.bin');

const modes = {
  sync: async () => {
    fs.writeFileSync(file, data);
    return fs.readFileSync(file).length;
  },
  callback: () => new Promise((resolve, reject) => {
    fs.writeFile(file, data, (err) => {
      if (err) return reject(err);
      fs.readFile(file, (err2, buf) => (err2 ? reject(err2) : resolve(buf.length)));
    });
  }),
  promise: async () => {
    await fs.promises.writeFile(file, data);
    return (await fs.promises.readFile(file)).length;
  },
};
const mode = process.argv[2] || 'sync';
const cycle = modes[mode];
if (!cycle) throw new Error('unknown mode ' + mode);

(async () => {
  try {
    await cycle();                  // warmup
    const t0 = now();
    for (let i = 0; i < 3; i++) {
      if (await cycle() !== SIZE) throw new Error('short read');
    }
    const s = (now() - t0) / 1000;
    report('MB/s', 3 * 2 * SIZE / 1e6 / s);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
