'use strict';
const assert = require('assert');
const util = require('util');

const plain = { write() {}, on() {}, isTTY: false };
const tty = { write() {}, on() {}, isTTY: true, getColorDepth: () => 8 };
const forced = process.env.FORCE_COLOR !== undefined;

assert.strictEqual(util.styleText('red', 'x', { stream: tty }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
if (!forced) assert.strictEqual(util.styleText('red', 'x', { stream: plain }), 'x');
// As in node 20, an array of formats is always applied.
assert.strictEqual(util.styleText(['red', 'bold'], 'x', { stream: plain }),
                   '\u001b[31m\u001b[1mx\u001b[22m\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'underline'], 'hi'), '\u001b[1m\u001b[4mhi\u001b[24m\u001b[22m');
assert.strictEqual(util.styleText([], 'x'), 'x');
assert.strictEqual(util.styleText('bgRedBright', 'x', { stream: tty }), '\u001b[101mx\u001b[49m');

const formats = "'reset', 'bold', 'dim', 'italic', 'underline', 'blink', 'inverse', 'hidden', " +
  "'strikethrough', 'doubleunderline', 'black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', " +
  "'white', 'bgBlack', 'bgRed', 'bgGreen', 'bgYellow', 'bgBlue', 'bgMagenta', 'bgCyan', 'bgWhite', " +
  "'framed', 'overlined', 'gray', 'redBright', 'greenBright', 'yellowBright', 'blueBright', " +
  "'magentaBright', 'cyanBright', 'whiteBright', 'bgGray', 'bgRedBright', 'bgGreenBright', " +
  "'bgYellowBright', 'bgBlueBright', 'bgMagentaBright', 'bgCyanBright', 'bgWhiteBright'";
assert.throws(() => util.styleText('nope', 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: `The argument 'format' must be one of: ${formats}. Received 'nope'`,
});
assert.throws(() => util.styleText(['red', 1], 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: `The argument 'format' must be one of: ${formats}. Received 1`,
});
assert.throws(() => util.styleText('red', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { stream: { write() {} } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
    'Received an instance of Object',
});
assert.throws(() => util.styleText('red', 'x', { stream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
    'Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { validateStream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. Received type number (1)',
});
