'use strict';
// Socket options: broadcast, multicast TTL/loopback/interface and membership, buffer sizes (with the
// recvBufferSize option), the send queue, udp6 with ipv6Only, and an AbortSignal closing the socket.
const assert = require('assert');
const dgram = require('dgram');

const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 20000 });
s.bind(0, () => {
  // Linux reports twice the size set, as node shows.
  assert.strictEqual(s.getRecvBufferSize(), 40000);
  s.setSendBufferSize(16384);
  assert.strictEqual(s.getSendBufferSize(), 32768);
  assert.throws(() => s.setRecvBufferSize(-1), { code: 'ERR_SOCKET_BAD_BUFFER_SIZE' });
  s.setBroadcast(true);
  assert.strictEqual(s.setMulticastTTL(8), 8);
  assert.throws(() => s.setMulticastTTL(256), { code: 'EINVAL', message: 'setMulticastTTL EINVAL' });
  assert.strictEqual(s.setMulticastLoopback(false), false);
  s.setMulticastInterface('127.0.0.1');
  assert.throws(() => s.setMulticastInterface('bad'), { code: 'EINVAL', syscall: 'setMulticastInterface' });
  assert.throws(() => s.addMembership('1.2.3.4'), { code: 'EINVAL', message: 'addMembership EINVAL' });
  assert.throws(() => s.addMembership('bad'), { code: 'EINVAL' });
  assert.throws(() => s.addSourceSpecificMembership(1, '232.1.1.1'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(s.getSendQueueSize(), 0);
  assert.strictEqual(s.getSendQueueCount(), 0);
  s.close();
});

const six = dgram.createSocket({ type: 'udp6', ipv6Only: true });
six.on('message', (msg, rinfo) => {
  assert.strictEqual(msg.toString(), 'v6');
  assert.strictEqual(rinfo.family, 'IPv6');
  assert.strictEqual(rinfo.address, '::1');
  six.close();
});
six.bind(0, '::1', () => {
  assert.strictEqual(six.address().family, 'IPv6');
  six.send('v6', six.address().port);
});

const controller = new AbortController();
const aborted = dgram.createSocket({ type: 'udp4', signal: controller.signal });
let closed = false;
aborted.on('close', () => { closed = true; });
aborted.bind(0, () => controller.abort());

process.on('exit', () => assert.ok(closed));
