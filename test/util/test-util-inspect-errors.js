'use strict';
// util.inspect() of errors: stack, own properties, cause and aggregated errors, class and name mismatches.
// Expected strings are node v20's output.
const assert = require('assert');
const util = require('util');
const { inspect } = util;


var FRAMES = '\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5)';
function withStack(err, stack) { Object.defineProperty(err, 'stack', { value: stack, writable: true, configurable: true, enumerable: false }); return err; }
function plain(msg) { const e = new Error(msg); return withStack(e, 'Error: ' + msg + FRAMES); }
function typed(Ctor, msg) { const e = new Ctor(msg); return withStack(e, Ctor.name + ': ' + msg + FRAMES); }
function withCause() { const c = plain('inner'); const e = new Error('outer', { cause: c }); return withStack(e, 'Error: outer\n    at zero (/app/z.js:0:0)' + FRAMES); }
function aggregate() { const e = new AggregateError([plain('a'), 'not an error'], 'many'); return withStack(e, 'AggregateError: many' + FRAMES); }
function renamed() { const e = plain('m'); e.name = 'Custom'; return e; }
var Sub = class Sub extends Error {};
function sub() { return withStack(new Sub('s'), 'Error: s' + FRAMES); }
function nameMismatch() { const e = typed(RangeError, 'r'); e.name = 'XError'; return e; }
function noStack() { const e = new Error('bare'); e.stack = undefined; return e; }
function stackless() { return withStack(new Error('x'), 'just text'); }
function nullProto() { return Object.setPrototypeOf(plain('np'), null); }
function withProps() { const e = plain('props'); e.code = 'E_CODE'; e.info = { a: [1, 2] }; return e; }
function multiline() { return withStack(new Error('line1\nline2'), 'Error: line1\nline2' + FRAMES); }
function nodeError() { try { require('buffer').Buffer.alloc('x'); } catch (e) { return withStack(e, 'TypeError [ERR_INVALID_ARG_TYPE]: ' + e.message + FRAMES); } }
function abortError() { const ac = new AbortController(); const p = require('timers/promises').setTimeout(10, null, { signal: ac.signal }); p.catch(() => {}); ac.abort(); return p; }

const cases = [
  [() => (plain('boom')), undefined, "Error: boom\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5)"],
  [() => (typed(TypeError, 'bad')), undefined, "TypeError: bad\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5)"],
  [() => (withCause()), undefined, "Error: outer\n    at zero (/app/z.js:0:0)\n    at one (/app/a.js:1:1)\n    ... 3 lines matching cause stack trace ...\n    at five (node:internal/modules/cjs/loader:5:5) {\n  [cause]: Error: inner\n      at one (/app/a.js:1:1)\n      at two (/app/b.js:2:2)\n      at three (/app/c.js:3:3)\n      at four (/app/d.js:4:4)\n      at five (node:internal/modules/cjs/loader:5:5)\n}"],
  [() => (aggregate()), undefined, "AggregateError: many\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5) {\n  [errors]: [\n    Error: a\n        at one (/app/a.js:1:1)\n        at two (/app/b.js:2:2)\n        at three (/app/c.js:3:3)\n        at four (/app/d.js:4:4)\n        at five (node:internal/modules/cjs/loader:5:5),\n    'not an error'\n  ]\n}"],
  [() => (renamed()), undefined, "Error: m\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5) {\n  name: 'Custom'\n}"],
  [() => (sub()), undefined, "Sub [Error]: s\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5)"],
  [() => (nameMismatch()), undefined, "RangeError: r\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5) {\n  name: 'XError'\n}"],
  [() => (noStack()), undefined, "[Error: bare]"],
  [() => (stackless()), undefined, "[just text]"],
  [() => (nullProto()), undefined, "[Error: null prototype]: np\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5)"],
  [() => (withProps()), undefined, "Error: props\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5) {\n  code: 'E_CODE',\n  info: { a: [ 1, 2 ] }\n}"],
  [() => (multiline()), undefined, "Error: line1\nline2\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5)"],
  [() => ({ nested: plain('in object') }), undefined, "{\n  nested: Error: in object\n      at one (/app/a.js:1:1)\n      at two (/app/b.js:2:2)\n      at three (/app/c.js:3:3)\n      at four (/app/d.js:4:4)\n      at five (node:internal/modules/cjs/loader:5:5)\n}"],
  [() => ([plain('in array')]), undefined, "[\n  Error: in array\n      at one (/app/a.js:1:1)\n      at two (/app/b.js:2:2)\n      at three (/app/c.js:3:3)\n      at four (/app/d.js:4:4)\n      at five (node:internal/modules/cjs/loader:5:5)\n]"],
  [() => ({ a: { b: plain('deep') } }), { depth: 0 }, "{ a: [Object] }"],
  [() => (plain('colored')), { colors: true }, "Error: colored\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n\u001b[90m    at five (node:internal/modules/cjs/loader:5:5)\u001b[39m"],
  [() => (withProps()), { showHidden: true }, "Error: props\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5) {\n  [stack]: 'Error: props\\n' +\n    '    at one (/app/a.js:1:1)\\n' +\n    '    at two (/app/b.js:2:2)\\n' +\n    '    at three (/app/c.js:3:3)\\n' +\n    '    at four (/app/d.js:4:4)\\n' +\n    '    at five (node:internal/modules/cjs/loader:5:5)',\n  [message]: 'props',\n  code: 'E_CODE',\n  info: { a: [ 1, 2, [length]: 2 ] }\n}"],
  [() => (nodeError()), undefined, "TypeError [ERR_INVALID_ARG_TYPE]: The \"size\" argument must be of type number. Received type string ('x')\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5) {\n  code: 'ERR_INVALID_ARG_TYPE'\n}"],
  [() => (new Error('c', { cause: 'text' })), { depth: -1 }, "[Error]"],
  [() => (withStack(new Error('x', { cause: undefined }), 'Error: x' + FRAMES)), undefined, "Error: x\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5) {\n  [cause]: undefined\n}"],
  [() => (withStack(new Error('nm'), 'Error: nm\n    at x (/app/node_modules/pkg/i.js:1:1)\n    at y (/app/node_modules/@scope/p/j.js:2:2)')), { colors: true }, "Error: nm\n    at x (/app/node_modules/\u001b[4mpkg\u001b[24m/i.js:1:1)\n    at y (/app/node_modules/\u001b[4m@scope/p\u001b[24m/j.js:2:2)"],
  [() => (withStack(Object.assign(new Error('x'), { name: 'Error' }), 'Error: x' + FRAMES)), undefined, "Error: x\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5)"],
  [() => (withStack(Object.assign(new Error('x'), { message: 'other' }), 'Error: x' + FRAMES)), undefined, "Error: x\n    at one (/app/a.js:1:1)\n    at two (/app/b.js:2:2)\n    at three (/app/c.js:3:3)\n    at four (/app/d.js:4:4)\n    at five (node:internal/modules/cjs/loader:5:5)"],
];

for (const [make, options, expected] of cases) {
  const actual = options === undefined ? inspect(make()) : inspect(make(), options);
  assert.strictEqual(actual, expected, `inspect(${make.toString().slice(7, -1)}, ${util.format('%o', options)})`);
}
