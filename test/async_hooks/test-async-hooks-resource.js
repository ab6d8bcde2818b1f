'use strict';
// AsyncResource scopes and AsyncLocalStorage within synchronous and AsyncResource-bound code.
const assert = require('assert');
const { AsyncResource, AsyncLocalStorage, executionAsyncId, createHook } = require('async_hooks');

const als = new AsyncLocalStorage();
assert.strictEqual(als.getStore(), undefined);
const seen = [];
als.run({ id: 1 }, (a, b) => {
  seen.push(als.getStore().id, a, b);
  als.exit(() => seen.push(als.getStore()));
  seen.push(als.getStore().id);
}, 'x', 'y');
assert.deepStrictEqual(seen, [1, 'x', 'y', undefined, 1]);
assert.strictEqual(als.getStore(), undefined);

const events = [];
const hook = createHook({
  init(id, type) { if (type === 'Test') events.push(['init', type]); },
  before() { events.push(['before']); },
  after() { events.push(['after']); },
}).enable();
const resource = als.run('stored', () => new AsyncResource('Test'));
assert.strictEqual(typeof resource.asyncId(), 'number');
assert.strictEqual(resource.triggerAsyncId(), executionAsyncId());
const result = resource.runInAsyncScope(function(x) {
  assert.strictEqual(executionAsyncId(), resource.asyncId());
  return [this.tag, x, als.getStore()];
}, { tag: 't' }, 5);
assert.deepStrictEqual(result, ['t', 5, 'stored']);
hook.disable();
assert.deepStrictEqual(events.filter((e) => e[0] === 'init'), [['init', 'Test']]);
assert.ok(events.some((e) => e[0] === 'before') && events.some((e) => e[0] === 'after'));

const bound = als.run('b', () => AsyncLocalStorage.bind(() => als.getStore()));
assert.strictEqual(bound(), 'b');
const snapshot = als.run('snap', () => AsyncLocalStorage.snapshot());
assert.strictEqual(snapshot(() => als.getStore()), 'snap');
assert.throws(() => new AsyncResource(''), { code: 'ERR_ASYNC_TYPE' });
assert.throws(() => createHook({ init: 1 }), { code: 'ERR_ASYNC_CALLBACK', message: 'hook.init must be a function' });
