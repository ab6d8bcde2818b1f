'use strict';
// domain: errors thrown in run(), in timers and immediates scheduled there, 'error' events of its emitters,
// intercept() and bind() all reach the domain's 'error' listeners.
const assert = require('assert');
const domain = require('domain');
const EventEmitter = require('events');

const d = domain.create();
assert.ok(d instanceof EventEmitter);
assert.deepStrictEqual(d.members, []);
assert.ok(!process.domain);
const caught = [];
d.on('error', (err) => caught.push(err.message));

d.run(() => {
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  const emitter = new EventEmitter();
  assert.strictEqual(emitter.domain, d);
  emitter.emit('error', new Error('emitted'));
  setTimeout(() => {
    assert.strictEqual(process.domain, d);
    throw new Error('from timer');
  }, 1);
  setImmediate(() => { throw new Error('from immediate'); });
});
assert.ok(!process.domain);
assert.deepStrictEqual(caught, ['emitted']);

const member = new EventEmitter();
d.add(member);
assert.strictEqual(member.domain, d);
assert.deepStrictEqual(d.members, [member]);
member.emit('error', new Error('member'));
d.remove(member);
assert.strictEqual(member.domain, null);
assert.deepStrictEqual(d.members, []);

const intercepted = d.intercept((a, b) => a + b);
assert.strictEqual(intercepted(null, 1, 2), 3);
intercepted(new Error('intercepted'));
const bound = d.bind(function() { return process.domain === d && this.ok; });
assert.strictEqual(bound.call({ ok: true }), true);

assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}),
              { code: 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE' });

process.on('exit', () => {
  assert.deepStrictEqual(caught.sort(),
                         ['emitted', 'from immediate', 'from timer', 'intercepted', 'member']);
});
