// ESM resolution errors and formats: node's codes, messages and "Did you mean" hints.
import assert from 'node:assert';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('./fixtures/', import.meta.url));
const self = fileURLToPath(import.meta.url);

await assert.rejects(import('./fixtures/file'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${here}file' imported from ${self}\nDid you mean to import "./fixtures/file.js"?`,
  url: new URL('./fixtures/file', import.meta.url).href,
});
await assert.rejects(import('./fixtures/dir'), {
  code: 'ERR_UNSUPPORTED_DIR_IMPORT',
  message: `Directory import '${here}dir' is not supported resolving ES modules imported from ${self}\n` +
    'Did you mean to import "./fixtures/dir/index.js"?',
});
await assert.rejects(import('./fixtures/missing.mjs'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${here}missing.mjs' imported from ${self}`,
});
await assert.rejects(import('no-such-package-here'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'no-such-package-here' imported from ${self}`,
});
await assert.rejects(import('node:no-such-builtin'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE' });
await assert.rejects(import('https://example.com/x.js'), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  message: "Only URLs with a scheme in: file, data, and node are supported by the default ESM loader. " +
    "Received protocol 'https:'",
});
const pkg = await import('./fixtures/use-pkg.mjs');
await assert.rejects(pkg.tryImport('pkg-exports/missing'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
await assert.rejects(pkg.tryImport('#nothing'), { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' });

// package.json "exports" with the import condition; "type" decides .js files.
assert.strictEqual(pkg.kind, 'esm');
assert.strictEqual(pkg.feature, 'default');
assert.strictEqual(pkg.internal, (await import('./fixtures/live.mjs')).default);
assert.strictEqual(pkg.conditional, 0);
assert.strictEqual(pkg.resolved, new URL('./fixtures/node_modules/pkg-exports/lib/esm.mjs', import.meta.url).href);
assert.strictEqual((await import('./fixtures/typed/plain.js')).typed, 'module');
assert.strictEqual((await import('./fixtures/typed/legacy.cjs')).default, 'commonjs');
assert.strictEqual((await import('./fixtures/untyped-esm.js')).untyped, 'detected');
assert.strictEqual((await import('./fixtures/file.js?query#hash')).file, 'file');

// JSON modules need the type attribute; data: URLs carry JavaScript or JSON.
await assert.rejects(import('./fixtures/data.json'), { code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING' });
await assert.rejects(import('./fixtures/live.mjs', { with: { type: 'json' } }),
  { code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED' });
const json = await import('./fixtures/data.json', { with: { type: 'json' } });
assert.deepStrictEqual(json.default, { name: 'fixture', list: [1, 2] });
assert.deepStrictEqual(Object.keys(json), ['default']);
const data = await import('data:text/javascript,export default 6 * 7; export const named = "n";');
assert.strictEqual(data.default, 42);
assert.strictEqual(data.named, 'n');
const dataJson = await import('data:application/json,{"a":[1]}', { with: { type: 'json' } });
assert.deepStrictEqual(dataJson.default, { a: [1] });
