'use strict';
// http client keep-alive loop: a hello-world server and a client in the same process; the client
// sends GET requests one after the other over one keep-alive connection (Agent keepAlive,
// maxSockets 1) and reads each body. Warmup 300 requests, then 3,000 measured. Reports req/s.
const { now, report } = require('./harness');
const http = require('http');

const body = 'Hello World\n';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
});

server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const opts = { host: '127.0.0.1', port: server.address().port, path: '/', agent };
  const get = () => new Promise((resolve, reject) => {
    http.get(opts, (res) => {
      let len = 0;
      res.on('data', (d) => { len += d.length; });
      res.on('end', () => (len === body.length ? resolve() : reject(new Error('short body'))));
    }).on('error', reject);
  });
  for (let i = 0; i < 300; i++) await get();        // warmup
  const N = 3000;
  const t0 = now();
  for (let i = 0; i < N; i++) await get();
  report('req/s', N / ((now() - t0) / 1000));
  agent.destroy();
  server.close();
});
