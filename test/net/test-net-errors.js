'use strict';
// Argument errors, refused connections and ports in use, as node reports them.
const assert = require('assert');
const net = require('net');

assert.throws(() => net.connect({ port: -1 }), {
  code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be >= 0 and < 65536. Received type number (-1).',
});
assert.throws(() => net.connect({ port: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.port" property must be one of type number or string. Received an instance of Object',
});
assert.throws(() => net.connect({}), {
  code: 'ERR_MISSING_ARGS', message: 'The "options" or "port" or "path" argument must be specified',
});
assert.throws(() => net.createServer().listen({ port: 70000 }), {
  code: 'ERR_SOCKET_BAD_PORT', message: 'options.port should be >= 0 and < 65536. Received type number (70000).',
});
assert.throws(() => net.createServer().listen({}), {
  code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'options\' must have the property "port" or "path". Received {}',
});

const fresh = new net.Socket();
assert.deepStrictEqual([fresh.readyState, fresh.pending, fresh.connecting, fresh.remoteAddress, fresh.bytesRead],
                       ['open', true, false, undefined, 0]);
assert.deepStrictEqual(fresh.address(), {});

const refused = net.connect(1, '127.0.0.1');
refused.on('error', (err) => {
  assert.strictEqual(err.message, 'connect ECONNREFUSED 127.0.0.1:1');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
  assert.deepStrictEqual([err.errno, err.code, err.syscall, err.port], [-111, 'ECONNREFUSED', 'connect', 1]);
});
refused.on('close', (hadError) => assert.strictEqual(hadError, true));

const first = net.createServer().listen(0, () => {
  const { port } = first.address();
  const second = net.createServer().listen(port);
  second.on('error', (err) => {
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use :::${port}`);
    assert.deepStrictEqual(Object.keys(err), ['code', 'errno', 'syscall', 'address', 'port']);
    assert.strictEqual(second.listening, false);
    first.close((e) => {
      assert.strictEqual(e, undefined);
      first.close((again) => assert.strictEqual(again.code, 'ERR_SERVER_NOT_RUNNING'));
    });
  });
});
