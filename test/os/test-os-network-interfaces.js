'use strict';
const assert = require('assert');
const os = require('os');

const ifaces = os.networkInterfaces();
assert.strictEqual(typeof ifaces, 'object');

function bits(netmask, v6) {
  let n = 0;
  if (v6) {
    for (const w of netmask.split(':')) if (w) n += [...parseInt(w, 16).toString(2)].filter((c) => c === '1').length;
  } else {
    for (const o of netmask.split('.')) n += [...(+o).toString(2)].filter((c) => c === '1').length;
  }
  return n;
}

for (const [name, list] of Object.entries(ifaces)) {
  assert.ok(Array.isArray(list) && list.length > 0, name);
  // IPv4 addresses come before IPv6 ones, as getifaddrs lists them.
  const families = list.map((e) => e.family);
  assert.deepStrictEqual(families, [...families].sort());
  for (const e of list) {
    const v6 = e.family === 'IPv6';
    assert.deepStrictEqual(Object.keys(e), v6 ?
      ['address', 'netmask', 'family', 'mac', 'internal', 'cidr', 'scopeid'] :
      ['address', 'netmask', 'family', 'mac', 'internal', 'cidr']);
    assert.match(e.mac, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.strictEqual(typeof e.internal, 'boolean');
    assert.strictEqual(e.cidr, `${e.address}/${bits(e.netmask, v6)}`);
    if (v6) {
      assert.ok(Number.isInteger(e.scopeid));
      // Only link-local addresses carry a scope.
      if (!e.address.startsWith('fe80:')) assert.strictEqual(e.scopeid, 0);
      assert.doesNotMatch(e.address, /:0[0-9a-f]|::.*::/);
    } else {
      assert.match(e.address, /^\d+\.\d+\.\d+\.\d+$/);
    }
  }
}

if (ifaces.lo) {
  assert.deepStrictEqual(ifaces.lo[0], {
    address: '127.0.0.1', netmask: '255.0.0.0', family: 'IPv4', mac: '00:00:00:00:00:00', internal: true,
    cidr: '127.0.0.1/8',
  });
  const v6 = ifaces.lo.find((e) => e.family === 'IPv6');
  if (v6) {
    assert.deepStrictEqual(v6, {
      address: '::1', netmask: 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', family: 'IPv6',
      mac: '00:00:00:00:00:00', internal: true, cidr: '::1/128', scopeid: 0,
    });
  }
}
