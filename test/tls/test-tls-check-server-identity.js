'use strict';
// tls.checkServerIdentity: alt names, CN fallback, wildcards (leftmost label only, not for a TLD, not in an
// A-label), IP addresses in any spelling, and node's reasons.
const assert = require('assert');
const tls = require('tls');

const ok = (host, cert) => assert.strictEqual(tls.checkServerIdentity(host, cert), undefined, `${host} should match`);
const fails = (host, cert, reason) => {
  const err = tls.checkServerIdentity(host, cert);
  assert.ok(err instanceof Error, `${host} should not match`);
  assert.strictEqual(err.code, 'ERR_TLS_CERT_ALTNAME_INVALID');
  assert.strictEqual(err.reason, reason);
  assert.strictEqual(err.message, `Hostname/IP does not match certificate's altnames: ${reason}`);
  assert.strictEqual(err.host, host.replace(/\.$/, ''));
  assert.strictEqual(err.cert, cert);
};

ok('a.example.com', { subjectaltname: 'DNS:a.example.com', subject: {} });
ok('A.Example.COM', { subjectaltname: 'DNS:a.example.com', subject: {} });
ok('a.example.com.', { subjectaltname: 'DNS:a.example.com', subject: {} });
ok('x.example.com', { subjectaltname: 'DNS:*.example.com', subject: {} });
ok('foo.example.com', { subjectaltname: 'DNS:f*.example.com', subject: {} });
fails('a.b.example.com', { subjectaltname: 'DNS:*.example.com', subject: {} },
      "Host: a.b.example.com. is not in the cert's altnames: DNS:*.example.com");
fails('example.com', { subjectaltname: 'DNS:*.com', subject: {} },
      "Host: example.com. is not in the cert's altnames: DNS:*.com");
fails('xn--abc.example.com', { subjectaltname: 'DNS:xn--*.example.com', subject: {} },
      "Host: xn--abc.example.com. is not in the cert's altnames: DNS:xn--*.example.com");
fails('b.example.com', { subjectaltname: 'DNS:a.example.com, DNS:c.example.com', subject: { CN: 'b.example.com' } },
      "Host: b.example.com. is not in the cert's altnames: DNS:a.example.com, DNS:c.example.com");
ok('b.example.com', { subject: { CN: 'b.example.com' } });
ok('b.example.com', { subject: { CN: ['x.test', 'b.example.com'] } });
fails('b.example.com', { subject: { CN: 'x.test' } }, "Host: b.example.com. is not cert's CN: x.test");
fails('b.example.com', { subject: {} }, 'Cert does not contain a DNS name');
ok('127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1', subject: {} });
ok('::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1', subject: {} });
ok('::ffff:1.2.3.4', { subjectaltname: 'IP Address:0:0:0:0:0:FFFF:102:304', subject: {} });
fails('127.0.0.2', { subjectaltname: 'DNS:localhost, IP Address:127.0.0.1', subject: { CN: '127.0.0.2' } },
      "IP: 127.0.0.2 is not in the cert's list: 127.0.0.1");
fails('127.0.0.1', { subject: { CN: '127.0.0.1' } }, "IP: 127.0.0.1 is not in the cert's list: ");
