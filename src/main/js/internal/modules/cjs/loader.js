'use strict';
// The CommonJS loader: node's resolution algorithm (relative, absolute, node_modules up the tree, NODE_PATH,
// package.json main/exports/imports), the module cache, wrappers and the extension handlers.

const path = require('path');
const { canBeRequiredByUsers, canBeRequiredWithScheme, publicBuiltins, requireBuiltin } =
  require('internal/bootstrap/realm');
const { internalModuleStat, readFileUtf8, realpath: nativeRealpath } = internalBinding('fs');
const { compileFunction } = internalBinding('contextify');
const packageJsonReader = require('internal/modules/package_json_reader');
const { packageExportsResolve, packageImportsResolve } = require('internal/modules/package_resolve');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_BUILTIN_MODULE },
  UVException,
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { isProxy } = require('internal/util/types');
const { decorateErrorStack } = require('internal/process/execution');
const { rewrite, kImport } = require('internal/modules/esm/source_rewrite');

const CHAR_FORWARD_SLASH = 47;
const kIsMainSymbol = Symbol('kIsMainSymbol');
const conditions = new Set(['require', 'node', 'node-addons']);

const wrapperStart = '(function (exports, require, module, __filename, __dirname) { ';
const wrapperEnd = '\n});';
const wrapper = [wrapperStart, wrapperEnd];
const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
let wrapperPatched = false;

// Like node's, stat results are cached only while a top-level require runs, and misses never are: a file
// written after a failed require is found by the next one.
let statCache = null;
let requireDepth = 0;
function stat(filename) {
  if (statCache !== null) {
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
  }
  const result = internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

const realpathCache = new Map();
function toRealPath(requestPath) {
  let cached = realpathCache.get(requestPath);
  if (cached !== undefined) return cached;
  const r = nativeRealpath(requestPath);
  cached = typeof r === 'string' ? r : requestPath;
  realpathCache.set(requestPath, cached);
  return cached;
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

let moduleParentCache = new WeakMap();

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  Object.defineProperty(this, 'exports', { value: {}, writable: true, enumerable: true, configurable: true });
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

let parentDeprecationWarned = false;
function warnParentDeprecation() {
  if (parentDeprecationWarned || !require('internal/util').pendingDeprecationEnabled()) return;
  parentDeprecationWarned = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use require.main to find ' +
    'program entry point instead.', 'DeprecationWarning', 'DEP0144');
}
Object.defineProperty(Module.prototype, 'parent', {
  get() {
    warnParentDeprecation();
    return moduleParentCache.get(this);
  },
  set(value) {
    warnParentDeprecation();
    moduleParentCache.set(this, value);
  },
  configurable: true,
});

Module._stat = stat;
Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];
Module.builtinModules = Object.freeze([...publicBuiltins]);
Module.Module = Module;
Module.isBuiltin = function (moduleName) {
  if (typeof moduleName !== 'string') return false;
  if (moduleName.startsWith('node:')) return canBeRequiredWithScheme(moduleName.slice(5));
  return canBeRequiredByUsers(moduleName);
};

Object.defineProperty(Module, 'wrap', {
  get() { return wrap; },
  set(value) { wrapperPatched = true; wrap = value; },
  configurable: true,
});
Object.defineProperty(Module, 'wrapper', {
  get() { return wrapper; },
  set(value) { wrapperPatched = true; wrapper[0] = value[0]; wrapper[1] = value[1]; },
  configurable: true,
});
let wrap = function wrap(script) {
  return wrapper[0] + script + wrapper[1];
};

Module._nodeModulePaths = function (from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  for (let i = from.length - 1, p = 0, last = from.length; i >= 0; --i) {
    const code = from.charCodeAt(i);
    if (code === CHAR_FORWARD_SLASH) {
      if (p !== 'node_modules'.length) paths.push(`${from.slice(0, last)}/node_modules`);
      last = i;
      p = 0;
    } else if (p !== -1) {
      if ('node_modules'.charCodeAt('node_modules'.length - 1 - p) === code) ++p;
      else p = -1;
    }
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function (request, parent) {
  if (Module.isBuiltin(request)) return null;
  if (request.charAt(0) !== '.' || (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
    let paths = Module.globalPaths;
    if (parent && parent.paths && parent.paths.length) paths = parent.paths.concat(paths);
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (process.preserveSymlinks && !isMain) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (let i = 0; i < exts.length; i++) {
    const ext = exts[i];
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pjson = packageJsonReader.read(path.resolve(requestPath, 'package.json'));
  const main = pjson.exists ? pjson.main : undefined;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  const actual = tryFile(filename, isMain) || tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    const found = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (!found) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json has a valid ` +
        '"main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. ` +
      'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
    return found;
  }
  return actual;
}

function resolveExports(nmPath, request) {
  const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!match) return undefined;
  const pkgPath = path.resolve(nmPath, match[1]);
  const pjson = packageJsonReader.read(path.resolve(pkgPath, 'package.json'));
  if (pjson.exists && pjson.exports !== null && pjson.exports !== undefined) {
    try {
      return finalizeEsmResolution(
        packageExportsResolve(pkgPath, pjson.pjsonPath, `.${match[2] || ''}`, pjson.exports, conditions), request);
    } catch (e) {
      if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, pkgPath + '/package.json');
      throw e;
    }
  }
  return undefined;
}

function resolveSelf(request, parentPath) {
  if (!parentPath) return false;
  const scope = packageJsonReader.getPackageScopeConfig(parentPath);
  if (!scope || scope.data.exports === undefined || scope.data.exports === null) return false;
  const name = scope.data.name;
  if (typeof name !== 'string') return false;
  let expansion;
  if (request === name) expansion = '.';
  else if (request.startsWith(`${name}/`)) expansion = `.${request.slice(name.length)}`;
  else return false;
  try {
    return finalizeEsmResolution(
      packageExportsResolve(scope.path, scope.data.pjsonPath, expansion, scope.data.exports, conditions), request);
  } catch (e) {
    if (e.code === 'ERR_MODULE_NOT_FOUND') throw createEsmNotFoundErr(request, `${scope.path}/package.json`);
    throw e;
  }
}

function finalizeEsmResolution(resolved, request) {
  if (/%2f|%5c/i.test(resolved)) {
    const { codes: { ERR_INVALID_MODULE_SPECIFIER } } = require('internal/errors');
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved, 'must not include encoded "/" or "\\" characters');
  }
  const decoded = require('internal/modules/esm/resolve').decodeTarget(resolved);
  const actual = tryFile(decoded);
  if (actual) return actual;
  throw createEsmNotFoundErr(decoded);
}

function createEsmNotFoundErr(request, pathName) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pathName) err.path = pathName;
  return err;
}

const trailingSlashRegex = /(?:^|\/)\.?\.$/;

Module._findPath = function (request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }
  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;
  let exts;
  const trailingSlash = request.length > 0 &&
    (request.charCodeAt(request.length - 1) === CHAR_FORWARD_SLASH || trailingSlashRegex.test(request));
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  // A missing directory cannot hold the request, unless the request climbs out of it.
  const insidePath = !isRelative || !path.normalize(request).startsWith('..');
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 0) continue;
    if (!absoluteRequest && !isRelative) {
      const exportsResolved = resolveExports(curPath, request);
      if (exportsResolved) return exportsResolved;
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        if (!isMain) {
          filename = process.preserveSymlinks ? path.resolve(basePath) : toRealPath(basePath);
        } else if (process.preserveSymlinksMain) {
          filename = path.resolve(basePath);
        } else {
          filename = toRealPath(basePath);
        }
      }
      if (!filename) {
        exts ??= Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts, isMain);
      }
    }
    if (!filename && rc === 1) {
      exts ??= Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, isMain, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function (request, parent, isMain, options) {
  if (Module.isBuiltin(request)) return request;
  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      const isRelative = request.startsWith('./') || request.startsWith('../');
      if (isRelative) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const p of options.paths) {
          fakeParent.paths = Module._nodeModulePaths(p);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (const lp of lookupPaths) if (!paths.includes(lp)) paths.push(lp);
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && (parent?.filename || parent?.id === '<repl>')) {
    const parentPath = parent?.filename ?? process.cwd() + path.sep;
    const scope = packageJsonReader.getPackageScopeConfig(parentPath);
    if (scope !== undefined && scope.data.imports !== null && scope.data.imports !== undefined) {
      const resolved = packageImportsResolve(request, scope, conditions, parentPath);
      if (typeof resolved === 'object') return Module._resolveFilename(resolved.bare, parent, isMain);
      return finalizeEsmResolution(resolved, request);
    }
  }

  const selfResolved = resolveSelf(request, parent?.filename);
  if (selfResolved) {
    const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

function loadBuiltin(id) {
  return requireBuiltin(id);
}

Module._load = function (request, parent, isMain) {
  let relResolveCacheIdentifier;
  if (parent) {
    relResolveCacheIdentifier = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relResolveCacheIdentifier];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relResolveCacheIdentifier];
    }
  }
  if (request.startsWith('node:')) {
    const id = request.slice(5);
    if (!canBeRequiredWithScheme(id)) throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    return loadBuiltin(id);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }
  if (canBeRequiredByUsers(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
    module[kIsMainSymbol] = true;
  } else {
    module[kIsMainSymbol] = false;
  }
  Module._cache[filename] = module;
  if (parent !== undefined && parent !== null) relativeResolveCache[relResolveCacheIdentifier] = filename;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        delete relativeResolveCache[relResolveCacheIdentifier];
        const children = parent?.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    }
  }
  return module.exports;
};

const relativeResolveCache = { __proto__: null };

function setOwnProperty(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
}

// During a require cycle a plain exports object gets a prototype that warns about reads of properties it
// lacks (they are usually read too early); load() puts Object.prototype back.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports inside circular dependency`);
}

const circularRequireWarningPrototype = new Proxy(Object.create(Object.prototype), {
  get(target, prop, receiver) {
    if (prop in Object.prototype) return Reflect.get(Object.prototype, prop, receiver);
    if (prop !== '__esModule') emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (prop !== '__esModule') emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  // A proxy's traps are the author's business: it gets no warning prototype (nor a getPrototypeOf call).
  if (exports !== null && typeof exports === 'object' && !isProxy(exports) &&
      Object.getPrototypeOf(exports) === Object.prototype && !exports.__esModule) {
    Object.setPrototypeOf(exports, circularRequireWarningPrototype);
  }
  return exports;
}

Module.prototype.load = function (filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) loadESM(this, filename);
  else Module._extensions[extension](this, filename);
  this.loaded = true;
  const exports = this.exports;
  if (exports !== null && typeof exports === 'object' && !isProxy(exports) &&
      Object.getPrototypeOf(exports) === circularRequireWarningPrototype) {
    Object.setPrototypeOf(exports, Object.prototype);
  }
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let currentExtension;
  let index;
  let startIndex = 0;
  while ((index = name.indexOf('.', startIndex)) !== -1) {
    startIndex = index + 1;
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.require = function (id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  if (requireDepth === 0) statCache = new Map();
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
    if (requireDepth === 0) statCache = null;
  }
};

function stripShebang(content) {
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) {
    return `//${content.slice(2)}`;
  }
  return content;
}

// A module that calls import() gets the loader's entry point as a sixth wrapper parameter (see
// internal/modules/esm/source_rewrite for why the call sites are rewritten).
const wrapperParamsWithImport = [...wrapperParams, kImport];
const importers = new WeakMap();

function compileWrapper(content, filename) {
  // Packages patch Module.wrap, or Module.wrapper (also by editing the array in place).
  if (wrapperPatched || wrapper[0] !== wrapperStart || wrapper[1] !== wrapperEnd) {
    const source = wrap(content);
    const fn = compileFunction(`return ${source}`, filename, []);
    if (Array.isArray(fn)) throw syntaxError(fn, filename);
    return fn();
  }
  const rewritten = rewrite(stripShebang(content), false);
  if (rewritten.usesImport) {
    const fn = compileFunction(rewritten.source, filename, wrapperParamsWithImport);
    if (Array.isArray(fn)) throw syntaxError(fn, filename);
    importers.set(fn, require('internal/modules/esm/loader').importerFor(filename));
    return fn;
  }
  const fn = compileFunction(stripShebang(content), filename, wrapperParams);
  if (Array.isArray(fn)) throw syntaxError(fn, filename);
  return fn;
}

function syntaxError(info, filename) {
  const [message, line, sourceLine, startColumn, endColumn] = info;
  const text = String(message).replace(/^SyntaxError: /, '');
  const err = new SyntaxError(text);
  const caret = ' '.repeat(Math.max(0, startColumn)) + '^'.repeat(Math.max(1, endColumn - startColumn));
  decorateErrorStack(err, `${filename}:${line}\n${sourceLine}\n${caret}\n`);
  return err;
}

Module.prototype._compile = function (content, filename) {
  const compiledWrapper = compileWrapper(content, filename);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  const thisValue = exports;
  const module = this;
  const importer = importers.get(compiledWrapper);
  if (importer !== undefined) {
    return Reflect.apply(compiledWrapper, thisValue, [exports, require, module, filename, dirname, importer]);
  }
  return Reflect.apply(compiledWrapper, thisValue, [exports, require, module, filename, dirname]);
};

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function readSource(filename) {
  const content = readFileUtf8(filename);
  if (typeof content !== 'string') throw new UVException({ errno: content, syscall: 'open', path: filename });
  return content;
}

// require() of an ES module (node 20.19+): its namespace, loaded synchronously by the ESM loader.
function loadESM(module, filename) {
  const parent = moduleParentCache.get(module);
  const namespace = require('internal/modules/esm/loader').requireModule(filename, parent?.filename ?? parent?.id);
  setOwnProperty(module, 'exports', namespace);
}

// The syntax errors that tell node a file without "type" is an ES module after all.
const moduleSyntaxMessages = ['Cannot use import statement outside a module', "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module"];

Module._extensions['.js'] = function (module, filename) {
  const content = readSource(filename);
  let type = 'none';
  if (filename.endsWith('.js') || path.extname(filename) === '') {
    const scope = packageJsonReader.getPackageScopeConfig(filename);
    if (scope !== undefined) type = scope.data.type;
    if (type === 'module' && filename.endsWith('.js')) return loadESM(module, filename);
  }
  try {
    module._compile(content, filename);
  } catch (err) {
    if (err instanceof SyntaxError && moduleSyntaxMessages.includes(err.message)) {
      if (type === 'none' && !filename.endsWith('.cjs') &&
          require('internal/modules/esm/lexer').hasModuleSyntax(content)) {
        return loadESM(module, filename);
      }
      process.emitWarning('To load an ES module, set "type": "module" in the package.json or use the .mjs extension.');
    }
    throw err;
  }
};

Module._extensions['.json'] = function (module, filename) {
  const content = readSource(filename);
  try {
    setOwnProperty(module, 'exports', JSON.parse(stripBOM(content)));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};

Module._extensions['.node'] = function (module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function (filename) {
  let filepath;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require('url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, 'must be a file URL object, file URL string, or absolute path string');
  } else {
    filepath = filename;
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module._initPaths = function () {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  Module.globalPaths = paths;
};

Module._preloadModules = function (requests) {
  if (!Array.isArray(requests)) return;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  for (const request of requests) parent.require(request);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/loader').syncBuiltinESMExports();
};
Module.findSourceMap = function () { return undefined; };
Module.register = function () {};

Module.runMain = function (main = process.argv[1]) {
  Module._load(main, null, true);
};

Module._initPaths();

module.exports = { Module, wrapSafe: compileWrapper, kIsMainSymbol };
