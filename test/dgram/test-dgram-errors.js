'use strict';
// node's errors: bad type, unbound and closed sockets, bad ports, connected sockets, bind conflicts, oversized
// datagrams reported to the send callback.
const assert = require('assert');
const dgram = require('dgram');

assert.throws(() => dgram.createSocket('udp5'), {
  code: 'ERR_SOCKET_BAD_TYPE', name: 'TypeError', message: 'Bad socket type specified. Valid types are: udp4, udp6',
});

const fresh = dgram.createSocket('udp4');
assert.throws(() => fresh.address(), { code: 'EBADF', syscall: 'getsockname', message: 'getsockname EBADF' });
assert.throws(() => fresh.setTTL(5), { code: 'EBADF', message: 'setTTL EBADF' });
assert.throws(() => fresh.getRecvBufferSize(), {
  code: 'ERR_SOCKET_BUFFER_SIZE', name: 'SystemError',
  message: 'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)',
});
assert.throws(() => fresh.send('x'), {
  code: 'ERR_SOCKET_BAD_PORT', message: 'Port should be > 0 and < 65536. Received undefined.',
});
assert.throws(() => fresh.send(1, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fresh.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
assert.throws(() => fresh.addMembership(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => fresh.setTTL('x'), { code: 'ERR_INVALID_ARG_TYPE' });
fresh.close();
assert.throws(() => fresh.close(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING', message: 'Not running' });
assert.throws(() => fresh.address(), { code: 'ERR_SOCKET_DGRAM_NOT_RUNNING' });

let events = 0;
const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  assert.throws(() => a.bind(), { code: 'ERR_SOCKET_ALREADY_BOUND', message: 'Socket is already bound' });
  assert.throws(() => a.setTTL(0), { code: 'EINVAL', message: 'setTTL EINVAL' });
  assert.strictEqual(a.setTTL(64), 64);
  const port = a.address().port;
  const b = dgram.createSocket('udp4');
  b.on('error', (err) => {
    events++;
    assert.strictEqual(err.message, `bind EADDRINUSE 127.0.0.1:${port}`);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'address', 'port']);
    b.close();
    a.send(Buffer.alloc(70000), port, '127.0.0.1', (err, bytes) => {
      events++;
      assert.strictEqual(err.code, 'EMSGSIZE');
      assert.strictEqual(err.message, `send EMSGSIZE 127.0.0.1:${port}`);
      assert.strictEqual(bytes, undefined);
      a.close(() => events++);
    });
  });
  b.bind(port, '127.0.0.1');
});

process.on('exit', () => assert.strictEqual(events, 3));
