'use strict';
// System errors: libuv errno names and messages, errors of failed system calls (fs), SystemError-based codes,
// errno and host/port errors of util, and AbortError.
// Expected strings are node v20's output.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const EventEmitter = require('events');

// The libuv error table (Linux numbering).
assert.deepStrictEqual(
  [-1, -2, -13, -17, -98, -111, -4095, -3008, -99999].map((errno) => util.getSystemErrorName(errno)),
  ['EPERM', 'ENOENT', 'EACCES', 'EEXIST', 'EADDRINUSE', 'ECONNREFUSED', 'EOF', 'EAI_NONAME',
   'Unknown system error -99999']);
const map = util.getSystemErrorMap();
assert.strictEqual(map.size, 84);
assert.deepStrictEqual(map.get(-2), ['ENOENT', 'no such file or directory']);
assert.deepStrictEqual(map.get(-21), ['EISDIR', 'illegal operation on a directory']);
assert.deepStrictEqual(map.get(-3008), ['EAI_NONAME', 'unknown node or service']);
assert.deepStrictEqual(map.get(-4094), ['UNKNOWN', 'unknown error']);

// Errors of system calls: "CODE: message, syscall 'path' -> 'dest'" with errno, code, syscall, path, dest.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-errors-'));
try {
  const missing = path.join(dir, 'missing');
  assert.throws(() => fs.readFileSync(missing), (err) => {
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
    assert.deepStrictEqual([err.errno, err.code, err.syscall, err.path], [-2, 'ENOENT', 'open', missing]);
    assert.strictEqual(err.stack.split('\n')[0], `Error: ${err.message}`);
    return true;
  });
  assert.throws(() => fs.renameSync(missing, path.join(dir, 'b')), (err) => {
    assert.strictEqual(err.message,
                       `ENOENT: no such file or directory, rename '${missing}' -> '${path.join(dir, 'b')}'`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
    assert.strictEqual(err.dest, path.join(dir, 'b'));
    return true;
  });

  // A SystemError: name 'SystemError', the libuv context in `info`, accessors for errno, syscall and path.
  assert.throws(() => fs.rmSync(dir), (err) => {
    const message = `Path is a directory: rm returned EISDIR (is a directory) ${dir}`;
    assert.strictEqual(err.name, 'SystemError');
    assert.strictEqual(err.code, 'ERR_FS_EISDIR');
    assert.strictEqual(err.message, message);
    assert.strictEqual(String(err), `SystemError [ERR_FS_EISDIR]: ${message}`);
    assert.strictEqual(err.stack.split('\n')[0], `SystemError [ERR_FS_EISDIR]: ${message}`);
    assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall', 'path']);
    assert.deepStrictEqual(err.info, { code: 'EISDIR', message: 'is a directory', path: dir, syscall: 'rm', errno: 21 });
    assert.deepStrictEqual([err.errno, err.syscall, err.path], [21, 'rm', dir]);
    err.stack = err.stack.split('\n')[0];
    assert.strictEqual(util.inspect(err).split(dir).join('DIR'),
                       '[SystemError [ERR_FS_EISDIR]: Path is a directory: rm returned EISDIR (is a directory) DIR] {\n' +
                       "  code: 'ERR_FS_EISDIR',\n" +
                       '  info: {\n' +
                       "    code: 'EISDIR',\n" +
                       "    message: 'is a directory',\n" +
                       "    path: 'DIR',\n" +
                       "    syscall: 'rm',\n" +
                       '    errno: 21\n' +
                       '  },\n' +
                       '  errno: [Getter/Setter: 21],\n' +
                       "  syscall: [Getter/Setter: 'rm'],\n" +
                       "  path: [Getter/Setter: 'DIR']\n" +
                       '}');
    err.errno = 7;
    assert.strictEqual(err.info.errno, 7);
    return true;
  });
} finally {
  fs.rmdirSync(dir);
}

// util._errnoException / util._exceptionWithHostPort
const errno = util._errnoException(-2, 'open', '/x');
assert.strictEqual(errno.message, 'open ENOENT /x');
assert.deepStrictEqual(Object.keys(errno), ['errno', 'code', 'syscall']);
assert.deepStrictEqual([errno.errno, errno.code, errno.syscall], [-2, 'ENOENT', 'open']);
assert.strictEqual(util._errnoException(-13, 'scandir').message, 'scandir EACCES');

const refused = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 8080);
assert.strictEqual(refused.message, 'connect ECONNREFUSED 127.0.0.1:8080');
assert.deepStrictEqual({ ...refused },
                       { errno: -111, code: 'ECONNREFUSED', syscall: 'connect', address: '127.0.0.1', port: 8080 });
const inUse = util._exceptionWithHostPort(-98, 'listen', '::', 0, 'extra');
assert.strictEqual(inUse.message, 'listen EADDRINUSE :: - Local (extra)');
assert.deepStrictEqual(Object.keys(inUse), ['errno', 'code', 'syscall', 'address']);
assert.strictEqual(util.inspect(inUse).split('\n')[0], 'Error: listen EADDRINUSE :: - Local (extra)');

// AbortError: name and code are own enumerable properties, the reason is the cause.
const ac = new AbortController();
ac.abort();
EventEmitter.once(new EventEmitter(), 'never', { signal: ac.signal }).then(assert.fail, (err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.message, 'The operation was aborted');
  assert.strictEqual(String(err), 'AbortError: The operation was aborted');
  assert.deepStrictEqual(Object.keys(err), ['code', 'name']);
  assert.strictEqual(err.cause, ac.signal.reason);
  assert.ok(err instanceof Error);
});
