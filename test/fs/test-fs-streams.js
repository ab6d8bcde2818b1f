'use strict';
// fs.createReadStream / createWriteStream: open/ready/close events, byte counts, ranges, piping a file,
// appending at a position, errors for a missing file and bad ranges.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-streams-'));
const file = path.join(dir, 'a.txt');
const events = [];

const w = fs.createWriteStream(file);
assert.deepStrictEqual([w.pending, w.bytesWritten, w.flags, w.writableHighWaterMark], [true, 0, 'w', 16384]);
w.on('open', (fd) => events.push(['w open', typeof fd]));
w.on('ready', () => events.push(['w ready']));
w.on('finish', () => events.push(['w finish']));
w.on('close', () => {
  events.push(['w close', w.bytesWritten]);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcdef');
  readBack();
});
w.write('abc');
w.end('def');

function readBack() {
  const r = fs.createReadStream(file);
  assert.deepStrictEqual([r.pending, r.path, r.flags, r.mode, r.end, r.readableHighWaterMark],
                         [true, file, 'r', 0o666, Infinity, 65536]);
  const chunks = [];
  r.on('data', (d) => chunks.push(d));
  r.on('end', () => events.push(['r end', Buffer.concat(chunks).toString()]));
  r.on('close', () => {
    events.push(['r close', r.bytesRead]);
    ranges();
  });
}

function ranges() {
  let text = '';
  fs.createReadStream(file, { start: 1, end: 3, encoding: 'utf8' })
    .on('data', (d) => { text += d; })
    .on('close', () => {
      assert.strictEqual(text, 'bcd');
      const copy = path.join(dir, 'b.txt');
      fs.createReadStream(file).pipe(fs.createWriteStream(copy)).on('close', () => {
        assert.strictEqual(fs.readFileSync(copy, 'utf8'), 'abcdef');
        const patched = fs.createWriteStream(copy, { flags: 'r+', start: 2 });
        patched.end('XY', () => {
          assert.strictEqual(fs.readFileSync(copy, 'utf8'), 'abXYef');
          fs.rmSync(dir, { recursive: true });
        });
      });
    });
}

fs.createReadStream(path.join(dir, 'missing')).on('error', (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
});
assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.strictEqual(fs.ReadStream, fs.FileReadStream);

process.on('exit', () => {
  assert.deepStrictEqual(events, [
    ['w open', 'number'], ['w ready'], ['w finish'], ['w close', 6], ['r end', 'abcdef'], ['r close', 6],
  ]);
});
