'use strict';
// destroy() and error propagation: 'error'/'close' order, errored/closed state, _construct.
const assert = require('assert');
const { Readable, Writable, Duplex } = require('stream');
const { Buffer } = require('buffer');

const EXPECTED = {
  'destroy(err) on a Readable': [
    'true boom aborted true closed true', 'second destroy cb undefined', 'push false', 'r:data <a>',
    'r:error boom', 'r:close', 'closed true readable false',
  ],
  'asynchronous _destroy without error': ['_destroy null', 'destroyed true closed false', 'r:close'],
  '_destroy replaces the error': ['_destroy original', 'cb replaced', 'w:error replaced', 'w:close'],
  'destroy with pending writes fails their callbacks': [
    '_write <a>', 'destroyed true len 2', 'write false', 'w:close', 'cb c ERR_STREAM_WRITE_AFTER_END',
    'cb a null', 'cb b ERR_STREAM_DESTROYED', 'end cb ERR_STREAM_DESTROYED',
  ],
  'destroy(err) with pending writes': ['w:error D', 'w:close', 'cb a null', 'cb b D'],
  'destroy while constructing': ['construct', '_destroy early', 'w:error early', 'w:close'],
  'construct callbacks and failures': [
    'r construct', 'd construct', '_read', 'd:error cfail', 'd:close',
    'twice:error ERR_MULTIPLE_CALLBACK', 'twice:close', 'r:end', 'r:close',
  ],
  'errors emitted once, close after error': [
    'r:close', 'r:error one', 'r:close', 'errorEmitted true closeEmitted true',
  ],
  'destroyed streams report through end() and write()': ['write false', 'write cb ERR_STREAM_DESTROYED'],
  'autoDestroy false keeps the stream alive': ['r:end', 'destroyed false', 'r:error later', 'r:close'],
  '_undestroy resets the state': ['false false true', 'write cb null'],
  'stream.destroy() helper and isDestroyed': [
    'isDestroyed true', 'error AbortError ABORT_ERR', 'close', 'ended destroyed true',
  ],
};

function show(v) {
  if (v === null || v === undefined) return String(v);
  if (v instanceof Error) return v.code || v.message;
  if (Buffer.isBuffer(v)) return `<${v.toString('latin1')}>`;
  return typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function record(log, name, stream, events) {
  for (const ev of events) {
    stream.on(ev, (arg) => log.push(arg === undefined ? `${name}:${ev}` : `${name}:${ev} ${show(arg)}`));
  }
}

const cases = [];
function test(name, fn) {
  cases.push([name, fn]);
}

test('destroy(err) on a Readable', (log, done) => {
  const r = new Readable({ read() {} });
  record(log, 'r', r, ['error', 'close', 'end', 'data']);
  r.push('a');
  r.destroy(new Error('boom'));
  log.push(`${r.destroyed} ${show(r.errored)} aborted ${r.readableAborted} closed ${r.closed}`);
  r.destroy(new Error('second'), (err) => log.push(`second destroy cb ${show(err)}`));
  log.push(`push ${r.push('b')}`);
  setTimeout(() => {
    log.push(`closed ${r.closed} readable ${r.readable}`);
    done();
  }, 5);
});

test('asynchronous _destroy without error', (log, done) => {
  const r = new Readable({
    read() {},
    destroy(err, cb) {
      log.push(`_destroy ${show(err)}`);
      setTimeout(() => cb(), 1);
    },
  });
  record(log, 'r', r, ['error', 'close', 'end']);
  r.destroy();
  log.push(`destroyed ${r.destroyed} closed ${r.closed}`);
  setTimeout(done, 10);
});

test('_destroy replaces the error', (log, done) => {
  const w = new Writable({
    write(chunk, encoding, cb) { cb(); },
    destroy(err, cb) {
      log.push(`_destroy ${show(err)}`);
      cb(new Error('replaced'));
    },
  });
  record(log, 'w', w, ['error', 'close', 'finish']);
  w.destroy(new Error('original'), (err) => log.push(`cb ${show(err)}`));
  setTimeout(done, 5);
});

test('destroy with pending writes fails their callbacks', (log, done) => {
  const w = new Writable({
    write(chunk, encoding, cb) {
      log.push(`_write ${show(chunk)}`);
      setTimeout(cb, 2);
    },
  });
  record(log, 'w', w, ['error', 'close', 'finish', 'drain']);
  w.write('a', (err) => log.push(`cb a ${show(err)}`));
  w.write('b', (err) => log.push(`cb b ${show(err)}`));
  w.end((err) => log.push(`end cb ${show(err)}`));
  w.destroy();
  log.push(`destroyed ${w.destroyed} len ${w.writableLength}`);
  log.push(`write ${w.write('c', (err) => log.push(`cb c ${show(err)}`))}`);
  setTimeout(done, 10);
});

test('destroy(err) with pending writes', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { setTimeout(cb, 2); } });
  record(log, 'w', w, ['error', 'close', 'finish']);
  w.write('a', (err) => log.push(`cb a ${show(err)}`));
  w.write('b', (err) => log.push(`cb b ${show(err)}`));
  w.destroy(new Error('D'));
  setTimeout(done, 10);
});

test('destroy while constructing', (log, done) => {
  const w = new Writable({
    construct(cb) {
      log.push('construct');
      setTimeout(() => cb(new Error('late')), 2);
    },
    destroy(err, cb) {
      log.push(`_destroy ${show(err)}`);
      cb(err);
    },
    write(chunk, encoding, cb) { cb(); },
  });
  record(log, 'w', w, ['error', 'close']);
  w.destroy(new Error('early'));
  setTimeout(done, 10);
});

test('construct callbacks and failures', (log, done) => {
  const r = new Readable({
    construct(cb) {
      log.push('r construct');
      cb();
    },
    read() {
      log.push('_read');
      this.push(null);
    },
  });
  record(log, 'r', r, ['end', 'close', 'data']);
  r.resume();
  const d = new Duplex({
    construct(cb) {
      log.push('d construct');
      cb(new Error('cfail'));
    },
    read() {},
    write() {},
  });
  record(log, 'd', d, ['error', 'close']);
  const twice = new Writable({
    construct(cb) {
      cb();
      cb();
    },
    write(chunk, encoding, cb) { cb(); },
  });
  record(log, 'twice', twice, ['error', 'close']);
  setTimeout(done, 10);
});

test('errors emitted once, close after error', (log, done) => {
  const r = new Readable({ read() {} });
  record(log, 'r', r, ['error', 'close']);
  r.destroy(new Error('one'));
  r.emit('close');
  r.destroy(new Error('two'));
  setTimeout(() => {
    log.push(`errorEmitted ${r._readableState.errorEmitted} closeEmitted ${r._readableState.closeEmitted}`);
    done();
  }, 5);
});

test('destroyed streams report through end() and write()', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  w.destroy();
  w.on('error', (err) => log.push(`error ${show(err)}`));
  log.push(`write ${w.write('a', (err) => log.push(`write cb ${show(err)}`))}`);
  w.end((err) => log.push(`end cb ${show(err)}`));
  setTimeout(done, 5);
});

test('autoDestroy false keeps the stream alive', (log, done) => {
  const r = new Readable({ autoDestroy: false, read() {} });
  record(log, 'r', r, ['end', 'close', 'error']);
  r.push(null);
  r.resume();
  setTimeout(() => {
    log.push(`destroyed ${r.destroyed}`);
    r.destroy(new Error('later'));
    setTimeout(done, 3);
  }, 3);
});

test('_undestroy resets the state', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  w.destroy();
  w.on('close', () => {
    w._undestroy();
    log.push(`${w.destroyed} ${w.closed} ${w.writable}`);
    w.write('x', (err) => log.push(`write cb ${show(err)}`));
    setTimeout(done, 3);
  });
});

test('stream.destroy() helper and isDestroyed', (log, done) => {
  const stream = require('stream');
  const r = new Readable({ read() {} });
  r.on('error', (err) => log.push(`error ${err.name} ${err.code}`));
  r.on('close', () => log.push('close'));
  stream.destroy(r);
  log.push(`isDestroyed ${stream.isDestroyed(r)}`);
  const ended = new Readable({ read() {} });
  ended.on('error', (err) => log.push(`unexpected ${err}`));
  ended.push(null);
  ended.resume();
  ended.on('end', () => {
    stream.destroy(ended);
    log.push(`ended destroyed ${ended.destroyed}`);
    setTimeout(done, 3);
  });
});

// Cases run one after another; each records what happened into `log` and calls `done`.
let completed = 0;
(async () => {
  for (const [name, fn] of cases) {
    const log = [];
    await new Promise((done) => fn(log, done));
    assert.deepStrictEqual(log, EXPECTED[name], name);
    completed++;
  }
})();

process.on('exit', () => assert.strictEqual(completed, cases.length, 'a case never finished'));
