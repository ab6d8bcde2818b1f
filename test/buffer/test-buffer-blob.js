'use strict';
// Blob, File and resolveObjectURL.
const assert = require('assert');
const util = require('util');
const { Blob, File, resolveObjectURL } = require('buffer');

const parts = ['a', 'b\ud800', new Uint8Array([1, 2]), new ArrayBuffer(2), new Blob(['xy']), 5, null, {},
               new Uint16Array([1]), new DataView(new ArrayBuffer(1))];
assert.strictEqual(new Blob(parts).size, 34);
assert.strictEqual(util.inspect(new Blob(['abc'], { type: 'Text/HTML' })), "Blob { size: 3, type: 'text/html' }");
assert.strictEqual(util.inspect([new Blob([])], { depth: 0 }), '[ [Blob] ]');
assert.strictEqual(new Blob([], { type: 'a\u00e9' }).type, '');
assert.strictEqual(new Blob([], { type: null }).type, 'null');
assert.strictEqual(new Blob(['a\nb\r\nc\rd'], { endings: 'native' }).size, 7);
assert.strictEqual(new Blob(new Set(['ab'])).size, 2);
assert.strictEqual(Object.prototype.toString.call(new Blob([])), '[object Blob]');
assert.throws(() => new Blob('abc'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "sources" argument must be a sequence. Received type string (\'abc\')',
});
assert.throws(() => new Blob([], 5), { message: 'The "options" argument must be a dictionary. Received type number (5)' });
assert.throws(() => new Blob([], { endings: 'x' }), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The property 'options.endings' is invalid. Received 'x'",
});
assert.throws(() => Blob.prototype.slice.call({}), { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Blob' });
assert.deepStrictEqual(Object.keys(Blob.prototype), ['type', 'size', 'slice', 'arrayBuffer', 'text', 'stream']);

const blob = new Blob(['abc', 'def'], { type: 'a/b' });
assert.strictEqual(blob.slice(1, -1).size, 4);
assert.strictEqual(blob.slice(-2).size, 2);
assert.strictEqual(blob.slice(4, 2).size, 0);
assert.strictEqual(blob.slice(1, 3, 'X/Y').type, 'x/y');
assert.strictEqual(blob.slice(1).type, '');

const file = new File(['abc'], 'a.txt', { type: 'T/X', lastModified: 42 });
assert.strictEqual(util.inspect(file), "File { size: 3, type: 't/x', name: 'a.txt', lastModified: 42 }");
assert.ok(file instanceof Blob);
assert.strictEqual(file.slice(1) instanceof File, false);
assert.strictEqual(new File(['a'], 'x', { lastModified: 'q' }).lastModified, 0);
assert.strictEqual(typeof new File(['a'], 5).lastModified, 'number');
assert.strictEqual(new File(['a'], 5).name, '5');
assert.throws(() => new File(['abc']), {
  code: 'ERR_MISSING_ARGS', message: 'The "fileBits" and "fileName" arguments must be specified',
});
assert.strictEqual(resolveObjectURL('blob:nodedata:unknown'), undefined);
assert.strictEqual(resolveObjectURL('x'), undefined);

(async () => {
  const big = new Blob(['abc', new Uint8Array(70000), 'é']);
  assert.strictEqual((await big.text()).length, 70004);
  assert.strictEqual((await big.arrayBuffer()).byteLength, 70005);
  assert.strictEqual(await new Blob(['\ud800a']).text(), '\ufffda');
  await assert.rejects(Blob.prototype.arrayBuffer.call({}), { code: 'ERR_INVALID_THIS' });
  await assert.rejects(Blob.prototype.text.call({}), { code: 'ERR_INVALID_THIS' });
})().then(() => { process.exitCode = 0; }, (err) => { process.exitCode = 1; throw err; });
