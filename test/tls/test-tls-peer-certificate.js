'use strict';
// getPeerCertificate() in node's shape (checked against the fixture's own fields), with `detailed` the issuer
// chain up to the self-signed root (its own issuer); the server's view of a client certificate; getCertificate().
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const der = (pem) => Buffer.from(String(pem).replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64');
const dateForm = /^[A-Z][a-z]{2} [ 1-3]\d \d\d:\d\d:\d\d \d{4} GMT$/;
const colonHex = (bytes) => new RegExp(`^([0-9A-F]{2}:){${bytes - 1}}[0-9A-F]{2}$`);
let checked = 0;

function checkServerCertificate(cert) {
  assert.deepStrictEqual(Object.keys(cert), ['subject', 'issuer', 'subjectaltname', 'ca', 'modulus', 'bits', 'exponent',
    'pubkey', 'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512', 'ext_key_usage',
    'serialNumber', 'raw', 'issuerCertificate']);
  assert.strictEqual(Object.getPrototypeOf(cert.subject), null);
  assert.deepStrictEqual({ ...cert.subject }, { C: 'US', O: 'node4j', CN: 'localhost' });
  assert.deepStrictEqual({ ...cert.issuer },
                         { C: 'US', ST: 'CA', L: 'SF', O: 'node4j', OU: 'test', CN: 'node4j test CA' });
  assert.strictEqual(cert.subjectaltname, 'DNS:localhost, IP Address:127.0.0.1');
  assert.strictEqual(cert.ca, false);
  assert.strictEqual(cert.bits, 2048);
  assert.strictEqual(cert.exponent, '0x10001');
  assert.match(cert.modulus, /^[0-9A-F]{512}$/);
  assert.ok(Buffer.isBuffer(cert.pubkey));
  assert.strictEqual(cert.pubkey.length, 294);
  assert.match(cert.valid_from, dateForm);
  assert.match(cert.valid_to, dateForm);
  assert.match(cert.fingerprint, colonHex(20));
  assert.match(cert.fingerprint256, colonHex(32));
  assert.match(cert.fingerprint512, colonHex(64));
  assert.deepStrictEqual(cert.ext_key_usage, ['1.3.6.1.5.5.7.3.1']);
  assert.strictEqual(cert.serialNumber, '1001');
  assert.deepStrictEqual(cert.raw, der(fixture('server-cert.pem')));
  const root = cert.issuerCertificate;
  assert.strictEqual(root.subject.CN, 'node4j test CA');
  assert.strictEqual(root.ca, true);
  assert.deepStrictEqual(root.raw, der(fixture('ca-cert.pem')));
  assert.strictEqual(root.issuerCertificate, root);
  checked++;
}

const server = tls.createServer({
  key: fixture('server-key.pem'), cert: fixture('server-cert.pem'), ca: fixture('ca-cert.pem'), requestCert: true,
}, (s) => {
  const peer = s.getPeerCertificate();
  assert.strictEqual(peer.subject.CN, 'client');
  assert.strictEqual(peer.issuerCertificate, undefined);
  assert.deepStrictEqual(peer.ext_key_usage, ['1.3.6.1.5.5.7.3.2']);
  assert.strictEqual(peer.serialNumber, '2002');
  assert.strictEqual(s.getCertificate().subject.CN, 'localhost');
  checked++;
  s.end();
});

server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, servername: 'localhost', ca: fixture('ca-cert.pem'),
                               key: fixture('client-key.pem'), cert: fixture('client-cert.pem') }, () => {
    checkServerCertificate(client.getPeerCertificate(true));
    const plain = client.getPeerCertificate();
    assert.strictEqual(plain.issuerCertificate, undefined);
    assert.strictEqual(plain.serialNumber, '1001');
    assert.strictEqual(client.getCertificate().subject.CN, 'client');
    client.resume();
  });
  client.on('close', () => {
    assert.strictEqual(client.getPeerCertificate(), null);
    server.close();
  });
});

process.on('exit', () => assert.strictEqual(checked, 2));
