'use strict';
// diagnostics_channel: channels by name, subscribers, errors of subscribers, bound stores and tracing channels.
const assert = require('assert');
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const ch = dc.channel('test:basic');
assert.strictEqual(dc.channel('test:basic'), ch);
assert.strictEqual(ch.name, 'test:basic');
assert.strictEqual(ch.hasSubscribers, false);
assert.ok(ch instanceof dc.Channel);
assert.deepStrictEqual(Object.keys(ch), ['_subscribers', '_stores', 'name']);

const seen = [];
const onMessage = (message, name) => seen.push([message, name]);
dc.subscribe('test:basic', onMessage);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('test:basic'), true);
ch.publish({ n: 1 });
assert.deepStrictEqual(seen, [[{ n: 1 }, 'test:basic']]);
assert.strictEqual(dc.unsubscribe('test:basic', onMessage), true);
assert.strictEqual(ch.unsubscribe(onMessage), false);
assert.strictEqual(ch.hasSubscribers, false);
ch.publish('ignored');
assert.strictEqual(seen.length, 1);

const sym = Symbol('sym');
assert.strictEqual(dc.channel(sym).name, sym);
assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (1)',
});
assert.throws(() => dc.subscribe('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "subscription" argument must be of type function. Received type number (1)',
});

// A subscriber that throws does not stop the others; its error becomes an uncaught exception on the next tick.
const order = [];
const failing = dc.channel('test:failing');
failing.subscribe(() => { throw new Error('from subscriber'); });
failing.subscribe(() => order.push('second'));
process.once('uncaughtException', (err) => {
  assert.strictEqual(err.message, 'from subscriber');
  order.push('uncaught');
});
failing.publish(null);
order.push('after publish');

// runStores runs the function inside each bound store, with the transformed message.
const store = new AsyncLocalStorage();
const storeChannel = dc.channel('test:stores');
storeChannel.bindStore(store, (message) => ({ wrapped: message }));
const result = storeChannel.runStores('m', function(a, b) {
  assert.deepStrictEqual(store.getStore(), { wrapped: 'm' });
  return [this.self, a + b];
}, { self: 'this' }, 1, 2);
assert.deepStrictEqual(result, ['this', 3]);
assert.strictEqual(store.getStore(), undefined);
assert.strictEqual(storeChannel.unbindStore(store), true);
assert.strictEqual(storeChannel.unbindStore(store), false);

// Tracing channels publish start/end (and error) around a call, with one context object.
const tc = dc.tracingChannel('test:trace');
assert.strictEqual(tc.start.name, 'tracing:test:trace:start');
assert.deepStrictEqual(Object.keys(tc), []);
const events = [];
const handlers = {
  start: (ctx) => events.push(['start', { ...ctx }]),
  end: (ctx) => events.push(['end', { ...ctx }]),
  error: (ctx) => events.push(['error', ctx.error.message]),
  asyncStart: (ctx) => events.push(['asyncStart', ctx.result]),
  asyncEnd: (ctx) => events.push(['asyncEnd', ctx.result]),
};
tc.subscribe(handlers);
assert.strictEqual(tc.traceSync((x) => x * 2, { id: 1 }, undefined, 21), 42);
assert.throws(() => tc.traceSync(() => { throw new Error('bad'); }, { id: 2 }), /bad/);
assert.deepStrictEqual(events, [
  ['start', { id: 1 }], ['end', { id: 1, result: 42 }],
  ['start', { id: 2 }], ['error', 'bad'], ['end', { id: 2, error: new Error('bad') }],
]);
events.length = 0;
tc.traceCallback((cb) => setImmediate(cb, null, 'done'), 0, { id: 3 }, undefined, (err, value) => {
  assert.strictEqual(value, 'done');
  events.push(['callback']);
});
const promise = tc.tracePromise(async () => 'resolved', { id: 4 });
assert.throws(() => dc.tracingChannel(1), { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', () => {
  assert.deepStrictEqual(order, ['second', 'after publish', 'uncaught']);
  assert.deepStrictEqual(events, [
    ['start', { id: 3 }], ['end', { id: 3 }], ['start', { id: 4 }], ['end', { id: 4 }],
    ['asyncStart', 'resolved'], ['asyncEnd', 'resolved'],
    ['asyncStart', 'done'], ['callback'], ['asyncEnd', 'done'],
  ]);
  assert.strictEqual(tc.unsubscribe(handlers), true);
});
promise.then((v) => assert.strictEqual(v, 'resolved'));
