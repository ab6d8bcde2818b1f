'use strict';
// The client: keep-alive reuse of one socket by the global agent, agent:false closing, HEAD without a body,
// a refused connection, a server that hangs up, and a 400 answer to a malformed request.
const assert = require('assert');
const http = require('http');
const net = require('net');

function get(options) {
  return new Promise((resolve, reject) => {
    const req = http.request(options, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ res, body, reused: req.reusedSocket }));
    });
    req.on('error', reject);
    req.end();
  });
}

let connections = 0;
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end(req.method === 'HEAD' ? 'not sent' : `${req.method} ${req.url} ${req.headers.connection}`);
});
server.on('connection', () => connections++);

server.listen(0, async () => {
  const { port } = server.address();
  const first = await get({ port, path: '/1' });
  const second = await get({ port, path: '/2' });
  assert.deepStrictEqual([first.body, first.reused], ['GET /1 keep-alive', false]);
  assert.deepStrictEqual([second.body, second.reused], ['GET /2 keep-alive', true]);
  assert.strictEqual(connections, 1);

  const closing = await get({ port, path: '/3', agent: false });
  assert.strictEqual(closing.body, 'GET /3 close');
  assert.strictEqual(closing.res.headers.connection, 'close');

  const head = await get({ port, path: '/4', method: 'HEAD' });
  assert.strictEqual(head.body, '');
  assert.strictEqual(head.res.headers['content-length'], undefined);
  assert.strictEqual(head.res.headers['content-type'], 'text/plain');

  await assert.rejects(get({ port: 1, host: '127.0.0.1' }), {
    code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1',
  });

  const hangup = net.createServer((s) => s.destroy()).listen(0);
  await new Promise((r) => hangup.on('listening', r));
  await assert.rejects(get({ port: hangup.address().port, agent: false }), {
    code: 'ECONNRESET', message: 'socket hang up',
  });
  hangup.close();

  const raw = await new Promise((resolve) => {
    const c = net.connect(port, () => c.write('GARBAGE\r\n\r\n'));
    let data = '';
    c.on('data', (d) => { data += d; });
    c.on('close', () => resolve(data));
  });
  assert.strictEqual(raw, 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');

  http.globalAgent.destroy();
  server.close();
});
