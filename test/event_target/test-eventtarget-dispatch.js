'use strict';
// EventTarget listener semantics: ordering, once, capture, signal, handleEvent, stopping, recursion,
// changes during dispatch.
const assert = require('assert');

{
  const et = new EventTarget();
  const log = [];
  const c = () => log.push('c');
  et.addEventListener('foo', function a(e) {
    log.push('a', this === et, e.eventPhase, e.target === et, e.currentTarget === et, e.composedPath().length);
    et.addEventListener('foo', () => log.push('added-during'));
    et.removeEventListener('foo', c);
  });
  const listenerObject = { handleEvent(e) { log.push('b', this === listenerObject); } };
  et.addEventListener('foo', listenerObject);
  et.addEventListener('foo', c);
  et.addEventListener('foo', c); // duplicate, ignored
  const ev = new Event('foo');
  assert.strictEqual(et.dispatchEvent(ev), true);
  assert.deepStrictEqual(log, ['a', true, 2, true, true, 1, 'b', true, 'added-during']);
  // After dispatch.
  assert.strictEqual(ev.eventPhase, 0);
  assert.strictEqual(ev.target, et);
  assert.strictEqual(ev.currentTarget, null);
  assert.deepStrictEqual(ev.composedPath(), []);
  // The same event may be dispatched again.
  log.length = 0;
  et.dispatchEvent(ev);
  assert.deepStrictEqual(log, ['a', true, 2, true, true, 1, 'b', true, 'added-during', 'added-during']);
}

// A listener added by the last listener, or re-added after removal, waits for the next dispatch.
{
  const et = new EventTarget();
  const log = [];
  et.addEventListener('a', () => {
    log.push(1);
    et.addEventListener('a', () => log.push('added by last'));
  }, { once: true });
  et.dispatchEvent(new Event('a'));
  const n2 = () => log.push('n2');
  et.addEventListener('c', () => { log.push('n1'); et.removeEventListener('c', n2); });
  et.addEventListener('c', n2);
  et.addEventListener('c', () => log.push('n3'));
  et.dispatchEvent(new Event('c'));
  const r2 = () => log.push('r2');
  et.addEventListener('e', () => { log.push('r1'); et.removeEventListener('e', r2); et.addEventListener('e', r2); });
  et.addEventListener('e', r2);
  et.dispatchEvent(new Event('e'));
  assert.deepStrictEqual(log, [1, 'n1', 'n3', 'r1']);
}

// preventDefault, return value, passive (only a hint in node), stopping.
{
  const et = new EventTarget();
  const log = [];
  et.addEventListener('p', (e) => { e.preventDefault(); log.push('passive', e.defaultPrevented); }, { passive: true });
  assert.strictEqual(et.dispatchEvent(new Event('p', { cancelable: true })), false);
  assert.strictEqual(et.dispatchEvent(new Event('p')), true);
  et.addEventListener('s', (e) => { log.push('s1'); e.stopImmediatePropagation(); });
  et.addEventListener('s', () => log.push('s2'));
  et.dispatchEvent(new Event('s'));
  et.addEventListener('sp', (e) => e.stopPropagation());
  et.addEventListener('sp', () => log.push('sp2'));
  et.dispatchEvent(new Event('sp'));
  // Stopped before dispatch: no listener runs.
  const stopped = new Event('sp');
  stopped.stopImmediatePropagation();
  assert.strictEqual(et.dispatchEvent(stopped), true);
  const prevented = new Event('x', { cancelable: true });
  prevented.preventDefault();
  assert.strictEqual(et.dispatchEvent(prevented), false);
  assert.deepStrictEqual(log, ['passive', true, 'passive', false, 's1', 'sp2']);
}

// capture flag distinguishes registrations; once; option forms.
{
  const et = new EventTarget();
  let count = 0;
  const f = () => count++;
  et.addEventListener('c', f, true);
  et.addEventListener('c', f, false);
  et.addEventListener('c', f, { capture: true });
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(count, 2);
  et.removeEventListener('c', f);
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(count, 3);
  // A boolean does not select the capture registration when removing (node's behaviour).
  et.removeEventListener('c', f, true);
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(count, 4);
  et.removeEventListener('c', f, { capture: true });
  et.dispatchEvent(new Event('c'));
  assert.strictEqual(count, 4);

  const g = () => count++;
  et.addEventListener('o', g, { once: true });
  et.addEventListener('o', g);
  et.dispatchEvent(new Event('o'));
  et.dispatchEvent(new Event('o'));
  assert.strictEqual(count, 5);

  et.addEventListener('u', f, undefined);
  et.addEventListener('u', () => count++, null);
  et.dispatchEvent(new Event('u'));
  assert.strictEqual(count, 7);
  // Numbers are coerced to strings.
  et.addEventListener(5, f);
  et.dispatchEvent(new Event('5'));
  assert.strictEqual(count, 8);
}

// signal option.
{
  const et = new EventTarget();
  const ac = new AbortController();
  let count = 0;
  et.addEventListener('sig', () => count++, { signal: ac.signal });
  et.dispatchEvent(new Event('sig'));
  ac.abort();
  et.dispatchEvent(new Event('sig'));
  et.addEventListener('sig', () => count++, { signal: ac.signal });
  et.dispatchEvent(new Event('sig'));
  assert.strictEqual(count, 1);
}

// handleEvent is looked up at dispatch time; objects without it are skipped.
{
  const et = new EventTarget();
  const log = [];
  const obj = {};
  et.addEventListener('he', obj);
  et.addEventListener('he', { handleEvent: null });
  et.dispatchEvent(new Event('he'));
  obj.handleEvent = function() { log.push(this === obj); };
  et.dispatchEvent(new Event('he'));
  et.removeEventListener('he', obj);
  et.dispatchEvent(new Event('he'));
  assert.deepStrictEqual(log, [true]);
}

// Recursion and argument errors.
{
  const et = new EventTarget();
  const errs = [];
  et.addEventListener('r', (e) => {
    try {
      et.dispatchEvent(e);
    } catch (err) {
      errs.push([err.name, err.code, err.message]);
    }
    // A different event of the same type may be dispatched.
    et.dispatchEvent(new Event('other'));
  });
  et.dispatchEvent(new Event('r'));
  assert.deepStrictEqual(errs, [['Error', 'ERR_EVENT_RECURSION', 'The event "r" is already being dispatched']]);

  assert.throws(() => et.dispatchEvent({ type: 'foo' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "event" argument must be an instance of Event. Received an instance of Object',
  });
  assert.throws(() => et.dispatchEvent(), {
    code: 'ERR_MISSING_ARGS', message: 'The "event" argument must be specified',
  });
  for (const call of [() => et.addEventListener('foo'), () => et.addEventListener(), () => et.removeEventListener('foo')]) {
    assert.throws(call, {
      name: 'TypeError', code: 'ERR_MISSING_ARGS', message: 'The "type" and "listener" arguments must be specified',
    });
  }
  assert.throws(() => et.addEventListener('foo', 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be an instance of EventListener. Received type number (1)',
  });
  assert.throws(() => et.removeEventListener('foo', 'str'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "The \"listener\" argument must be an instance of EventListener. Received type string ('str')",
  });
  assert.throws(() => et.addEventListener('foo', () => {}, 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  assert.throws(() => et.addEventListener('foo', () => {}, { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  assert.throws(() => et.addEventListener(Symbol('s'), () => {}), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'value' is invalid. Received Symbol(s)",
  });
  for (const method of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    assert.throws(() => EventTarget.prototype[method].call({}, 'foo', () => {}), {
      code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type EventTarget',
    });
  }
  et.removeEventListener('foo', null);
}

// Null listeners are ignored with a warning.
{
  const et = new EventTarget();
  const warnings = [];
  const onWarning = (w) => {
    if (w.name === 'AddEventListenerArgumentTypeWarning') warnings.push(w);
  };
  process.on('warning', onWarning);
  et.addEventListener('zz', null);
  et.addEventListener('zz', undefined);
  setImmediate(() => {
    process.removeListener('warning', onWarning);
    assert.strictEqual(warnings.length, 2);
    assert.strictEqual(warnings[0].message, 'addEventListener called with null which has no effect.');
    assert.strictEqual(warnings[1].message, 'addEventListener called with undefined which has no effect.');
    assert.deepStrictEqual(Object.keys(warnings[0]), ['name', 'target', 'type']);
    assert.strictEqual(warnings[0].target, et);
    assert.strictEqual(warnings[0].type, 'zz');
  });
}
