'use strict';
// The named exports of a CommonJS module, found statically as node does when ESM imports it: `exports.x =`,
// `module.exports.x =`, `exports['x'] =`, `Object.defineProperty(exports, 'x', …)`, the keys of
// `module.exports = { a, b: c, 'd': e }`, and re-exports `module.exports = require('x')`, `__exportStar(require('x'))`,
// `...require('x')` inside the literal. Runs on the tokens of internal/modules/esm/lexer, so strings,
// comments, templates and regular expressions cannot fool it.

const { Scanner } = require('internal/modules/esm/lexer');

function tokens(source) {
  const scanner = new Scanner(source);
  const out = [];
  for (let t = scanner.next(); t !== null; t = scanner.next()) out.push(t);
  return out;
}

function isPunct(t, value) {
  return t !== undefined && t.kind === 'punct' && t.value === value;
}

function isId(t, value) {
  return t !== undefined && t.kind === 'id' && (value === undefined || t.value === value);
}

// `require ( 'x' )` at tokens[i]: the specifier, else undefined.
function requireCall(t, i) {
  if (isId(t[i], 'require') && isPunct(t[i + 1], '(') && t[i + 2] !== undefined && t[i + 2].kind === 'str' &&
      isPunct(t[i + 3], ')')) {
    return t[i + 2].value;
  }
  return undefined;
}

// Returns { exports: Set<string>, reexports: string[] }.
function parseCjsExports(source) {
  const t = tokens(source);
  const names = new Set();
  const reexports = [];
  for (let i = 0; i < t.length; i++) {
    const tok = t[i];
    if (tok.kind !== 'id' || isPunct(t[i - 1], '.') || isPunct(t[i - 1], '?.')) continue;
    let j = i;
    if (tok.value === 'module' && isPunct(t[i + 1], '.') && isId(t[i + 2], 'exports')) {
      j = i + 2;
      if (isPunct(t[j + 1], '=')) {
        readModuleExportsAssignment(t, j + 2, names, reexports);
        continue;
      }
    } else if (tok.value === 'Object' && isPunct(t[i + 1], '.') && isId(t[i + 2], 'defineProperty') &&
        isPunct(t[i + 3], '(')) {
      let k = i + 4;
      if (isId(t[k], 'module') && isPunct(t[k + 1], '.') && isId(t[k + 2], 'exports')) k += 2;
      else if (!isId(t[k], 'exports')) continue;
      if (isPunct(t[k + 1], ',') && t[k + 2] !== undefined && t[k + 2].kind === 'str' && isPunct(t[k + 3], ',') &&
          isDetectableDescriptor(t, k + 4)) {
        names.add(t[k + 2].value);
      }
      continue;
    } else if (tok.value === '__exportStar' || tok.value === '__export') {
      if (isPunct(t[i + 1], '(')) {
        const spec = requireCall(t, i + 2);
        if (spec !== undefined) reexports.push(spec);
      }
      continue;
    } else if (tok.value !== 'exports') {
      continue;
    }
    // exports.x = / exports['x'] = (also after module.exports)
    if (isPunct(t[j + 1], '.') && isId(t[j + 2]) && isPunct(t[j + 3], '=')) {
      names.add(t[j + 2].value);
    } else if (isPunct(t[j + 1], '[') && t[j + 2] !== undefined && t[j + 2].kind === 'str' && isPunct(t[j + 3], ']') &&
        isPunct(t[j + 4], '=')) {
      names.add(t[j + 2].value);
    }
  }
  names.delete('default');
  return { exports: names, reexports };
}

// Like node's lexer, a defineProperty export counts with a `value`, or with a getter that only returns a
// member expression (the form compilers emit for re-exports), not with an arbitrary getter.
function isDetectableDescriptor(t, i) {
  if (!isPunct(t[i], '{')) return false;
  let depth = 0;
  for (let k = i; k < t.length; k++) {
    const tok = t[k];
    if (isPunct(tok, '{')) depth++;
    else if (isPunct(tok, '}') && --depth === 0) return false;
    if (depth !== 1 || !isId(tok)) continue;
    if (tok.value === 'value' && isPunct(t[k + 1], ':')) return true;
    if (tok.value === 'get') {
      let r = k + 1;
      if (isPunct(t[r], ':') && isId(t[r + 1], 'function')) r += 2;
      if (!isPunct(t[r], '(') || !isPunct(t[r + 1], ')') || !isPunct(t[r + 2], '{') || !isId(t[r + 3], 'return')) {
        return false;
      }
      r += 4;
      if (!isId(t[r])) return false;
      for (r++; isPunct(t[r], '.') && isId(t[r + 1]); r += 2);
      if (isPunct(t[r], ';')) r++;
      return isPunct(t[r], '}');
    }
  }
  return false;
}

function readModuleExportsAssignment(t, i, names, reexports) {
  const spec = requireCall(t, i);
  if (spec !== undefined) {
    reexports.push(spec);
    return;
  }
  if (!isPunct(t[i], '{')) return;
  for (let k = i + 1; k < t.length;) {
    const key = t[k];
    if (isPunct(key, '...')) {
      const s = requireCall(t, k + 1);
      if (s === undefined) return;
      reexports.push(s);
      k += 5;
    } else if (isId(key) || (key !== undefined && key.kind === 'str')) {
      const after = t[k + 1];
      if (isPunct(after, ',') || isPunct(after, '}')) {
        if (key.kind !== 'id') return;
        names.add(key.value);
        k += 1;
      } else if (isPunct(after, ':') && isId(t[k + 2])) {
        // `key: identifier` counts; anything after the identifier but `,` or `}` ends the scan, as in node
        names.add(key.value);
        k += 3;
      } else {
        return;
      }
    } else {
      return;
    }
    if (isPunct(t[k], ',')) k++;
    else return;
  }
}

module.exports = { parseCjsExports };
