'use strict';
// The globals node installs: present with the right kind, non-enumerable except node's enumerable few, usable.

const assert = require('assert');

const enumerable = ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance'];
const hidden = {
  console: 'object', process: 'object', Buffer: 'function', TextEncoder: 'function', TextDecoder: 'function',
  URL: 'function', URLSearchParams: 'function', AbortController: 'function', AbortSignal: 'function',
  Event: 'function', EventTarget: 'function', DOMException: 'function', globalThis: 'object',
};
for (const name of enumerable) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.ok(desc, name);
  assert.strictEqual(desc.enumerable, true, name);
  assert.strictEqual(desc.configurable, true, name);
}
for (const [name, type] of Object.entries(hidden)) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.ok(desc, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(typeof globalThis[name], type, name);
}
// Everything enumerable on the global is one of node's: no runtime helper leaks.
const known = new Set([...enumerable, 'fetch', 'crypto', 'navigator']);
for (const name of Object.keys(globalThis)) assert.ok(known.has(name), `unexpected enumerable global ${name}`);

assert.strictEqual(global, globalThis);
assert.strictEqual(typeof require, 'function');
assert.strictEqual(typeof module, 'object');
assert.strictEqual(typeof exports, 'object');
assert.strictEqual(typeof __filename, 'string');
assert.strictEqual(typeof __dirname, 'string');
assert.strictEqual(Object.prototype.toString.call(process), '[object process]');

// Lazily created globals can be replaced and deleted like node's.
globalThis.URL = 1;
assert.strictEqual(URL, 1);
delete globalThis.TextEncoder;
assert.strictEqual(typeof globalThis.TextEncoder, 'undefined');
globalThis.setTimeout = null;
assert.strictEqual(globalThis.setTimeout, null);

// A few of them at work.
assert.strictEqual(atob(btoa('hé')), 'hé');
assert.deepStrictEqual(structuredClone(new Map([[1, { a: [2] }]])), new Map([[1, { a: [2] }]]));
assert.ok(performance.now() >= 0);
assert.strictEqual(new DOMException('m', 'AbortError').code, 20);
let ran = false;
queueMicrotask(() => { ran = true; });
process.on('exit', () => assert.ok(ran));
