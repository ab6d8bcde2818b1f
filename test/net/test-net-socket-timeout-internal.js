'use strict';
// Socket idle timeouts run on the runtime's own timers: patched global timer functions are never called, the
// timer keeps no process alive, a cleared one never fires, and 'timeout' comes once the socket is idle.
const assert = require('assert');
const net = require('net');

const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
let globalCalls = 0;
globalThis.setTimeout = () => { globalCalls++; throw new Error('global setTimeout used'); };
globalThis.clearTimeout = () => { globalCalls++; throw new Error('global clearTimeout used'); };

const events = [];
const server = net.createServer((sock) => {
  let received = 0;
  // Set, cleared with its listener, then set again once everything arrived: only the last one fires.
  const first = () => events.push('first timeout');
  sock.setTimeout(1e6, first);
  sock.setTimeout(0, first);
  assert.strictEqual(sock.timeout, 0);
  sock.on('data', (d) => {
    received += d.length;
    if (received < 7) return;
    sock.setTimeout(20, () => {
      events.push(`timeout after ${received}`);
      sock.destroy();
      server.close();
    });
    assert.strictEqual(sock.timeout, 20);
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    // A long idle timeout on the client: unref'd, it must not hold the process once the sockets close.
    client.setTimeout(1e6);
    client.write('abc', () => client.write('defg'));
  });
  client.on('timeout', () => events.push('client timeout'));
  client.on('close', () => events.push('client close'));
  client.on('error', () => {});
});

process.on('exit', () => {
  globalThis.setTimeout = realSetTimeout;
  globalThis.clearTimeout = realClearTimeout;
  assert.strictEqual(globalCalls, 0);
  assert.deepStrictEqual(events, ['timeout after 7', 'client close']);
});
