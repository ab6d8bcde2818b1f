'use strict';
// The legacy constants module: os and fs constants (and crypto's where present) in one frozen object.
const assert = require('assert');
const constants = require('constants');
const os = require('os');
const fs = require('fs');

assert.ok(Object.isFrozen(constants));
assert.strictEqual(require('node:constants'), constants);
const expected = { ...os.constants.dlopen, ...os.constants.errno, ...os.constants.priority,
                   ...os.constants.signals, ...fs.constants };
for (const [name, value] of Object.entries(expected)) assert.strictEqual(constants[name], value, name);
const keys = Object.keys(constants);
assert.deepStrictEqual(keys.slice(0, 5), ['RTLD_LAZY', 'RTLD_NOW', 'RTLD_GLOBAL', 'RTLD_LOCAL', 'RTLD_DEEPBIND']);
assert.ok(keys.indexOf('E2BIG') < keys.indexOf('PRIORITY_LOW'));
assert.ok(keys.indexOf('PRIORITY_HIGHEST') < keys.indexOf('SIGHUP'));
assert.ok(keys.indexOf('SIGSYS') < keys.indexOf('O_RDONLY'));
assert.strictEqual(constants.ENOENT, 2);
assert.strictEqual(constants.O_CREAT, 64);
assert.strictEqual(constants.SIGTERM, 15);
assert.throws(() => { 'use strict'; constants.ENOENT = 3; }, TypeError);
