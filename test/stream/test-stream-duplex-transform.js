'use strict';
// Duplex (allowHalfOpen, readable/writable options), Transform/PassThrough and duplexPair.
const assert = require('assert');
const { Duplex, Transform, PassThrough, duplexPair } = require('stream');
const { Buffer } = require('buffer');

const EXPECTED = {
  'allowHalfOpen false ends the writable side': ['d:data <a>', 'd:end', 'd:prefinish', 'd:finish', 'd:close'],
  'half open duplex closes after both sides': [
    'd:end', 'writable true readable false destroyed false', 'd:finish', 'd:close',
  ],
  'readable/writable false options': ['true false true true', 'false true true', 'w:finish', 'w:close'],
  'duplex object modes and highWaterMarks per side': ['true false 16 5', '7 7'],
  'transform with flush': [
    '_transform <a>', 't:data <A>', '_transform <b>', 't:data <B>', '_transform <c>', 't:data <C>',
    '_flush', 't:data <END>', 't:prefinish', 't:end', 't:finish', 't:close',
  ],
  'transform backpressure': [
    'write 0 false', 'write 1 false', 'write 2 false', 'write 3 false', 'write 4 false',
    'readable 2 writable 10', 'read <xyxy>', 'readable 2 writable 6', 't:finish', 't:end',
  ],
  'transform errors': [
    't3 throws ERR_METHOD_NOT_IMPLEMENTED The _transform() method is not implemented', 'write cb te',
    't2:error fe', 't2:close', 't:error te', 't:close',
  ],
  'object mode transform forwards falsy values': ['data 0', 'data false', 'data ""', 'data "x"', 'end'],
  'passthrough': ['p:data <a>', 'p:data <b>', 'true true', 'p:end', 'p:finish', 'p:close'],
  'duplexPair connects two sides': [
    'a write cb', 'b:data <x>', 'b:end', 'a:finish', 'a:end', 'b:finish', 'a:close', 'b:close',
  ],
  'duplexPair in object mode': ['{"x":1}', '"back"'],
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
test('allowHalfOpen false ends the writable side', (log, done) => {
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(chunk, encoding, cb) {
      log.push(`_write ${show(chunk)}`);
      cb();
    },
  });
  record(log, 'd', d, ['end', 'finish', 'close', 'prefinish', 'data']);
  d.push('a');
  d.push(null);
  setTimeout(done, 10);
});

test('half open duplex closes after both sides', (log, done) => {
  const d = new Duplex({ read() {}, write(chunk, encoding, cb) { cb(); } });
  record(log, 'd', d, ['end', 'finish', 'close', 'data']);
  d.push(null);
  d.resume();
  setTimeout(() => {
    log.push(`writable ${d.writable} readable ${d.readable} destroyed ${d.destroyed}`);
    d.end();
    setTimeout(done, 5);
  }, 5);
});

test('readable/writable false options', (log, done) => {
  const r = new Duplex({ writable: false, read() {} });
  log.push(`${r.readable} ${r.writable} ${r.writableEnded} ${r.writableFinished}`);
  const w = new Duplex({ readable: false, write(chunk, encoding, cb) { cb(); } });
  log.push(`${w.readable} ${w.writable} ${w.readableEnded}`);
  record(log, 'w', w, ['finish', 'close', 'end']);
  w.end('x');
  setTimeout(done, 5);
});

test('duplex object modes and highWaterMarks per side', (log, done) => {
  const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 5 });
  log.push(`${d.readableObjectMode} ${d.writableObjectMode} ${d.readableHighWaterMark} ${d.writableHighWaterMark}`);
  const e = new Duplex({ highWaterMark: 7, readableHighWaterMark: 3 });
  log.push(`${e.readableHighWaterMark} ${e.writableHighWaterMark}`);
  done();
});

test('transform with flush', (log, done) => {
  const t = new Transform({
    transform(chunk, encoding, cb) {
      log.push(`_transform ${show(chunk)}`);
      cb(null, chunk.toString().toUpperCase());
    },
    flush(cb) {
      log.push('_flush');
      cb(null, 'END');
    },
  });
  record(log, 't', t, ['data', 'end', 'finish', 'close', 'prefinish']);
  t.write('a');
  t.write('b');
  t.end('c');
  setTimeout(done, 10);
});

test('transform backpressure', (log, done) => {
  const t = new Transform({ highWaterMark: 2, transform(chunk, encoding, cb) { cb(null, chunk); } });
  for (let i = 0; i < 5; i++) log.push(`write ${i} ${t.write('xy')}`);
  log.push(`readable ${t.readableLength} writable ${t.writableLength}`);
  record(log, 't', t, ['drain', 'finish', 'end']);
  setTimeout(() => {
    log.push(`read ${show(t.read())}`);
    setTimeout(() => {
      log.push(`readable ${t.readableLength} writable ${t.writableLength}`);
      t.resume();
      t.end();
      setTimeout(done, 5);
    }, 2);
  }, 2);
});

test('transform errors', (log, done) => {
  const t = new Transform({ transform(chunk, encoding, cb) { cb(new Error('te')); } });
  record(log, 't', t, ['error', 'close', 'finish', 'end']);
  t.write('a', (err) => log.push(`write cb ${show(err)}`));
  const t2 = new Transform({
    transform(chunk, encoding, cb) { cb(null, chunk); },
    flush(cb) { cb(new Error('fe')); },
  });
  record(log, 't2', t2, ['error', 'close', 'finish', 'end', 'prefinish']);
  t2.resume();
  t2.end('x');
  const t3 = new Transform();
  try {
    t3.write('x');
  } catch (err) {
    log.push(`t3 throws ${err.code} ${err.message}`);
  }
  setTimeout(done, 5);
});

test('object mode transform forwards falsy values', (log, done) => {
  const t = new Transform({ objectMode: true, transform(chunk, encoding, cb) { cb(null, chunk); } });
  t.on('data', (d) => log.push(`data ${show(d)}`));
  t.on('end', () => {
    log.push('end');
    done();
  });
  for (const v of [0, false, '', 'x']) t.write(v);
  t.end();
});

test('passthrough', (log, done) => {
  const p = new PassThrough();
  record(log, 'p', p, ['data', 'end', 'finish', 'close']);
  p.write('a');
  p.end('b');
  log.push(`${p instanceof Transform} ${p instanceof Duplex}`);
  setTimeout(done, 5);
});

test('duplexPair connects two sides', (log, done) => {
  const [a, b] = duplexPair();
  record(log, 'b', b, ['data', 'end', 'finish', 'close']);
  record(log, 'a', a, ['finish', 'close', 'end']);
  a.write('x', () => log.push('a write cb'));
  a.end();
  setTimeout(() => {
    b.end();
    a.resume();
    setTimeout(done, 5);
  }, 5);
});

test('duplexPair in object mode', (log, done) => {
  const [a, b] = duplexPair({ objectMode: true });
  a.write({ x: 1 });
  log.push(JSON.stringify(b.read()));
  b.write('back');
  log.push(show(a.read()));
  done();
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
