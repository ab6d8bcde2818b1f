'use strict';
// The global console: a Console over process.stdout/stderr, created on first use.

const { Console, initConsole } = require('internal/console/constructor');

const globalConsole = Object.create(Console.prototype);
initConsole(globalConsole, {
  stdout: { write: (chunk) => process.stdout.write(chunk), get isTTY() { return process.stdout.isTTY; },
    getColorDepth: () => process.stdout.getColorDepth?.() ?? 1 },
  stderr: { write: (chunk) => process.stderr.write(chunk), get isTTY() { return process.stderr.isTTY; },
    getColorDepth: () => process.stderr.getColorDepth?.() ?? 1 },
});
globalConsole.Console = Console;

module.exports = { console: globalConsole };
