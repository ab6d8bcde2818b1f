'use strict';
// What V8 compiles for each module format. ES modules are their own (rewritten) source; CommonJS, builtin and
// JSON modules become a small facade module whose exports are `let` bindings the loader fills in when the
// facade evaluates (so a CommonJS module runs when node would run it, and builtin exports can be updated later by
// module.syncBuiltinESMExports()).

const path = require('path');
const { fileURLToPath } = require('internal/url');
const { readFileUtf8 } = internalBinding('fs');
const { UVException } = require('internal/errors');
const { rewrite } = require('internal/modules/esm/source_rewrite');
const { parseCjsExports } = require('internal/modules/esm/cjs_lexer');

const kHookSpecifier = 'node4j:esm';

function readFileSource(url) {
  const filename = fileURLToPath(url);
  const content = readFileUtf8(filename);
  if (typeof content !== 'string') throw new UVException({ errno: content, syscall: 'open', path: filename });
  return content;
}

function dataSource(url) {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (/;base64$/i.test(meta)) return Buffer.from(decodeURIComponent(body), 'base64').toString('utf8');
  return decodeURIComponent(body);
}

function readSource(url) {
  return url.startsWith('data:') ? dataSource(url) : readFileSource(url);
}

// An ES module's source: rewritten for import()/import.meta, with the hoisted helpers appended after the last
// line (hoisting makes them usable from the first line; appending moves nothing).
function moduleSource(url, source) {
  const r = rewrite(source, true);
  if (!r.rewritten) return { source, requests: r.requests, usesHooks: false };
  const key = JSON.stringify(url);
  let tail = `\n;import{meta as $n4j$meta,dynamicImport as $n4j$import}from"${kHookSpecifier}";`;
  if (r.usesMeta) tail += `function $n4jm$(){return $n4j$meta(import.meta,${key})}`;
  if (r.usesImport) tail += `function $n4ji$(s,o){return $n4j$import(s,o,${key})}`;
  return { source: r.source + tail, requests: r.requests, usesHooks: true };
}

// A facade exporting `default` plus `names`; evaluating it calls facade(url, setter) with the setter that
// assigns (defaultValue, [values…]).
function facadeSource(url, names) {
  let declarations = 'let $d';
  let exported = '$d as default';
  let assignments = '$d=d';
  names.forEach((name, i) => {
    declarations += `,$${i}`;
    exported += `,$${i} as ${JSON.stringify(name)}`;
    assignments += `;$${i}=v[${i}]`;
  });
  return `import{facade as $f}from"${kHookSpecifier}";${declarations};export{${exported}};` +
    `$f(${JSON.stringify(url)},(d,v)=>{${assignments}});`;
}

// The export names of a CommonJS file, following re-exports like node (resolved with require's algorithm).
function commonJsNames(filename, source, seen = new Set()) {
  seen.add(filename);
  const { exports, reexports } = parseCjsExports(source);
  const names = new Set(exports);
  if (reexports.length > 0) {
    const { Module } = require('internal/modules/cjs/loader');
    const parent = new Module(filename);
    parent.filename = filename;
    parent.paths = Module._nodeModulePaths(path.dirname(filename));
    for (const request of reexports) {
      let resolved;
      try {
        resolved = Module._resolveFilename(request, parent, false);
      } catch {
        continue;
      }
      if (seen.has(resolved) || !resolved.startsWith('/') || !/\.(c?js)$|^[^.]*$/.test(path.basename(resolved))) continue;
      const text = readFileUtf8(resolved);
      if (typeof text !== 'string') continue;
      for (const n of commonJsNames(resolved, text, seen)) names.add(n);
    }
  }
  names.delete('default');
  return names;
}

module.exports = { kHookSpecifier, readSource, moduleSource, facadeSource, commonJsNames };
