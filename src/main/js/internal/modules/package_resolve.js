'use strict';
// package.json "exports" and "imports" resolution (node's PACKAGE_EXPORTS_RESOLVE / PACKAGE_IMPORTS_RESOLVE),
// shared by the CommonJS and ES module loaders. Targets resolve to absolute file paths.

const path = require('path');
const {
  codes: {
    ERR_PACKAGE_PATH_NOT_EXPORTED,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_MODULE_SPECIFIER,
  },
} = require('internal/errors');

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;
const deprecatedInvalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))(\\|\/|$)/i;

function isConditionalExportsMainSugar(exports, pjsonPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  const keys = Object.getOwnPropertyNames(exports);
  let isConditional = false;
  for (let i = 0; i < keys.length; i++) {
    const cur = keys[i] === '' || keys[i][0] !== '.';
    if (i === 0) {
      isConditional = cur;
    } else if (isConditional !== cur) {
      throw new ERR_INVALID_PACKAGE_CONFIG(pjsonPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be ' +
        'an object of package subpath keys or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

function warnInvalidSegment(ctx, target, request, match, internal) {
  const kind = target.includes('//') ? 'double slash' : 'leading or trailing slash matching';
  process.emitWarning(`Use of deprecated ${kind} resolving "${target}" for module request "${request}" ` +
    `${request !== match ? `matched to "${match}" ` : ''}in the "${internal ? 'imports' : 'exports'}" field module ` +
    `resolution of the package at ${ctx.pjsonPath}${ctx.base ? ` imported from ${ctx.base}` : ''}.`,
  'DeprecationWarning', 'DEP0166');
}

function resolveTarget(ctx, target, subpath, key, pattern, internal) {
  if (typeof target === 'string') return resolveTargetString(ctx, target, subpath, key, pattern, internal);
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const t of target) {
      let resolved;
      try {
        resolved = resolveTarget(ctx, t, subpath, key, pattern, internal);
      } catch (e) {
        lastError = e;
        if (e.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw e;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    for (const k of Object.getOwnPropertyNames(target)) {
      if (/^\d+$/.test(k)) {
        throw new ERR_INVALID_PACKAGE_CONFIG(ctx.pjsonPath, ctx.base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of Object.getOwnPropertyNames(target)) {
      if (k === 'default' || ctx.conditions.has(k)) {
        const resolved = resolveTarget(ctx, target[k], subpath, key, pattern, internal);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new ERR_INVALID_PACKAGE_TARGET(`${ctx.packageDir}/`, key, target, internal, ctx.base);
}

function resolveTargetString(ctx, target, subpath, key, pattern, internal) {
  if (subpath !== '' && !pattern && target[target.length - 1] !== '/') {
    throw new ERR_INVALID_PACKAGE_TARGET(`${ctx.packageDir}/`, key, target, internal, ctx.base);
  }
  if (!target.startsWith('./')) {
    if (internal && !target.startsWith('../') && !target.startsWith('/')) {
      let isURL = false;
      try {
        new URL(target);
        isURL = true;
      } catch {
        // a bare specifier: resolved by the caller's package resolution
      }
      if (!isURL) {
        const spec = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
        return { bare: spec };
      }
    }
    throw new ERR_INVALID_PACKAGE_TARGET(`${ctx.packageDir}/`, key, target, internal, ctx.base);
  }
  if (invalidSegment.test(target.slice(2))) {
    if (deprecatedInvalidSegment.test(target.slice(2))) {
      throw new ERR_INVALID_PACKAGE_TARGET(`${ctx.packageDir}/`, key, target, internal, ctx.base);
    }
    // Empty segments ('//', a leading or trailing '/') still resolve, with node's deprecation warning.
    if (!key.endsWith('/')) {
      const request = pattern ? key.replace('*', () => subpath) : key + subpath;
      warnInvalidSegment(ctx, target, request, key, internal);
    }
  }
  const resolvedPath = path.resolve(ctx.packageDir, target);
  if (resolvedPath !== ctx.packageDir && !resolvedPath.startsWith(`${ctx.packageDir}/`)) {
    throw new ERR_INVALID_PACKAGE_TARGET(`${ctx.packageDir}/`, key, target, internal, ctx.base);
  }
  if (subpath === '') return resolvedPath;
  if (invalidSegment.test(subpath)) {
    const request = pattern ? key.replace('*', () => subpath) : key + subpath;
    if (!deprecatedInvalidSegment.test(subpath) && !key.endsWith('/')) {
      const resolvedTarget = pattern ? target.replace(/\*/g, () => subpath) : target + subpath;
      warnInvalidSegment(ctx, resolvedTarget, request, key, internal);
    }
    if (deprecatedInvalidSegment.test(subpath)) {
      throw new ERR_INVALID_MODULE_SPECIFIER(request,
        `request is not a valid match in pattern "${key}" for the "${internal ? 'imports' : 'exports'}" resolution of ${ctx.pjsonPath}`,
        ctx.base);
    }
  }
  if (pattern) return path.resolve(ctx.packageDir, target.replace(/\*/g, () => subpath));
  return path.resolve(ctx.packageDir, target + subpath);
}

function matchMap(ctx, map, name, internal) {
  if (Object.prototype.hasOwnProperty.call(map, name) && !name.includes('*')) {
    return { found: true, value: resolveTarget(ctx, map[name], '', name, false, internal) };
  }
  let bestMatch = '';
  let bestSubpath;
  for (const key of Object.getOwnPropertyNames(map)) {
    const star = key.indexOf('*');
    if (star !== -1 && name.startsWith(key.slice(0, star))) {
      const trailer = key.slice(star + 1);
      if (name.length >= key.length && name.endsWith(trailer) && patternKeyCompare(bestMatch, key) === 1 &&
          key.lastIndexOf('*') === star) {
        bestMatch = key;
        bestSubpath = name.slice(star, name.length - trailer.length);
      }
    }
  }
  if (bestMatch) {
    return { found: true, value: resolveTarget(ctx, map[bestMatch], bestSubpath, bestMatch, true, internal) };
  }
  return { found: false };
}

// packageDir: absolute package folder; subpath: '.' or './x'; returns an absolute path.
function packageExportsResolve(packageDir, pjsonPath, subpath, exports, conditions, base) {
  const ctx = { packageDir, pjsonPath, conditions, base };
  if (isConditionalExportsMainSugar(exports, pjsonPath)) exports = { '.': exports };
  const { found, value } = matchMap(ctx, exports, subpath, false);
  if (found && value !== null && value !== undefined) {
    if (typeof value === 'object' && value.bare !== undefined) {
      throw new ERR_INVALID_PACKAGE_TARGET(`${packageDir}/`, subpath, value.bare, false, base);
    }
    return value;
  }
  throw new ERR_PACKAGE_PATH_NOT_EXPORTED(`${packageDir}/`, subpath, base);
}

// Returns an absolute path, or { bare } for a target that names another package.
function packageImportsResolve(name, scope, conditions, base) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(name, 'is not a valid internal imports specifier name', base);
  }
  if (scope !== undefined && scope.data.imports !== null && typeof scope.data.imports === 'object') {
    const ctx = { packageDir: scope.path, pjsonPath: scope.data.pjsonPath, conditions, base };
    const { found, value } = matchMap(ctx, scope.data.imports, name, true);
    if (found && value !== null && value !== undefined) return value;
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, scope && `${scope.path}/`, base);
}

module.exports = { packageExportsResolve, packageImportsResolve };
