'use strict';
// Async iteration of Readables (destroy on break/throw, destroyOnReturn) and Readable.from().
const assert = require('assert');
const { Readable } = require('stream');
const { Buffer } = require('buffer');

const EXPECTED = {
  'for await over a readable': ['chunk 1', 'chunk 2', 'chunk 3', 'r:end', 'r:close', 'loop done'],
  'break destroys the stream': ['chunk 1', 'chunk 2', 'destroyed true', 'r:error ABORT_ERR', 'r:close'],
  'errors reject the loop': ['caught it err', 'caught late', 'caught ERR_STREAM_PREMATURE_CLOSE'],
  'throwing in the loop body destroys with that error': [
    'caught body a', 'error event ABORT_ERR', 'close', 'destroyed true errored ABORT_ERR',
  ],
  'iterator({ destroyOnReturn: false })': ['chunk 1', 'destroyed false next 2', 'ERR_INVALID_ARG_TYPE'],
  'manual next() calls': [
    '{"value":"a","done":false}', '{"done":true}', '{"done":true}', 'stream property true',
  ],
  'Readable.from arrays, promises, generators and strings': [
    '[1,2,3]', '["a","b"]', 'true 16 ["whole string"]', 'false 1',
  ],
  'Readable.from pulls sync iterables synchronously': ['read 0 pulled 1 length 0'],
  'Readable.from rejects null values and bad input': [
    'ERR_INVALID_ARG_TYPE The "iterable" argument must be an instance of Iterable. Received type number (5)',
    'data 1', 'error ERR_STREAM_NULL_VALUES May not write null values to stream',
  ],
  'Readable.from closes the iterator on destroy': ['data 1', 'generator finally', 'close'],
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
test('for await over a readable', (log, done) => {
  (async () => {
    const r = new Readable({ objectMode: true, read() {} });
    r.push(1);
    r.push(2);
    setTimeout(() => {
      r.push(3);
      r.push(null);
    }, 1);
    record(log, 'r', r, ['end', 'close']);
    for await (const x of r) log.push(`chunk ${x}`);
    log.push('loop done');
  })().then(done);
});

test('break destroys the stream', (log, done) => {
  (async () => {
    const r = Readable.from([1, 2, 3, 4]);
    record(log, 'r', r, ['close', 'error']);
    for await (const x of r) {
      log.push(`chunk ${x}`);
      if (x === 2) break;
    }
    log.push(`destroyed ${r.destroyed}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  })().then(done);
});

test('errors reject the loop', (log, done) => {
  (async () => {
    const r = new Readable({ read() { this.destroy(new Error('it err')); } });
    try {
      for await (const x of r) log.push(x);
    } catch (err) {
      log.push(`caught ${show(err)}`);
    }
    const late = new Readable({ read() {} });
    setTimeout(() => late.destroy(new Error('late')), 2);
    try {
      for await (const x of late) log.push(x);
    } catch (err) {
      log.push(`caught ${show(err)}`);
    }
    const silent = new Readable({ read() {} });
    setTimeout(() => silent.destroy(), 2);
    try {
      for await (const x of silent) log.push(x);
      log.push('no error');
    } catch (err) {
      log.push(`caught ${show(err)}`);
    }
  })().then(done);
});

test('throwing in the loop body destroys with that error', (log, done) => {
  (async () => {
    const r = Readable.from(['a', 'b']);
    r.on('error', (err) => log.push(`error event ${show(err)}`));
    r.on('close', () => log.push('close'));
    try {
      for await (const x of r) throw new Error(`body ${x}`);
    } catch (err) {
      log.push(`caught ${show(err)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
    log.push(`destroyed ${r.destroyed} errored ${show(r.errored)}`);
  })().then(done);
});

test('iterator({ destroyOnReturn: false })', (log, done) => {
  (async () => {
    const r = Readable.from([1, 2, 3]);
    for await (const x of r.iterator({ destroyOnReturn: false })) {
      log.push(`chunk ${x}`);
      break;
    }
    log.push(`destroyed ${r.destroyed} next ${r.read()}`);
    try {
      r.iterator(5);
    } catch (err) {
      log.push(err.code);
    }
  })().then(done);
});

test('manual next() calls', (log, done) => {
  (async () => {
    const r = new Readable({ objectMode: true, read() {} });
    r.push('a');
    const it = r[Symbol.asyncIterator]();
    log.push(JSON.stringify(await it.next()));
    const pending = it.next();
    r.push(null);
    log.push(JSON.stringify(await pending));
    log.push(JSON.stringify(await it.next()));
    log.push(`stream property ${it.stream === r}`);
  })().then(done);
});

test('Readable.from arrays, promises, generators and strings', (log, done) => {
  (async () => {
    log.push(JSON.stringify(await Readable.from([1, Promise.resolve(2), 3]).toArray()));
    log.push(JSON.stringify(await Readable.from((async function*() {
      yield 'a';
      yield 'b';
    })()).toArray()));
    const s = Readable.from('whole string');
    log.push(`${s.readableObjectMode} ${s.readableHighWaterMark} ${JSON.stringify(await s.toArray())}`);
    const b = Readable.from([1], { objectMode: false });
    log.push(`${b.readableObjectMode} ${b.readableHighWaterMark}`);
  })().then(done);
});

test('Readable.from pulls sync iterables synchronously', (log, done) => {
  let pulled = 0;
  const r = Readable.from((function*() {
    for (let i = 0; i < 5; i++) {
      pulled++;
      yield i;
    }
  })());
  log.push(`read ${r.read()} pulled ${pulled} length ${r.readableLength}`);
  done();
});

test('Readable.from rejects null values and bad input', (log, done) => {
  const r = Readable.from([1, null, 3]);
  r.on('data', (d) => log.push(`data ${d}`));
  r.on('error', (err) => {
    log.push(`error ${err.code} ${err.message}`);
    done();
  });
  try {
    Readable.from(5);
  } catch (err) {
    log.push(`${err.code} ${err.message}`);
  }
});

test('Readable.from closes the iterator on destroy', (log, done) => {
  function* gen() {
    try {
      yield 1;
      yield 2;
    } finally {
      log.push('generator finally');
    }
  }
  const r = Readable.from(gen());
  r.on('close', () => {
    log.push('close');
    done();
  });
  r.once('data', (d) => {
    log.push(`data ${d}`);
    r.destroy();
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
