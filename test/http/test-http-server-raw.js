'use strict';
// Responses as bytes on the wire: framing (Content-Length, chunked, none for 204 and HEAD), Connection and
// Keep-Alive headers for HTTP/1.1 and 1.0, header order and case, multi-valued headers.
const assert = require('assert');
const http = require('http');
const net = require('net');

const handlers = {
  '/end': (req, res) => res.end('hi'),
  '/write': (req, res) => {
    res.write('a');
    res.end('b');
  },
  '/head': (req, res) => {
    res.setHeader('X-A', '1');
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.writeHead(201, { 'Content-Type': 'text/plain' });
    res.end();
  },
  '/empty': (req, res) => res.end(),
  '/204': (req, res) => {
    res.statusCode = 204;
    res.end('ignored');
  },
  '/cl': (req, res) => {
    res.setHeader('Content-Length', 3);
    res.write('abc');
    res.end();
  },
  '/reason': (req, res) => {
    res.writeHead(404, 'Nope', [['X-B', '2'], ['x-b', '3']]);
    res.end('x');
  },
};

const expected = {
  '/end 1.1': 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\nhi',
  '/end 1.0': 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: close\r\n\r\nhi',
  '/write 1.1': 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n1\r\na\r\n1\r\nb\r\n0\r\n\r\n',
  '/write 1.0': 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: close\r\n\r\nab',
  '/head 1.1': 'HTTP/1.1 201 Created\r\nX-A: 1\r\nset-cookie: a=1\r\nset-cookie: b=2\r\nContent-Type: text/plain\r\n' +
    'Date: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
  '/head 1.0': 'HTTP/1.1 201 Created\r\nX-A: 1\r\nset-cookie: a=1\r\nset-cookie: b=2\r\nContent-Type: text/plain\r\n' +
    'Date: D\r\nConnection: close\r\n\r\n',
  '/empty 1.1': 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 0\r\n\r\n',
  '/empty 1.0': 'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: close\r\n\r\n',
  '/204 1.1': 'HTTP/1.1 204 No Content\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\n',
  '/204 1.0': 'HTTP/1.1 204 No Content\r\nDate: D\r\nConnection: close\r\n\r\n',
  '/cl 1.1': 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\nabc',
  '/cl 1.0': 'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nDate: D\r\nConnection: close\r\n\r\nabc',
  '/reason 1.1': 'HTTP/1.1 404 Nope\r\nX-B: 2\r\nx-b: 3\r\nDate: D\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n' +
    'Transfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n',
  '/reason 1.0': 'HTTP/1.1 404 Nope\r\nX-B: 2\r\nx-b: 3\r\nDate: D\r\nConnection: close\r\n\r\nx',
};

function fetchRaw(port, path, version) {
  return new Promise((resolve) => {
    const c = net.connect(port, () => c.end(`GET ${path} HTTP/${version}\r\nHost: x\r\n\r\n`));
    let data = '';
    c.setEncoding('latin1');
    c.on('data', (d) => { data += d; });
    c.on('close', () => resolve(data));
  });
}

const server = http.createServer((req, res) => handlers[req.url](req, res));
server.listen(0, async () => {
  const { port } = server.address();
  for (const path of Object.keys(handlers)) {
    for (const version of ['1.1', '1.0']) {
      const raw = await fetchRaw(port, path, version);
      assert.match(raw, /Date: \w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\r\n/);
      assert.strictEqual(raw.replace(/Date: [^\r]*/, 'Date: D'), expected[`${path} ${version}`], `${path} ${version}`);
    }
  }
  server.close();
});
