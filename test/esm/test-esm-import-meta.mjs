// import.meta: url, filename, dirname, resolve(); one object per module; positions unchanged.
import assert from 'node:assert';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { meta } from './fixtures/meta.mjs';

const file = fileURLToPath(import.meta.url);
assert.strictEqual(import.meta.filename, file);
assert.strictEqual(import.meta.dirname, path.dirname(file));
assert.deepStrictEqual(Object.keys(import.meta), ['dirname', 'filename', 'resolve', 'url']);
assert.strictEqual(Object.getPrototypeOf(import.meta), null);
assert.strictEqual(import.meta, import.meta);
assert.notStrictEqual(meta, import.meta);
assert.strictEqual(meta.url, new URL('./fixtures/meta.mjs', import.meta.url).href);
assert.strictEqual(import.meta.resolve('./fixtures/not-there.js'), new URL('./fixtures/not-there.js', import.meta.url).href);
assert.strictEqual(import.meta.resolve('fs'), 'node:fs');
assert.throws(() => import.meta.resolve('no-such-package-here'), { code: 'ERR_MODULE_NOT_FOUND' });
import.meta.custom = 1;
assert.strictEqual(import.meta.custom, 1);
const line = new Error('x').stack.split('\n')[1];
assert.match(line, /test-esm-import-meta\.mjs:20:14\)?$/);
const same = import.meta.url; const after = new Error('y').stack.split('\n')[1];
assert.match(after, /:22:45\)?$/, 'columns after import.meta do not move');
assert.strictEqual(same, import.meta.url);
