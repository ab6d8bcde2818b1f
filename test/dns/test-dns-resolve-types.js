'use strict';
// Every resolve* against a canned DNS server on loopback: node's result shapes, TTLs, CNAME chains, reverse
// names, and resolveAny's order; the callback and promise APIs agree.
const assert = require('assert');
const dns = require('dns');
const { startServer } = require('./fixtures/dns-server');

const canned = {
  A: [{ type: 'A', data: '1.2.3.4', ttl: 10 }, { type: 'A', data: '5.6.7.8', ttl: 20 }],
  AAAA: [{ type: 'AAAA', data: '2001:db8::1', ttl: 30 }],
  CNAME: [{ type: 'CNAME', data: 'target.example' }],
  MX: [{ type: 'MX', data: { priority: 10, exchange: 'mx1.example' } }],
  NS: [{ type: 'NS', data: 'ns1.example' }, { type: 'NS', data: 'ns2.example' }],
  TXT: [{ type: 'TXT', data: ['v=spf1', ' -all'] }, { type: 'TXT', data: ['second'] }],
  SRV: [{ type: 'SRV', data: { priority: 1, weight: 2, port: 5060, name: 'sip.example' } }],
  PTR: [{ type: 'PTR', data: 'host.example' }],
  SOA: [{ type: 'SOA', data: { nsname: 'ns.example', hostmaster: 'root.example', serial: 2023010101,
                               refresh: 7200, retry: 3600, expire: 1209600, minttl: 4294967295 } }],
  NAPTR: [{ type: 'NAPTR', data: { order: 100, preference: 10, flags: 'u', service: 'E2U+sip',
                                   regexp: '!^.*$!sip:info@example!', replacement: '' } }],
  CAA: [{ type: 'CAA', data: { critical: 128, tag: 'issue', value: 'ca.example' } }],
};
canned.ANY = [].concat(canned.TXT, canned.A, canned.SOA, canned.CAA, canned.AAAA, canned.MX);

startServer((q) => {
  if (q.name === 'chain.example') {
    return { records: [{ type: 'CNAME', data: 'real.example' }, { type: 'A', name: 'real.example', data: '9.9.9.9' }] };
  }
  return { records: canned[q.type] };
}, async (server, port, questions) => {
  const resolver = new dns.promises.Resolver();
  resolver.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(await resolver.resolve4('x.example'), ['1.2.3.4', '5.6.7.8']);
  assert.deepStrictEqual(await resolver.resolve4('x.example', { ttl: true }),
                         [{ address: '1.2.3.4', ttl: 10 }, { address: '5.6.7.8', ttl: 20 }]);
  assert.deepStrictEqual(await resolver.resolve6('x.example', { ttl: true }), [{ address: '2001:db8::1', ttl: 30 }]);
  assert.deepStrictEqual(await resolver.resolveCname('x.example'), ['target.example']);
  assert.deepStrictEqual(await resolver.resolveMx('x.example'), [{ exchange: 'mx1.example', priority: 10 }]);
  assert.deepStrictEqual(await resolver.resolveNs('x.example'), ['ns1.example', 'ns2.example']);
  assert.deepStrictEqual(await resolver.resolveTxt('x.example'), [['v=spf1', ' -all'], ['second']]);
  assert.deepStrictEqual(await resolver.resolveSrv('x.example'),
                         [{ name: 'sip.example', port: 5060, priority: 1, weight: 2 }]);
  assert.deepStrictEqual(await resolver.resolvePtr('x.example'), ['host.example']);
  assert.deepStrictEqual(await resolver.resolveSoa('x.example'), {
    nsname: 'ns.example', hostmaster: 'root.example', serial: 2023010101, refresh: 7200, retry: 3600,
    expire: 1209600, minttl: 4294967295,
  });
  assert.deepStrictEqual(await resolver.resolveNaptr('x.example'), [{
    flags: 'u', service: 'E2U+sip', regexp: '!^.*$!sip:info@example!', replacement: '', order: 100, preference: 10,
  }]);
  assert.deepStrictEqual(await resolver.resolveCaa('x.example'), [{ critical: 128, issue: 'ca.example' }]);
  assert.deepStrictEqual(await resolver.resolveAny('x.example'), [
    { address: '1.2.3.4', ttl: 10, type: 'A' },
    { address: '5.6.7.8', ttl: 20, type: 'A' },
    { address: '2001:db8::1', ttl: 30, type: 'AAAA' },
    { exchange: 'mx1.example', priority: 10, type: 'MX' },
    { entries: ['v=spf1', ' -all'], type: 'TXT' },
    { entries: ['second'], type: 'TXT' },
    { nsname: 'ns.example', hostmaster: 'root.example', serial: 2023010101, refresh: 7200, retry: 3600,
      expire: 1209600, minttl: 4294967295, type: 'SOA' },
    { critical: 128, issue: 'ca.example', type: 'CAA' },
  ]);
  assert.deepStrictEqual(await resolver.resolve('chain.example'), ['9.9.9.9']);
  assert.deepStrictEqual(await resolver.resolve('x.example', 'MX'), [{ exchange: 'mx1.example', priority: 10 }]);
  assert.deepStrictEqual(await resolver.reverse('192.0.2.1'), ['host.example']);
  assert.deepStrictEqual(await resolver.reverse('2001:db8::1'), ['host.example']);
  assert.deepStrictEqual(questions.slice(-2).map((q) => q.name), [
    '1.2.0.192.in-addr.arpa',
    '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa',
  ]);

  // The callback API on the module's default resolver, which dns.setServers replaces for both APIs.
  dns.setServers([`127.0.0.1:${port}`]);
  assert.deepStrictEqual(dns.getServers(), [`127.0.0.1:${port}`]);
  assert.deepStrictEqual(dns.promises.getServers(), [`127.0.0.1:${port}`]);
  const req = dns.resolveMx('x.example', function(err, records) {
    assert.ifError(err);
    assert.strictEqual(this, req);
    assert.deepStrictEqual(records, [{ exchange: 'mx1.example', priority: 10 }]);
    dns.resolve4('x.example', { ttl: true }, (err, addresses) => {
      assert.ifError(err);
      assert.deepStrictEqual(addresses[0], { address: '1.2.3.4', ttl: 10 });
      server.close();
    });
  });
  assert.strictEqual(req.bindingName, 'queryMx');
  assert.strictEqual(req.hostname, 'x.example');
});
