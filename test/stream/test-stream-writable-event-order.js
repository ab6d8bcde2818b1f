'use strict';
// Writable: write/callback/'drain'/'finish'/'close' order, cork/uncork/_writev, _final, encodings.
const assert = require('assert');
const { Writable } = require('stream');
const { Buffer } = require('buffer');

const EXPECTED = {
  'synchronous writes: backpressure, callbacks, finish': [
    '_write <ab> buffer', 'write true', '_write <cd> buffer', 'write true', 'needDrain false len 0',
    '_write <e> buffer', 'w:prefinish', 'ended true finished false', 'cb1 null', 'cb2 null',
    'end cb null', 'w:finish', 'w:close',
  ],
  'asynchronous writes, cork/uncork and _writev': [
    '_write <a>', 'corked 1 buffered 2', 'len 4', '_writev <b>/buffer,<c>/buffer,<d>/buffer true',
    'cb d', 'w:prefinish', 'w:finish', 'w:close',
  ],
  '_writev with object mode and strings': [
    'corked 1', 'writev 3 false [null,null,null]', 'writev2 1 undefined', 'writev2 1 undefined',
    'writev2 1 undefined', 'cb', 'finish2',
  ],
  '_final runs before finish': ['_write', '_final', 'w:prefinish', 'end cb', 'w:finish', 'w:close'],
  '_final error': [
    '_final', 'end cb final fail', 'w:error final fail', 'w:close',
    'final fail aborted true destroyed true',
  ],
  'synchronous write error': [
    'write false', 'write false', 'cb wfail', 'cb2 wfail', 'w:error wfail', 'w:close',
  ],
  'write after end': [
    'write false', 'cb ERR_STREAM_WRITE_AFTER_END', 'w:error ERR_STREAM_WRITE_AFTER_END', 'w:close',
    'end cb ERR_STREAM_DESTROYED',
  ],
  'errors without autoDestroy': ['cb b x', 'w:error x', 'destroyed false', 'end cb x'],
  'end() called repeatedly': [
    'cb1 null', 'cb2 null', 'w:finish', 'w:close', 'cb3 ERR_STREAM_ALREADY_FINISHED',
  ],
  'same callback in one tick is batched': ['tick info 3', 'cb len 0', 'cb len 0', 'cb len 0'],
  'encodings: decodeStrings, defaultEncoding, object mode': [
    'bytes <hi> buffer', 'bytes <A> buffer', 'default latin1', 'bytes <é> buffer',
    'strings "abc" utf8', 'strings "616263" hex', 'strings "x" utf8', 'objects "a" undefined',
    'objects "b" hex', 'objects [object Object] null', 'objects "c" bogus',
  ],
  'drain and writableNeedDrain': ['write false needDrain true', 'drain false 0'],
  'object mode counts objects': ['_write object', '_write number', '_write string', 'true true true'],
  'properties over the lifetime': [
    'true,false,false,false,0,16384,false,0,false,false,false,', 'false,true,false,3',
    'finish false,true,false', 'close true,true,false',
  ],
  'construct delays writes and final': [
    'after end', 'construct', '_write <a>', '_write <b>', '_final', 'w:finish', 'w:close',
  ],
  'emitClose false': ['w:finish', 'true true'],
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

test('synchronous writes: backpressure, callbacks, finish', (log, done) => {
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, encoding, cb) {
      log.push(`_write ${show(chunk)} ${encoding}`);
      cb();
    },
  });
  record(log, 'w', w, ['drain', 'finish', 'close', 'prefinish', 'error']);
  log.push(`write ${w.write('ab', (err) => log.push(`cb1 ${show(err)}`))}`);
  log.push(`write ${w.write('cd', (err) => log.push(`cb2 ${show(err)}`))}`);
  log.push(`needDrain ${w.writableNeedDrain} len ${w.writableLength}`);
  w.end('e', (err) => log.push(`end cb ${show(err)}`));
  log.push(`ended ${w.writableEnded} finished ${w.writableFinished}`);
  setTimeout(done, 5);
});

test('asynchronous writes, cork/uncork and _writev', (log, done) => {
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, encoding, cb) {
      log.push(`_write ${show(chunk)}`);
      setTimeout(cb, 1);
    },
    writev(chunks, cb) {
      log.push(`_writev ${chunks.map((c) => `${show(c.chunk)}/${c.encoding}`).join(',')} ${chunks.allBuffers}`);
      setTimeout(cb, 1);
    },
  });
  record(log, 'w', w, ['drain', 'finish', 'close', 'prefinish']);
  w.write('a');
  w.cork();
  w.write('b');
  w.write('c', 'latin1');
  log.push(`corked ${w.writableCorked} buffered ${w.writableBuffer.length}`);
  process.nextTick(() => {
    w.uncork();
    w.write('d', () => log.push('cb d'));
    log.push(`len ${w.writableLength}`);
  });
  setTimeout(() => {
    w.end();
    setTimeout(done, 10);
  }, 10);
});

test('_writev with object mode and strings', (log, done) => {
  const w = new Writable({
    objectMode: true,
    writev(chunks, cb) {
      log.push(`writev ${chunks.length} ${chunks.allBuffers} ${JSON.stringify(chunks.map((c) => c.encoding))}`);
      cb();
    },
  });
  w.cork();
  w.write({ a: 1 });
  w.write('s');
  w.write(Buffer.from('b'), () => log.push('cb'));
  w.cork();
  w.uncork();
  log.push(`corked ${w.writableCorked}`);
  w.uncork();
  const w2 = new Writable({
    writev(chunks, cb) {
      log.push(`writev2 ${chunks.length} ${chunks.allBuffers}`);
      cb();
    },
  });
  w2.write('a');
  w2.write('b', 'latin1');
  w2.write('c');
  w2.on('finish', () => log.push('finish2'));
  w2.end();
  setTimeout(done, 5);
});

test('_final runs before finish', (log, done) => {
  const w = new Writable({
    write(chunk, encoding, cb) {
      log.push('_write');
      cb();
    },
    final(cb) {
      log.push('_final');
      setTimeout(cb, 1);
    },
  });
  record(log, 'w', w, ['prefinish', 'finish', 'close']);
  w.end('x', () => log.push('end cb'));
  setTimeout(done, 10);
});

test('_final error', (log, done) => {
  const w = new Writable({
    write(chunk, encoding, cb) { cb(); },
    final(cb) {
      log.push('_final');
      setTimeout(() => cb(new Error('final fail')), 1);
    },
  });
  record(log, 'w', w, ['finish', 'close', 'prefinish', 'error']);
  w.end('x', (err) => log.push(`end cb ${show(err)}`));
  setTimeout(() => {
    log.push(`${show(w.errored)} aborted ${w.writableAborted} destroyed ${w.destroyed}`);
    done();
  }, 10);
});

test('synchronous write error', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { cb(new Error('wfail')); } });
  record(log, 'w', w, ['finish', 'close', 'error', 'drain']);
  log.push(`write ${w.write('a', (err) => log.push(`cb ${show(err)}`))}`);
  log.push(`write ${w.write('b', (err) => log.push(`cb2 ${show(err)}`))}`);
  setTimeout(done, 5);
});

test('write after end', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  record(log, 'w', w, ['finish', 'close', 'error']);
  w.end();
  log.push(`write ${w.write('x', (err) => log.push(`cb ${show(err)}`))}`);
  w.end((err) => log.push(`end cb ${show(err)}`));
  setTimeout(done, 5);
});

test('errors without autoDestroy', (log, done) => {
  const w = new Writable({ autoDestroy: false, write(chunk, encoding, cb) { cb(new Error('x')); } });
  record(log, 'w', w, ['finish', 'close', 'error']);
  w.write('a');
  w.write('b', (err) => log.push(`cb b ${show(err)}`));
  setTimeout(() => {
    log.push(`destroyed ${w.destroyed}`);
    w.end((err) => log.push(`end cb ${show(err)}`));
    setTimeout(done, 5);
  }, 5);
});

test('end() called repeatedly', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  record(log, 'w', w, ['finish', 'close', 'error']);
  w.end('a', (err) => log.push(`cb1 ${show(err)}`));
  w.end((err) => log.push(`cb2 ${show(err)}`));
  setTimeout(() => {
    w.end((err) => log.push(`cb3 ${show(err)}`));
    setTimeout(done, 3);
  }, 3);
});

test('same callback in one tick is batched', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  const cb = () => log.push(`cb len ${w.writableLength}`);
  for (let i = 0; i < 3; i++) w.write('x', cb);
  log.push(`tick info ${w._writableState.afterWriteTickInfo.count}`);
  setTimeout(done, 2);
});

test('encodings: decodeStrings, defaultEncoding, object mode', (log, done) => {
  const seen = (name) => (chunk, encoding, cb) => {
    log.push(`${name} ${show(chunk)} ${encoding}`);
    cb();
  };
  const w = new Writable({ write: seen('bytes') });
  w.write('aGk=', 'base64');
  w.write(new Uint8Array([0x41]), 'hex');
  w.setDefaultEncoding('LATIN1');
  log.push(`default ${w._writableState.defaultEncoding}`);
  w.write('\u00e9');
  const s = new Writable({ decodeStrings: false, write: seen('strings') });
  s.write('abc');
  s.write('616263', 'hex');
  s.write('x', null);
  const o = new Writable({ objectMode: true, write: seen('objects') });
  o.write('a');
  o.write('b', 'hex');
  o.write({}, () => {});
  o.write('c', 'bogus');
  setTimeout(done, 2);
});

test('drain and writableNeedDrain', (log, done) => {
  const w = new Writable({ highWaterMark: 2, write(chunk, encoding, cb) { setTimeout(cb, 1); } });
  log.push(`write ${w.write('ab')} needDrain ${w.writableNeedDrain}`);
  w.on('drain', () => {
    log.push(`drain ${w.writableNeedDrain} ${w.writableLength}`);
    done();
  });
});

test('object mode counts objects', (log, done) => {
  const w = new Writable({
    objectMode: true,
    highWaterMark: 2,
    write(chunk, encoding, cb) {
      log.push(`_write ${typeof chunk}`);
      cb();
    },
  });
  log.push(`${w.write({})} ${w.write(5)} ${w.write('s')}`);
  done();
});

test('properties over the lifetime', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { setTimeout(cb, 1); } });
  log.push([w.writable, w.writableEnded, w.writableFinished, w.writableNeedDrain, w.writableLength,
            w.writableHighWaterMark, w.writableObjectMode, w.writableCorked, w.writableAborted,
            w.destroyed, w.closed, w.errored].join());
  w.write('abc');
  w.end();
  log.push([w.writable, w.writableEnded, w.writableFinished, w.writableLength].join());
  w.on('finish', () => log.push(`finish ${[w.writable, w.writableFinished, w.closed].join()}`));
  w.on('close', () => {
    log.push(`close ${[w.destroyed, w.closed, w.writableAborted].join()}`);
    done();
  });
});

test('construct delays writes and final', (log, done) => {
  const w = new Writable({
    construct(cb) {
      log.push('construct');
      setTimeout(cb, 2);
    },
    write(chunk, encoding, cb) {
      log.push(`_write ${show(chunk)}`);
      cb();
    },
    final(cb) {
      log.push('_final');
      cb();
    },
  });
  record(log, 'w', w, ['finish', 'close']);
  w.write('a');
  w.end('b');
  log.push('after end');
  setTimeout(done, 10);
});

test('emitClose false', (log, done) => {
  const w = new Writable({ emitClose: false, write(chunk, encoding, cb) { cb(); } });
  record(log, 'w', w, ['close', 'finish']);
  w.end();
  setTimeout(() => {
    log.push(`${w.destroyed} ${w.closed}`);
    done();
  }, 5);
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
