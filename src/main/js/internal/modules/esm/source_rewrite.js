'use strict';
// Javet gives V8 no host hooks for `import()` nor `import.meta`, so the loader reroutes both in the source text
// before compiling it, without moving any other character:
//   `import(`           -> `$n4ji$(`   same length: a function the loader provides for that module or script;
//   `import . meta`     -> `$n4jm$()` followed by spaces (newlines inside the span are kept): a hoisted
//                          function that returns the module's real `import.meta` once the loader filled it in.
// Lines and columns of every other token stay where they were, so stack traces, error carets and source maps
// are unchanged. What does change is the text of functions that contain such a call, so
// Function.prototype.toString is wrapped (once, and only when a rewrite happened) to put the original text back.

const { scan } = require('internal/modules/esm/lexer');

const kImport = '$n4ji$';
const kMeta = '$n4jm$()';
const quickCheck = /\bimport\s*(?:\(|\.|\/[*/])/;

// Returns { source, requests, rewritten }.
function rewrite(source, module) {
  if (!quickCheck.test(source)) {
    return { source, requests: module ? scan(source, true).requests : [], rewritten: false };
  }
  const scanned = scan(source, module);
  const { requests, dynamicImports } = scanned;
  // Outside a module import.meta stays as written: V8 reports it as the SyntaxError it is.
  const metas = module ? scanned.metas : [];
  if (dynamicImports.length === 0 && metas.length === 0) return { source, requests, rewritten: false };
  const edits = [];
  for (const start of dynamicImports) edits.push({ start, end: start + 6, text: kImport });
  for (const { start, end } of metas) {
    const span = source.slice(start, end);
    edits.push({ start, end, text: kMeta + span.slice(kMeta.length).replace(/[^\n\r\u2028\u2029]/g, ' ') });
  }
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  for (const e of edits) {
    out += source.slice(last, e.start) + e.text;
    last = e.end;
  }
  out += source.slice(last);
  installToString();
  return { source: out, requests, rewritten: true, usesMeta: metas.length > 0, usesImport: dynamicImports.length > 0 };
}

let toStringInstalled = false;
function installToString() {
  if (toStringInstalled) return;
  toStringInstalled = true;
  const original = Function.prototype.toString;
  const restore = /\$n4ji\$(\s*\()|\$n4jm\$\(\)   /g;
  const wrapped = {
    toString() {
      if (this === wrapped) return 'function toString() { [native code] }';
      const text = Reflect.apply(original, this, []);
      if (!text.includes('$n4j')) return text;
      return text.replace(restore, (m, paren) => (paren !== undefined ? `import${paren}` : 'import.meta'));
    },
  }.toString;
  Object.defineProperty(Function.prototype, 'toString', {
    value: wrapped, writable: true, enumerable: false, configurable: true,
  });
}

module.exports = { rewrite, kImport };
