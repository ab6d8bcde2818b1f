'use strict';
// http.request against http.createServer: request fields and duplicate-header folding, the body both ways,
// response fields, the order of events on both sides, and what the client puts on the wire.
const assert = require('assert');
const http = require('http');

const events = [];
const server = http.createServer((req, res) => {
  events.push(['request', req.method, req.url, req.httpVersion]);
  assert.deepStrictEqual(req.headers, {
    'x-a': '1, 2',
    'cookie': 'c=1; d=2',
    'content-type': 't1',
    'host': `localhost:${server.address().port}`,
    'connection': 'keep-alive',
    'transfer-encoding': 'chunked',
  });
  assert.deepStrictEqual(req.rawHeaders, [
    'X-A', '1', 'X-A', '2', 'Cookie', 'c=1; d=2', 'Content-Type', 't1', 'Host', `localhost:${server.address().port}`,
    'Connection', 'keep-alive', 'Transfer-Encoding', 'chunked',
  ]);
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    events.push(['request end', body]);
    res.setHeader('X-Powered', 'me');
    res.setHeader('Set-Cookie', ['s1', 's2']);
    res.end(`got ${body}`);
  });
  res.on('finish', () => events.push(['response finish']));
});

server.listen(0, () => {
  const req = http.request({
    port: server.address().port,
    method: 'POST',
    path: '/p?q=1',
    headers: { 'X-A': ['1', '2'], 'Cookie': ['c=1', 'd=2'], 'Content-Type': 't1' },
  }, (res) => {
    events.push(['response', res.statusCode, res.statusMessage, res.httpVersion]);
    assert.strictEqual(res.headers['x-powered'], 'me');
    assert.deepStrictEqual(res.headers['set-cookie'], ['s1', 's2']);
    assert.strictEqual(res.headers['content-length'], '9');
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { text += d; });
    res.on('end', () => {
      events.push(['response end', text]);
      server.close();
    });
  });
  req.write('body');
  req.end('!');
});

process.on('exit', () => {
  assert.deepStrictEqual(events.filter((e) => e[0].startsWith('request')), [
    ['request', 'POST', '/p?q=1', '1.1'],
    ['request end', 'body!'],
  ]);
  assert.deepStrictEqual(events.filter((e) => e[0].startsWith('response')), [
    ['response finish'],
    ['response', 200, 'OK', '1.1'],
    ['response end', 'got body!'],
  ]);
});
