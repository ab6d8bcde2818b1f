'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const { Buffer } = require('buffer');

const info = os.userInfo();
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
assert.strictEqual(info.uid, process.geteuid());
const entry = fs.readFileSync('/etc/passwd', 'utf8').split('\n').map((l) => l.split(':'))
  .find((f) => f.length >= 7 && +f[2] === info.uid);
assert.deepStrictEqual([info.username, String(info.gid), info.homedir, info.shell],
                       [entry[0], entry[3], entry[5], entry[6]]);

const buf = os.userInfo({ encoding: 'buffer' });
assert.strictEqual(buf.uid, info.uid);
assert.ok(Buffer.isBuffer(buf.username));
assert.deepStrictEqual(buf.username, Buffer.from(info.username));
assert.deepStrictEqual(buf.homedir, Buffer.from(info.homedir));
assert.deepStrictEqual(buf.shell, Buffer.from(info.shell));
assert.strictEqual(os.userInfo({ encoding: 'hex' }).username, Buffer.from(info.username).toString('hex'));
// Anything that is not a known encoding in an options object reads as utf8.
assert.deepStrictEqual(os.userInfo({ encoding: 'bogus' }), info);
assert.deepStrictEqual(os.userInfo('buffer'), info);
assert.deepStrictEqual(os.userInfo(5), info);
assert.deepStrictEqual(os.userInfo(null), info);

// homedir(): HOME first, even empty, then the passwd entry.
const savedHome = process.env.HOME;
try {
  process.env.HOME = '/some/where/';
  assert.strictEqual(os.homedir(), '/some/where/');
  process.env.HOME = '';
  assert.strictEqual(os.homedir(), '');
  delete process.env.HOME;
  assert.strictEqual(os.homedir(), info.homedir);
} finally {
  if (savedHome === undefined) delete process.env.HOME;
  else process.env.HOME = savedHome;
}

// tmpdir(): TMPDIR, TMP, TEMP, then /tmp; one trailing slash goes.
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
try {
  for (const k of Object.keys(saved)) delete process.env[k];
  assert.strictEqual(os.tmpdir(), '/tmp');
  process.env.TEMP = '/temp/';
  assert.strictEqual(os.tmpdir(), '/temp');
  process.env.TMP = '/tmp2';
  assert.strictEqual(os.tmpdir(), '/tmp2');
  process.env.TMPDIR = '/foo//';
  assert.strictEqual(os.tmpdir(), '/foo/');
  process.env.TMPDIR = '/';
  assert.strictEqual(os.tmpdir(), '/');
  process.env.TMPDIR = '';
  assert.strictEqual(os.tmpdir(), '/tmp2');
  assert.strictEqual(`${os.tmpdir}`, '/tmp2');
} finally {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}
