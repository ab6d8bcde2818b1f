'use strict';
// net echo throughput: a TCP server on 127.0.0.1 pipes each socket back to itself; one client
// connection writes 64 KiB chunks (respecting backpressure) and counts the echoed bytes.
// Warmup 32 MiB, then 256 MiB measured. Reports MB/s of payload echoed (counted once).
const { now, report } = require('./harness');
const net = require('net');

const CHUNK = Buffer.alloc(64 * 1024, 'e');
const MiB = 1024 * 1024;

const server = net.createServer((s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const sock = net.connect(server.address().port, '127.0.0.1');
  sock.on('error', (e) => { throw e; });
  function pump(total) {
    return new Promise((resolve) => {
      let sent = 0, recv = 0;
      const onData = (d) => {
        recv += d.length;
        if (recv >= total) { sock.off('data', onData); resolve(); }
      };
      sock.on('data', onData);
      (function write() {
        while (sent < total) {
          sent += CHUNK.length;
          if (!sock.write(CHUNK)) { sock.once('drain', write); return; }
        }
      })();
    });
  }
  sock.on('connect', async () => {
    await pump(32 * MiB);           // warmup
    const total = 256 * MiB;
    const t0 = now();
    await pump(total);
    const s = (now() - t0) / 1000;
    report('MB/s', total / 1e6 / s);
    sock.destroy();
    server.close();
  });
});
