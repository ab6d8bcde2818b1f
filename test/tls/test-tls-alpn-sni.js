'use strict';
// ALPN (the server's preference among what the client offers; no overlap fails both sides with node's codes) and
// SNI: server.addContext by name and wildcard, SNICallback's context, servername on both ends.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const ca = fixture('ca-cert.pem');
const serverOptions = { key: fixture('server-key.pem'), cert: fixture('server-cert.pem') };
const otherContext = { key: fixture('other-key.pem'), cert: fixture('other-cert.pem') };

function session(server, clientOptions) {
  return new Promise((resolve) => {
    const seen = { clientError: null, serverError: null };
    server.on('secureConnection', (s) => {
      seen.serverAlpn = s.alpnProtocol;
      seen.serverName = s.servername;
      s.end();
    });
    server.on('tlsClientError', (err) => { seen.serverError = err.code; });
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, ca, ...clientOptions }, () => {
        seen.clientAlpn = client.alpnProtocol;
        seen.peerName = client.getPeerCertificate().subject.CN;
        client.resume();
      });
      client.on('error', (err) => { seen.clientError = err.code; });
      client.on('close', () => server.close(() => resolve(seen)));
    });
  });
}

(async () => {
  let seen = await session(tls.createServer({ ...serverOptions, ALPNProtocols: ['h2', 'http/1.1'] }),
                           { servername: 'localhost', ALPNProtocols: ['x', 'http/1.1', 'h2'] });
  assert.strictEqual(seen.clientAlpn, 'h2');
  assert.strictEqual(seen.serverAlpn, 'h2');

  seen = await session(tls.createServer({ ...serverOptions, ALPNProtocols: ['h2'] }),
                       { servername: 'localhost' });
  assert.strictEqual(seen.clientAlpn, false);
  assert.strictEqual(seen.serverAlpn, false);

  seen = await session(tls.createServer({ ...serverOptions, ALPNProtocols: ['h2'] }),
                       { servername: 'localhost', ALPNProtocols: ['http/1.1'] });
  assert.strictEqual(seen.serverError, 'ERR_SSL_NO_APPLICATION_PROTOCOL');
  assert.strictEqual(seen.clientError, 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL');

  let server = tls.createServer(serverOptions);
  server.addContext('other.test', otherContext);
  server.addContext('*.wild.test', otherContext);
  seen = await session(server, { servername: 'other.test' });
  assert.strictEqual(seen.peerName, 'other.test');
  assert.strictEqual(seen.serverName, 'other.test');
  server = tls.createServer(serverOptions);
  server.addContext('*.wild.test', otherContext);
  seen = await session(server, { servername: 'a.wild.test' });
  assert.strictEqual(seen.peerName, 'other.test');
  server = tls.createServer(serverOptions);
  server.addContext('other.test', otherContext);
  seen = await session(server, { servername: 'localhost' });
  assert.strictEqual(seen.peerName, 'localhost');
  assert.strictEqual(seen.serverName, 'localhost');
  server = tls.createServer(serverOptions);
  server.addContext('other.test', otherContext);
  seen = await session(server, { host: 'localhost' });
  assert.strictEqual(seen.peerName, 'localhost');
  assert.strictEqual(seen.serverName, false);

  const asked = [];
  server = tls.createServer({
    ...serverOptions,
    SNICallback(name, cb) {
      asked.push(name);
      setImmediate(cb, null, name === 'other.test' ? tls.createSecureContext(otherContext) : undefined);
    },
  });
  seen = await session(server, { servername: 'other.test' });
  assert.strictEqual(seen.peerName, 'other.test');
  assert.deepStrictEqual(asked, ['other.test']);

  server = tls.createServer({ ...serverOptions, SNICallback: (name, cb) => cb(new Error('no such name')) });
  seen = await session(server, { servername: 'other.test' });
  assert.strictEqual(seen.clientError, 'ECONNRESET');
  assert.throws(() => server.addContext('', {}), { code: 'ERR_TLS_REQUIRED_SERVER_NAME' });
})().then(() => console.log('done'));
