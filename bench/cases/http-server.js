'use strict';
// http hello-world server for the wrk case: listens on 127.0.0.1 port 0, prints {"port":N} as its
// first line; bench/run drives wrk -c50 against it, then kills it. Exits by itself after 120 s.
const http = require('http');

const body = 'Hello World\n';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
setTimeout(() => process.exit(0), 120000).unref();
