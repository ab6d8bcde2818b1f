'use strict';
// vm: compiling and running code in the main context or in a "contextified" sandbox object.
//
// Javet gives an isolate exactly one V8 context (no API creates a second one, and ShadowRealm cannot share
// objects), so a vm context is emulated over the main one:
// - Code in a context runs through a sloppy direct `eval` inside `with (scope)`, where `scope` is a Proxy over the
//   sandbox that claims every name: reads come from the sandbox, else from the ECMAScript globals of the main
//   context (Object, Array, JSON, …), else are undefined; writes and `var` assignments land on the sandbox.
//   Top-level function declarations are copied onto the sandbox after the run. `this`/`globalThis` is a second
//   Proxy (the context's global) that answers `in`, reads and writes through to the sandbox.
// - What differs from node: the intrinsics are shared with the main context (`vm.runInNewContext('[]') instanceof
//   Array` is true, and changes to `Array.prototype` are seen on both sides); reading an undeclared name gives
//   undefined instead of a ReferenceError; host globals (process, Buffer, setTimeout…) read as undefined but
//   `Function('return this')()` and `this` in sloppy functions still reach the main global; top-level
//   let/const/class do not persist between runs, and `var x;` without a value leaves no property; code runs
//   sloppy even after a leading 'use strict', and a failed write to a read-only sandbox property is silent;
//   `console` in a context is silent (as V8's default console is); microtaskMode, importModuleDynamically,
//   codeGeneration and breakOnSigint are checked and have no effect; measureMemory reports the whole isolate.
// - In a context whose code declares a named function, the code is wrapped in a block, which shifts columns on
//   the first line by one when no lineOffset/columnOffset leaves room for the brace.
// - runInThisContext is an indirect eval: script semantics, except that top-level let/const/class do not persist
//   and top-level `var`s can be deleted.
// - cachedData is checked like V8 checks it (header, V8 version and flags, source length) and otherwise unused.
// Stack frames of the top-level code read `at <filename>:line:col` as in node once the error leaves vm.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_SCRIPT_EXECUTION_TIMEOUT },
} = require('internal/errors');
const {
  validateBoolean, validateInt32, validateObject, validateOneOf, validateString, validateUint32, validateArray,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { kArrow } = require('internal/process/execution');
const { compileFunction: compileNative, compileScript, runWithTimeout } = internalBinding('contextify');

const kDefaultFilename = 'evalmachine.<anonymous>';
const kScopeParam = '__node4jVmScope';
const kCodeParam = '__node4jVmCode';
const kExportParam = '__node4jVmExport';
const kInternalNames = new Set([kScopeParam, kCodeParam, kExportParam, `${kExportParam}Done`, 'arguments']);
const kIntrinsics = new Set([
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity', 'NaN', 'undefined', 'Boolean',
  'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError', 'EvalError', 'RangeError',
  'ReferenceError', 'SyntaxError', 'TypeError', 'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array', 'Float32Array',
  'Float64Array', 'Uint8ClampedArray', 'BigUint64Array', 'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set',
  'WeakMap', 'WeakSet', 'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef', 'decodeURI',
  'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape', 'eval', 'isFinite', 'isNaN',
  'SharedArrayBuffer', 'Atomics', 'WebAssembly',
]);
const mainGlobal = globalThis;
const realEval = eval;

const constants = Object.freeze({
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
});

// sandbox (or its scope, for DONT_CONTEXTIFY) → its context record
const contexts = new WeakMap();

let silentConsole;
function contextConsole() {
  if (silentConsole === undefined) {
    silentConsole = {};
    for (const name of Object.keys(mainGlobal.console)) {
      if (typeof mainGlobal.console[name] === 'function') silentConsole[name] = function() {};
    }
  }
  return silentConsole;
}

// What the context's code sees of a name that the sandbox lacks.
function fallback(key, record) {
  if (typeof key !== 'string') return undefined;
  if (key === 'globalThis') return record.global;
  if (key === 'console') return contextConsole();
  return kIntrinsics.has(key) ? mainGlobal[key] : undefined;
}

// Two views of a sandbox: `scope`, the object of the `with` that claims every name so that assignments land on
// the sandbox, and `global`, the context's `this`/`globalThis`, which answers `in` and property reads truthfully.
function registerContext(sandbox, options) {
  const record = { sandbox, scope: undefined, global: undefined, name: options.name, origin: options.origin };
  const common = {
    get(target, key) {
      if (!(key in target)) return fallback(key, record);
      // The sandbox itself reads as the context's global, as node maps it to the global proxy.
      const value = Reflect.get(target, key);
      return value === sandbox ? record.global : value;
    },
    set(target, key, value) {
      return Reflect.set(target, key, value);
    },
  };
  record.scope = new Proxy(sandbox, {
    __proto__: common,
    has(target, key) {
      return typeof key === 'symbol' || !kInternalNames.has(key);
    },
    get(target, key) {
      return key === Symbol.unscopables ? undefined : common.get(target, key);
    },
  });
  record.global = new Proxy(sandbox, {
    __proto__: common,
    has(target, key) {
      return key in target || key === 'globalThis' || key === 'console' || kIntrinsics.has(key);
    },
  });
  contexts.set(sandbox, record);
  return record;
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return contexts.has(object);
}

let contextCount = 0;
function createContext(contextObject = {}, options = {}) {
  if (contextObject !== constants.DONT_CONTEXTIFY) {
    validateObject(contextObject, 'object', kValidateObjectAllowObjects);
    if (contexts.has(contextObject)) return contextObject;
  }
  validateObject(options, 'options');
  const {
    name = `VM Context ${++contextCount}`, origin, codeGeneration, microtaskMode, importModuleDynamically,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined) validateOneOf(microtaskMode, 'options.microtaskMode', ['afterEvaluate']);
  validateImportCallback(importModuleDynamically);
  if (contextObject === constants.DONT_CONTEXTIFY) {
    const record = registerContext({}, { name, origin });
    contexts.set(record.global, record);
    return record.global;
  }
  registerContext(contextObject, { name, origin });
  return contextObject;
}

function validateImportCallback(fn) {
  if (fn !== undefined && typeof fn !== 'function' && fn !== constants.USE_MAIN_CONTEXT_DEFAULT_LOADER) {
    throw new ERR_INVALID_ARG_TYPE('options.importModuleDynamically', ['function', 'undefined'], fn);
  }
}

function contextRecord(contextifiedObject) {
  validateObject(contextifiedObject, 'contextifiedObject', kValidateObjectAllowObjects);
  const record = contexts.get(contextifiedObject);
  if (record === undefined) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
  return record;
}

// --- compiling ---

// A V8 code cache starts with 32-bit words: magic, V8 version hash, source hash (the length), flags hash,
// read-only snapshot checksum, payload length.
let versionHeader;
function cacheHeader() {
  versionHeader ??= new Uint32Array(compileScript('0', kDefaultFilename, 0, 0, true), 0, 5);
  return versionHeader;
}

function cachedDataAccepted(data, source) {
  if (data.byteLength < 32) return false;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const header = cacheHeader();
  return view.getUint32(0, true) === header[0] && view.getUint32(4, true) === header[1] &&
    view.getUint32(8, true) === source.length && view.getUint32(12, true) === header[3] &&
    view.getUint32(16, true) === header[4] && view.getUint32(20, true) <= data.byteLength - 24;
}

function makeSyntaxError(info, filename) {
  const [message, line, sourceLine, startColumn, endColumn] = info;
  const err = new SyntaxError(String(message).replace(/^SyntaxError: /, ''));
  const caret = ' '.repeat(Math.max(0, startColumn)) + '^'.repeat(Math.max(0, endColumn - startColumn));
  Error.captureStackTrace(err, makeSyntaxError);
  prependArrow(err, `${filename}:${line}\n${sourceLine}\n${caret}\n`);
  return err;
}

// node writes the arrow into the stack itself (and the fatal-exception report then prints the stack alone).
function prependArrow(err, arrow) {
  if (arrow === '') return;
  try {
    if (Object.prototype.hasOwnProperty.call(err, kArrow)) return;
    Object.defineProperty(err, kArrow, { value: '', configurable: true, writable: true });
    err.stack = `${arrow}\n${err.stack}`;
  } catch {
    // frozen or exotic errors keep their stack
  }
}

function validateCommonOptions(options, defaultFilename = kDefaultFilename) {
  const { filename = defaultFilename, lineOffset = 0, columnOffset = 0, cachedData, produceCachedData = false,
    importModuleDynamically } = options;
  validateString(filename, 'options.filename');
  validateInt32(lineOffset, 'options.lineOffset');
  validateInt32(columnOffset, 'options.columnOffset');
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE('options.cachedData', ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
  validateBoolean(produceCachedData, 'options.produceCachedData');
  validateImportCallback(importModuleDynamically);
  return { filename, lineOffset, columnOffset, cachedData, produceCachedData };
}

function toBuffer(arrayBuffer) {
  const { Buffer } = require('buffer');
  return Buffer.from(arrayBuffer);
}

class Script {
  #code;
  #filename;
  #lineOffset;
  #columnOffset;

  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const { filename, lineOffset, columnOffset, cachedData, produceCachedData } = validateCommonOptions(options);
    const result = compileScript(code, filename, lineOffset, columnOffset, false);
    if (Array.isArray(result)) throw makeSyntaxError(result, filename);
    this.#code = code;
    this.#filename = filename;
    this.#lineOffset = lineOffset;
    this.#columnOffset = columnOffset;
    if (cachedData !== undefined) this.cachedDataRejected = !cachedDataAccepted(cachedData, code);
    if (produceCachedData) {
      this.cachedData = this.createCachedData();
      this.cachedDataProduced = this.cachedData.length > 0;
    }
    this.sourceMapURL = sourceMapURL(code);
  }

  createCachedData() {
    const cache = compileScript(this.#code, this.#filename, this.#lineOffset, this.#columnOffset, true);
    return toBuffer(cache);
  }

  runInThisContext(options) {
    const { breakOnSigint, timeout, displayErrors } = runOptions(options);
    void breakOnSigint;
    const source = padded(this.#code, this.#lineOffset, this.#columnOffset, '') + sourceUrl(this.#filename);
    return runGuarded(() => realEval(source), timeout, displayErrors, this.#code, this.#filename,
      this.#lineOffset, this.#columnOffset);
  }

  runInContext(contextifiedObject, options) {
    const record = contextRecord(contextifiedObject);
    const { timeout, displayErrors } = runOptions(options);
    const code = this.#code;
    const functions = code.includes('function') ? declaredFunctionNames(code) : [];
    let source;
    // A block keeps function declarations ahead of the scope, and makes a leading 'use strict' inert so that
    // `var` still lands on the sandbox.
    if (functions.length === 0 && !/^\s*['"]use strict['"]/.test(code)) {
      source = padded(code, this.#lineOffset, this.#columnOffset, '');
    } else {
      const exports = functions.map((name) =>
        `${kExportParam}(${JSON.stringify(name)}, typeof ${name} === 'function' ? ${name} : undefined)`);
      source = `${padded(code, this.#lineOffset, this.#columnOffset, '{')}\n;var ${kExportParam}Done = [${
        exports.join(', ')}]}`;
    }
    source += sourceUrl(this.#filename);
    const exportFn = (name, fn) => {
      if (fn !== undefined) record.sandbox[name] = fn;
    };
    return runGuarded(() => contextRunner()(record, source, exportFn), timeout, displayErrors, code,
      this.#filename, this.#lineOffset, this.#columnOffset);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, contextOptions(options));
    return this.runInContext(context, options);
  }
}

function sourceMapURL(code) {
  const m = /\/\/[#@] sourceMappingURL=([^\s'"]+)\s*$/.exec(code);
  return m === null ? undefined : m[1];
}

function sourceUrl(filename) {
  return `\n//# sourceURL=${filename}`;
}

// Leading newlines and spaces stand for lineOffset/columnOffset; `brace` (a block opener) takes their room.
function padded(code, lineOffset, columnOffset, brace) {
  const lines = Math.max(0, lineOffset);
  const columns = Math.max(0, columnOffset);
  if (brace === '') return '\n'.repeat(lines) + ' '.repeat(columns) + code;
  if (lines > 0) return '\n'.repeat(lines - 1) + `${brace}\n` + ' '.repeat(columns) + code;
  return brace + ' '.repeat(Math.max(0, columns - 1)) + code;
}

const kFunctionName = /\bfunction\b\s*\*?\s*([\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)\s*\(/gu;
function declaredFunctionNames(code) {
  const names = new Set();
  for (const m of code.matchAll(kFunctionName)) {
    if (!kInternalNames.has(m[1])) names.add(m[1]);
  }
  return [...names];
}

let runner;
function contextRunner() {
  if (runner === undefined) {
    const body = `with (${kScopeParam}) { return eval(${kCodeParam}) }`;
    runner = compileNative(body, 'node:vm', [kScopeParam, kCodeParam, kExportParam]);
    const scopeRunner = runner;
    runner = (record, code, exportFn) => Reflect.apply(scopeRunner, record.global, [record.scope, code, exportFn]);
  }
  return runner;
}

function runOptions(options = {}) {
  validateObject(options, 'options');
  const { breakOnSigint = false, timeout, displayErrors = true } = options;
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  return { breakOnSigint, timeout, displayErrors };
}

function runGuarded(run, timeout, displayErrors, code, filename, lineOffset, columnOffset) {
  let outcome;
  if (timeout === undefined) {
    try {
      return run();
    } catch (err) {
      throw leaving(err, displayErrors, code, filename, lineOffset, columnOffset);
    }
  }
  outcome = runWithTimeout(timeout, () => {
    try {
      return [true, run()];
    } catch (err) {
      return [false, err];
    }
  });
  if (outcome === false) {
    const err = new ERR_SCRIPT_EXECUTION_TIMEOUT(timeout);
    Error.captureStackTrace(err, runGuarded);
    throw err;
  }
  if (outcome[0]) return outcome[1];
  throw leaving(outcome[1], displayErrors, code, filename, lineOffset, columnOffset);
}

// An error leaving the script: its eval frames read as node's script frames, vm's own helper frames go, and
// (displayErrors) the line where it was thrown goes above the stack.
const kHelperFrame = /\(node:vm:\d+:\d+\)$|at node:vm:\d+:\d+$|at (?:eval|Reflect\.apply) \(<anonymous>\)$/;
const kApiFrame = /at (?:Script|Object)\.runIn\w+ |at new Script |at createScript /;
function leaving(err, displayErrors, code, filename, lineOffset, columnOffset) {
  if (err === null || typeof err !== 'object') return err;
  let stack;
  try {
    stack = Object.prototype.hasOwnProperty.call(err, 'stack') ? err.stack : undefined;
  } catch {
    return err;
  }
  if (typeof stack !== 'string') return err;
  const evalFrame = `eval (${filename}:`;
  if (!stack.includes(evalFrame)) return err;
  const kept = [];
  for (const line of stack.split('\n')) {
    const m = /^(\s+at )(?:Proxy\.)?eval \((.*)\)$/.exec(line);
    if (m !== null && m[2].startsWith(`${filename}:`)) kept.push(m[1] + m[2]);
    else if (!kHelperFrame.test(line) || kApiFrame.test(line)) kept.push(line);
  }
  try {
    err.stack = kept.join('\n');
  } catch {
    return err;
  }
  if (displayErrors) prependArrow(err, arrowAt(kept, code, filename, lineOffset, columnOffset));
  return err;
}

// node's "file:line / source / caret" block for the first frame in the script (a throw statement's start).
function arrowAt(frames, code, filename, lineOffset, columnOffset) {
  for (const frame of frames) {
    const i = frame.indexOf(`${filename}:`);
    if (i === -1 || !/^\s+at /.test(frame)) continue;
    const m = /^(\d+):(\d+)\)?$/.exec(frame.slice(i + filename.length + 1));
    if (m === null) continue;
    const lineNo = Number(m[1]);
    const index = lineNo - 1 - Math.max(0, lineOffset);
    const sourceLine = code.split(/\r?\n/)[index];
    if (sourceLine === undefined) return '';
    let col = Number(m[2]) - 1 - (index === 0 ? Math.max(0, columnOffset) : 0);
    const throwAt = sourceLine.lastIndexOf('throw ', col);
    if (throwAt !== -1 && /^\s*$|[;{}]\s*$/.test(sourceLine.slice(0, throwAt))) col = throwAt;
    return `${filename}:${lineNo}\n${sourceLine}\n${' '.repeat(Math.max(0, col))}^\n`;
  }
  return '';
}

function contextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const { contextName: name, contextOrigin: origin, contextCodeGeneration: codeGeneration, microtaskMode } = options;
  const out = {};
  if (name !== undefined) {
    validateString(name, 'options.contextName');
    out.name = name;
  }
  if (origin !== undefined) {
    validateString(origin, 'options.contextOrigin');
    out.origin = origin;
  }
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.contextCodeGeneration');
    out.codeGeneration = codeGeneration;
  }
  if (microtaskMode !== undefined) out.microtaskMode = microtaskMode;
  return out;
}

function scriptOptions(options) {
  return typeof options === 'string' ? { filename: options } : options;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  return createScript(code, scriptOptions(options)).runInThisContext(scriptOptions(options));
}

function runInContext(code, contextifiedObject, options) {
  options = scriptOptions(options);
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  options = scriptOptions(options);
  return createScript(code, options).runInNewContext(contextObject, options);
}

function compileFunction(code, params = [], options = {}) {
  validateString(code, 'code');
  validateArray(params, 'params');
  for (let i = 0; i < params.length; i++) validateString(params[i], `params[${i}]`);
  validateObject(options, 'options');
  // Functions default to no filename: their frames read <anonymous>.
  const { filename, lineOffset, columnOffset, cachedData, produceCachedData } = validateCommonOptions(options, '');
  const { parsingContext, contextExtensions = [] } = options;
  if (parsingContext !== undefined) {
    if (parsingContext === null || typeof parsingContext !== 'object' || !contexts.has(parsingContext)) {
      throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
    }
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  for (let i = 0; i < contextExtensions.length; i++) {
    validateObject(contextExtensions[i], `options.contextExtensions[${i}]`, kValidateObjectAllowObjects);
  }
  const extensions = parsingContext === undefined ? [...contextExtensions] :
    // V8 takes no Proxy as an extension; an object inheriting from the scope answers the same lookups.
    [{ __proto__: contexts.get(parsingContext).scope }, ...contextExtensions];
  const fn = compileNative(code, filename, params, lineOffset, columnOffset, extensions);
  if (Array.isArray(fn)) throw makeSyntaxError(fn, filename);
  if (cachedData !== undefined) fn.cachedDataRejected = !cachedDataAccepted(cachedData, code);
  if (produceCachedData) {
    fn.cachedData = toBuffer(compileScript(code, filename, lineOffset, columnOffset, true));
    fn.cachedDataProduced = true;
  }
  return fn;
}

function measureMemory(options = {}) {
  require('internal/util').emitExperimentalWarning('vm.measureMemory');
  validateObject(options, 'options');
  const { mode = 'summary', execution = 'default' } = options;
  validateOneOf(mode, 'options.mode', ['summary', 'detailed']);
  validateOneOf(execution, 'options.execution', ['default', 'eager']);
  const { used_heap_size: used, total_heap_size: total } = require('v8').getHeapStatistics();
  const estimate = { jsMemoryEstimate: used, jsMemoryRange: [used, total] };
  const result = { total: estimate };
  if (mode === 'detailed') {
    result.current = { jsMemoryEstimate: used, jsMemoryRange: [used, total] };
    result.other = [];
  }
  return Promise.resolve(result);
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
