'use strict';
// readline over a stream: lines split at \n, \r\n and \r, the last partial line at end, prompt and question
// output, async iteration, readline/promises, use after close, and the cursor helpers' escape codes.
const assert = require('assert');
const readline = require('readline');
const { PassThrough } = require('stream');

{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  assert.deepStrictEqual([rl.terminal, rl.line, rl.closed], [false, '', undefined]);
  const events = [];
  rl.on('line', (l) => events.push(['line', l]));
  rl.on('pause', () => events.push(['pause']));
  rl.on('close', () => {
    events.push(['close']);
    assert.deepStrictEqual(events, [['line', 'a'], ['line', 'b'], ['line', 'c'], ['line', ''], ['line', 'de'],
      ['pause'], ['close']]);
  });
  input.write('a\r\nb\rc\n\nd');
  input.end('e');
}

{
  const input = new PassThrough();
  const output = new PassThrough();
  let written = '';
  output.setEncoding('utf8');
  output.on('data', (d) => { written += d; });
  const rl = readline.createInterface({ input, output, prompt: '> ' });
  rl.prompt();
  rl.question('name? ', (answer) => {
    assert.strictEqual(answer, 'bob');
    setImmediate(() => assert.strictEqual(written, '> name? '));
    rl.close();
    assert.throws(() => rl.question('again', () => {}), {
      code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed',
    });
  });
  input.write('bob\n');
}

(async () => {
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  setTimeout(() => input.end('x\ny\n'), 5);
  const lines = [];
  for await (const line of rl) lines.push(line);
  assert.deepStrictEqual(lines, ['x', 'y']);

  const input2 = new PassThrough();
  const rlp = require('readline/promises').createInterface({ input: input2, output: new PassThrough() });
  const answer = rlp.question('q? ');
  input2.write('yes\n');
  assert.strictEqual(await answer, 'yes');
  rlp.close();
})().then(() => {});

{
  const out = new PassThrough();
  let s = '';
  out.setEncoding('utf8');
  out.on('data', (d) => { s += d; });
  readline.cursorTo(out, 3);
  readline.cursorTo(out, 3, 4);
  readline.moveCursor(out, -2, 1);
  readline.moveCursor(out, 2, -1);
  readline.clearLine(out, -1);
  readline.clearLine(out, 1);
  readline.clearLine(out, 0);
  readline.clearScreenDown(out);
  setImmediate(() => {
    assert.strictEqual(s, '\x1b[4G\x1b[5;4H\x1b[2D\x1b[1B\x1b[2C\x1b[1A\x1b[1K\x1b[0K\x1b[2K\x1b[0J');
  });
  assert.strictEqual(readline.moveCursor(out, 0, 0), true);
}

{
  const keys = new PassThrough();
  readline.emitKeypressEvents(keys);
  const seen = [];
  keys.on('keypress', (ch, key) => seen.push([ch, key.name, key.ctrl, key.shift]));
  keys.write('aB\r\x03\x1b[A');
  setImmediate(() => assert.deepStrictEqual(seen, [
    ['a', 'a', false, false], ['B', 'b', false, true], ['\r', 'return', false, false], ['\x03', 'c', true, false],
    [undefined, 'up', false, false],
  ]));
}
