'use strict';
// The ES module loader: the module map (one record per URL), loading and linking a graph, instantiation and
// evaluation through internalBinding('module_wrap'), dynamic import() and import.meta for every kind of code.
//
// A graph loads synchronously: each module is read, scanned for its static requests (internal/modules/esm/lexer),
// compiled, its requests resolved and their modules created, then its edges go to Java in one `link` call. V8
// instantiates from those edges and evaluates, answering a promise (top-level await included).

const { pathToFileURL, fileURLToPath } = require('internal/url');
const binding = internalBinding('module_wrap');
const { requireBuiltin } = require('internal/bootstrap/realm');
const { defaultResolve } = require('internal/modules/esm/resolve');
const translators = require('internal/modules/esm/translators');
const { decorateErrorStack } = require('internal/process/execution');
const {
  codes: {
    ERR_IMPORT_ASSERTION_TYPE_FAILED,
    ERR_IMPORT_ASSERTION_TYPE_MISSING,
    ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
    ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
    ERR_REQUIRE_ASYNC_MODULE,
    ERR_UNKNOWN_MODULE_FORMAT,
  },
} = require('internal/errors');

const { getPromiseDetails, constants: { kPending, kRejected } } = internalBinding('util');
const records = new Map();
let hookModuleId = -1;

// Errors from compiling or instantiating come back as [message, line, sourceLine, startColumn, endColumn, file].
// A compile error reads like node's (blank line after the caret); a link error has none.
function errorFromDescription(info, fallbackFile, blankLine = true) {
  const [message, line, sourceLine, startColumn, endColumn, file] = info;
  const m = /^(\w*Error): ([\s\S]*)$/.exec(String(message));
  const Ctor = m !== null && typeof globalThis[m[1]] === 'function' ? globalThis[m[1]] : SyntaxError;
  const err = new Ctor(m !== null ? m[2] : String(message));
  const caret = ' '.repeat(Math.max(0, startColumn)) + '^'.repeat(Math.max(1, endColumn - startColumn));
  decorateErrorStack(err, `${file || fallbackFile}:${line}\n${sourceLine}\n${caret}${blankLine ? '\n' : ''}`);
  return err;
}

// Like node, a module that failed to compile fails again with the same error object.
const failedCompiles = new Map();

function compile(url, source) {
  const id = binding.compileModule(url, source);
  if (typeof id !== 'number') {
    const err = errorFromDescription(id, url);
    failedCompiles.set(url, err);
    throw err;
  }
  return id;
}

function hookModule() {
  if (hookModuleId < 0) {
    hookModuleId = binding.createSyntheticModule(translators.kHookSpecifier, { facade, meta, dynamicImport });
  }
  return hookModuleId;
}

function checkAttributes(url, format, attributes) {
  for (const key of Object.keys(attributes)) {
    if (key !== 'type') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key]);
  }
  const type = attributes.type;
  if (type === undefined) {
    if (format === 'json') throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, 'json');
    return;
  }
  if (type !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  if (format !== 'json') throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, 'json');
}

// The record for `url`, created (read and compiled) on first use.
function getRecord(url, format, attributes, source) {
  checkAttributes(url, format, attributes);
  let rec = records.get(url);
  if (rec !== undefined) return rec;
  const failed = failedCompiles.get(url);
  if (failed !== undefined) throw failed;
  rec = {
    url, format, id: -1, requests: [], usesHooks: true, linked: false, evaluate: null, setter: null,
    promise: undefined, requireFacade: undefined,
  };
  switch (format) {
    case 'module': {
      const r = translators.moduleSource(url, source ?? translators.readSource(url));
      rec.requests = r.requests;
      rec.usesHooks = r.usesHooks;
      rec.id = compile(url, r.source);
      break;
    }
    case 'commonjs': {
      const filename = fileURLToPath(url);
      const names = [...translators.commonJsNames(filename, source ?? translators.readSource(url))];
      rec.evaluate = () => {
        const { Module } = require('internal/modules/cjs/loader');
        const exports = Module._cache[filename]?.exports ?? Module._load(filename, undefined, false);
        return [exports, names.map((n) => (exports == null ? undefined : exports[n]))];
      };
      rec.id = compile(url, translators.facadeSource(url, names));
      break;
    }
    case 'builtin': {
      const exports = requireBuiltin(url.slice(5));
      const names = Object.keys(exports).filter((n) => n !== 'default');
      rec.evaluate = () => [exports, names.map((n) => exports[n])];
      rec.id = compile(url, translators.facadeSource(url, names));
      break;
    }
    case 'json': {
      const text = source ?? translators.readSource(url);
      let value;
      try {
        value = JSON.parse(text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text);
      } catch (err) {
        err.message = `${url.startsWith('file:') ? fileURLToPath(url) : url}: ${err.message}`;
        throw err;
      }
      rec.evaluate = () => [value, []];
      rec.id = compile(url, translators.facadeSource(url, []));
      break;
    }
    default:
      throw new ERR_UNKNOWN_MODULE_FORMAT(format, url);
  }
  records.set(url, rec);
  return rec;
}

// Resolves and creates every module reachable from `root` and hands each one's edges to Java.
function linkGraph(root) {
  if (root.linked) return;
  const done = [];
  const stack = [root];
  root.linked = true;
  try {
    while (stack.length > 0) {
      const rec = stack.pop();
      done.push(rec);
      const specifiers = [];
      const ids = [];
      for (const { specifier, attributes } of rec.requests) {
        const { url, format } = defaultResolve(specifier, rec.url);
        const child = getRecord(url, format, attributes);
        specifiers.push(specifier);
        ids.push(child.id);
        if (!child.linked) {
          child.linked = true;
          stack.push(child);
        }
      }
      if (rec.usesHooks) {
        specifiers.push(translators.kHookSpecifier);
        ids.push(hookModule());
      }
      binding.link(rec.id, specifiers.join('\0'), ids.join(','));
    }
  } catch (err) {
    for (const rec of done) rec.linked = false;
    for (const rec of stack) rec.linked = false;
    throw err;
  }
}

function instantiate(rec) {
  const ok = binding.instantiate(rec.id);
  if (Array.isArray(ok)) {
    const err = errorFromDescription(ok, rec.url, false);
    explainCommonJsExport(err, ok[5], ok[2]);
    throw err;
  }
}

// A name missing from a CommonJS module: node explains that named exports of CommonJS are a static guess.
function explainCommonJsExport(err, importerURL, sourceLine) {
  const m = /^The requested module '(.*)' does not provide an export named '(.*)'$/.exec(err.message);
  if (m === null || !records.has(importerURL)) return;
  const [, specifier, name] = m;
  let child;
  try {
    child = records.get(defaultResolve(specifier, importerURL).url);
  } catch {
    return;
  }
  if (child === undefined || child.format !== 'commonjs') return;
  const named = /\{[^}]*\}/.exec(sourceLine);
  const destructuring = named === null ? '' : `const ${named[0].replace(/\s+as\s+/g, ': ')} = pkg;\n`;
  const old = err.message;
  err.message = `Named export '${name}' not found. The requested module '${specifier}' is a CommonJS module, which ` +
    'may not support all module.exports as named exports.\nCommonJS modules can always be imported via the default ' +
    `export, for example using:\n\nimport pkg from '${specifier}';\n${destructuring}`;
  err.stack = err.stack.replace(old, err.message);
}

const kStatusEvaluating = 3;
const kStatusErrored = 5;

// Links and evaluates a record; answers the promise of its evaluation. V8 evaluates a module once: one already
// evaluated (here or as another module's dependency) answers how that went.
function run(rec) {
  if (rec.promise !== undefined) return rec.promise;
  linkGraph(rec);
  instantiate(rec);
  const promise = binding.evaluate(rec.id);
  if (promise !== undefined) {
    rec.promise = promise;
    return promise;
  }
  const status = binding.getStatus(rec.id);
  if (status === kStatusErrored) return Promise.reject(binding.getError(rec.id));
  if (status === kStatusEvaluating) return Promise.resolve();
  rec.promise = Promise.resolve();
  return rec.promise;
}

function importModule(specifier, parentURL, attributes = { __proto__: null }) {
  try {
    const { url, format } = defaultResolve(specifier, parentURL);
    const rec = getRecord(url, format, attributes);
    return run(rec).then(() => binding.getNamespace(rec.id));
  } catch (err) {
    return Promise.reject(err);
  }
}

// require() of an ES module: loads and evaluates it now; a graph that awaits at top level cannot be required.
function requireModule(filename, parentFilename) {
  const url = pathToFileURL(filename).href;
  const rec = getRecord(url, 'module', { __proto__: null });
  const promise = run(rec);
  promise.then(undefined, () => {});
  const [state, result] = getPromiseDetails(promise);
  if (state === kPending) throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  if (state === kRejected) throw result;
  return requireNamespace(rec);
}

// With a default export, require() answers a namespace that also says __esModule: true (for transpiled code).
function requireNamespace(rec) {
  const namespace = binding.getNamespace(rec.id);
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  if (rec.requireFacade === undefined) {
    const url = `${rec.url}#node4j-require`;
    const target = JSON.stringify(rec.url);
    const id = compile(url, `export * from ${target};export{default}from ${target};export const __esModule=true;`);
    binding.link(id, rec.url, `${rec.id}`);
    instantiate({ id, url });
    binding.evaluate(id);
    rec.requireFacade = id;
  }
  return binding.getNamespace(rec.requireFacade);
}

// Called by a facade module as it evaluates: runs what it stands for and fills in its bindings.
function facade(url, setter) {
  const rec = records.get(url);
  const [defaultValue, values] = rec.evaluate();
  setter(defaultValue, values);
  if (rec.format === 'builtin') rec.setter = setter;
}

// module.syncBuiltinESMExports(): builtin facades take the current values of their builtin's exports.
function syncBuiltinESMExports() {
  for (const rec of records.values()) {
    if (rec.setter !== null) {
      const [defaultValue, values] = rec.evaluate();
      rec.setter(defaultValue, values);
    }
  }
}

const initializedMetas = new WeakSet();
function meta(object, url) {
  if (initializedMetas.has(object)) return object;
  initializedMetas.add(object);
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    object.dirname = require('path').dirname(filename);
    object.filename = filename;
  }
  object.resolve = function resolve(specifier) {
    return resolveForMeta(`${specifier}`, url);
  };
  object.url = url;
  return object;
}

function resolveForMeta(specifier, parentURL) {
  try {
    return defaultResolve(specifier, parentURL).url;
  } catch (err) {
    if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && err.url) return err.url;
    throw err;
  }
}

// import(specifier, options) from the module or script at `referrerURL`.
function dynamicImport(specifier, options, referrerURL) {
  let attributes = { __proto__: null };
  try {
    specifier = `${specifier}`;
    if (options !== undefined) {
      if (options === null || typeof options !== 'object') {
        throw new TypeError('The second argument to import() must be an object');
      }
      const given = options.with ?? options.assert;
      if (given !== undefined) {
        if (given === null || typeof given !== 'object') {
          throw new TypeError("The 'assert' option must be an object");
        }
        for (const key of Object.keys(given)) {
          if (typeof given[key] !== 'string') {
            throw new TypeError('Import assertion value must be a string');
          }
          attributes[key] = given[key];
        }
      }
    }
  } catch (err) {
    return Promise.reject(err);
  }
  // Like node, loading starts after the importing code has run on.
  return Promise.resolve().then(() => importModule(specifier, referrerURL, attributes));
}

// The function a CommonJS module or a script calls for `import(`, bound to where it lives.
function importerFor(filenameOrURL) {
  let referrer;
  return function importModuleDynamically(specifier, options) {
    referrer ??= filenameOrURL.startsWith('/') ? pathToFileURL(filenameOrURL).href : filenameOrURL;
    return dynamicImport(specifier, options, referrer);
  };
}

// The main entry, or -e code with --input-type=module: evaluates it; answers the evaluation promise.
function runEntry(url, source) {
  const { format } = source === undefined ? defaultResolve(url, undefined) : { format: 'module' };
  const rec = getRecord(url, format, { __proto__: null }, source);
  return run(rec);
}

module.exports = { importModule, runEntry, importerFor, syncBuiltinESMExports, dynamicImport, requireModule };
