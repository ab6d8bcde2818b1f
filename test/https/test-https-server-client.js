'use strict';
// An https server and client: requests with bodies over a keep-alive https.Agent (the socket reused, TLS
// underneath), https.get with a URL, the server's view of the connection, verification errors reaching the request.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const https = require('https');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, '..', 'tls', 'fixtures', name));
const server = https.createServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem') }, (req, res) => {
  assert.ok(req.socket instanceof tls.TLSSocket);
  assert.strictEqual(req.socket.encrypted, true);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    res.setHeader('x-protocol', req.socket.getProtocol());
    res.end(`${req.method} ${req.url} ${body}`);
  });
});

function fetch(options, body) {
  return new Promise((resolve, reject) => {
    const req = https.request(options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve({ status: res.statusCode, text, protocol: res.headers['x-protocol'],
                                    reused: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

assert.strictEqual(https.globalAgent.defaultPort, 443);
assert.strictEqual(https.globalAgent.protocol, 'https:');
assert.ok(server instanceof tls.Server);

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true, ca: fixture('ca-cert.pem') });
  for (let i = 0; i < 3; i++) {
    const r = await fetch({ port, host: 'localhost', path: `/n${i}`, method: 'POST', agent }, `body${i}`);
    assert.deepStrictEqual(r, { status: 200, text: `POST /n${i} body${i}`, protocol: 'TLSv1.3', reused: i > 0 });
  }
  agent.destroy();
  const viaUrl = await fetch(new URL(`https://localhost:${port}/url?q=1`), undefined).catch((e) => e);
  assert.strictEqual(viaUrl.code, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE');
  const insecure = await fetch({ port, host: '127.0.0.1', path: '/insecure', rejectUnauthorized: false });
  assert.strictEqual(insecure.text, 'GET /insecure ');
  const ok = await new Promise((resolve, reject) => {
    https.get(`https://localhost:${port}/get`, { ca: fixture('ca-cert.pem') }, (res) => {
      res.setEncoding('utf8');
      let text = '';
      res.on('data', (d) => { text += d; });
      res.on('end', () => resolve(text));
    }).on('error', reject);
  });
  assert.strictEqual(ok, 'GET /get ');
  server.close();
});
