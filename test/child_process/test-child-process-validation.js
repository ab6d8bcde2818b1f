'use strict';
// Argument checks of ChildProcess#spawn, spawn, spawnSync and fork: node's error codes, messages and order.
const assert = require('assert');
const cp = require('child_process');

const { ChildProcess } = cp;

function throwsWith(fn, code, message) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.code, code);
    if (message !== undefined) assert.strictEqual(err.message, message);
    return true;
  });
}

// ChildProcess#spawn checks stdio, then serialization, then envPairs (with ipc only), then file, then args.
throwsWith(() => new ChildProcess().spawn(null), 'ERR_INVALID_ARG_TYPE',
           'The "options" argument must be of type object. Received null');
throwsWith(() => new ChildProcess().spawn({ stdio: 'ipc', serialization: null }), 'ERR_INVALID_ARG_VALUE',
           "The argument 'stdio' is invalid. Received 'ipc'");
throwsWith(() => new ChildProcess().spawn({ file: 5, serialization: null }), 'ERR_INVALID_ARG_VALUE',
           "The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. Received null");
throwsWith(() => new ChildProcess().spawn({ file: 5, stdio: ['ipc'], envPairs: 3 }), 'ERR_INVALID_ARG_TYPE',
           'The "options.envPairs" property must be an instance of Array. Received type number (3)');
throwsWith(() => new ChildProcess().spawn({ file: 5 }), 'ERR_INVALID_ARG_TYPE',
           'The "options.file" property must be of type string. Received type number (5)');
throwsWith(() => new ChildProcess().spawn({ file: 'true', args: 'x' }), 'ERR_INVALID_ARG_TYPE',
           'The "options.args" property must be an instance of Array. Received type string (\'x\')');
throwsWith(() => new ChildProcess().spawn({ file: 'true', stdio: ['pipe', {}] }), 'ERR_INVALID_ARG_VALUE',
           "The argument 'stdio' is invalid. Received {}");

// Strings and buffers in stdio are input, which only synchronous children take.
throwsWith(() => cp.spawn('true', { stdio: [Buffer.from('x')] }), 'ERR_INVALID_SYNC_FORK_INPUT',
           'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: <Buffer 78>');
throwsWith(() => cp.spawnSync('true', { stdio: ['ipc'] }), 'ERR_IPC_SYNC_FORK',
           'IPC cannot be used with synchronous forks');
throwsWith(() => cp.spawn('true', { stdio: ['ipc', 'ipc'] }), 'ERR_IPC_ONE_PIPE',
           'Child process can have only one IPC pipe');

// uid/gid must be int32 (a larger integer is a type error, not a range error).
throwsWith(() => cp.spawn('true', { uid: 2 ** 63 }), 'ERR_INVALID_ARG_TYPE',
           'The "options.uid" property must be int32. Received type number (9223372036854776000)');
throwsWith(() => cp.spawnSync('true', { gid: 1.5 }), 'ERR_INVALID_ARG_TYPE',
           'The "options.gid" property must be int32. Received type number (1.5)');

// killSignal: a name or number, checked before anything is spawned.
throwsWith(() => cp.spawn('true', { killSignal: true }), 'ERR_INVALID_ARG_TYPE',
           'The "options.killSignal" property must be one of type string or number. Received type boolean (true)');
throwsWith(() => cp.spawnSync('true', { killSignal: 'SIGNOPE' }), 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: SIGNOPE');
throwsWith(() => cp.spawnSync('true', { killSignal: 0 }), 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: 0');
assert.strictEqual(cp.spawnSync('not_a_real_command_x', { killSignal: null }).error.code, 'ENOENT');
assert.strictEqual(cp.spawnSync('not_a_real_command_x', { killSignal: 'sigkill' }).error.code, 'ENOENT');

throwsWith(() => cp.spawn('true', { serialization: 'xml' }), 'ERR_INVALID_ARG_VALUE',
           "The property 'options.serialization' must be one of: undefined, 'json', 'advanced'. Received 'xml'");
throwsWith(() => cp.fork(__filename, { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] }), 'ERR_CHILD_PROCESS_IPC_REQUIRED',
           "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio");
throwsWith(() => cp.fork(__filename, 'x'), 'ERR_INVALID_ARG_TYPE');

// An input that is neither bytes nor a string.
throwsWith(() => cp.spawnSync('true', { stdio: [{ input: 5 }] }), 'ERR_INVALID_ARG_VALUE');
throwsWith(() => cp.spawnSync('true', { input: 5 }), 'ERR_INVALID_ARG_TYPE',
           'The "options.stdio[0]" property must be of type string or an instance of Buffer, TypedArray, ' +
           'or DataView. Received type number (5)');
