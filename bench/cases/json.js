'use strict';
// JSON.parse / JSON.stringify of a ~1 MB object (4,500 records: numbers, strings, nested objects,
// arrays, booleans, nulls, some non-ASCII). Usage: json.js <parse|stringify>. Reports ms per call.
const { now, report, fnv } = require('./harness');
function msPerOp(fn, ms, minOps) {
  let n = 0;
  const t0 = now();
  let t = t0;
  while (t - t0 < ms || n < minOps) { fn(); n++; t = now(); }
  return (t - t0) / n;
}

let seed = 42;
const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const items = [];
for (let i = 0; i < 4500; i++) {
  items.push({
    id: i,
    name: 'item-' + i,
    price: Math.round(rnd() * 100000) / 100,
    tags: ['a' + (i % 7), 'b' + (i % 13), 'common'],
    active: i % 3 === 0,
    owner: { id: i * 7, email: 'user' + i + '@example.com', score: rnd() },
    note: i % 5 ? null : 'A longer description with some unicode: é ü ✓ — item ' + i,
  });
}
const data = { version: 1, generated: '2024-01-01T00:00:00Z', items };
const str = JSON.stringify(data);

const mode = process.argv[2] || 'parse';
let sink = 0;
const fn = mode === 'stringify'
  ? () => { sink += JSON.stringify(data).length; }
  : () => { sink += JSON.parse(str).items.length; };

msPerOp(fn, 200, 3);                // warmup
const ms = msPerOp(fn, 800, 5);
if (sink === 0) throw new Error('no work done');
report('ms/op', ms, fnv(mode === 'stringify' ? JSON.stringify(data) : JSON.stringify(JSON.parse(str))));
