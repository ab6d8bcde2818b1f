'use strict';
// Session resumption: a client's 'session' buffer given as `session` to the next connection resumes it
// (isSessionReused), over TLS 1.3 and 1.2; an https.Agent keeps sessions per origin and resumes them too.
const assert = require('assert');
const fs = require('fs');
const https = require('https');
const path = require('path');
const tls = require('tls');

const fixture = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', name));
const serverOptions = { key: fixture('server-key.pem'), cert: fixture('server-cert.pem') };

function connections(maxVersion, count) {
  return new Promise((resolve) => {
    const reused = [];
    const server = tls.createServer({ ...serverOptions, maxVersion }, (s) => s.end('x'));
    server.listen(0, '127.0.0.1', () => {
      let session;
      (function next() {
        const c = tls.connect({ port: server.address().port, host: 'localhost', ca: fixture('ca-cert.pem'), session },
                              () => reused.push(c.isSessionReused()));
        c.once('session', (s) => {
          assert.ok(Buffer.isBuffer(s) && s.length > 0);
          session = s;
        });
        c.resume();
        c.on('close', () => (reused.length < count ? setImmediate(next) : server.close(() => resolve(reused))));
      })();
    });
  });
}

(async () => {
  assert.deepStrictEqual(await connections('TLSv1.3', 3), [false, true, true]);
  assert.deepStrictEqual(await connections('TLSv1.2', 3), [false, true, true]);

  const server = https.createServer(serverOptions, (req, res) => res.end(String(req.socket.isSessionReused())));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const agent = new https.Agent({ ca: fixture('ca-cert.pem'), maxCachedSessions: 10 });
  const reused = [];
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve, reject) => {
      const req = https.get({ port: server.address().port, host: 'localhost', agent }, (res) => {
        reused.push(req.socket.isSessionReused());
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
    });
  }
  assert.deepStrictEqual(reused, [false, true, true]);
  assert.strictEqual(Object.keys(agent._sessionCache.map).length, 1);
  server.close();
})();
