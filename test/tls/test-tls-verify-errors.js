'use strict';
// Certificate verification as node reports it: the client's error (code and OpenSSL's message) when it rejects,
// authorized/authorizationError when it does not, and host-name mismatches from checkServerIdentity.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const serverCert = { key: fixture('server-key.pem'), cert: fixture('server-cert.pem') };
const cases = [
  { name: 'no ca', server: serverCert, client: {},
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate' },
  { name: 'self-signed', server: { key: fixture('selfsigned-key.pem'), cert: fixture('selfsigned-cert.pem') },
    client: {}, code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' },
  { name: 'expired', server: { key: fixture('expired-key.pem'), cert: fixture('expired-cert.pem') },
    client: { ca: fixture('ca-cert.pem') }, code: 'CERT_HAS_EXPIRED', message: 'certificate has expired' },
  { name: 'root in chain', client: {},
    server: { key: fixture('server-key.pem'), cert: Buffer.concat([fixture('server-cert.pem'), fixture('ca-cert.pem')]) },
    code: 'SELF_SIGNED_CERT_IN_CHAIN', message: 'self-signed certificate in certificate chain' },
  { name: 'wrong ca', server: serverCert, client: { ca: fixture('selfsigned-cert.pem') },
    code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', message: 'unable to verify the first certificate' },
  { name: 'host name', server: serverCert, client: { ca: fixture('ca-cert.pem'), servername: 'foo.test' },
    code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    message: "Hostname/IP does not match certificate's altnames: Host: foo.test. is not in the cert's altnames: " +
      'DNS:localhost, IP Address:127.0.0.1' },
  { name: 'trusted self-signed', server: { key: fixture('selfsigned-key.pem'), cert: fixture('selfsigned-cert.pem') },
    client: { ca: fixture('selfsigned-cert.pem') }, code: null },
  { name: 'ip host', server: serverCert, client: { ca: fixture('ca-cert.pem'), host: '127.0.0.1' }, code: null },
];

let verdicts = 0;
process.on('exit', () => assert.strictEqual(verdicts, cases.length * 2));

function runCase(c, rejectUnauthorized) {
  return new Promise((resolve) => {
    const server = tls.createServer(c.server, (s) => s.end('ok'));
    server.on('tlsClientError', () => {});
    server.listen(0, '127.0.0.1', () => {
      const options = { port: server.address().port, host: 'localhost', rejectUnauthorized, ...c.client };
      const client = tls.connect(options, () => {
        verdicts++;
        if (c.code === null) {
          assert.strictEqual(client.authorized, true, c.name);
          assert.strictEqual(client.authorizationError, null, c.name);
        } else {
          assert.strictEqual(rejectUnauthorized, false, `${c.name}: connected although rejected`);
          assert.strictEqual(client.authorized, false, c.name);
          assert.strictEqual(client.authorizationError, c.code, c.name);
        }
        client.resume();
      });
      client.on('error', (err) => {
        verdicts++;
        assert.strictEqual(rejectUnauthorized, true, `${c.name}: ${err.message}`);
        assert.strictEqual(err.code, c.code, c.name);
        assert.strictEqual(err.message, c.message, c.name);
        if (c.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
          assert.strictEqual(err.host, 'foo.test');
          assert.strictEqual(err.cert.subject.CN, 'localhost');
        }
      });
      client.on('close', () => server.close(resolve));
    });
  });
}

(async () => {
  for (const c of cases) {
    await runCase(c, true);
    await runCase(c, false);
  }
})();
