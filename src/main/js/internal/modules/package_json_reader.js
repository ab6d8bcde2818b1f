'use strict';
// Reads and caches package.json files for the loaders: only the fields resolution needs.

const { readFileUtf8 } = internalBinding('fs');
const path = require('path');

const cache = new Map();

// Returns { exists, name, main, exports, imports, type, pjsonPath } or throws ERR_INVALID_PACKAGE_CONFIG.
function read(jsonPath) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;
  const text = readFileUtf8(jsonPath);
  let result;
  if (typeof text !== 'string') {
    result = { exists: false, pjsonPath: jsonPath };
  } else {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      const { codes: { ERR_INVALID_PACKAGE_CONFIG } } = require('internal/errors');
      const e = new ERR_INVALID_PACKAGE_CONFIG(jsonPath, undefined, err.message);
      e.cause = err;
      throw e;
    }
    const p = parsed !== null && typeof parsed === 'object' ? parsed : {};
    // Own fields only: a property added to Object.prototype must not become a package's "main".
    const name = own(p, 'name');
    const main = own(p, 'main');
    const type = own(p, 'type');
    result = {
      exists: true,
      pjsonPath: jsonPath,
      name: typeof name === 'string' ? name : undefined,
      main: typeof main === 'string' ? main : undefined,
      exports: own(p, 'exports'),
      imports: own(p, 'imports'),
      type: type === 'module' || type === 'commonjs' ? type : 'none',
    };
  }
  cache.set(jsonPath, result);
  return result;
}

function own(object, key) {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

// The nearest package.json at or above `checkPath` (stopping at node_modules), or undefined.
function getPackageScopeConfig(checkPath) {
  let dir = path.dirname(checkPath);
  for (;;) {
    if (dir.endsWith(`${path.sep}node_modules`)) return undefined;
    const pjson = read(path.join(dir, 'package.json'));
    if (pjson.exists) return { data: pjson, path: dir };
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

module.exports = { read, getPackageScopeConfig };
