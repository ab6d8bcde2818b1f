'use strict';
// NODE_EXTRA_CA_CERTS: certificates from that file are trusted besides the default roots (a child started with it
// verifies our server without a `ca` option; without it, it does not). tls.rootCertificates does not include them.
const assert = require('assert');
const { execFile } = require('child_process');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const server = tls.createServer({ key: fixture('server-key.pem'), cert: fixture('server-cert.pem') }, (s) => s.end());
server.on('tlsClientError', () => {});

const child = (port) => `
const tls = require('tls');
const c = tls.connect({ port: ${port}, host: '127.0.0.1', servername: 'localhost', rejectUnauthorized: false }, () => {
  const own = tls.rootCertificates.some((pem) => pem.includes(${JSON.stringify(String(fixture('ca-cert.pem')).split('\n')[1])}));
  console.log(JSON.stringify([c.authorized, c.authorizationError, own]));
  c.destroy();
});`;

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const run = (env) => new Promise((resolve) => {
    execFile(process.execPath, ['-e', child(port)], { env: { ...process.env, ...env } }, (err, stdout) => {
      assert.ifError(err);
      resolve(JSON.parse(stdout));
    });
  });
  (async () => {
    assert.deepStrictEqual(await run({ NODE_EXTRA_CA_CERTS: path.join(__dirname, 'fixtures', 'ca-cert.pem') }),
                           [true, null, false]);
    assert.deepStrictEqual(await run({ NODE_EXTRA_CA_CERTS: '' }), [false, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', false]);
    server.close();
  })();
});
