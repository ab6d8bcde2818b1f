'use strict';
// Runs the main program the command line named: a script, -e/-p code, or stdin.

const path = require('path');
const { Module } = require('internal/modules/cjs/loader');
const { rewrite, kImport } = require('internal/modules/esm/source_rewrite');
const esmLoader = () => require('internal/modules/esm/loader');

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

// node runs the main file as an ES module for .mjs, or .js / no extension inside a "type": "module" package.
function isModuleEntry(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (filename.endsWith('.cjs')) return false;
  const ext = path.extname(filename);
  if (ext !== '.js' && ext !== '') return false;
  try {
    return require('internal/modules/esm/resolve').fileFormat(filename) === 'module';
  } catch {
    return false;
  }
}

let mainSettled = true;
// Whether the main module still awaits at exit (node's exit code 13).
function isMainUnsettled() {
  return !mainSettled;
}

function trackMain(promise) {
  const { triggerUncaughtException, decorateFromCreation } = require('internal/process/execution');
  mainSettled = false;
  promise.then(() => {
    mainSettled = true;
  }, (err) => {
    mainSettled = true;
    decorateFromCreation(err);
    triggerUncaughtException(err);
  });
}

// --import modules, in order, each evaluated before the next and before the main entry.
function runImports(imports, then) {
  const { importModule } = require('internal/modules/esm/loader');
  const parent = require('internal/url').pathToFileURL(`${process.cwd()}/`).href;
  let chain = Promise.resolve();
  for (const specifier of imports) chain = chain.then(() => importModule(specifier, parent));
  trackMain(chain.then(then));
}

function runModuleEval(source, name) {
  Object.defineProperty(process, '_eval', { value: source, writable: false, enumerable: true, configurable: true });
  const { runEntry } = require('internal/modules/esm/loader');
  const url = require('internal/url').pathToFileURL(path.join(process.cwd(), name)).href;
  return runEntry(url, source);
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
  const rewritten = rewrite(source, false);
  if (rewritten.rewritten) {
    // import() in -e code: the loader's entry point as a hidden global, bound to the [eval] file.
    Object.defineProperty(globalThis, kImport, {
      value: esmLoader().importerFor(module.filename),
      writable: true, enumerable: false, configurable: true,
    });
    source = rewritten.source;
  }
  // Indirect eval runs the code as a global script; sourceURL names it like node does.
  const result = (0, eval)(`${source}\n//# sourceURL=${name}`);
  if (print) {
    const { log } = require('console');
    log(result);
  }
}

function run(options) {
  const { settings } = options;
  if (settings['--preserve-symlinks'] === 'true') process.preserveSymlinks = true;
  if (settings['--preserve-symlinks-main'] === 'true') process.preserveSymlinksMain = true;
  // A worker talks to its parent (stdio included) before any of its code runs, preloaded modules too.
  const workerLoad = options.mode === 'worker' ? require('internal/main/worker_thread').setup() : undefined;
  const preloads = settings['--require'];
  if (preloads) Module._preloadModules(preloads.split('\n'));
  const imports = settings['--import'] ? settings['--import'].split('\n') : [];
  const moduleInput = settings['--input-type'] === 'module';
  if (imports.length > 0) {
    runImports(imports, () => runMode(options, moduleInput, workerLoad));
  } else {
    runMode(options, moduleInput, workerLoad);
  }
}

function runMode(options, moduleInput, workerLoad) {
  const { mode, script } = options;
  switch (mode) {
    case 'eval':
      if (moduleInput) return trackOrReturn(runModuleEval(script, '[eval1]'));
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
      if (moduleInput) return trackOrReturn(runModuleEval(source, '[stdin]'));
      runEval(source, false, '[stdin]');
      break;
    }
    default: {
      const main = path.resolve(script);
      process.argv[1] = main;
      if (isModuleEntry(main)) {
        const { runEntry } = require('internal/modules/esm/loader');
        return trackOrReturn(runEntry(require('internal/url').pathToFileURL(main).href));
      }
      Module.runMain(main);
    }
  }
}

// The main module's evaluation: tracked here, or handed to the --import chain that waits for it.
function trackOrReturn(promise) {
  if (!mainSettled) return promise;
  trackMain(promise);
  return undefined;
}

module.exports = { run, isMainUnsettled };
