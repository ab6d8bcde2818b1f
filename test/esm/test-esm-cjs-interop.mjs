// CommonJS from ESM: default is module.exports, named exports as node's static analysis finds them;
// createRequire; require() of ES modules (node 20.19+).
import assert from 'node:assert';
import { createRequire } from 'node:module';
import exportsDefault, * as exportsNs from './fixtures/exports.cjs';
import literal, * as literalNs from './fixtures/literal.cjs';
import * as reexportsNs from './fixtures/reexports.cjs';
import { alpha, beta, gamma, delta } from './fixtures/exports.cjs';

assert.deepStrictEqual(Object.keys(exportsNs), ['alpha', 'beta', 'default', 'delta', 'gamma']);
assert.strictEqual(exportsNs.default, exportsDefault);
assert.strictEqual(exportsDefault.hidden, 4, 'a getter export stays reachable through default');
assert.strictEqual(alpha, 1);
assert.strictEqual(beta(), 2);
assert.strictEqual(gamma, 3);
assert.strictEqual(delta, 'd');
assert.deepStrictEqual(Object.keys(literalNs), ['default', 'one', 'two']);
assert.strictEqual(literal.three, 3);
assert.deepStrictEqual(Object.keys(reexportsNs), ['alpha', 'beta', 'default', 'delta', 'gamma']);

const require = createRequire(import.meta.url);
assert.strictEqual(require('./fixtures/exports.cjs'), exportsDefault, 'one module instance for both loaders');
assert.strictEqual(require.resolve('./fixtures/literal.cjs'), new URL('./fixtures/literal.cjs', import.meta.url).pathname);

const esm = require('./fixtures/for-require.mjs');
assert.strictEqual(esm.esm, 'esm');
assert.strictEqual(esm.default(), 'hi');
assert.strictEqual(esm.__esModule, true);
assert.strictEqual(Object.prototype.toString.call(esm), '[object Module]');
assert.strictEqual(require('./fixtures/live.mjs').increment, (await import('./fixtures/live.mjs')).increment);
assert.throws(() => require('./fixtures/tla-never.mjs'), { code: 'ERR_REQUIRE_ASYNC_MODULE' });

// A missing named export of a CommonJS module gets node's explanation.
await assert.rejects(import('data:text/javascript,import { nope } from "' +
  new URL('./fixtures/exports.cjs', import.meta.url).href + '";'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.match(err.message, /^Named export 'nope' not found\. The requested module '.*exports\.cjs' is a CommonJS module/);
  assert.match(err.message, /const \{ nope \} = pkg;\n$/);
  return true;
});
