'use strict';
// Datagrams between two loopback sockets: strings, buffer lists, offset/length, empty messages, rinfo, the send
// callback's byte count and its order against nextTick and promises.
const assert = require('assert');
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const received = [];
const order = [];

server.on('message', (msg, rinfo) => {
  assert.ok(Buffer.isBuffer(msg));
  assert.deepStrictEqual(Object.keys(rinfo), ['address', 'family', 'port', 'size']);
  assert.strictEqual(rinfo.address, '127.0.0.1');
  assert.strictEqual(rinfo.family, 'IPv4');
  assert.strictEqual(rinfo.port, client.address().port);
  assert.strictEqual(rinfo.size, msg.length);
  received.push(msg.toString());
  if (received.length === 4) {
    assert.deepStrictEqual(received, ['hello', 'abcdef', 'ell', '']);
    client.close();
    server.close();
  }
});

server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  client.bind(0, '127.0.0.1', () => {
    client.send('hello', port, '127.0.0.1', (err, bytes) => {
      order.push('send');
      assert.ifError(err);
      assert.strictEqual(bytes, 5);
    });
    process.nextTick(() => order.push('tick'));
    Promise.resolve().then(() => order.push('promise'));
    client.send([Buffer.from('abc'), 'def'], port, '127.0.0.1');
    client.send(Buffer.from('hello'), 1, 3, port, '127.0.0.1');
    client.send(Buffer.alloc(0), port, '127.0.0.1');
  });
});

process.on('exit', () => {
  assert.deepStrictEqual(order, ['tick', 'send', 'promise']);
  assert.strictEqual(received.length, 4);
});
