'use strict';
// new Console({ colorMode }): only 'auto', true and false are accepted.

const assert = require('assert');
const { Console } = require('console');
const { Writable } = require('stream');

const sink = new Writable({ write(chunk, encoding, done) { done(); } });
for (const colorMode of ['auto', true, false]) new Console({ stdout: sink, colorMode });
for (const colorMode of [0, 'true', null, {}]) {
  assert.throws(() => new Console({ stdout: sink, colorMode }), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
    message: `The argument 'colorMode' must be one of: 'auto', true, false. Received ${require('util').inspect(colorMode)}`,
  });
}
