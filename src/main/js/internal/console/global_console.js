'use strict';
// The global console: like node's, a plain object (not a Console instance, though `instanceof Console` holds)
// carrying the bound Console methods. Its `_stdout` / `_stderr` follow process.stdout / process.stderr until
// assigned.

const { Console, bindMethods, initState } = require('internal/console/constructor');

const globalConsole = { __proto__: {} };
bindMethods(globalConsole, Console.prototype);
initState(globalConsole, true);
globalConsole.Console = Console;

// The inspector-only methods of V8's console: without an inspector they do nothing, as in node.
for (const name of ['profile', 'profileEnd', 'timeStamp', 'context']) {
  globalConsole[name] = { [name]() {} }[name];
}

function defineStream(name, defaultStream) {
  let stream;
  Object.defineProperty(globalConsole, name, {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return stream ?? defaultStream();
    },
    set(value) {
      stream = value;
    },
  });
}
defineStream('_stdout', () => process.stdout);
defineStream('_stderr', () => process.stderr);

module.exports = { console: globalConsole };
