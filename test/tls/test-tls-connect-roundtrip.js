'use strict';
// A TLS client and server with key/cert/ca: both handshake events, protocol and cipher, data both ways (8 MiB
// from the client in order, with backpressure), the server's end reaching the client, then both closing.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const total = 8 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i & 0xff;
const events = [];

const server = tls.createServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem') }, (sock) => {
  events.push('secureConnection');
  assert.strictEqual(sock.encrypted, true);
  assert.strictEqual(sock.authorized, false);
  assert.strictEqual(sock.getProtocol(), 'TLSv1.3');
  let received = 0;
  let bad = 0;
  sock.on('data', (d) => {
    for (let i = 0; i < d.length; i += 991) if (d[i] !== ((received + i) & 0xff)) bad++;
    received += d.length;
  });
  sock.on('end', () => {
    assert.strictEqual(bad, 0);
    sock.end(`got ${received}`);
  });
  sock.on('close', () => events.push('server socket close'));
});

process.on('exit', () => assert.ok(events.includes('server socket close')));

server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost',
                               ca: fixture('ca-cert.pem') }, () => {
    events.push('secureConnect');
    assert.strictEqual(client.authorized, true);
    assert.strictEqual(client.authorizationError, null);
    assert.strictEqual(client.getProtocol(), 'TLSv1.3');
    assert.deepStrictEqual(client.getCipher(),
                           { name: 'TLS_AES_256_GCM_SHA384', standardName: 'TLS_AES_256_GCM_SHA384', version: 'TLSv1.3' });
    assert.strictEqual(client.alpnProtocol, false);
    let sent = 0;
    let drains = 0;
    (function pump() {
      while (sent < total) {
        sent += chunk.length;
        if (!client.write(chunk)) {
          drains++;
          client.once('drain', pump);
          return;
        }
      }
      assert.ok(drains > 0, 'writes were held back at least once');
      client.end();
    })();
  });
  client.on('connect', () => events.push('connect'));
  let reply = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { reply += d; });
  client.on('end', () => events.push('end'));
  client.on('close', () => {
    assert.strictEqual(reply, `got ${total}`);
    server.close(() => {
      assert.deepStrictEqual(events.slice(0, 2), ['connect', 'secureConnect']);
      assert.ok(events.includes('secureConnection'));
      assert.ok(events.includes('end'));
    });
  });
});
