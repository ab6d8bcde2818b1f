'use strict';
// EventEmitter listener bookkeeping: add/prepend/once/remove, the listener views and the
// 'newListener' / 'removeListener' events, with the values the reference node produces.
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

// Module shape.
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);
assert.strictEqual(EventEmitter.length, 1);
assert.strictEqual(EventEmitter.usingDomains, false);
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(EventEmitter.captureRejections, false);
assert.strictEqual(EventEmitter.captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.errorMonitor.toString(), 'Symbol(events.errorMonitor)');
assert.strictEqual(EventEmitter.kMaxEventTargetListeners.toString(), 'Symbol(events.maxEventTargetListeners)');
assert.deepStrictEqual(Object.keys(EventEmitter), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners', 'EventEmitter', 'usingDomains',
  'captureRejectionSymbol', 'captureRejections', 'EventEmitterAsyncResource', 'errorMonitor',
  'defaultMaxListeners', 'setMaxListeners', 'init', 'listenerCount',
]);
assert.deepStrictEqual(Object.getOwnPropertyNames(EventEmitter.prototype), [
  'constructor', '_events', '_eventsCount', '_maxListeners', 'setMaxListeners', 'getMaxListeners', 'emit',
  'addListener', 'on', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off',
  'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames',
]);
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
assert.strictEqual(EventEmitter.prototype.on.name, 'addListener');
assert.strictEqual(EventEmitter.prototype.emit.length, 1);
assert.strictEqual(EventEmitter.prototype.listenerCount.length, 2);
assert.strictEqual(EventEmitter.setMaxListeners.length, 0);
assert.strictEqual(EventEmitter.once.length, 2);

// A fresh emitter and its inspection.
{
  const e = new EventEmitter();
  assert.strictEqual(util.inspect(e),
                     'EventEmitter {\n' +
                     '  _events: [Object: null prototype] {},\n' +
                     '  _eventsCount: 0,\n' +
                     '  _maxListeners: undefined,\n' +
                     '  [Symbol(shapeMode)]: false,\n' +
                     '  [Symbol(kCapture)]: false\n' +
                     '}');
  e.on('x', () => {});
  e.on('x', function named() {});
  e.once('y', () => {});
  assert.strictEqual(util.inspect(e._events),
                     '[Object: null prototype] {\n' +
                     '  x: [ [Function (anonymous)], [Function: named] ],\n' +
                     '  y: [Function: bound onceWrapper] { listener: [Function (anonymous)] }\n' +
                     '}');
  assert.strictEqual(e._eventsCount, 2);
  assert.deepStrictEqual(e.eventNames(), ['x', 'y']);
  assert.strictEqual(e.listeners('y').length, 1);
  assert.strictEqual(e.rawListeners('y')[0].name, 'bound onceWrapper');
  assert.strictEqual(e.listeners('y')[0], e.rawListeners('y')[0].listener);
  assert.deepStrictEqual(e.listeners('nothing'), []);
}

// Emit: this, arguments, return value.
{
  const e = new EventEmitter();
  const seen = [];
  e.on('ev', function(...args) { seen.push([this === e, args]); });
  assert.strictEqual(e.emit('ev'), true);
  assert.strictEqual(e.emit('ev', 1), true);
  assert.strictEqual(e.emit('ev', 1, 2, 3), true);
  assert.strictEqual(e.emit('ev', 1, 2, 3, 4, 5), true);
  assert.strictEqual(e.emit('none', 1), false);
  assert.deepStrictEqual(seen, [[true, []], [true, [1]], [true, [1, 2, 3]], [true, [1, 2, 3, 4, 5]]]);
  // Argument count seen by a listener matches what was emitted.
  const counts = [];
  e.on('count', function() { counts.push(arguments.length); });
  e.on('count', function() { counts.push(arguments.length); });
  e.emit('count');
  e.emit('count', undefined);
  e.emit('count', undefined, undefined, undefined, undefined);
  assert.deepStrictEqual(counts, [0, 0, 1, 1, 4, 4]);
}

// Removal/addition during emit does not affect the running emit.
{
  const e = new EventEmitter();
  const log = [];
  const h2 = () => log.push('h2');
  const h1 = () => {
    log.push('h1');
    e.removeListener('b', h2);
    e.on('b', () => log.push('late'));
  };
  e.on('b', h1);
  e.on('b', h2);
  e.emit('b');
  e.emit('b');
  assert.deepStrictEqual(log, ['h1', 'h2', 'h1', 'late']);
}

// newListener / removeListener ordering and arguments, once wrappers.
{
  const e = new EventEmitter();
  const log = [];
  const f = () => log.push('f');
  const g = () => log.push('g');
  e.on('newListener', (ev, l) => log.push(['new', ev, l.name, e.listenerCount(ev)]));
  e.on('removeListener', (ev, l) => log.push(['rem', ev, l.name, e.listenerCount(ev)]));
  e.on('x', f);
  e.once('x', g);
  e.prependOnceListener('x', f);
  log.push(e.rawListeners('x').map((x) => x.name));
  e.emit('x');
  e.removeListener('x', f);
  e.on('y', f);
  e.on('y', g);
  e.removeAllListeners('y');
  e.on('z', f);
  e.removeAllListeners();
  assert.deepStrictEqual(log, [
    ['new', 'removeListener', '', 0],
    ['new', 'x', 'f', 0], ['new', 'x', 'g', 1], ['new', 'x', 'f', 2],
    ['bound onceWrapper', 'f', 'bound onceWrapper'],
    ['rem', 'x', 'bound onceWrapper', 2], 'f', 'f', ['rem', 'x', 'bound onceWrapper', 1], 'g',
    ['rem', 'x', 'f', 0],
    ['new', 'y', 'f', 0], ['new', 'y', 'g', 1], ['rem', 'y', 'g', 1], ['rem', 'y', 'f', 0],
    ['new', 'z', 'f', 0], ['rem', 'newListener', '', 0], ['rem', 'z', 'f', 0],
  ]);
  assert.deepStrictEqual(e.eventNames(), []);
  assert.strictEqual(e._eventsCount, 0);
}

// removeListener takes the most recent match, accepts the original of a once listener.
{
  const e = new EventEmitter();
  const f = () => {};
  const g = () => {};
  e.on('c', f);
  e.on('c', g);
  e.on('c', f);
  assert.strictEqual(e.removeListener('c', f), e);
  assert.deepStrictEqual(e.listeners('c'), [f, g]);
  e.once('d', f);
  e.off('d', f);
  assert.strictEqual(e.emit('d'), false);
  assert.deepStrictEqual(Object.keys(e._events), ['c']);
}

// prependListener and listenerCount with a listener argument.
{
  const e = new EventEmitter();
  const order = [];
  const a = () => order.push('a');
  const b = () => order.push('b');
  e.on('p', a);
  e.prependListener('p', b);
  e.once('p', a);
  e.emit('p');
  assert.deepStrictEqual(order, ['b', 'a', 'a']);
  e.on('p', a);
  assert.strictEqual(e.listenerCount('p'), 3);
  assert.strictEqual(e.listenerCount('p', a), 2);
  assert.strictEqual(e.listenerCount('p', b), 1);
  assert.strictEqual(e.listenerCount('p', () => {}), 0);
  assert.strictEqual(EventEmitter.listenerCount(e, 'p'), 3);
}

// Symbol event names and emitters created without the constructor.
{
  const e = new EventEmitter();
  const sym = Symbol('s');
  let got;
  e.on(sym, (v) => { got = v; });
  e.emit(sym, 42);
  assert.strictEqual(got, 42);
  assert.deepStrictEqual(e.eventNames(), [sym]);

  const bare = Object.create(EventEmitter.prototype);
  const f = () => {};
  bare.on('a', f);
  assert.strictEqual(bare._eventsCount, 1);
  assert.deepStrictEqual(bare.listeners('a'), [f]);
  assert.strictEqual(Object.create(EventEmitter.prototype).emit('a'), false);
}

// EventEmitter.call on a legacy subclass and EventEmitter.init.
{
  function Legacy() { EventEmitter.call(this); }
  Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
  const l = new Legacy();
  let hits = 0;
  l.on('x', () => hits++);
  l.emit('x');
  assert.strictEqual(hits, 1);
  const o = {};
  EventEmitter.init.call(o);
  assert.deepStrictEqual(Object.keys(o), ['_events', '_eventsCount', '_maxListeners']);
}

// Emitters that bring their own `_events` shape keep the keys when listeners go away.
{
  function Shaped() {
    this._events = { close: undefined, data: undefined };
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Shaped.prototype, EventEmitter.prototype);
  const s = new Shaped();
  const f = () => {};
  s.on('data', f);
  assert.strictEqual(s._eventsCount, 1);
  s.removeListener('data', f);
  assert.deepStrictEqual(Object.keys(s._events), ['close', 'data']);
  assert.strictEqual(s._events.data, undefined);
  assert.strictEqual(s._eventsCount, 0);
}
