'use strict';
// Startup of an ES module entry that imports a graph of 200 small modules (each imports the next two, with
// named, default and namespace imports, plus one CommonJS and one builtin import per ten): generated in a temp
// dir, then the runtime itself (process.execPath) runs the entry; 2 warmups, then the median of 7 runs of
// spawn -> exit. Reports ms.
const { now, report, fnv } = require('./harness');
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const N = 200;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-bench-esm-'));
for (let i = 0; i < N; i++) {
  const lines = [];
  for (const j of [i + 1, i + 2]) {
    if (j < N) lines.push(`import m${j}, { value as v${j} } from './m${j}.mjs';`, `import * as ns${j} from './m${j}.mjs';`);
  }
  if (i % 10 === 0) lines.push(`import cjs from './c${i}.cjs';`, "import { join } from 'node:path';");
  lines.push(`export const value = ${i};`);
  const uses = [i + 1, i + 2].filter((j) => j < N).map((j) => `typeof m${j} + v${j} + ns${j}.value`);
  lines.push(`export default function f${i}() { return [${uses.join(', ')}].length; }`);
  if (i % 10 === 0) fs.writeFileSync(path.join(dir, `c${i}.cjs`), `exports.n = ${i};\nmodule.exports.k = 'x';\n`);
  fs.writeFileSync(path.join(dir, `m${i}.mjs`), lines.join('\n') + '\n');
}
fs.writeFileSync(path.join(dir, 'main.mjs'), "import f from './m0.mjs';\nimport * as last from './m199.mjs';\n" +
  'console.log(f(), last.value);\n');

function once() {
  const t0 = now();
  const r = spawnSync(process.execPath, [path.join(dir, 'main.mjs')], { encoding: 'utf8' });
  const ms = now() - t0;
  if (r.status !== 0) throw new Error(`exit ${r.status}: ${r.stderr}`);
  return { ms, out: r.stdout };
}

try {
  once();
  once();
  const times = [];
  let out = '';
  for (let i = 0; i < 7; i++) {
    const r = once();
    times.push(r.ms);
    out = r.out;
  }
  times.sort((a, b) => a - b);
  report('ms', times[3], fnv(out));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
