'use strict';
// Resolver failures with node's codes and messages: NXDOMAIN, SERVFAIL, no data, a silent server (ETIMEOUT), a
// closed port (ECONNREFUSED), bad names, .onion, cancel(); and the argument and setServers checks.
const assert = require('assert');
const dgram = require('dgram');
const dns = require('dns');
const { startServer } = require('./fixtures/dns-server');

const r = new dns.Resolver();
assert.throws(() => r.resolve('x', 'BAD', () => {}), {
  code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'rrtype' is invalid. Received 'BAD'",
});
assert.throws(() => r.resolve4(1, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => r.resolve4('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => r.reverse('bad', () => {}), {
  code: 'EINVAL', errno: -22, syscall: 'getHostByAddr', hostname: 'bad', message: 'getHostByAddr EINVAL bad',
});
assert.throws(() => new dns.Resolver({ timeout: -2 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new dns.Resolver({ tries: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => r.setServers(['x']), { code: 'ERR_INVALID_IP_ADDRESS', message: 'Invalid IP address: x' });
assert.throws(() => r.setServers('a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => r.setLocalAddress('x'), { code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid IP address.' });
assert.throws(() => r.setLocalAddress('1.2.3.4', '1.2.3.4'), { message: 'Cannot specify two IPv4 addresses.' });
r.setServers(['1.2.3.4', '[::1]:5353', '1.2.3.4:54', '::2', '[::3]']);
assert.deepStrictEqual(r.getServers(), ['1.2.3.4', '[::1]:5353', '1.2.3.4:54', '::2', '::3']);

function expectCode(promise, code, message) {
  return promise.then(() => assert.fail(`expected ${code}`), (err) => {
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'hostname']);
    assert.strictEqual(err.errno, undefined);
  });
}

startServer((q) => {
  if (q.name.startsWith('nx.')) return { rcode: 3 };
  if (q.name.startsWith('fail.')) return { rcode: 2 };
  if (q.name.startsWith('silent.')) return null;
  return { records: [] };
}, async (server, port) => {
  const resolver = new dns.promises.Resolver({ timeout: 300, tries: 1 });
  resolver.setServers([`127.0.0.1:${port}`]);
  await expectCode(resolver.resolve4('nx.example'), 'ENOTFOUND', 'queryA ENOTFOUND nx.example');
  await expectCode(resolver.resolveMx('fail.example'), 'ESERVFAIL', 'queryMx ESERVFAIL fail.example');
  await expectCode(resolver.resolveSoa('empty.example'), 'ENODATA', 'querySoa ENODATA empty.example');
  await expectCode(resolver.resolveAny('empty.example'), 'ENODATA', 'queryAny ENODATA empty.example');
  await expectCode(resolver.resolve6('silent.example'), 'ETIMEOUT', 'queryAaaa ETIMEOUT silent.example');
  await expectCode(resolver.resolve4('a..b'), 'EBADNAME', 'queryA EBADNAME a..b');
  await expectCode(resolver.resolveTxt('foo.onion'), 'ENOTFOUND', 'queryTxt ENOTFOUND foo.onion');

  // A port nobody listens on: the ICMP error ends each try.
  const closed = dgram.createSocket('udp4');
  closed.bind(0, '127.0.0.1', async () => {
    const deadPort = closed.address().port;
    closed.close(async () => {
      const refused = new dns.promises.Resolver({ tries: 2 });
      refused.setServers([`127.0.0.1:${deadPort}`]);
      await expectCode(refused.resolve4('x.example'), 'ECONNREFUSED', 'queryA ECONNREFUSED x.example');

      // cancel() ends every query in flight; setServers is refused meanwhile.
      const pending = new dns.Resolver({ timeout: 5000 });
      pending.setServers([`127.0.0.1:${port}`]);
      let cancelled = 0;
      for (const name of ['silent.a', 'silent.b']) {
        pending.resolve4(name, (err) => {
          assert.strictEqual(err.code, 'ECANCELLED');
          assert.strictEqual(err.message, `queryA ECANCELLED ${name}`);
          if (++cancelled === 2) server.close();
        });
      }
      assert.throws(() => pending.setServers(['127.0.0.1']), {
        code: 'ERR_DNS_SET_SERVERS_FAILED',
        message: 'c-ares failed to set servers: "There are pending queries." [[ \'127.0.0.1\' ]]',
      });
      pending.cancel();
    });
  });
});
