'use strict';
// TLS with a peer in another process, both ways: our client against a server there, then its client against our
// server (with client certificates and ALPN). The peer runs the same runtime as this test unless NODE4J_PEER names
// another one (NODE4J_PEER=node under node4j checks against node's OpenSSL).
const assert = require('assert');
const { spawn } = require('child_process');
const path = require('path');
const fs = require('fs');
const tls = require('tls');

const dir = path.join(__dirname, 'fixtures');
const fixture = (name) => fs.readFileSync(path.join(dir, name));
const peerRuntime = process.env.NODE4J_PEER || process.execPath;

const peerServer = `
const tls = require('tls'); const fs = require('fs'); const f = (n) => fs.readFileSync(${JSON.stringify(dir)} + '/' + n);
const server = tls.createServer({ key: f('server-key.pem'), cert: f('server-cert.pem'), ca: f('ca-cert.pem'),
  requestCert: true, ALPNProtocols: ['b', 'a'] }, (s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => s.end(d.toUpperCase() + ' ' + s.authorized + ' ' + s.alpnProtocol + ' ' + s.getPeerCertificate().subject.CN));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => server.close()).resume();`;

const peerClient = (port) => `
const tls = require('tls'); const fs = require('fs'); const f = (n) => fs.readFileSync(${JSON.stringify(dir)} + '/' + n);
const c = tls.connect({ port: ${port}, host: '127.0.0.1', servername: 'localhost', ca: f('ca-cert.pem'),
  key: f('client-key.pem'), cert: f('client-cert.pem'), ALPNProtocols: ['a'] }, () => {
  c.end('ping from ' + c.getPeerCertificate().subject.CN + ' ' + c.authorized + ' ' + c.alpnProtocol);
});
c.setEncoding('utf8');
c.on('data', (d) => process.stdout.write(d));`;

function run(script, onLine) {
  const child = spawn(peerRuntime, ['-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => {
    out += d;
    if (onLine && out.includes('\n')) {
      onLine(out.trim(), child);
      onLine = null;
    }
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

(async () => {
  let reply = '';
  const first = await run(peerServer, (port, child) => {
    const c = tls.connect({ port: Number(port), host: '127.0.0.1', servername: 'localhost', ca: fixture('ca-cert.pem'),
                            key: fixture('client-key.pem'), cert: fixture('client-cert.pem'),
                            ALPNProtocols: ['a', 'b'] }, () => {
      assert.strictEqual(c.authorized, true);
      assert.strictEqual(c.alpnProtocol, 'b');
      c.end('hello');
    });
    c.setEncoding('utf8');
    c.on('data', (d) => { reply += d; });
    c.on('close', () => child.stdin.end());
  });
  assert.strictEqual(first.code, 0);
  assert.strictEqual(reply, 'HELLO true b client');

  const server = tls.createServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem'),
                                    ca: fixture('ca-cert.pem'), requestCert: true, ALPNProtocols: ['a'] }, (s) => {
    assert.strictEqual(s.authorized, true);
    assert.strictEqual(s.getPeerCertificate().subject.CN, 'client');
    s.setEncoding('utf8');
    s.on('data', (d) => s.end(`${d} pong`));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const second = await run(peerClient(server.address().port));
  server.close();
  assert.strictEqual(second.code, 0);
  assert.strictEqual(second.out, 'ping from localhost true a pong');
})();
