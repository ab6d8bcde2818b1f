'use strict';
// A truncated UDP answer makes the resolver ask again over TCP, on the same port, and use that answer.
const assert = require('assert');
const dns = require('dns');
const { startServer, startTcpServer } = require('./fixtures/dns-server');

const many = [];
for (let i = 1; i <= 40; i++) many.push({ type: 'A', data: `10.0.0.${i}` });

startServer(() => ({ truncated: true, records: many.slice(0, 2) }), (udp, port, questions) => {
  const tcp = startTcpServer(port, (q, transport) => {
    questions.push({ name: q.name, type: q.type, transport });
    return { records: many };
  }, () => {
    const resolver = new dns.Resolver();
    resolver.setServers([`127.0.0.1:${port}`]);
    resolver.resolve4('big.example', (err, addresses) => {
      assert.ifError(err);
      assert.strictEqual(addresses.length, 40);
      assert.strictEqual(addresses[39], '10.0.0.40');
      assert.deepStrictEqual(questions.map((q) => q.transport), ['udp', 'tcp']);
      udp.close();
      tcp.close();
    });
  });
});
