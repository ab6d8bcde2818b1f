'use strict';
// fs sync API on directories and links: mkdir -p, readdir forms, rm, rename, links, realpath, copy, opendir.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const os = require('os');

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-fs-dirs-')));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
const p = (...parts) => path.join(root, ...parts);

// mkdir, recursive returns the first directory created
assert.strictEqual(fs.mkdirSync(p('a')), undefined);
assert.strictEqual(fs.mkdirSync(p('a', 'b', 'c'), { recursive: true }), p('a', 'b'));
assert.strictEqual(fs.mkdirSync(p('a', 'b', 'c'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(p('m'), { recursive: true, mode: 0o700 }), p('m'));
assert.strictEqual(fs.statSync(p('m')).mode & 0o777, 0o700 & ~process.umask());
assert.throws(() => fs.mkdirSync(p('a')), { code: 'EEXIST', syscall: 'mkdir', path: p('a'),
  message: `EEXIST: file already exists, mkdir '${p('a')}'` });
fs.writeFileSync(p('file'), 'data');
assert.throws(() => fs.mkdirSync(p('file'), { recursive: true }), { code: 'EEXIST', path: p('file') });
assert.throws(() => fs.mkdirSync(p('file', 'x', 'y'), { recursive: true }), {
  code: 'ENOTDIR', syscall: 'mkdir', path: p('file', 'x', 'y') });
assert.throws(() => fs.mkdirSync(p('a'), { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)' });

// readdir: sorted by bytes, types, recursive (breadth first), buffers
fs.writeFileSync(p('a', 'Z'), '');
fs.writeFileSync(p('a', 'y'), '');
fs.writeFileSync(p('a', 'b', 'f'), '');
fs.symlinkSync('y', p('a', 'link'));
assert.deepStrictEqual(fs.readdirSync(p('a')), ['Z', 'b', 'link', 'y']);
const dirents = fs.readdirSync(p('a'), { withFileTypes: true });
assert.deepStrictEqual(dirents.map((d) => [d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink()]),
  [['Z', true, false, false], ['b', false, true, false], ['link', false, false, true], ['y', true, false, false]]);
assert.ok(dirents[0] instanceof fs.Dirent);
assert.strictEqual(dirents[0].parentPath, p('a'));
assert.strictEqual(dirents[0].path, p('a'));
assert.deepStrictEqual(Object.keys(dirents[0]), ['name', 'parentPath', 'path']);
assert.deepStrictEqual(fs.readdirSync(p('a'), { recursive: true }),
  ['Z', 'b', 'link', 'y', 'b/c', 'b/f']);
const deep = fs.readdirSync(p('a'), { recursive: true, withFileTypes: true });
assert.deepStrictEqual(deep.map((d) => `${d.parentPath}|${d.name}`).slice(4),
  [`${p('a', 'b')}|c`, `${p('a', 'b')}|f`]);
assert.strictEqual(fs.readdirSync(p('a'), 'buffer')[0].toString(), 'Z');
assert.ok(fs.readdirSync(p('a'), { encoding: 'buffer' })[0] instanceof Uint8Array);
assert.throws(() => fs.readdirSync(p('nope')), { code: 'ENOENT', syscall: 'scandir',
  message: `ENOENT: no such file or directory, scandir '${p('nope')}'` });
assert.throws(() => fs.readdirSync(p('file')), { code: 'ENOTDIR', syscall: 'scandir' });

// links
assert.strictEqual(fs.readlinkSync(p('a', 'link')), 'y');
assert.strictEqual(fs.readlinkSync(p('a', 'link'), 'buffer').toString(), 'y');
assert.strictEqual(fs.lstatSync(p('a', 'link')).isSymbolicLink(), true);
assert.strictEqual(fs.statSync(p('a', 'link')).isFile(), true);
assert.throws(() => fs.readlinkSync(p('a')), { code: 'EINVAL', syscall: 'readlink' });
assert.strictEqual(fs.realpathSync(p('a', 'link')), p('a', 'y'));
assert.strictEqual(fs.realpathSync.native(p('a', 'link')), p('a', 'y'));
assert.strictEqual(fs.realpathSync(p('a', 'b', '..', 'link')), p('a', 'y'));
assert.throws(() => fs.realpathSync(p('nope', 'x')), { code: 'ENOENT', syscall: 'lstat', path: p('nope') });
assert.throws(() => fs.realpathSync(p('file', 'x')), { code: 'ENOTDIR', syscall: 'lstat', path: p('file', 'x') });
assert.throws(() => fs.realpathSync.native(p('nope')), { code: 'ENOENT', syscall: 'realpath', path: p('nope') });
assert.throws(() => fs.symlinkSync('x', p('a', 'link')), { code: 'EEXIST', syscall: 'symlink',
  path: 'x', dest: p('a', 'link'), message: `EEXIST: file already exists, symlink 'x' -> '${p('a', 'link')}'` });
assert.throws(() => fs.symlinkSync('x', p('s'), 'bogus'), { code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  message: 'Symlink type must be one of "dir", "file", or "junction". Received "bogus"' });
fs.linkSync(p('file'), p('hard'));
assert.strictEqual(fs.statSync(p('file')).nlink, 2);
assert.throws(() => fs.linkSync(p('nope'), p('hard2')), { code: 'ENOENT', syscall: 'link',
  message: `ENOENT: no such file or directory, link '${p('nope')}' -> '${p('hard2')}'` });

// rename, unlink, copyFile
fs.renameSync(p('hard'), p('moved'));
assert.strictEqual(fs.readFileSync(p('moved'), 'utf8'), 'data');
assert.throws(() => fs.renameSync(p('hard'), p('x')), { code: 'ENOENT', syscall: 'rename', path: p('hard'),
  dest: p('x') });
fs.unlinkSync(p('moved'));
assert.throws(() => fs.unlinkSync(p('moved')), { code: 'ENOENT', syscall: 'unlink' });
fs.copyFileSync(p('file'), p('copy'));
assert.strictEqual(fs.readFileSync(p('copy'), 'utf8'), 'data');
assert.throws(() => fs.copyFileSync(p('file'), p('copy'), fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile', path: p('file'), dest: p('copy') });
fs.writeFileSync(p('copy'), 'longer content');
fs.copyFileSync(p('file'), p('copy'));
assert.strictEqual(fs.readFileSync(p('copy'), 'utf8'), 'data');
assert.throws(() => fs.copyFileSync(p('file'), p('copy'), 8), {
  code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7' });

// mkdtemp
const tmp = fs.mkdtempSync(p('t-'));
assert.match(tmp, /t-[A-Za-z0-9]{6}$/);
assert.strictEqual(fs.statSync(tmp).isDirectory(), true);
assert.throws(() => fs.mkdtempSync(p('nope', 'x-')), { code: 'ENOENT', syscall: 'mkdtemp',
  path: p('nope', 'x-XXXXXX') });

// opendir
const d = fs.opendirSync(p('a'));
assert.strictEqual(d.path, p('a'));
const names = [];
let e;
while ((e = d.readSync()) !== null) names.push(e.name);
assert.deepStrictEqual(names.sort(), ['Z', 'b', 'link', 'y']);
d.closeSync();
assert.throws(() => d.closeSync(), { code: 'ERR_DIR_CLOSED', message: 'Directory handle was closed' });
assert.throws(() => d.readSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => fs.opendirSync(p('nope')), { code: 'ENOENT', syscall: 'opendir',
  message: 'ENOENT: no such file or directory, opendir' });

// cpSync
fs.cpSync(p('a'), p('a2'), { recursive: true });
assert.deepStrictEqual(fs.readdirSync(p('a2'), { recursive: true }), ['Z', 'b', 'link', 'y', 'b/c', 'b/f']);
assert.strictEqual(fs.readlinkSync(p('a2', 'link')), p('a', 'y'));
assert.throws(() => fs.cpSync(p('a'), p('a3')), {
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: cp returned EISDIR (${p('a')} is a directory (not copied)) ${p('a')}` });
assert.throws(() => fs.cpSync(p('a'), p('a')), { code: 'ERR_FS_CP_EINVAL' });
assert.throws(() => fs.cpSync(p('file'), p('copy'), { force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST',
  message: `Target already exists: cp returned EEXIST (${p('copy')} already exists) ${p('copy')}` });
fs.cpSync(p('file'), p('copy2'), { filter: () => false });
assert.strictEqual(fs.existsSync(p('copy2')), false);

// rm, rmdir
assert.throws(() => fs.rmdirSync(p('a2')), { code: 'ENOTEMPTY', syscall: 'rmdir',
  message: `ENOTEMPTY: directory not empty, rmdir '${p('a2')}'` });
assert.throws(() => fs.rmSync(p('a2')), { code: 'ERR_FS_EISDIR', name: 'SystemError',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${p('a2')}` });
fs.rmSync(p('a2'), { recursive: true });
assert.strictEqual(fs.existsSync(p('a2')), false);
assert.throws(() => fs.rmSync(p('a2')), { code: 'ENOENT', syscall: 'lstat' });
fs.rmSync(p('a2'), { force: true });
fs.rmSync(p('copy'));
assert.strictEqual(fs.existsSync(p('copy')), false);
fs.rmdirSync(tmp);
assert.strictEqual(fs.existsSync(tmp), false);
