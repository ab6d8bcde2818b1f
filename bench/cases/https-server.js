'use strict';
// https hello-world server for the wrk case (the TLS twin of http-server.js): listens on 127.0.0.1 port 0 with
// the test fixtures' certificate, prints {"port":N} as its first line; bench/run drives wrk -c50 against it over
// https (keep-alive, so mostly the record layer, few handshakes), then kills it. Exits by itself after 120 s.
const fs = require('fs');
const https = require('https');
const path = require('path');

const fixtures = path.join(__dirname, '..', '..', 'test', 'tls', 'fixtures');
const body = 'Hello World\n';
const server = https.createServer({
  key: fs.readFileSync(path.join(fixtures, 'server-key.pem')),
  cert: fs.readFileSync(path.join(fixtures, 'server-cert.pem')),
}, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  console.log(JSON.stringify({ port: server.address().port }));
});
setTimeout(() => process.exit(0), 120000).unref();
