'use strict';
// The first JS to run in an isolate, as function (natives). It sets up internalBinding and the loader of the
// builtin modules, then runs internal/bootstrap/node and returns the entry points the Java loop calls.

const bindings = { __proto__: null };
function internalBinding(name) {
  let b = bindings[name];
  if (b === undefined) {
    b = natives.getBinding(name);
    if (b === undefined) throw new Error(`No such binding: ${name}`);
    bindings[name] = b;
  }
  return b;
}

const { compileFunction, hasBuiltin } = internalBinding('builtins');

// What `require('x')` and `module.builtinModules` can see (node 20's public builtins).
const publicBuiltins = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream', 'stream/consumers',
  'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];
// Reachable only with the node: scheme.
const schemeOnlyBuiltins = ['test', 'test/reporters', 'sea'];

const publicBuiltinSet = new Set(publicBuiltins);
const modules = new Map();
const processPrototype = {};
const process = Object.create(processPrototype);
const moduleLoadList = [];

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  const cached = modules.get(id);
  if (cached !== undefined) return cached.exports;
  const fn = compileFunction(id);
  if (fn === undefined) {
    const err = new Error(publicBuiltinSet.has(id) || schemeOnlyBuiltins.includes(id)
      ? `No such built-in module: ${id} (node4j does not implement it yet)` : `No such built-in module: ${id}`);
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
  }
  const mod = { exports: {}, id, loaded: false };
  modules.set(id, mod);
  moduleLoadList.push(`NativeModule ${id}`);
  fn(mod.exports, requireBuiltin, mod, process, internalBinding);
  mod.loaded = true;
  return mod.exports;
}

// Node's builtin names are builtins whether node4j implements them or not: no package can shadow them, and
// requiring one node4j lacks fails with a clear error.
function canBeRequiredByUsers(id) {
  return publicBuiltinSet.has(id) || (internalsExposed && id.startsWith('internal/') && hasBuiltin(id));
}

function canBeRequiredWithScheme(id) {
  return publicBuiltinSet.has(id) || schemeOnlyBuiltins.includes(id);
}

// --expose-internals: user code may require('internal/…') (node's own tests rely on it).
let internalsExposed = false;
function exposeInternals() {
  internalsExposed = true;
}

function isImplemented(id) {
  return hasBuiltin(id);
}

modules.set('internal/bootstrap/realm', {
  id: 'internal/bootstrap/realm',
  loaded: true,
  exports: {
    internalBinding,
    requireBuiltin,
    canBeRequiredByUsers,
    canBeRequiredWithScheme,
    exposeInternals,
    isImplemented,
    publicBuiltins,
    processPrototype,
    moduleLoadList,
    isBuiltinLoaded: (id) => modules.has(id),
  },
});

return requireBuiltin('internal/bootstrap/node');
