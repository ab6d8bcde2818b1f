'use strict';
// Readable: paused/flowing modes, read(n) and highWaterMark, push/unshift, setEncoding, event order.
const assert = require('assert');
const { Readable } = require('stream');
const { Buffer } = require('buffer');

const EXPECTED = {
  'paused mode read(n) in readable handler': [
    'push true false len 6', '_read 4', 'read <abc>', 'read <def>', 'needReadable true len 0',
    'read <gh>', 'needReadable false len 0', 'needReadable false len 0', 'r:end', 'r:close',
  ],
  'flowing mode with synchronous _read': [
    '_read 0', 'r:resume', '_read 1', 'r:data <x0>', '_read 2', 'r:data <x1>', '_read 3',
    'r:data <x2>', 'r:end', 'r:close',
  ],
  'readable and data listeners with asynchronous pushes': [
    '_read', 'readable 2', '_read', 'r:data <y0>', 'readable 2', '_read', 'r:data <y1>', 'readable 2',
    '_read', 'r:data <y2>', 'readable 0', 'r:end', 'r:close',
  ],
  'read(0), highWaterMark growth and read past the end': [
    '_read 3', 'read0 null', 'read0 null hwm 3', '_read 16', 'read10 null hwm 16', 'read10 <abcde>',
    'r:readable', 'r:readable', 'r:end', 'r:close',
  ],
  'read sizes across chunks': [
    '<ab>', '<cdef>', 'null', 'len 3', '<gh>', '<i>', 'null',
    'ERR_OUT_OF_RANGE The value of "size" is out of range. It must be <= 1GiB. Received 2147483648',
  ],
  'unshift puts data back in front': ['got <he>', 'len 5', 'data <he>', 'data <llo>', 'r:end', 'r:close'],
  'setEncoding decodes split characters and queued data': ['len 2 enc utf8', 'data "€A"', 'r:end'],
  'setEncoding hex with unshift in another encoding': ['"7a7aff6162"', '"5a"'],
  'readable listener switches to paused mode, data listener alongside': [
    'readable 2', 'data <ab>', 'r:end', 'r:close', 'flowing false',
  ],
  'removing the readable listener lets data flow': [
    'readable', 'flowing false', 'flowing false', 'data <a>', 'data <b>', 'flowing true',
  ],
  'resume() while a readable listener exists': [
    'flowing false paused true', 'readable 1', 'flowing null', 'data <a>',
  ],
  'pause and resume': [
    'r:pause', 'paused true', 'flowing true', 'r:pause', 'r:resume', 'r:data <a>', 'r:data <b>',
    'r:resume', 'r:end',
  ],
  'highWaterMark 0 with readable': ['_read', 'r:data <z>', 'read <z>'],
  'push return values': ['bytes true,false,false,false', 'objects true,false,false', 'zero false,false'],
  'object mode keeps falsy values': [
    'len 4', 'data 0 number', 'data false boolean', 'data "" string', 'data undefined undefined',
    'end',
  ],
  'typed arrays are pushed as Buffers': ['len 3', 'true 3'],
  'state properties over the lifetime': [
    'true,false,false,false,,false,false,', 'true,true,false,false,,false,false,',
    'end false,true,false,true,,false,false,', 'close false,true,false,true,,true,true,',
  ],
  'wrap() adopts an old-style stream': ['old pause', 'old pause', 'data <a>', 'data <b>', 'end'],
};

function show(v) {
  if (v === null) return 'null';
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

test('paused mode read(n) in readable handler', (log, done) => {
  const r = new Readable({ highWaterMark: 4, read(n) { log.push(`_read ${n}`); } });
  record(log, 'r', r, ['end', 'close', 'pause', 'resume']);
  log.push(`push ${r.push('ab')} ${r.push('cdef')} len ${r.readableLength}`);
  r.on('readable', () => {
    let chunk;
    while ((chunk = r.read(3)) !== null) log.push(`read ${show(chunk)}`);
    log.push(`needReadable ${r._readableState.needReadable} len ${r.readableLength}`);
  });
  setTimeout(() => {
    r.push('gh');
    r.push(null);
    setTimeout(done, 5);
  }, 2);
});

test('flowing mode with synchronous _read', (log, done) => {
  let i = 0;
  const r = new Readable({
    read() {
      log.push(`_read ${i}`);
      this.push(i < 3 ? `x${i++}` : null);
    },
  });
  record(log, 'r', r, ['data', 'end', 'close', 'pause', 'resume']);
  setTimeout(done, 10);
});

test('readable and data listeners with asynchronous pushes', (log, done) => {
  let i = 0;
  const r = new Readable({
    highWaterMark: 2,
    read() {
      log.push('_read');
      setTimeout(() => this.push(i < 3 ? `y${i++}` : null), 1);
    },
  });
  record(log, 'r', r, ['data', 'end', 'close']);
  r.on('readable', () => {
    log.push(`readable ${r.readableLength}`);
    while (r.read() !== null);
  });
  r.on('close', () => setImmediate(done));
});

test('read(0), highWaterMark growth and read past the end', (log, done) => {
  const r = new Readable({ highWaterMark: 3, read(n) { log.push(`_read ${n}`); } });
  log.push(`read0 ${show(r.read(0))}`);
  r.push('abcd');
  log.push(`read0 ${show(r.read(0))} hwm ${r.readableHighWaterMark}`);
  log.push(`read10 ${show(r.read(10))} hwm ${r.readableHighWaterMark}`);
  r.push('e');
  r.push(null);
  log.push(`read10 ${show(r.read(10))}`);
  record(log, 'r', r, ['end', 'close', 'readable']);
  setTimeout(done, 5);
});

test('read sizes across chunks', (log, done) => {
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push('defg');
  r.push('hi');
  log.push(show(r.read(2)), show(r.read(4)), show(r.read(5)), `len ${r.readableLength}`);
  log.push(show(r.read('2')), show(r.read()), show(r.read()));
  try {
    r.read(2 ** 31);
  } catch (err) {
    log.push(`${err.code} ${err.message}`);
  }
  done();
});

test('unshift puts data back in front', (log, done) => {
  const r = new Readable({ read() {} });
  r.push('hello');
  r.push(null);
  r.once('readable', () => {
    const chunk = r.read(2);
    log.push(`got ${show(chunk)}`);
    r.unshift(chunk);
    log.push(`len ${r.readableLength}`);
    r.on('data', (d) => log.push(`data ${show(d)}`));
  });
  record(log, 'r', r, ['end', 'close']);
  r.on('error', (err) => log.push(`error ${err.code}`));
  setTimeout(() => {
    r.unshift('z');
    setTimeout(done, 5);
  }, 5);
});

test('setEncoding decodes split characters and queued data', (log, done) => {
  const r = new Readable({ read() {} });
  r.push(Buffer.from([0xe2, 0x82]));
  r.setEncoding('utf8');
  r.push(Buffer.from([0xac, 0x41]));
  r.push(null);
  log.push(`len ${r.readableLength} enc ${r.readableEncoding}`);
  r.on('data', (d) => log.push(`data ${show(d)}`));
  record(log, 'r', r, ['end']);
  setTimeout(done, 5);
});

test('setEncoding hex with unshift in another encoding', (log, done) => {
  const r = new Readable({ read() {} });
  r.setEncoding('hex');
  r.push(Buffer.from('ab'));
  r.unshift('ff', 'hex');
  r.unshift('zz');
  log.push(show(r.read()));
  r.push('Z', 'latin1');
  log.push(show(r.read()));
  done();
});

test('readable listener switches to paused mode, data listener alongside', (log, done) => {
  const r = new Readable({ read() {} });
  r.on('readable', () => {
    log.push(`readable ${r.readableLength}`);
    r.read();
  });
  r.on('data', (d) => log.push(`data ${show(d)}`));
  r.push('a');
  r.push('b');
  r.push(null);
  record(log, 'r', r, ['end', 'close']);
  setTimeout(() => {
    log.push(`flowing ${r.readableFlowing}`);
    done();
  }, 5);
});

test('removing the readable listener lets data flow', (log, done) => {
  const r = new Readable({ read() {} });
  const onReadable = () => log.push('readable');
  r.on('readable', onReadable);
  r.on('data', (d) => log.push(`data ${show(d)}`));
  r.push('a');
  setTimeout(() => {
    log.push(`flowing ${r.readableFlowing}`);
    r.removeListener('readable', onReadable);
    log.push(`flowing ${r.readableFlowing}`);
    r.push('b');
    setTimeout(() => {
      log.push(`flowing ${r.readableFlowing}`);
      r.push(null);
      setTimeout(done, 3);
    }, 2);
  }, 2);
});

test('resume() while a readable listener exists', (log, done) => {
  const r = new Readable({ read() {} });
  r.on('readable', () => log.push(`readable ${r.readableLength}`));
  r.resume();
  log.push(`flowing ${r.readableFlowing} paused ${r.isPaused()}`);
  r.push('a');
  setTimeout(() => {
    r.removeAllListeners('readable');
    setTimeout(() => {
      log.push(`flowing ${r.readableFlowing}`);
      r.on('data', (d) => log.push(`data ${show(d)}`));
      setTimeout(done, 3);
    }, 2);
  }, 2);
});

test('pause and resume', (log, done) => {
  const r = new Readable({ read() {} });
  record(log, 'r', r, ['data', 'pause', 'resume', 'end']);
  r.push('a');
  r.pause();
  log.push(`paused ${r.isPaused()}`);
  r.resume();
  log.push(`flowing ${r.readableFlowing}`);
  r.pause();
  r.push('b');
  setTimeout(() => {
    r.resume();
    r.push(null);
    setTimeout(done, 5);
  }, 5);
});

test('highWaterMark 0 with readable', (log, done) => {
  let i = 0;
  const r = new Readable({
    highWaterMark: 0,
    read() {
      log.push('_read');
      setTimeout(() => this.push(i++ < 2 ? 'z' : null), 1);
    },
  });
  record(log, 'r', r, ['end', 'data']);
  r.on('readable', () => log.push(`read ${show(r.read())}`));
  setTimeout(done, 20);
});

test('push return values', (log, done) => {
  const r = new Readable({ highWaterMark: 3, read() {} });
  log.push(`bytes ${[r.push('a'), r.push('bb'), r.push('c'), r.push('')]}`);
  const o = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  log.push(`objects ${[o.push(1), o.push(2), o.push(3)]}`);
  const z = new Readable({ highWaterMark: 0, read() {} });
  log.push(`zero ${[z.push('a'), z.push('b')]}`);
  done();
});

test('object mode keeps falsy values', (log, done) => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push(0);
  r.push(false);
  r.push('');
  r.push(undefined);
  log.push(`len ${r.readableLength}`);
  r.push(null);
  r.on('data', (d) => log.push(`data ${show(d)} ${typeof d}`));
  r.on('end', () => log.push('end'));
  setTimeout(done, 5);
});

test('typed arrays are pushed as Buffers', (log, done) => {
  const r = new Readable({ read() {} });
  r.push(new Uint16Array([0x4142]));
  r.push(new DataView(new ArrayBuffer(1)));
  log.push(`len ${r.readableLength}`);
  const chunk = r.read();
  log.push(`${Buffer.isBuffer(chunk)} ${chunk.length}`);
  done();
});

test('state properties over the lifetime', (log, done) => {
  const r = new Readable({ read() {} });
  const props = () => [r.readable, r.readableDidRead, r.readableAborted, r.readableEnded,
                       r.readableFlowing, r.destroyed, r.closed, r.errored].join();
  log.push(props());
  r.push('x');
  r.read();
  log.push(props());
  r.push(null);
  r.read();
  r.on('end', () => log.push(`end ${props()}`));
  r.on('close', () => {
    log.push(`close ${props()}`);
    done();
  });
});

test('wrap() adopts an old-style stream', (log, done) => {
  const EventEmitter = require('events');
  const old = new EventEmitter();
  old.pause = () => log.push('old pause');
  old.resume = () => log.push('old resume');
  const r = new Readable({ highWaterMark: 1 }).wrap(old);
  r.on('data', (d) => log.push(`data ${show(d)}`));
  r.on('end', () => log.push('end'));
  old.emit('data', Buffer.from('a'));
  old.emit('data', Buffer.from('b'));
  old.emit('end');
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
