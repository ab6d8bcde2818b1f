'use strict';
// process.getActiveResourcesInfo / _getActiveHandles / _getActiveRequests name what keeps the loop alive.

const assert = require('assert');
const fs = require('fs');
const net = require('net');

const count = (list, name) => list.filter((x) => x === name).length;
const baseline = process.getActiveResourcesInfo();

for (let i = 0; i < 3; i++) fs.stat(__filename, () => {});
fs.promises.readFile(__filename).then(() => {});
require('dns').lookup('localhost', () => {});
setTimeout(() => {}, 1);
setTimeout(() => {}, 1).unref();
setInterval(() => {}, 1).unref();
setImmediate(() => {});
setImmediate(() => {}).unref();

const info = process.getActiveResourcesInfo();
assert.strictEqual(count(info, 'FSReqCallback') - count(baseline, 'FSReqCallback'), 3);
assert.strictEqual(count(info, 'FSReqPromise'), 1);
assert.strictEqual(count(info, 'GetAddrInfoReqWrap'), 1);
assert.strictEqual(count(info, 'Timeout'), 1, 'unref\'d timers are not listed');
assert.strictEqual(count(info, 'Immediate'), 1);
assert.deepStrictEqual(process._getActiveRequests().map((r) => r.constructor.name).sort(),
                       ['FSReqCallback', 'FSReqCallback', 'FSReqCallback', 'FSReqPromise', 'GetAddrInfoReqWrap']);

const server = net.createServer((conn) => conn.end()).listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    const handles = process._getActiveHandles();
    assert.ok(handles.includes(server));
    assert.ok(handles.includes(client));
    const now = process.getActiveResourcesInfo();
    assert.strictEqual(count(now, 'TCPServerWrap'), 1);
    assert.ok(count(now, 'TCPSocketWrap') >= 1);
    server.unref();
    assert.strictEqual(process._getActiveHandles().includes(server), false, 'unref\'d handles are not listed');
    client.on('close', () => server.close());
  });
});
