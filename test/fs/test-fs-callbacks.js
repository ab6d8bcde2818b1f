'use strict';
// fs callback API: results, errors, argument shapes, and that callbacks run asynchronously.
const assert = require('assert');
const fs = require('fs');
const { Buffer } = require('buffer');
const path = require('path');
const os = require('os');

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-fs-cb-'));
const p = (...parts) => path.join(root, ...parts);
const done = [];
process.on('exit', () => {
  fs.rmSync(root, { recursive: true, force: true });
  assert.deepStrictEqual(done, ['sync-end', 'open', 'write', 'fstat', 'read', 'close', 'readFile', 'mkdir',
    'readdir', 'stat-missing', 'rm', 'exists']);
});

fs.open(p('f'), 'w+', (err, fd) => {
  assert.ifError(err);
  done.push('open');
  fs.write(fd, 'hello world', (err, written, str) => {
    assert.ifError(err);
    assert.strictEqual(written, 11);
    assert.strictEqual(str, 'hello world');
    done.push('write');
    fs.fstat(fd, (err, st) => {
      assert.ifError(err);
      assert.strictEqual(st.size, 11);
      done.push('fstat');
      const buf = Buffer.alloc(5);
      fs.read(fd, buf, 0, 5, 6, (err, n, b) => {
        assert.ifError(err);
        assert.strictEqual(n, 5);
        assert.strictEqual(b, buf);
        assert.strictEqual(buf.toString(), 'world');
        done.push('read');
        fs.close(fd, (err) => {
          assert.strictEqual(err, null);
          done.push('close');
          next();
        });
      });
    });
  });
});
done.push('sync-end');

function next() {
  fs.readFile(p('f'), 'utf8', (err, text) => {
    assert.ifError(err);
    assert.strictEqual(text, 'hello world');
    done.push('readFile');
    fs.mkdir(p('x', 'y'), { recursive: true }, (err, first) => {
      assert.ifError(err);
      assert.strictEqual(first, p('x'));
      done.push('mkdir');
      fs.readdir(root, { withFileTypes: true }, (err, list) => {
        assert.ifError(err);
        assert.deepStrictEqual(list.map((d) => [d.name, d.isDirectory()]), [['f', false], ['x', true]]);
        done.push('readdir');
        fs.stat(p('missing'), (err, st) => {
          assert.strictEqual(st, undefined);
          assert.strictEqual(err.code, 'ENOENT');
          assert.strictEqual(err.syscall, 'stat');
          assert.strictEqual(err.path, p('missing'));
          assert.strictEqual(err.message, `ENOENT: no such file or directory, stat '${p('missing')}'`);
          done.push('stat-missing');
          fs.rm(p('x'), { recursive: true }, (err) => {
            assert.ifError(err);
            done.push('rm');
            fs.exists(p('x'), (exists) => {
              assert.strictEqual(exists, false);
              done.push('exists');
            });
          });
        });
      });
    });
  });
}

// Argument errors are thrown synchronously.
assert.throws(() => fs.stat(p('f')), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "cb" argument must be of type function. Received undefined' });
assert.throws(() => fs.readFile({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.open(p('f'), 'bogus', () => {}), { code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'bogus'" });
assert.throws(() => fs.read(-1, Buffer.alloc(1), 0, 1, 0, () => {}), { code: 'ERR_OUT_OF_RANGE' });

// Stats and bigint through the pool
fs.lstat(root, { bigint: true }, (err, st) => {
  assert.ifError(err);
  assert.strictEqual(typeof st.ino, 'bigint');
  assert.strictEqual(st.isDirectory(), true);
});
