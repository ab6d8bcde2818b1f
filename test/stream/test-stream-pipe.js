'use strict';
// Readable.prototype.pipe(): backpressure, unpipe, several destinations, errors; legacy Stream pipe.
const assert = require('assert');
const { Stream, Readable, Writable, PassThrough } = require('stream');
const { Buffer } = require('buffer');

const EXPECTED = {
  'pipe with backpressure': [
    'w:pipe true', 'returns dest true', 'r:resume', '_write <ab>', 'r:pause', 'w:drain', 'r:resume',
    '_write <cd>', 'r:pause', 'w:drain', 'r:resume', '_write <ef>', 'r:pause', 'r:end', 'r:close',
    'w:finish', 'w:unpipe true', 'w:close',
  ],
  'two destinations and unpipe': [
    'w1:data <abc>', 'w2:unpipe [object Object]', 'pipes 1 flowing true', 'w1:data <def>',
    'w1:data <x>', 'w2:drain', 'w1:finish', 'w1:unpipe [object Object]',
  ],
  'unpipe all pauses the source': ['pipes 0 flowing false paused true'],
  'pipe end: false': ['w:unpipe [object Object]', 'end, dest ended false'],
  'destination error unpipes': ['w unpipe', 'w error dest pipes 0', 'source flowing false destroyed false'],
  'piping from a Writable fails': ['ERR_STREAM_CANNOT_PIPE Cannot pipe, not readable'],
  'pipe into an already finished stream': [],
  'legacy Stream.prototype.pipe': [
    'pipe true', 'write a', 'write b', 'src pause', 'src resume', 'dest end', 'listeners 0 0',
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
test('pipe with backpressure', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({
    highWaterMark: 2,
    write(chunk, encoding, cb) {
      log.push(`_write ${show(chunk)}`);
      setTimeout(cb, 1);
    },
  });
  record(log, 'r', r, ['end', 'close', 'pause', 'resume']);
  record(log, 'w', w, ['drain', 'finish', 'close']);
  w.on('pipe', (src) => log.push(`w:pipe ${src === r}`));
  w.on('unpipe', (src) => log.push(`w:unpipe ${src === r}`));
  log.push(`returns dest ${r.pipe(w) === w}`);
  r.push('ab');
  r.push('cd');
  r.push('ef');
  r.push(null);
  w.on('close', () => setImmediate(done));
});

test('two destinations and unpipe', (log, done) => {
  const r = new PassThrough();
  const w1 = new PassThrough();
  const w2 = new PassThrough({ highWaterMark: 1 });
  record(log, 'w1', w1, ['unpipe', 'finish', 'data']);
  record(log, 'w2', w2, ['unpipe', 'finish', 'drain']);
  r.pipe(w1);
  r.pipe(w2);
  r.write('abc');
  r.write('def');
  setTimeout(() => {
    r.unpipe(w2);
    log.push(`pipes ${r._readableState.pipes.length} flowing ${r.readableFlowing}`);
    w2.resume();
    r.end('x');
    setTimeout(done, 5);
  }, 5);
});

test('unpipe all pauses the source', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  r.pipe(w);
  r.pipe(new PassThrough());
  setTimeout(() => {
    r.unpipe();
    log.push(`pipes ${r._readableState.pipes.length} flowing ${r.readableFlowing} paused ${r.isPaused()}`);
    done();
  }, 2);
});

test('pipe end: false', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new PassThrough();
  w.resume();
  r.pipe(w, { end: false });
  record(log, 'w', w, ['finish', 'unpipe']);
  r.on('end', () => {
    log.push(`end, dest ended ${w.writableEnded}`);
    setTimeout(done, 3);
  });
  r.push('a');
  r.push(null);
});

test('destination error unpipes', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(chunk, encoding, cb) { cb(new Error('dest')); } });
  w.on('error', (err) => log.push(`w error ${show(err)} pipes ${r._readableState.pipes.length}`));
  w.on('unpipe', () => log.push('w unpipe'));
  r.pipe(w);
  r.push('a');
  setTimeout(() => {
    log.push(`source flowing ${r.readableFlowing} destroyed ${r.destroyed}`);
    done();
  }, 5);
});

test('piping from a Writable fails', (log, done) => {
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  w.on('error', (err) => log.push(`${err.code} ${err.message}`));
  w.pipe(new PassThrough());
  setTimeout(done, 2);
});

test('pipe into an already finished stream', (log, done) => {
  const r = new Readable({ read() {} });
  const w = new Writable({ write(chunk, encoding, cb) { cb(); } });
  w.end();
  w.on('error', (err) => log.push(`w error ${err.code}`));
  w.on('finish', () => {
    r.pipe(w);
    r.push('a');
    r.push(null);
  });
  setTimeout(done, 10);
});

test('legacy Stream.prototype.pipe', (log, done) => {
  const src = new Stream();
  src.readable = true;
  const dest = new Stream();
  dest.writable = true;
  dest.write = (chunk) => {
    log.push(`write ${chunk}`);
    return chunk !== 'b';
  };
  dest.end = () => log.push('dest end');
  src.pause = () => log.push('src pause');
  src.resume = () => log.push('src resume');
  dest.on('pipe', (s) => log.push(`pipe ${s === src}`));
  src.pipe(dest);
  src.emit('data', 'a');
  src.emit('data', 'b');
  dest.emit('drain');
  src.emit('end');
  src.emit('end');
  log.push(`listeners ${src.listenerCount('data')} ${dest.listenerCount('drain')}`);
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
