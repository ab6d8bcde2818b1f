'use strict';
// compose(), Readable.prototype.compose(), Duplex.from() and addAbortSignal().
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, PassThrough, compose, addAbortSignal } = require('stream');
const { Buffer } = require('buffer');

const EXPECTED = {
  'compose a transform and an async generator': ['c:end', 'c:finish', 'c:close', '[20,30]'],
  'compose validation and errors': [
    'ERR_MISSING_ARGS The "streams" argument must be specified',
    'ERR_INVALID_ARG_VALUE The argument \'streams[0]\' must be readable.', 'c:error tf', 'c:close',
  ],
  'readable.compose()': ['[2,4,6]'],
  'Duplex.from an async generator function': ['["A","B"]'],
  'Duplex.from a promise, an iterable and a pair': [
    '["val"]', 'false ["x","y"]', 'written <q>', '["r"]', 'same duplex true', 'ERR_INVALID_ARG_TYPE',
  ],
  'Duplex.from an async function consuming the writes': ['finish a,b', 'close'],
  'addAbortSignal': [
    'ERR_INVALID_ARG_TYPE', 'ERR_INVALID_ARG_TYPE', 'error AbortError ABORT_ERR', 'close',
    'writable AbortError', 'pre-aborted AbortError true',
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
test('compose a transform and an async generator', (log, done) => {
  const c = compose(
    new Transform({ objectMode: true, transform(x, encoding, cb) { cb(null, x + 1); } }),
    async function*(source) {
      for await (const x of source) yield x * 10;
    });
  record(log, 'c', c, ['finish', 'end', 'close']);
  c.write(1);
  c.write(2);
  c.end();
  c.toArray().then((result) => {
    log.push(JSON.stringify(result));
    setTimeout(done, 3);
  });
});

test('compose validation and errors', (log, done) => {
  try {
    compose();
  } catch (err) {
    log.push(`${err.code} ${err.message}`);
  }
  try {
    compose(new Writable({ write(chunk, encoding, cb) { cb(); } }), new PassThrough());
  } catch (err) {
    log.push(`${err.code} ${err.message.split(' Received')[0]}`);
  }
  const c = compose(new PassThrough(), new Transform({ transform(chunk, encoding, cb) { cb(new Error('tf')); } }));
  record(log, 'c', c, ['error', 'close']);
  c.write('x');
  setTimeout(done, 5);
});

test('readable.compose()', (log, done) => {
  Readable.from([1, 2, 3])
    .compose(async function*(source) {
      for await (const x of source) yield x * 2;
    })
    .toArray()
    .then((result) => {
      log.push(JSON.stringify(result));
      done();
    });
});

test('Duplex.from an async generator function', (log, done) => {
  const d = Duplex.from(async function*(source) {
    for await (const x of source) yield String(x).toUpperCase();
  });
  d.write('a');
  d.end('b');
  d.toArray().then((result) => {
    log.push(JSON.stringify(result));
    done();
  });
});

test('Duplex.from a promise, an iterable and a pair', (log, done) => {
  (async () => {
    log.push(JSON.stringify(await Duplex.from(Promise.resolve('val')).toArray()));
    const fromArray = Duplex.from(['x', 'y']);
    log.push(`${fromArray.writable} ${JSON.stringify(await fromArray.toArray())}`);
    const pair = Duplex.from({
      readable: Readable.from(['r']),
      writable: new Writable({
        write(chunk, encoding, cb) {
          log.push(`written ${show(chunk)}`);
          cb();
        },
      }),
    });
    pair.end('q');
    log.push(JSON.stringify(await pair.toArray()));
    const existing = new PassThrough();
    log.push(`same duplex ${Duplex.from(existing) === existing}`);
    try {
      Duplex.from(5);
    } catch (err) {
      log.push(err.code);
    }
  })().then(done);
});

test('Duplex.from an async function consuming the writes', (log, done) => {
  const seen = [];
  const d = Duplex.from(async function(source) {
    for await (const chunk of source) seen.push(String(chunk));
  });
  d.on('finish', () => log.push(`finish ${seen.join()}`));
  d.on('close', () => {
    log.push('close');
    done();
  });
  d.write('a');
  d.end('b');
});

test('addAbortSignal', (log, done) => {
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  r.on('error', (err) => log.push(`error ${err.name} ${err.code}`));
  r.on('close', () => log.push('close'));
  ac.abort();
  const ac2 = new AbortController();
  const w = new Writable({ signal: ac2.signal, write(chunk, encoding, cb) { cb(); } });
  w.on('error', (err) => log.push(`writable ${err.name}`));
  ac2.abort();
  const r3 = new Readable({ signal: AbortSignal.abort(), read() {} });
  r3.on('error', (err) => log.push(`pre-aborted ${err.name} ${r3.destroyed}`));
  for (const args of [[5, r], [ac.signal, {}]]) {
    try {
      addAbortSignal(...args);
    } catch (err) {
      log.push(err.code);
    }
  }
  setTimeout(done, 5);
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
