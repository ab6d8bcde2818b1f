'use strict';
// 32 MiB each way through loopback: write() returns false and 'drain' follows, nothing is lost or reordered.
const assert = require('assert');
const net = require('net');

const total = 32 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;

const server = net.createServer((sock) => {
  let received = 0;
  let bad = 0;
  sock.on('data', (d) => {
    for (let i = 0; i < d.length; i += 997) if (d[i] !== ((received + i) & 0xff)) bad++;
    received += d.length;
  });
  sock.on('end', () => {
    assert.strictEqual(bad, 0);
    sock.end(String(received));
  });
});

server.listen(0, () => {
  const client = net.connect(server.address().port);
  let sent = 0;
  let drains = 0;
  function pump() {
    while (sent < total) {
      sent += chunk.length;
      if (!client.write(chunk)) {
        drains++;
        client.once('drain', pump);
        return;
      }
    }
    client.end();
  }
  client.on('connect', pump);
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('close', () => {
    assert.strictEqual(reply, String(total));
    assert.ok(drains > 0);
    assert.strictEqual(client.bytesWritten, total);
    server.close();
  });
});
