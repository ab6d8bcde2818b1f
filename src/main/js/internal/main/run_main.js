'use strict';
// Runs the main program the command line named: a script, -e/-p code, or stdin.

const path = require('path');
const { Module } = require('internal/modules/cjs/loader');

// Like node's -e/-p: every loadable builtin module is a lazy global (`fs`, `os`, …) until the code assigns it.
function addBuiltinLibsToGlobal() {
  const { isImplemented, publicBuiltins } = require('internal/bootstrap/realm');
  for (const name of publicBuiltins) {
    if (name.includes('/') || name.startsWith('_') || name === 'module' || name === 'process' ||
        name in globalThis || !isImplemented(name)) {
      continue;
    }
    const setReal = (value) => {
      Object.defineProperty(globalThis, name, { value, writable: true, enumerable: true, configurable: true });
    };
    Object.defineProperty(globalThis, name, {
      get() {
        const lib = require(name);
        Object.defineProperty(globalThis, name, { value: lib, writable: true, enumerable: false, configurable: true });
        return lib;
      },
      set: setReal,
      enumerable: false,
      configurable: true,
    });
  }
}

function runEval(source, print, name) {
  Object.defineProperty(process, '_eval', { value: source, writable: false, enumerable: true, configurable: true });
  if (print) process._print_eval = true;
  addBuiltinLibsToGlobal();
  const module = new Module(name);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  const require = (id) => module.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
  require.cache = Module._cache;
  require.main = undefined;
  globalThis.__filename = name;
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__dirname = '.';
  globalThis.require = require;
  // Indirect eval runs the code as a global script; sourceURL names it like node does.
  const result = (0, eval)(`${source}\n//# sourceURL=${name}`);
  if (print) {
    const { log } = require('console');
    log(result);
  }
}

function run(options) {
  const { mode, script, settings } = options;
  if (settings['--preserve-symlinks'] === 'true') process.preserveSymlinks = true;
  if (settings['--preserve-symlinks-main'] === 'true') process.preserveSymlinksMain = true;
  // A worker talks to its parent (stdio included) before any of its code runs, preloaded modules too.
  const workerLoad = mode === 'worker' ? require('internal/main/worker_thread').setup() : undefined;
  const preloads = settings['--require'];
  if (preloads) Module._preloadModules(preloads.split('\n'));
  switch (mode) {
    case 'eval':
      runEval(script, false, '[eval]');
      break;
    case 'print':
      runEval(script, true, '[eval]');
      break;
    case 'worker':
      require('internal/main/worker_thread').run(workerLoad, script, runEval);
      break;
    case 'stdin': {
      const source = internalBinding('process_methods').readStdinSync();
      runEval(source, false, '[stdin]');
      break;
    }
    default: {
      const main = path.resolve(script);
      process.argv[1] = main;
      Module.runMain(main);
    }
  }
}

module.exports = { run };
