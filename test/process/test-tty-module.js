'use strict';
// tty: isatty for non-terminals and bad fds, the stream constructors' errors, and node's color-depth rules.
const assert = require('assert');
const tty = require('tty');

assert.deepStrictEqual(Object.keys(tty), ['isatty', 'ReadStream', 'WriteStream']);
assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty(1.5), false);
assert.strictEqual(tty.isatty(2 ** 31), false);
assert.strictEqual(tty.isatty('0'), false);
assert.throws(() => new tty.ReadStream(-1), { code: 'ERR_INVALID_FD', message: '"fd" must be a positive integer: -1' });

const depth = (env) => tty.WriteStream.prototype.getColorDepth(env);
assert.deepStrictEqual(
  [{}, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'linux' }, { TERM: 'dumb' }, { TERM: 'foo' },
    { COLORTERM: 'truecolor' }, { FORCE_COLOR: '0' }, { FORCE_COLOR: '' }, { NO_COLOR: '1', TERM: 'xterm' },
    { CI: '1', GITHUB_ACTIONS: '1' }, { CI: '1' }, { TMUX: '1' },
    { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.0' }, { TERM: 'screen-256color' }, { COLORTERM: '1' }]
    .map(depth),
  [1, 4, 8, 4, 1, 1, 24, 1, 4, 1, 8, 1, 8, 24, 4, 4]);
assert.strictEqual(tty.WriteStream.prototype.hasColors(256, { TERM: 'xterm-256color' }), true);
assert.strictEqual(tty.WriteStream.prototype.hasColors(256, { TERM: 'xterm' }), false);
