'use strict';
// The `stream` module surface: exports, legacy aliases, class relationships, highWaterMark settings,
// option validation errors, stream/promises and stream/consumers.
const assert = require('assert');
const util = require('util');
const stream = require('stream');
const { Buffer } = require('buffer');
const { Stream, Readable, Writable, Duplex, Transform, PassThrough } = stream;

const EXPECTED = {
  'exports': [
    'isDestroyed,isDisturbed,isErrored,isReadable,isWritable,Readable,Writable,Duplex,Transform,PassThrough,duplexPair,pipeline,addAbortSignal,finished,destroy,compose,setDefaultHighWaterMark,getDefaultHighWaterMark,promises,Stream,_isArrayBufferView,_isUint8Array,_uint8ArrayToBuffer',
    'function true Stream true', 'ReadableState,_fromList,from,length,name,prototype,wrap',
    'WritableState,length,name,prototype', 'from,length,name,prototype', 'finished,pipeline',
    'arrayBuffer,blob,buffer,text,json', 'true true true', 'true true false', 'true true',
  ],
  'legacy module aliases': ['true,true,true,true,true'],
  'class relationships': [
    'true,true,true,true,false,true,true', 'false true',
    'Readable,Writable,Duplex,Transform,PassThrough', 'close,error,data,end,readable',
    'close,error,prefinish,finish,drain', 'close,error,prefinish,finish,drain,data,end,readable',
  ],
  'legacy Stream class': ['true function 1'],
  'highWaterMark defaults, options and validation': [
    '16384 16', '16384 16', '0 16384', '16384 16384',
    'ERR_INVALID_ARG_VALUE The property \'options.highWaterMark\' is invalid. Received -1',
    'ERR_INVALID_ARG_VALUE The property \'options.highWaterMark\' is invalid. Received 1.5',
    'ERR_INVALID_ARG_VALUE The property \'options.highWaterMark\' is invalid. Received \'x\'',
    'ERR_INVALID_ARG_VALUE The property \'options.readableHighWaterMark\' is invalid. Received -1',
    'ERR_INVALID_ARG_VALUE The property \'options.writableHighWaterMark\' is invalid. Received NaN',
    'ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
    'ERR_INVALID_ARG_TYPE The "value" argument must be of type number. Received type string (\'x\')',
    '5 3',
  ],
  'encoding options are validated': [
    'TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus',
    'TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus',
    'TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus',
    'TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus',
    'TypeError ERR_UNKNOWN_ENCODING Unknown encoding: bogus',
    'TypeError ERR_STREAM_NULL_VALUES May not write null values to stream',
    'TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
    'TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received undefined',
    'HEX', 'hex', 'HEX hex',
  ],
  'readable chunk validation errors': [
    'ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (5)',
    'ERR_STREAM_PUSH_AFTER_EOF stream.push() after EOF',
    'ERR_METHOD_NOT_IMPLEMENTED The _read() method is not implemented',
  ],
  'stream predicates': [
    'false,false,true,false,', 'true,false,true,false,', 'true,true,false,true,', 'true null null',
  ],
  'stream/consumers': ['a€', 'true ab', '{"a":1}', '2 ""', 'true 2', 'stream is not async iterable'],
};

const cases = [];
function test(name, fn) {
  cases.push([name, fn]);
}

test('exports', (log, done) => {
  log.push(Object.keys(stream).join());
  log.push(`${typeof stream} ${stream === Stream} ${stream.name} ${stream.Stream === Stream}`);
  // The web stream adapters (toWeb/fromWeb) live with the web streams implementation.
  const statics = (C) => Object.getOwnPropertyNames(C).filter((n) => !n.endsWith('Web')).sort().join();
  log.push(statics(Readable), statics(Writable), statics(Duplex));
  log.push(Object.keys(require('stream/promises')).join());
  log.push(Object.keys(require('stream/consumers')).join());
  log.push(`${stream.promises === require('stream/promises')} ${util.promisify(stream.pipeline) === stream.promises.pipeline} ${util.promisify(stream.finished) === stream.promises.finished}`);
  log.push(`${stream._isUint8Array(new Uint8Array(1))} ${stream._isUint8Array(Buffer.alloc(1))} ${stream._isUint8Array([])}`);
  log.push(`${stream._isArrayBufferView(new DataView(new ArrayBuffer(1)))} ${Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array([1])))}`);
  done();
});

test('legacy module aliases', (log, done) => {
  log.push([
    require('_stream_readable') === Readable,
    require('_stream_writable') === Writable,
    require('_stream_duplex') === Duplex,
    require('_stream_transform') === Transform,
    require('_stream_passthrough') === PassThrough,
  ].join());
  done();
});

test('class relationships', (log, done) => {
  const d = new Duplex();
  const t = new Transform();
  log.push([d instanceof Readable, d instanceof Writable, t instanceof Writable, new PassThrough() instanceof Transform,
            new Readable() instanceof Writable, new Writable() instanceof Stream, new Readable() instanceof require('events')].join());
  class MyWritable extends Writable {}
  log.push(`${d instanceof MyWritable} ${new MyWritable() instanceof Writable}`);
  log.push([Readable(), Writable(), Duplex(), Transform(), PassThrough()].map((s) => s.constructor.name).join());
  log.push(Object.keys(new Readable()._events).join());
  log.push(Object.keys(new Writable()._events).join());
  log.push(Object.keys(new Duplex()._events).join());
  done();
});

test('legacy Stream class', (log, done) => {
  const s = new Stream();
  log.push(`${s instanceof require('events')} ${typeof s.pipe} ${Stream.length}`);
  done();
});

test('highWaterMark defaults, options and validation', (log, done) => {
  log.push(`${stream.getDefaultHighWaterMark(false)} ${stream.getDefaultHighWaterMark(true)}`);
  log.push(`${new Readable().readableHighWaterMark} ${new Readable({ objectMode: true }).readableHighWaterMark}`);
  log.push(`${new Readable({ highWaterMark: 0 }).readableHighWaterMark} ${new Readable({ highWaterMark: null }).readableHighWaterMark}`);
  log.push(`${new Readable({ readableHighWaterMark: 3 }).readableHighWaterMark} ${new Writable({ writableHighWaterMark: 3 }).writableHighWaterMark}`);
  for (const make of [
    () => new Readable({ highWaterMark: -1 }),
    () => new Readable({ highWaterMark: 1.5 }),
    () => new Writable({ highWaterMark: 'x' }),
    () => new Duplex({ highWaterMark: -1 }),
    () => new Duplex({ writableHighWaterMark: NaN }),
    () => stream.setDefaultHighWaterMark(false, -1),
    () => stream.setDefaultHighWaterMark(false, 'x'),
  ]) {
    try {
      make();
      log.push('no throw');
    } catch (err) {
      log.push(`${err.code} ${err.message}`);
    }
  }
  stream.setDefaultHighWaterMark(false, 5);
  stream.setDefaultHighWaterMark(true, 3);
  log.push(`${new Readable().readableHighWaterMark} ${new Writable({ objectMode: true }).writableHighWaterMark}`);
  stream.setDefaultHighWaterMark(false, 16384);
  stream.setDefaultHighWaterMark(true, 16);
  done();
});

test('encoding options are validated', (log, done) => {
  for (const make of [
    () => new Readable({ defaultEncoding: 'bogus' }),
    () => new Writable({ defaultEncoding: 'bogus' }),
    () => new Readable({ encoding: 'bogus' }),
    () => new Writable().setDefaultEncoding('bogus'),
    () => new Writable({ write(c, e, cb) { cb(); } }).write('x', 'bogus'),
    () => new Writable({ write(c, e, cb) { cb(); } }).write(null),
    () => new Writable({ write(c, e, cb) { cb(); } }).write(5),
    () => new Writable({ write(c, e, cb) { cb(); } }).write(),
  ]) {
    try {
      make();
      log.push('no throw');
    } catch (err) {
      log.push(`${err.name} ${err.code} ${err.message}`);
    }
  }
  log.push(new Writable({ defaultEncoding: 'HEX' })._writableState.defaultEncoding);
  log.push(new Writable().setDefaultEncoding('HEX')._writableState.defaultEncoding);
  const r = new Readable({ encoding: 'HEX', read() {} });
  log.push(`${r.readableEncoding} ${r._readableState.decoder.encoding}`);
  done();
});

test('readable chunk validation errors', (log, done) => {
  const r = new Readable({ read() {} });
  r.on('error', (err) => {
    log.push(`${err.code} ${err.message}`);
    r2.push('x');
  });
  r.push(5);
  const r2 = new Readable({ read() {} });
  r2.on('error', (err) => {
    log.push(`${err.code} ${err.message}`);
    r3.read();
  });
  r2.push(null);
  const r3 = new Readable();
  r3.on('error', (err) => {
    log.push(`${err.code} ${err.message}`);
    done();
  });
});

test('stream predicates', (log, done) => {
  const r = new Readable({ read() {} });
  const state = () => [stream.isDisturbed(r), stream.isErrored(r), stream.isReadable(r), stream.isDestroyed(r),
                       stream.isWritable(r)].join();
  log.push(state());
  r.push('a');
  r.read();
  log.push(state());
  r.on('error', () => {});
  r.destroy(new Error('e'));
  setTimeout(() => {
    log.push(state());
    const w = new Writable();
    log.push(`${stream.isWritable(w)} ${stream.isReadable(w)} ${stream.isReadable({})}`);
    done();
  }, 2);
});

test('stream/consumers', (log, done) => {
  const consumers = require('stream/consumers');
  (async () => {
    log.push(await consumers.text(Readable.from(['a', Buffer.from([0xe2, 0x82]), Buffer.from([0xac])])));
    const buf = await consumers.buffer(Readable.from(['a', 'b']));
    log.push(`${Buffer.isBuffer(buf)} ${buf.toString()}`);
    log.push(JSON.stringify(await consumers.json(Readable.from(['{"a":', '1}']))));
    const blob = await consumers.blob(Readable.from(['ab']));
    log.push(`${blob.size} ${JSON.stringify(blob.type)}`);
    const ab = await consumers.arrayBuffer(Readable.from([new Uint8Array([1, 2])]));
    log.push(`${ab instanceof ArrayBuffer} ${ab.byteLength}`);
    try {
      await consumers.text(5);
    } catch (err) {
      log.push(err.message);
    }
  })().then(done);
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
