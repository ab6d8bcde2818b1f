'use strict';
// Readable operators: map/filter/forEach/toArray/some/find/every/flatMap/drop/take/reduce/asIndexedPairs.
const assert = require('assert');
const { Readable } = require('stream');
const { Buffer } = require('buffer');

const EXPECTED = {
  'stream-returning operators': [
    '[2,4,6,8,10]', '[1,3,5]', '[1,1,2]', '[3,4,5]', '[1,2]', '[3,4,5]', '[]', 'true true 1',
  ],
  'promise-returning operators': ['25', '120', 'true false 3', 'undefined false', 'undefined', 'sum 15'],
  'map concurrency keeps order': ['[1,2,3,4,5]', 'first three started together 1,2,3', 'max concurrent 2'],
  'errors from callbacks': [
    'caught mapfail', 'ERR_MISSING_ARGS TypeError Reduce of an empty stream requires an initial value',
  ],
  'AbortSignal support': [
    'map AbortError', 'reduce AbortError reason destroyed true', 'toArray AbortError reason',
    'take AbortError',
  ],
  'argument validation': [
    'ERR_INVALID_ARG_TYPE The "fn" argument must be of type function or an instance of AsyncFunction. Received type number (5)',
    'ERR_INVALID_ARG_TYPE The "options" argument must be of type object. Received type number (5)',
    'ERR_INVALID_ARG_TYPE The "options.signal" property must be an instance of AbortSignal. Received type number (5)',
    'ERR_OUT_OF_RANGE The value of "options.concurrency" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
    'ERR_OUT_OF_RANGE The value of "options.highWaterMark" is out of range. It must be an integer. Received NaN',
    'ERR_OUT_OF_RANGE The value of "number" is out of range. It must be >= 0. Received -1',
    'ERR_OUT_OF_RANGE The value of "number" is out of range. It must be >= 0. Received -2',
    'ERR_ILLEGAL_CONSTRUCTOR Illegal constructor', 'ERR_ILLEGAL_CONSTRUCTOR Illegal constructor',
    'rejects ERR_INVALID_ARG_TYPE', 'rejects ERR_INVALID_ARG_TYPE', 'rejects ERR_INVALID_ARG_TYPE',
    'rejects ERR_INVALID_ARG_TYPE', 'rejects ERR_INVALID_ARG_TYPE',
  ],
  'operator function names and lengths': [
    'map map 2 false', 'filter filter 2 false', 'forEach forEach 2 false', 'toArray toArray 1 false',
    'some some 1 false', 'every every 1 false', 'find find 2 false', 'reduce reduce 3 false',
    'flatMap flatMap 2 false', 'drop drop 1 false', 'take take 1 false', 'compose compose 2 false',
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
const src = () => Readable.from([1, 2, 3, 4, 5]);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function run(log, done, fn) {
  fn().then(done, (err) => {
    log.push(`unexpected ${err.stack}`);
    done();
  });
}

test('stream-returning operators', (log, done) => run(log, done, async () => {
  log.push(JSON.stringify(await src().map((x) => x * 2).toArray()));
  log.push(JSON.stringify(await src().filter(async (x) => x % 2).toArray()));
  log.push(JSON.stringify(await src().flatMap((x) => [x, x]).take(3).toArray()));
  log.push(JSON.stringify(await src().drop(2).toArray()));
  log.push(JSON.stringify(await src().take(1.5).toArray()));
  log.push(JSON.stringify(await src().drop(1.5).toArray()));
  log.push(JSON.stringify(await src().take('x').toArray()));
  const mapped = src().map((x) => x);
  log.push(`${mapped instanceof Readable} ${mapped.readableObjectMode} ${mapped.readableHighWaterMark}`);
}));

test('promise-returning operators', (log, done) => run(log, done, async () => {
  log.push(String(await src().reduce((a, b) => a + b, 10)));
  log.push(String(await src().reduce((a, b) => a * b)));
  log.push(`${await src().some((x) => x > 4)} ${await src().every((x) => x > 1)} ${await src().find((x) => x > 2)}`);
  log.push(`${await src().find((x) => x > 9)} ${await Readable.from([]).some(() => true)}`);
  let sum = 0;
  log.push(String(await src().forEach((x) => { sum += x; })));
  log.push(`sum ${sum}`);
}));

test('map concurrency keeps order', (log, done) => run(log, done, async () => {
  const started = [];
  const result = await src().map(async (x) => {
    started.push(x);
    await sleep(6 - x);
    return x;
  }, { concurrency: 3 }).toArray();
  log.push(JSON.stringify(result), `first three started together ${started.slice(0, 3).join()}`);
  let active = 0;
  let maxActive = 0;
  await Readable.from([1, 2, 3, 4, 5, 6]).forEach(async () => {
    maxActive = Math.max(maxActive, ++active);
    await sleep(1);
    active--;
  }, { concurrency: 2 });
  log.push(`max concurrent ${maxActive}`);
}));

test('errors from callbacks', (log, done) => run(log, done, async () => {
  try {
    await src().map((x) => {
      if (x === 3) throw new Error('mapfail');
      return x;
    }).toArray();
  } catch (err) {
    log.push(`caught ${err.message}`);
  }
  try {
    await Readable.from([]).reduce((a, b) => a);
  } catch (err) {
    log.push(`${err.code} ${err.name} ${err.message}`);
  }
}));

test('AbortSignal support', (log, done) => run(log, done, async () => {
  const ac = new AbortController();
  const pending = src().map(async (x) => {
    await sleep(3);
    return x;
  }, { signal: ac.signal }).toArray();
  setTimeout(() => ac.abort(), 1);
  try {
    await pending;
  } catch (err) {
    log.push(`map ${err.name}`);
  }
  const aborted = AbortSignal.abort('reason');
  const r = src();
  try {
    await r.reduce((a) => a, 0, { signal: aborted });
  } catch (err) {
    log.push(`reduce ${err.name} ${err.cause} destroyed ${r.destroyed}`);
  }
  try {
    await src().toArray({ signal: aborted });
  } catch (err) {
    log.push(`toArray ${err.name} ${err.cause}`);
  }
  try {
    await src().take(1, { signal: aborted }).toArray();
  } catch (err) {
    log.push(`take ${err.name}`);
  }
}));

test('argument validation', (log, done) => {
  const attempts = [
    () => src().map(5),
    () => src().map((x) => x, 5),
    () => src().map((x) => x, { signal: 5 }),
    () => src().map((x) => x, { concurrency: 0 }),
    () => src().map((x) => x, { highWaterMark: 'a' }),
    () => src().take(-1),
    () => src().drop(-2),
    () => { const s = src(); return new s.map((x) => x); },
    () => new (Readable.prototype.toArray)(),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
      log.push('no throw');
    } catch (err) {
      log.push(`${err.code} ${err.message}`);
    }
  }
  const rejections = [
    () => src().reduce(5),
    () => src().toArray(5),
    () => src().forEach(5),
    () => src().some(5),
    () => src().every(5),
  ];
  Promise.all(rejections.map((fn) => fn().catch((err) => log.push(`rejects ${err.code}`)))).then(done);
});

test('operator function names and lengths', (log, done) => {
  for (const name of ['map', 'filter', 'forEach', 'toArray', 'some', 'every', 'find', 'reduce',
                      'flatMap', 'drop', 'take', 'compose']) {
    const fn = Readable.prototype[name];
    const desc = Object.getOwnPropertyDescriptor(Readable.prototype, name);
    log.push(`${name} ${fn.name} ${fn.length} ${desc.enumerable}`);
  }
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
