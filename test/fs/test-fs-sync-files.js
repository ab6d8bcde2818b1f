'use strict';
// fs sync API on files: fds, read/write forms, whole-file helpers, stat.
const assert = require('assert');
const fs = require('fs');
const { Buffer } = require('buffer');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-fs-files-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const file = path.join(dir, 'a.txt');

// open/write/read/close with real descriptors
const fd = fs.openSync(file, 'w+');
assert.strictEqual(typeof fd, 'number');
assert.ok(fd > 2);
assert.strictEqual(fs.writeSync(fd, 'hé'), 3);
assert.strictEqual(fs.writeSync(fd, 'llo'), 3);
assert.strictEqual(fs.writeSync(fd, Buffer.from(' world!'), 0, 6), 6);
assert.strictEqual(fs.writeSync(fd, 'XY', 0), 2); // string form: position 0
const buf = Buffer.alloc(20);
assert.strictEqual(fs.readSync(fd, buf, 0, 20, 0), 12);
assert.strictEqual(buf.toString('latin1', 0, 12), 'XY\u00a9llo world');
assert.strictEqual(fs.readSync(fd, buf, { position: 2, length: 3 }), 3);
assert.strictEqual(buf.toString('latin1', 0, 3), '\u00a9ll');
assert.strictEqual(fs.readSync(fd, buf, 0, 0, 0), 0);
const u16 = new Uint16Array(2);
assert.strictEqual(fs.readSync(fd, u16, 0, 4, 0), 4);
assert.deepStrictEqual(Buffer.from(u16.buffer), Buffer.from([0x58, 0x59, 0xa9, 0x6c]));
assert.strictEqual(fs.fstatSync(fd).size, 12);
fs.ftruncateSync(fd, 5);
assert.strictEqual(fs.fstatSync(fd).size, 5);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
fs.closeSync(fd);
assert.throws(() => fs.closeSync(fd), { code: 'EBADF', errno: -9, syscall: 'close',
  message: 'EBADF: bad file descriptor, close' });
assert.throws(() => fs.fstatSync(fd), { code: 'EBADF', syscall: 'fstat' });

// whole-file helpers
fs.writeFileSync(file, 'line1\n');
fs.appendFileSync(file, Buffer.from('line2\n'));
fs.appendFileSync(file, 'line3\n', { encoding: 'latin1' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'line1\nline2\nline3\n');
assert.strictEqual(fs.readFileSync(file).toString('hex'), Buffer.from('line1\nline2\nline3\n').toString('hex'));
assert.ok(Buffer.isBuffer(fs.readFileSync(file)));
assert.strictEqual(fs.readFileSync(file, { encoding: 'hex', flag: 'r' }), Buffer.from('line1\nline2\nline3\n').toString('hex'));
fs.writeFileSync(file, new Uint8Array([0x61, 0x62]), { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'latin1').slice(-3), '\nab');
fs.writeFileSync(file, 'x', { mode: 0o600, flush: true });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'x');
assert.throws(() => fs.writeFileSync(file, 'y', { flag: 'wx' }), {
  code: 'EEXIST', syscall: 'open', path: file, message: `EEXIST: file already exists, open '${file}'`,
});
const fd2 = fs.openSync(file, 'r');
assert.strictEqual(fs.readFileSync(fd2, 'utf8'), 'x');
fs.closeSync(fd2);
// large file through several reads
const big = Buffer.alloc(200000, 'abc');
fs.writeFileSync(file, big);
assert.ok(fs.readFileSync(file).equals(big));
assert.strictEqual(fs.readFileSync(file, 'utf8').length, 200000);
// missing files and directories
const missing = path.join(dir, 'missing');
assert.throws(() => fs.readFileSync(missing), {
  name: 'Error', code: 'ENOENT', errno: -2, syscall: 'open', path: missing,
  message: `ENOENT: no such file or directory, open '${missing}'`,
});
assert.throws(() => fs.readFileSync(dir, 'utf8'), { code: 'EISDIR', syscall: 'read',
  message: 'EISDIR: illegal operation on a directory, read' });
assert.throws(() => fs.readFileSync(dir), { code: 'EISDIR', syscall: 'read' });

// stat
const st = fs.statSync(file);
assert.ok(st instanceof fs.Stats);
assert.strictEqual(st.size, 200000);
assert.strictEqual(st.isFile(), true);
assert.strictEqual(st.isDirectory(), false);
assert.strictEqual(st.isSymbolicLink(), false);
assert.strictEqual(st.mode & 0o170000, fs.constants.S_IFREG);
assert.deepStrictEqual(Object.keys(st), ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
  'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime']);
assert.ok(st.mtime instanceof Date);
assert.strictEqual(st.mtime.getTime(), Math.round(st.mtimeMs));
assert.strictEqual(st.nlink, 1);
assert.strictEqual(fs.statSync(dir).isDirectory(), true);
const bst = fs.statSync(file, { bigint: true });
assert.strictEqual(bst.size, 200000n);
assert.strictEqual(typeof bst.mtimeNs, 'bigint');
assert.strictEqual(bst.mtimeMs, bst.mtimeNs / 1000000n);
assert.strictEqual(bst.isFile(), true);
assert.strictEqual(bst.constructor.name, 'BigIntStats');
assert.strictEqual(fs.statSync(file, { bigint: 1 }).constructor.name, 'Stats');
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(path.join(file, 'x'), { throwIfNoEntry: false }), { code: 'ENOTDIR', syscall: 'stat' });
assert.throws(() => fs.lstatSync(missing), { code: 'ENOENT', syscall: 'lstat',
  message: `ENOENT: no such file or directory, lstat '${missing}'` });

// utimes / futimes
fs.utimesSync(file, 1000.5, new Date(2000250));
const ut = fs.statSync(file);
assert.strictEqual(ut.atimeMs, 1000500);
assert.strictEqual(ut.mtimeMs, 2000250);
const fd3 = fs.openSync(file, 'r+');
fs.futimesSync(fd3, '3000', 4000);
assert.strictEqual(fs.fstatSync(fd3).mtimeMs, 4000000);
assert.strictEqual(fs.fstatSync(fd3).atimeMs, 3000000);
fs.closeSync(fd3);

// truncate, chmod, access, exists
fs.truncateSync(file, 10);
assert.strictEqual(fs.statSync(file).size, 10);
fs.truncateSync(file);
assert.strictEqual(fs.statSync(file).size, 0);
fs.chmodSync(file, '640');
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o640);
fs.chmodSync(file, 0o600);
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
fs.accessSync(file, fs.constants.R_OK | fs.constants.W_OK);
assert.throws(() => fs.accessSync(missing), { code: 'ENOENT', syscall: 'access', path: missing });
assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(missing), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync('a\u0000b'), false);

// stdout as fd 1
assert.strictEqual(typeof fs.writeSync, 'function');
