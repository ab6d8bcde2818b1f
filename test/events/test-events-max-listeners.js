'use strict';
// MaxListenersExceededWarning for emitters and event targets, and the max-listener settings.
const assert = require('assert');
const EventEmitter = require('events');

const warnings = [];
process.on('warning', (w) => {
  if (w.name === 'MaxListenersExceededWarning') warnings.push(w);
});

class Foo extends EventEmitter {}

const e = new EventEmitter();
for (let i = 0; i < 11; i++) e.on('foo', () => {});
// Only once per event name.
e.on('foo', () => {});

const foo = new Foo();
foo.setMaxListeners(2);
const sym = Symbol('q');
for (let i = 0; i < 3; i++) foo.on(sym, () => {});

const zero = new EventEmitter();
zero.setMaxListeners(0);
for (let i = 0; i < 20; i++) zero.on('z', () => {});

// A new array for the name after removeAllListeners warns again.
const again = new EventEmitter();
again.setMaxListeners(1);
again.on('a', () => {});
again.on('a', () => {});
again.removeAllListeners('a');
again.on('a', () => {});
again.on('a', () => {});

const target = new EventTarget();
for (let i = 0; i < 12; i++) target.addEventListener('t', () => {});

// The warning is emitted asynchronously.
assert.strictEqual(warnings.length, 0);

setImmediate(() => {
  assert.strictEqual(warnings.length, 5);
  const [w1, w2, w3, w4, w5] = warnings;
  assert.ok(w1 instanceof Error);
  assert.deepStrictEqual(Object.keys(w1), ['name', 'emitter', 'type', 'count']);
  assert.strictEqual(w1.message, 'Possible EventEmitter memory leak detected. 11 foo listeners added to ' +
    '[EventEmitter]. MaxListeners is 10. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w1.emitter, e);
  assert.strictEqual(w1.type, 'foo');
  assert.strictEqual(w1.count, 11);
  assert.strictEqual(w2.message, 'Possible EventEmitter memory leak detected. 3 Symbol(q) listeners added to ' +
    '[Foo]. MaxListeners is 2. Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(w2.type, sym);
  assert.strictEqual(w3.emitter, again);
  assert.strictEqual(w3.count, 2);
  assert.strictEqual(w4.emitter, again);
  assert.strictEqual(w5.message, 'Possible EventTarget memory leak detected. 11 t listeners added to ' +
    'EventTarget. MaxListeners is 10. Use events.setMaxListeners() to increase limit');
  assert.strictEqual(w5.target, target);
  assert.strictEqual(w5.type, 't');
  assert.strictEqual(w5.count, 11);
  // The array that triggered the warning is marked.
  assert.strictEqual(e._events.foo.warned, true);
});

// getMaxListeners / setMaxListeners and their validation.
{
  const x = new EventEmitter();
  assert.strictEqual(x.getMaxListeners(), 10);
  assert.strictEqual(x.setMaxListeners(5), x);
  assert.strictEqual(x.getMaxListeners(), 5);
  x.setMaxListeners(Infinity);
  assert.strictEqual(x.getMaxListeners(), Infinity);
  assert.throws(() => x.setMaxListeners(-1), {
    name: 'RangeError',
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => x.setMaxListeners(NaN), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received NaN',
  });
  assert.throws(() => x.setMaxListeners('1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = -1; }, {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "defaultMaxListeners" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = 'a'; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "defaultMaxListeners" argument must be of type number. Received type string (\'a\')',
  });
}

// The static helpers on emitters. (Their EventTarget side needs node4j's own EventTarget, whose internals
// the events module reads, so it is not checked here.)
{
  const x = new EventEmitter();
  const y = new EventEmitter();
  assert.strictEqual(EventEmitter.getMaxListeners(x), 10);
  EventEmitter.setMaxListeners(3, x, y);
  assert.strictEqual(x.getMaxListeners(), 3);
  assert.strictEqual(EventEmitter.getMaxListeners(y), 3);
  assert.throws(() => EventEmitter.getMaxListeners(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. Received type number (5)',
  });
  assert.throws(() => EventEmitter.setMaxListeners(3, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
             'Received type number (5)',
  });
  assert.throws(() => EventEmitter.setMaxListeners(-3), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -3',
  });
  // Without targets it changes the default, which new emitters pick up.
  EventEmitter.setMaxListeners(7);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  assert.strictEqual(new EventEmitter().getMaxListeners(), 7);
  EventEmitter.setMaxListeners();
  assert.strictEqual(EventEmitter.defaultMaxListeners, 7);
  EventEmitter.defaultMaxListeners = 10;
}
