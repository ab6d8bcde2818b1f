'use strict';
// connect/disconnect: the 'connect' event and callback, remoteAddress, sends without an address, and the errors
// of a connected socket; plus an implicit bind by send and ref/unref returning the socket.
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
let got = 0;

server.on('message', (msg, rinfo) => {
  got++;
  assert.strictEqual(msg.toString(), got === 1 ? 'connected' : 'implicit');
  if (got === 1) {
    client.disconnect();
    assert.throws(() => client.remoteAddress(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED' });
    assert.throws(() => client.disconnect(), { code: 'ERR_SOCKET_DGRAM_NOT_CONNECTED', message: 'Not connected' });
    const lone = dgram.createSocket('udp4');
    lone.send('implicit', server.address().port, (err) => {
      assert.ifError(err);
      assert.strictEqual(typeof lone.address().port, 'number');
      lone.close();
    });
  } else {
    client.close();
    server.close();
  }
});

server.bind(0, () => {
  const port = server.address().port;
  let connectEvent = false;
  client.on('connect', () => { connectEvent = true; });
  client.connect(port, (err) => {
    assert.ifError(err);
    assert.ok(connectEvent);
    assert.deepStrictEqual(client.remoteAddress(), { address: '127.0.0.1', family: 'IPv4', port });
    assert.throws(() => client.connect(port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED', message: 'Already connected' });
    assert.throws(() => client.send('x', 0, 1, port), { code: 'ERR_SOCKET_DGRAM_IS_CONNECTED' });
    client.send('connected', (err, bytes) => {
      assert.ifError(err);
      assert.strictEqual(bytes, 9);
    });
  });
});

assert.strictEqual(server.unref(), server);
assert.strictEqual(server.ref(), server);
process.on('exit', () => assert.strictEqual(got, 2));
