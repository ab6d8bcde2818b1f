'use strict';
// Event and CustomEvent: construction, attributes, brand checks, inspection.
const assert = require('assert');
const util = require('util');

{
  const ev = new Event('foo');
  assert.strictEqual(ev.type, 'foo');
  assert.strictEqual(ev.cancelable, false);
  assert.strictEqual(ev.defaultPrevented, false);
  assert.strictEqual(typeof ev.timeStamp, 'number');
  assert.deepStrictEqual(ev.composedPath(), []);
  assert.strictEqual(ev.returnValue, true);
  assert.strictEqual(ev.bubbles, false);
  assert.strictEqual(ev.composed, false);
  assert.strictEqual(ev.isTrusted, false);
  assert.strictEqual(ev.eventPhase, 0);
  assert.strictEqual(ev.cancelBubble, false);
  assert.strictEqual(ev.target, null);
  assert.strictEqual(ev.currentTarget, null);
  assert.strictEqual(ev.srcElement, null);
  ev.preventDefault();
  assert.strictEqual(ev.defaultPrevented, false);
  assert.strictEqual(String(ev), '[object Event]');
  assert.deepStrictEqual(Object.keys(ev), []);
}

{
  const ev = new Event('foo', { cancelable: true, bubbles: true, composed: true });
  assert.strictEqual(ev.bubbles, true);
  assert.strictEqual(ev.composed, true);
  ev.preventDefault();
  assert.strictEqual(ev.defaultPrevented, true);
  assert.strictEqual(ev.returnValue, false);
}

// Type coercion and option checks.
assert.strictEqual(new Event(1).type, '1');
assert.strictEqual(new Event(false).type, 'false');
assert.strictEqual(new Event({}).type, '[object Object]');
assert.strictEqual(new Event('x', null).type, 'x');
assert.throws(() => new Event(Symbol('s')), { name: 'TypeError', message: 'Cannot convert a Symbol value to a string' });
assert.throws(() => new Event(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified',
});
assert.throws(() => new Event('x', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
assert.throws(() => new Event('x', []), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received an instance of Array',
});
assert.throws(() => Event('x'), { name: 'TypeError', message: "Class constructor Event cannot be invoked without 'new'" });

// cancelBubble and the propagation methods.
{
  const ev = new Event('foo');
  ev.cancelBubble = 'truthy';
  assert.strictEqual(ev.cancelBubble, true);
  ev.cancelBubble = false;
  assert.strictEqual(ev.cancelBubble, true);
  const ev2 = new Event('foo');
  ev2.stopImmediatePropagation();
  assert.strictEqual(ev2.cancelBubble, true);
}

// initEvent.
{
  const ev = new Event('x');
  ev.initEvent('y', true, true);
  assert.strictEqual(ev.type, 'y');
  assert.strictEqual(ev.bubbles, true);
  assert.strictEqual(ev.cancelable, true);
  assert.throws(() => ev.initEvent(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
}

// Shape of the class.
assert.strictEqual(Event.length, 1);
assert.deepStrictEqual([Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE], [0, 1, 2, 3]);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'),
                       { value: 2, writable: false, enumerable: true, configurable: false });
assert.deepStrictEqual(Object.getOwnPropertyNames(Event.prototype), [
  'constructor', 'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
  'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath', 'returnValue',
  'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation', 'isTrusted',
]);
{
  const isTrusted = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted');
  assert.strictEqual(isTrusted.configurable, false);
  assert.strictEqual(isTrusted.enumerable, true);
  assert.strictEqual(isTrusted.get.call({}), false);
  const type = Object.getOwnPropertyDescriptor(Event.prototype, 'type');
  assert.strictEqual(type.enumerable, true);
  assert.throws(() => type.get.call({}), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Event',
  });
  assert.throws(() => Event.prototype.preventDefault.call({}), { code: 'ERR_INVALID_THIS' });
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event.prototype, Symbol.toStringTag),
                         { value: 'Event', writable: false, enumerable: false, configurable: true });
}

// Inspection.
{
  const ev = new Event('foo', { cancelable: true });
  const ts = ev.timeStamp;
  assert.strictEqual(util.inspect(ev),
                     `Event {\n  type: 'foo',\n  defaultPrevented: false,\n  cancelable: true,\n  timeStamp: ${ts}\n}`);
  assert.strictEqual(util.inspect(ev, { depth: -1 }), 'Event');
  assert.strictEqual(util.inspect({ a: { b: { c: ev } } }), '{ a: { b: { c: Event } } }');
  class SubEvent extends Event {}
  assert.strictEqual(util.inspect(new SubEvent('s'), { depth: -1 }), 'SubEvent');
}

// CustomEvent.
{
  const detail = { a: 1 };
  const ce = new CustomEvent('c', { detail });
  assert.strictEqual(ce.detail, detail);
  assert.strictEqual(ce.type, 'c');
  assert.ok(ce instanceof Event);
  assert.strictEqual(new CustomEvent('x').detail, null);
  assert.strictEqual(new CustomEvent('x', { detail: undefined }).detail, null);
  assert.strictEqual(String(ce), '[object CustomEvent]');
  assert.deepStrictEqual(Object.getOwnPropertyNames(CustomEvent.prototype), ['constructor', 'detail']);
  assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS', message: 'The "type" argument must be specified' });
  assert.throws(() => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')), {
    code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CustomEvent',
  });
  assert.strictEqual(util.inspect(ce, { depth: -1 }), 'CustomEvent');
}
