'use strict';
// fs/promises and FileHandle.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const { Buffer } = require('buffer');
const path = require('path');
const os = require('os');

assert.strictEqual(fs.promises, fsp);
assert.strictEqual(require('node:fs/promises'), fsp);

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-fs-promises-'));
const p = (...parts) => path.join(root, ...parts);
let finished = false;
process.on('exit', () => {
  fs.rmSync(root, { recursive: true, force: true });
  assert.strictEqual(finished, true);
});

(async () => {
  await fsp.writeFile(p('a'), 'alpha');
  await fsp.appendFile(p('a'), Buffer.from('-beta'));
  assert.strictEqual(await fsp.readFile(p('a'), 'utf8'), 'alpha-beta');
  assert.strictEqual((await fsp.readFile(p('a'))).length, 10);
  await fsp.writeFile(p('iter'), ['x', 'y', Buffer.from('z')]);
  assert.strictEqual(await fsp.readFile(p('iter'), 'utf8'), 'xyz');

  const fh = await fsp.open(p('a'), 'r+');
  assert.strictEqual(typeof fh.fd, 'number');
  const { bytesRead, buffer } = await fh.read(Buffer.alloc(5), 0, 5, 0);
  assert.strictEqual(bytesRead, 5);
  assert.strictEqual(buffer.toString(), 'alpha');
  const r2 = await fh.read({ buffer: Buffer.alloc(4), position: 6 });
  assert.strictEqual(r2.buffer.toString('utf8', 0, r2.bytesRead), 'beta');
  const w = await fh.write('ALPHA', 0);
  assert.deepStrictEqual([w.bytesWritten, w.buffer], [5, 'ALPHA']);
  const w2 = await fh.write(Buffer.from('!!'), 0, 2, 10);
  assert.strictEqual(w2.bytesWritten, 2);
  assert.strictEqual((await fh.stat()).size, 12);
  assert.strictEqual((await fh.stat({ bigint: true })).size, 12n);
  await fh.truncate(5);
  await fh.sync();
  await fh.datasync();
  assert.strictEqual(await fh.readFile('utf8'), 'ALPHA');
  await fh.chmod(0o600);
  await fh.close();
  assert.strictEqual(fh.fd, -1);
  await fh.close();
  await assert.rejects(fh.read(Buffer.alloc(1), 0, 1, 0), { code: 'EBADF', syscall: 'read' });
  assert.strictEqual(await fsp.readFile(p('a'), 'utf8'), 'ALPHA');
  assert.strictEqual((await fsp.stat(p('a'))).mode & 0o777, 0o600);

  await assert.rejects(fsp.readFile(p('missing')), {
    code: 'ENOENT', syscall: 'open', message: `ENOENT: no such file or directory, open '${p('missing')}'` });
  await assert.rejects(fsp.stat(p('missing')), { code: 'ENOENT', syscall: 'stat' });
  await assert.rejects(fsp.access(p('missing')), { code: 'ENOENT', syscall: 'access' });
  await assert.rejects(fsp.open(p('a'), 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });

  assert.strictEqual(await fsp.mkdir(p('d', 'e'), { recursive: true }), p('d'));
  await fsp.writeFile(p('d', 'e', 'f'), '');
  assert.deepStrictEqual(await fsp.readdir(p('d'), { recursive: true }), ['e', 'e/f']);
  await fsp.copyFile(p('a'), p('d', 'copy'));
  await fsp.rename(p('d', 'copy'), p('d', 'renamed'));
  await fsp.symlink('renamed', p('d', 'ln'));
  assert.strictEqual(await fsp.readlink(p('d', 'ln')), 'renamed');
  assert.strictEqual((await fsp.lstat(p('d', 'ln'))).isSymbolicLink(), true);
  assert.strictEqual(await fsp.realpath(p('d', 'ln')), await fsp.realpath(p('d', 'renamed')));
  await fsp.link(p('a'), p('d', 'hard'));
  await fsp.unlink(p('d', 'hard'));
  await fsp.utimes(p('a'), 5, 6);
  assert.strictEqual((await fsp.stat(p('a'))).mtimeMs, 6000);
  await fsp.truncate(p('a'), 2);
  assert.strictEqual(await fsp.readFile(p('a'), 'latin1'), 'AL');
  const tmp = await fsp.mkdtemp(p('t-'));
  assert.strictEqual((await fsp.stat(tmp)).isDirectory(), true);
  await fsp.cp(p('d'), p('d2'), { recursive: true });
  assert.deepStrictEqual(await fsp.readdir(p('d2')), ['e', 'ln', 'renamed']);
  const dir = await fsp.opendir(p('d2'));
  const seen = [];
  for await (const entry of dir) seen.push(entry.name);
  assert.deepStrictEqual(seen.sort(), ['e', 'ln', 'renamed']);
  await assert.rejects(dir.close(), { code: 'ERR_DIR_CLOSED' });
  await assert.rejects(fsp.rm(p('d2')), { code: 'ERR_FS_EISDIR' });
  await fsp.rm(p('d2'), { recursive: true });
  await fsp.rmdir(tmp);
  await assert.rejects(fsp.rmdir(tmp), { code: 'ENOENT', syscall: 'rmdir' });
  finished = true;
})().catch((err) => {
  process.exitCode = 1;
  throw err;
});
