'use strict';
// node's ESM resolution: relative, absolute and URL specifiers (no extension guessing), `node:` builtins,
// `data:` URLs, `#imports` and bare specifiers through node_modules with package.json "exports", and the format
// of what was found ("type", .mjs/.cjs/.json). Answers { url, format }.

const path = require('path');
const { pathToFileURL, fileURLToPath } = require('internal/url');
const { canBeRequiredByUsers, canBeRequiredWithScheme } = require('internal/bootstrap/realm');
const { internalModuleStat, readFileUtf8, realpath: nativeRealpath } = internalBinding('fs');
const { hasModuleSyntax } = require('internal/modules/esm/lexer');
const packageJsonReader = require('internal/modules/package_json_reader');
const { packageExportsResolve, packageImportsResolve } = require('internal/modules/package_resolve');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_MODULE_NOT_FOUND,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
  },
} = require('internal/errors');

let settingsCache;
function settings() {
  settingsCache ??= JSON.parse(internalBinding('builtins').options).settings;
  return settingsCache;
}

let defaultConditions;
// import, node, default, plus --conditions/-C.
function getConditions() {
  if (defaultConditions === undefined) {
    const conditions = settings()['--conditions'];
    const extra = conditions ? conditions.split('\n') : [];
    defaultConditions = new Set(['node', 'import', ...extra]);
  }
  return defaultConditions;
}

function isRelativeSpecifier(s) {
  if (s[0] !== '.') return false;
  return s.length === 1 || s[1] === '/' || (s[1] === '.' && (s.length === 2 || s[2] === '/'));
}

function tryURL(s) {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}

function pathOf(url) {
  return url.startsWith('file:') ? fileURLToPath(url) : url;
}

// The closest thing the user may have meant, for ERR_MODULE_NOT_FOUND / ERR_UNSUPPORTED_DIR_IMPORT.
function suggestion(filePath, specifier, isDirectory) {
  const candidates = isDirectory ? ['/index.js', '/index.mjs', '/index.cjs', '/index.json'] :
    ['.js', '.mjs', '.cjs', '.json'];
  for (const ext of candidates) {
    if (internalModuleStat(filePath + ext) === 0) {
      let shown = specifier.replace(/\/$/, '') + ext;
      if (!isRelativeSpecifier(shown) && !shown.startsWith('/') && !tryURL(shown)) shown = `./${shown}`;
      return `\nDid you mean to import "${shown}"?`;
    }
  }
  return '';
}

function finalizeResolution(url, specifier, base) {
  if (/%2f|%5c/i.test(url.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(url.pathname, 'must not include encoded "/" or "\\" characters',
      pathOf(base));
  }
  let filePath;
  try {
    filePath = fileURLToPath(url);
  } catch (err) {
    err.url = url.href;
    throw err;
  }
  const stat = internalModuleStat(filePath.endsWith('/') ? filePath.slice(0, -1) : filePath);
  if (stat === 1) {
    throw withHint(new ERR_UNSUPPORTED_DIR_IMPORT(filePath, pathOf(base), url.href),
      relativeHint(specifier, filePath, true));
  }
  if (stat !== 0 || filePath.endsWith('/')) {
    throw withHint(new ERR_MODULE_NOT_FOUND(filePath, pathOf(base), url.href),
      relativeHint(specifier, filePath, false));
  }
  // The module map's key is the file's canonical URL (real path, normalized escapes) with the query and hash.
  let canonical = filePath;
  if (settings()['--preserve-symlinks'] !== 'true') {
    const real = nativeRealpath(filePath);
    if (typeof real === 'string') canonical = real;
  }
  const canonicalURL = pathToFileURL(canonical);
  canonicalURL.search = url.search;
  canonicalURL.hash = url.hash;
  return canonicalURL;
}

function withHint(err, hint) {
  if (hint !== '') {
    const message = err.message;
    err.message = message + hint;
    if (typeof err.stack === 'string') err.stack = err.stack.replace(message, err.message);
  }
  return err;
}

function relativeHint(specifier, filePath, isDirectory) {
  if (!isRelativeSpecifier(specifier) && !specifier.startsWith('/') && !specifier.startsWith('file:')) return '';
  return suggestion(filePath, specifier, isDirectory);
}

// A package target as a file URL; its own percent-encoded separators are refused, as node does.
function targetURL(resolved, base) {
  if (/%2f|%5c/i.test(resolved)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(resolved, 'must not include encoded "/" or "\\" characters', pathOf(base));
  }
  return pathToFileURL(decodeTarget(resolved));
}

// Targets are URL paths: their percent escapes stand for characters of the file name.
function decodeTarget(resolved) {
  try {
    return decodeURIComponent(resolved);
  } catch {
    return resolved;
  }
}

function parsePackageName(specifier, base) {
  let separator = specifier.indexOf('/');
  let valid = true;
  let isScoped = false;
  if (specifier[0] === '@') {
    isScoped = true;
    if (separator === -1 || specifier.length === 0) valid = false;
    else separator = specifier.indexOf('/', separator + 1);
  }
  const packageName = separator === -1 ? specifier : specifier.slice(0, separator);
  if (packageName.startsWith('.') || packageName.includes('\\') || packageName.includes('%')) valid = false;
  if (!valid) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name', pathOf(base));
  }
  return { packageName, packageSubpath: `.${separator === -1 ? '' : specifier.slice(separator)}`, isScoped };
}

// The "main" entry of a package without "exports", tried like node's legacy resolution.
function legacyMainResolve(packageDir, pjson, base) {
  const tries = [];
  if (pjson.main) {
    const main = path.resolve(packageDir, pjson.main);
    tries.push(main, `${main}.js`, `${main}.json`, `${main}.node`, `${main}/index.js`, `${main}/index.json`,
      `${main}/index.node`);
  }
  tries.push(`${packageDir}/index.js`, `${packageDir}/index.json`, `${packageDir}/index.node`);
  for (const file of tries) {
    if (internalModuleStat(file) === 0) return pathToFileURL(file);
  }
  throw new ERR_MODULE_NOT_FOUND(packageDir, pathOf(base));
}

function packageResolve(specifier, base, conditions) {
  const { packageName, packageSubpath } = parsePackageName(specifier, base);
  const basePath = pathOf(base);
  const scope = packageJsonReader.getPackageScopeConfig(basePath.endsWith('/') ? `${basePath}x` : basePath);
  if (scope !== undefined && scope.data.name === packageName && scope.data.exports !== undefined &&
      scope.data.exports !== null) {
    return targetURL(packageExportsResolve(scope.path, scope.data.pjsonPath, packageSubpath, scope.data.exports,
      conditions, basePath), base);
  }
  let dir = path.dirname(basePath.endsWith('/') ? `${basePath}x` : basePath);
  for (;;) {
    const packageDir = path.join(dir, 'node_modules', packageName);
    if (internalModuleStat(packageDir) === 1) {
      const pjson = packageJsonReader.read(path.join(packageDir, 'package.json'));
      if (pjson.exists && pjson.exports !== undefined && pjson.exports !== null) {
        const resolved = packageExportsResolve(packageDir, pjson.pjsonPath, packageSubpath, pjson.exports,
          conditions, basePath);
        return targetURL(resolved, base);
      }
      if (packageSubpath === '.') return legacyMainResolve(packageDir, pjson, base);
      return pathToFileURL(path.join(packageDir, packageSubpath));
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new ERR_MODULE_NOT_FOUND(packageName, basePath);
}

function resolveURL(specifier, parentURL, conditions) {
  if (isRelativeSpecifier(specifier) || specifier[0] === '/') return new URL(specifier, parentURL);
  if (specifier[0] === '#') {
    const parentPath = pathOf(parentURL);
    const scope = packageJsonReader.getPackageScopeConfig(parentPath);
    const resolved = packageImportsResolve(specifier, scope, conditions, parentPath);
    if (typeof resolved === 'object') return resolveURL(resolved.bare, parentURL, conditions);
    return targetURL(resolved, parentURL);
  }
  const asURL = tryURL(specifier);
  if (asURL !== null) return asURL;
  return packageResolve(specifier, parentURL, conditions);
}

// Returns { url, format } for `specifier` imported from `parentURL`.
function defaultResolve(specifier, parentURL, conditions = getConditions()) {
  if (specifier.startsWith('node:')) {
    if (!canBeRequiredWithScheme(specifier.slice(5))) throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    return { url: specifier, format: 'builtin' };
  }
  if (canBeRequiredByUsers(specifier) && !specifier.startsWith('internal/')) {
    return { url: `node:${specifier}`, format: 'builtin' };
  }
  if (parentURL !== undefined && parentURL.startsWith('data:') && !tryURL(specifier) &&
      (isRelativeSpecifier(specifier) || specifier[0] === '/')) {
    const { codes: { ERR_UNSUPPORTED_RESOLVE_REQUEST } } = require('internal/errors');
    throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
  }
  let url = resolveURL(specifier, parentURL, conditions);
  if (url.protocol === 'node:') {
    if (!canBeRequiredWithScheme(url.pathname)) throw new ERR_UNKNOWN_BUILTIN_MODULE(url.href);
    return { url: url.href, format: 'builtin' };
  }
  if (url.protocol === 'data:') return { url: url.href, format: dataFormat(url) };
  if (url.protocol !== 'file:') throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(url, ['file', 'data', 'node']);
  url = finalizeResolution(url, specifier, parentURL);
  return { url: url.href, format: fileFormat(fileURLToPath(url)) };
}

function dataFormat(url) {
  const m = /^([^/,;]+\/[^,;]+)(?:;[^,]*)?,/.exec(url.pathname);
  if (m === null) {
    const { codes: { ERR_INVALID_URL } } = require('internal/errors');
    throw new ERR_INVALID_URL(url.href);
  }
  const mime = m[1].trim().toLowerCase();
  if (mime === 'text/javascript') return 'module';
  if (mime === 'application/json') return 'json';
  if (mime === 'application/wasm') return 'wasm';
  return null;
}

function packageType(filePath) {
  const scope = packageJsonReader.getPackageScopeConfig(filePath);
  return scope === undefined ? 'none' : scope.data.type;
}

// Files without a "type" are CommonJS unless their source has ES module syntax (node's detection).
function detectFormat(filePath) {
  const source = readFileUtf8(filePath);
  if (typeof source !== 'string' || !hasModuleSyntax(source)) return 'commonjs';
  warnTypelessPackage(filePath);
  return 'module';
}

let typelessWarned = false;
// node warns (once) when a file under a package.json without "type" had to be reparsed as an ES module.
function warnTypelessPackage(filePath) {
  const scope = packageJsonReader.getPackageScopeConfig(filePath);
  if (typelessWarned || scope === undefined || filePath.includes('/node_modules/')) return;
  typelessWarned = true;
  process.emitWarning(`Module type of ${pathToFileURL(filePath).href} is not specified and it doesn't parse as ` +
    'CommonJS.\nReparsing as ES module because module syntax was detected. This incurs a performance overhead.\n' +
    `To eliminate this warning, add "type": "module" to ${scope.data.pjsonPath}.`, {
    code: 'MODULE_TYPELESS_PACKAGE_JSON',
  });
}

function fileFormat(filePath) {
  const ext = path.extname(filePath);
  switch (ext) {
    case '.mjs': return 'module';
    case '.cjs': return 'commonjs';
    case '.json': return 'json';
    case '.js':
    case '': {
      const type = packageType(filePath);
      if (type === 'none') return detectFormat(filePath);
      return type === 'module' ? 'module' : 'commonjs';
    }
    default:
      if (ext === '.node') return 'addon';
      throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filePath);
  }
}

module.exports = { decodeTarget, defaultResolve, fileFormat, getConditions, packageType, isRelativeSpecifier };
