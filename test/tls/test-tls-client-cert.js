'use strict';
// Client certificates: requestCert with and without rejectUnauthorized, a client without a certificate, one the
// server's CAs do not know, and the failing handshake of a required certificate (node's codes on both sides).
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const ca = fixture('ca-cert.pem');
const clientCert = { key: fixture('client-key.pem'), cert: fixture('client-cert.pem') };

function session(serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const seen = {};
    const server = tls.createServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem'), ca,
                                      requestCert: true, ...serverOptions }, (s) => {
      seen.authorized = s.authorized;
      seen.authorizationError = s.authorizationError;
      seen.peer = s.getPeerCertificate().subject?.CN;
      s.end('hi');
    });
    server.on('tlsClientError', (err) => { seen.serverError = err.code; });
    server.listen(0, '127.0.0.1', () => {
      const client = tls.connect({ port: server.address().port, servername: 'localhost', ca, ...clientOptions });
      client.on('data', (d) => { seen.data = String(d); });
      client.on('error', (err) => { seen.clientError = err.code; });
      client.on('close', () => server.close(() => resolve(seen)));
    });
  });
}

(async () => {
  let seen = await session({}, clientCert);
  assert.deepStrictEqual(seen, { authorized: true, authorizationError: null, peer: 'client', data: 'hi' });

  seen = await session({ rejectUnauthorized: false }, {});
  assert.deepStrictEqual(seen, { authorized: false, authorizationError: 'UNABLE_TO_GET_ISSUER_CERT', peer: undefined,
                                 data: 'hi' });

  seen = await session({ rejectUnauthorized: false },
                       { key: fixture('selfsigned-key.pem'), cert: fixture('selfsigned-cert.pem') });
  assert.deepStrictEqual(seen, { authorized: false, authorizationError: 'DEPTH_ZERO_SELF_SIGNED_CERT',
                                 peer: 'localhost', data: 'hi' });

  seen = await session({}, {});
  assert.strictEqual(seen.serverError, 'ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE');
  assert.strictEqual(seen.clientError, 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED');
  assert.strictEqual(seen.data, undefined);

  seen = await session({}, { key: fixture('selfsigned-key.pem'), cert: fixture('selfsigned-cert.pem') });
  assert.strictEqual(seen.authorized, undefined);
  assert.strictEqual(seen.data, undefined);
})();
