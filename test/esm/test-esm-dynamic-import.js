'use strict';
// import() from CommonJS, -e and ES modules; the rewritten call sites stay invisible to the program.
const assert = require('assert');
const { execFileSync } = require('child_process');
const path = require('path');
const dynamic = require('./fixtures/dynamic.cjs');

assert.strictEqual(dynamic.source, 'function load() { return import("./live.mjs"); }');
assert.strictEqual(Function.prototype.toString.name, 'toString');
assert.strictEqual(Function.prototype.toString.call(Function.prototype.toString),
  'function toString() { [native code] }');
assert.match(dynamic.where(), /dynamic\.cjs:3:23\)?$/, 'columns after a rewritten import( do not move');

class WithImportMethod {
  import() {
    return 'method';
  }
}
assert.strictEqual(new WithImportMethod().import(), 'method');
const text = "import('not-a-call')";
assert.strictEqual(text.length, 20);

const order = [];
const loading = dynamic.load().then((ns) => {
  order.push('loaded');
  assert.strictEqual(typeof ns.increment, 'function');
  return import('./fixtures/meta.mjs');
}).then(async (meta) => {
  const again = await meta.dynamicImport();
  assert.strictEqual(again, await dynamic.load(), 'one namespace per module');
  order.push('esm import');
});
order.push('sync');

const evalOut = execFileSync(process.execPath, ['-e', 'import("./fixtures/live.mjs").then((m) => console.log(typeof m.default))'],
  { cwd: __dirname, encoding: 'utf8' });
assert.strictEqual(evalOut, 'function\n');
const moduleOut = execFileSync(process.execPath, ['--input-type=module', '-e',
  'import { counter } from "./fixtures/live.mjs"; console.log(counter, import.meta.url)'],
{ cwd: __dirname, encoding: 'utf8' });
assert.strictEqual(moduleOut, `0 file://${path.join(__dirname, '[eval1]')}\n`);

loading.then(() => assert.deepStrictEqual(order, ['sync', 'loaded', 'esm import']));
import('./fixtures/missing.mjs').then(assert.fail, (err) => assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND'));
