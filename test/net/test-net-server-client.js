'use strict';
// A TCP round trip: lookup of localhost, 'connect'/'ready', echo, ends on both sides, close order and counters.
const assert = require('assert');
const net = require('net');

const events = [];
const server = net.createServer((sock) => {
  events.push(['server connection', typeof sock.remotePort, sock.remoteAddress, sock.remoteFamily]);
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    events.push(['server data', d]);
    sock.write(`echo:${d}`);
  });
  sock.on('end', () => events.push(['server end']));
  sock.on('close', (hadError) => {
    events.push(['server socket close', hadError]);
    server.close(() => events.push(['server close']));
  });
});

server.listen(0, '127.0.0.1', () => {
  const { port, address, family } = server.address();
  assert.strictEqual(address, '127.0.0.1');
  assert.strictEqual(family, 'IPv4');
  assert.strictEqual(server.listening, true);
  const client = net.connect(port, 'localhost', () => {
    events.push(['client connect', client.remoteAddress, client.remotePort === port, client.localAddress]);
    assert.strictEqual(client.readyState, 'open');
    client.write('hello');
  });
  assert.strictEqual(client.connecting, true);
  assert.strictEqual(client.readyState, 'opening');
  client.on('lookup', (err, ip, fam, host) => events.push(['lookup', err, ip, fam, host]));
  client.on('ready', () => events.push(['ready']));
  client.on('data', (d) => {
    events.push(['client data', String(d)]);
    client.end();
  });
  client.on('end', () => events.push(['client end']));
  client.on('close', (hadError) => {
    events.push(['client close', hadError, client.bytesRead, client.bytesWritten]);
  });
});

process.on('exit', () => {
  const sorted = (list) => list.map((e) => JSON.stringify(e)).sort();
  // The two sides run concurrently; each side's own order is fixed.
  const client = events.filter((e) => !e[0].startsWith('server'));
  assert.deepStrictEqual(client, [
    ['lookup', null, '127.0.0.1', 4, 'localhost'],
    ['client connect', '127.0.0.1', true, '127.0.0.1'],
    ['ready'],
    ['client data', 'echo:hello'],
    ['client end'],
    ['client close', false, 10, 5],
  ]);
  const server = events.filter((e) => e[0].startsWith('server'));
  assert.deepStrictEqual(server, [
    ['server connection', 'number', '127.0.0.1', 'IPv4'],
    ['server data', 'hello'],
    ['server end'],
    ['server socket close', false],
    ['server close'],
  ]);
  assert.strictEqual(sorted(events).length, 11);
});
