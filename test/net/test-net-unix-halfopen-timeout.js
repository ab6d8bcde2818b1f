'use strict';
// A Unix socket server with allowHalfOpen (the socket file goes away on close), and an idle timeout.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');

const sockPath = path.join(os.tmpdir(), `node4j-net-${process.pid}.sock`);
try { fs.unlinkSync(sockPath); } catch { /* not there */ }
const seen = [];
const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.on('data', (d) => seen.push(`server data ${d}`));
  s.on('end', () => {
    seen.push(`server end, writable ${s.writable}`);
    s.end('bye');
  });
});
server.listen(sockPath, () => {
  assert.strictEqual(server.address(), sockPath);
  const c = net.connect(sockPath);
  c.on('connect', () => {
    assert.strictEqual(c.remoteAddress, undefined);
    c.end('hi');
  });
  c.on('data', (d) => seen.push(`client data ${d}`));
  c.on('close', () => server.close(() => {
    assert.strictEqual(fs.existsSync(sockPath), false);
    assert.deepStrictEqual(seen, ['server data hi', 'server end, writable true', 'client data bye']);
  }));
});

const idle = net.createServer(() => {}).listen(0, () => {
  const c = net.connect(idle.address().port);
  c.setTimeout(30, () => {
    assert.strictEqual(c.timeout, 30);
    c.destroy();
    idle.close();
  });
});
