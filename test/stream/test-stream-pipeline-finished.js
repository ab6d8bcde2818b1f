'use strict';
// pipeline() (callback and promise forms), stream.finished() and their error propagation.
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough, Transform, pipeline, finished } = require('stream');
const promises = require('stream/promises');
const { Buffer } = require('buffer');

const EXPECTED = {
  'pipeline of streams': [
    'returns last true', 'r:end', 'w:finish', 'w:close', 'r:close', 'cb undefined undefined a!b!c!',
  ],
  'pipeline destroys all on a destination error': [
    'w:error wboom', 'w:close', 'r:error wboom', 'r:close', 'cb wboom true true',
  ],
  'pipeline source error': ['p:error src', 'p:close', 'w:error src', 'w:close', 'cb src'],
  'pipeline premature close': ['cb ERR_STREAM_PREMATURE_CLOSE'],
  'pipeline with async generators and an async function': ['cb undefined 12'],
  'pipeline generator throws': ['cb gen'],
  'pipeline from an iterable into a writable with backpressure': ['cb undefined 1,2,3'],
  'pipeline argument errors': [
    'ERR_MISSING_ARGS The "streams" argument must be specified',
    'ERR_INVALID_ARG_TYPE The "streams[stream.length - 1]" property must be of type function. Received an instance of PassThrough',
    'ERR_INVALID_RETURN_VALUE Expected Iterable, AsyncIterable or Stream to be returned from the "source" function but got type number (5).',
    'ERR_INVALID_RETURN_VALUE Expected AsyncIterable or Promise to be returned from the "destination" function but got type number (5).',
  ],
  'promises.pipeline with AbortSignal': ['rejected AbortError true true'],
  'promises.pipeline with end: false': ['resolved undefined ended false length 1'],
  'finished on readable, writable and duplex': [
    'duplex writable side undefined', 'writable undefined', 'readable undefined', 'late undefined',
  ],
  'finished reports premature close, errors and aborts': [
    'a AbortError why', 'w ERR_STREAM_PREMATURE_CLOSE', 'e bad', 'noError error event',
    'noError ignored',
  ],
  'finished cleanup function': ['added 1', 'removed 0'],
  'promises.finished': ['rejected pe', 'ok resolved'],
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
test('pipeline of streams', (log, done) => {
  const r = Readable.from(['a', 'b', 'c']);
  const t = new Transform({ objectMode: true, transform(chunk, encoding, cb) { cb(null, chunk + '!'); } });
  const got = [];
  const w = new Writable({ objectMode: true, write(chunk, encoding, cb) { got.push(chunk); cb(); } });
  record(log, 'w', w, ['finish', 'close']);
  record(log, 'r', r, ['end', 'close']);
  const ret = pipeline(r, t, w, (err, val) => {
    log.push(`cb ${show(err)} ${val} ${got.join('')}`);
    setTimeout(done, 2);
  });
  log.push(`returns last ${ret === w}`);
});

test('pipeline destroys all on a destination error', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(chunk, encoding, cb) { cb(new Error('wboom')); } });
  record(log, 'r', r, ['close', 'error']);
  record(log, 'w', w, ['close', 'error']);
  pipeline(r, w, (err) => {
    log.push(`cb ${show(err)} ${r.destroyed} ${w.destroyed}`);
    setTimeout(done, 2);
  });
  r.push('x');
});

test('pipeline source error', (log, done) => {
  const r = new Readable({ read() { this.destroy(new Error('src')); } });
  const p = new PassThrough();
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  record(log, 'p', p, ['close', 'error']);
  record(log, 'w', w, ['close', 'error']);
  pipeline(r, p, w, (err) => {
    log.push(`cb ${show(err)}`);
    setTimeout(done, 3);
  });
});

test('pipeline premature close', (log, done) => {
  const r = new Readable({ read() {} });
  pipeline(r, new PassThrough(), (err) => {
    log.push(`cb ${show(err)}`);
    setTimeout(done, 2);
  });
  r.push('a');
  setTimeout(() => r.destroy(), 1);
});

test('pipeline with async generators and an async function', (log, done) => {
  pipeline(
    Readable.from([1, 2, 3]),
    async function*(source) {
      for await (const x of source) yield x * 2;
    },
    async function(source) {
      let sum = 0;
      for await (const x of source) sum += x;
      return sum;
    },
    (err, val) => {
      log.push(`cb ${show(err)} ${val}`);
      done();
    });
});

test('pipeline generator throws', (log, done) => {
  pipeline(
    Readable.from([1, 2, 3]),
    async function*(source) {
      for await (const x of source) {
        if (x === 2) throw new Error('gen');
        yield String(x);
      }
    },
    new PassThrough(),
    (err) => {
      log.push(`cb ${show(err)}`);
      done();
    });
});

test('pipeline from an iterable into a writable with backpressure', (log, done) => {
  const got = [];
  const w = new Writable({
    objectMode: true,
    highWaterMark: 1,
    write(chunk, encoding, cb) {
      got.push(chunk);
      setTimeout(cb, 1);
    },
  });
  pipeline([1, 2, 3], w, (err) => {
    log.push(`cb ${show(err)} ${got.join(',')}`);
    done();
  });
});

test('pipeline argument errors', (log, done) => {
  for (const args of [
    [new PassThrough(), () => {}],
    [new PassThrough(), new PassThrough()],
    [() => 5, new PassThrough(), () => {}],
    [new PassThrough(), () => 5, () => {}],
  ]) {
    try {
      pipeline(...args);
    } catch (err) {
      log.push(`${err.code} ${err.message}`);
    }
  }
  done();
});

test('promises.pipeline with AbortSignal', (log, done) => {
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  promises.pipeline(r, w, { signal: ac.signal }).catch((err) => {
    log.push(`rejected ${err.name} ${r.destroyed} ${w.destroyed}`);
    done();
  });
  ac.abort();
});

test('promises.pipeline with end: false', (log, done) => {
  const w = new PassThrough();
  promises.pipeline(Readable.from(['a']), w, { end: false }).then((v) => {
    log.push(`resolved ${v} ended ${w.writableEnded} length ${w.readableLength}`);
    done();
  });
});

test('finished on readable, writable and duplex', (log, done) => {
  const r = new Readable({ read() {} });
  finished(r, (err) => log.push(`readable ${show(err)}`));
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  finished(w, (err) => log.push(`writable ${show(err)}`));
  const d = new Duplex({ read() {}, write(chunk, encoding, cb) { cb(); } });
  finished(d, { readable: false }, (err) => log.push(`duplex writable side ${show(err)}`));
  r.push(null);
  r.resume();
  w.end();
  d.end();
  setTimeout(() => {
    finished(r, (err) => log.push(`late ${show(err)}`));
    setTimeout(done, 5);
  }, 5);
});

test('finished reports premature close, errors and aborts', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  finished(w, (err) => log.push(`w ${show(err)}`));
  w.destroy();
  const r = new Readable({ read() {}, emitClose: false });
  finished(r, (err) => log.push(`r ${show(err)}`));
  r.destroy();
  const e = new Readable({ read() {} });
  finished(e, (err) => log.push(`e ${show(err)}`));
  e.destroy(new Error('bad'));
  const noError = new Readable({ read() {} });
  finished(noError, { error: false }, (err) => log.push(`noError ${show(err)}`));
  noError.on('error', () => log.push('noError error event'));
  noError.destroy(new Error('ignored'));
  const ac = new AbortController();
  const a = new Readable({ read() {} });
  finished(a, { signal: ac.signal }, (err) => log.push(`a ${err.name} ${err.cause}`));
  ac.abort('why');
  setTimeout(done, 5);
});

test('finished cleanup function', (log, done) => {
  const r = new Readable({ read() {} });
  const before = r.listenerCount('end');
  const cleanup = finished(r, () => log.push('not called'));
  log.push(`added ${r.listenerCount('end') - before}`);
  cleanup();
  log.push(`removed ${r.listenerCount('end') - before}`);
  r.destroy();
  setTimeout(done, 3);
});

test('promises.finished', (log, done) => {
  const r = new Readable({ read() {} });
  promises.finished(r).then(() => log.push('resolved'), (err) => log.push(`rejected ${show(err)}`));
  r.on('error', () => {});
  r.destroy(new Error('pe'));
  const ok = Readable.from(['x']);
  promises.finished(ok).then(() => {
    log.push('ok resolved');
    done();
  });
  ok.resume();
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
