'use strict';
// A JavaScript tokenizer just precise enough to find what the ES module loader must see in a source text:
// the static import/export-from requests, the `import(` call sites and the `import.meta` expressions. It knows
// strings, template literals (with nested `${}`), comments, and regular expressions versus division (decided
// from the previous token, with a stack telling block braces from object-literal braces and `if (…)` parentheses
// from call parentheses).

const keywordsBeforeExpression = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
  'throw', 'case', 'do', 'else', 'yield', 'await', 'extends']);
const keywordsBeforeParenBlock = new Set(['if', 'while', 'for', 'with', 'catch']);

function isIdStart(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 36 || c === 95 || c > 127;
}

function isIdPart(c) {
  return isIdStart(c) || (c >= 48 && c <= 57);
}

function isSpace(c) {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    c === 0x2028 || c === 0x2029;
}

// Token kinds: 'id' (identifiers and keywords), 'str', 'tpl' (a whole template piece), 'num', 'regex', 'punct'.
class Scanner {
  constructor(source) {
    this.src = source;
    this.pos = 0;
    this.braces = []; // 'block' | 'object' | 'template'
    this.parens = []; // true when the parenthesis follows if/while/for/with/catch
    this.prev = null; // the previous significant token
    this.prevPrev = null;
    if (source.charCodeAt(0) === 35 && source.charCodeAt(1) === 33) this.skipLine();
  }

  skipLine() {
    const s = this.src;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) break;
      this.pos++;
    }
  }

  skipTrivia() {
    const s = this.src;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (isSpace(c)) {
        this.pos++;
      } else if (c === 47 && s.charCodeAt(this.pos + 1) === 47) {
        this.skipLine();
      } else if (c === 47 && s.charCodeAt(this.pos + 1) === 42) {
        const end = s.indexOf('*/', this.pos + 2);
        this.pos = end === -1 ? s.length : end + 2;
      } else if (c === 60 && s.startsWith('<!--', this.pos)) {
        this.skipLine();
      } else {
        return;
      }
    }
  }

  regexAllowed() {
    const p = this.prev;
    if (p === null) return true;
    if (p.kind === 'id') return keywordsBeforeExpression.has(p.value) && !this.isMemberName(p);
    if (p.kind !== 'punct') return false;
    if (p.value === ')') return p.closesParenBlock === true;
    if (p.value === '}') return p.closesBlock === true;
    return p.value !== ']' && p.value !== '++' && p.value !== '--';
  }

  isMemberName(token) {
    return token === this.prev && this.prevPrev !== null && this.prevPrev.kind === 'punct' &&
      (this.prevPrev.value === '.' || this.prevPrev.value === '?.');
  }

  braceKind() {
    const p = this.prev;
    if (p === null) return 'block';
    if (p.kind === 'punct') {
      if (p.value === ')' || p.value === ';' || p.value === '{' || p.value === '}' || p.value === '=>') return 'block';
      return 'object';
    }
    if (p.kind === 'id') {
      if (p.value === 'return' || p.value === 'typeof' || p.value === 'case' || p.value === 'in' ||
          p.value === 'of' || p.value === 'yield' || p.value === 'await' || p.value === 'new' || p.value === 'void') {
        return 'object';
      }
      return 'block';
    }
    return 'block';
  }

  // The next significant token, or null at the end.
  next() {
    this.skipTrivia();
    const s = this.src;
    if (this.pos >= s.length) return null;
    const start = this.pos;
    const c = s.charCodeAt(start);
    let token;
    if (isIdStart(c) || c === 92) {
      let i = start + 1;
      while (i < s.length) {
        const d = s.charCodeAt(i);
        if (isIdPart(d) || d === 92) i++;
        else break;
      }
      this.pos = i;
      // Only short words matter (keywords, import/from/meta, defineProperty); long names are not worth a slice.
      token = { kind: 'id', value: i - start <= 16 ? s.slice(start, i) : '', start, end: i };
    } else if (c === 34 || c === 39) {
      token = this.readString(c, start);
    } else if (c === 96) {
      this.pos = start + 1;
      token = this.readTemplate(start);
    } else if (c >= 48 && c <= 57 || (c === 46 && s.charCodeAt(start + 1) >= 48 && s.charCodeAt(start + 1) <= 57)) {
      const hex = c === 48 && (s.charCodeAt(start + 1) | 32) === 120;
      let i = start + 1;
      for (; i < s.length; i++) {
        const d = s.charCodeAt(i);
        if (isIdPart(d) || d === 46) continue;
        // an exponent's sign: 1e-5 (not in hex, where e is a digit)
        if ((d === 43 || d === 45) && !hex && (s.charCodeAt(i - 1) | 32) === 101) continue;
        break;
      }
      this.pos = i;
      token = { kind: 'num', start, end: i };
    } else if (c === 47 && this.regexAllowed()) {
      token = this.readRegex(start);
    } else {
      token = this.readPunct(start);
    }
    this.prevPrev = this.prev;
    this.prev = token;
    return token;
  }

  readString(quote, start) {
    const s = this.src;
    let i = start + 1;
    let value = '';
    let chunk = i;
    while (i < s.length) {
      const d = s.charCodeAt(i);
      if (d === quote) break;
      if (d === 92) {
        value += s.slice(chunk, i);
        i++;
        const e = s[i];
        if (e === 'n') value += '\n';
        else if (e === 't') value += '\t';
        else if (e === 'r') value += '\r';
        else if (e === 'u' || e === 'x') {
          const m = e === 'x' ? /^[0-9a-fA-F]{2}/.exec(s.slice(i + 1, i + 3)) :
            /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(s.slice(i + 1, i + 12));
          if (m) {
            value += String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ''), 16));
            i += m[0].length;
          }
        } else if (e === '\r' && s[i + 1] === '\n') {
          i++;
        } else if (e !== '\n' && e !== '\r') {
          value += e;
        }
        i++;
        chunk = i;
        continue;
      }
      if (d === 10 || d === 13) break;
      i++;
    }
    value += s.slice(chunk, i);
    this.pos = Math.min(i + 1, s.length);
    return { kind: 'str', value, start, end: this.pos };
  }

  // From just after '`' or '}' to just after the closing '`' or the '${' (which then opens a template brace).
  readTemplate(start) {
    const s = this.src;
    let i = this.pos;
    while (i < s.length) {
      const d = s.charCodeAt(i);
      if (d === 92) {
        i += 2;
      } else if (d === 96) {
        this.pos = i + 1;
        return { kind: 'tpl', start, end: this.pos };
      } else if (d === 36 && s.charCodeAt(i + 1) === 123) {
        this.pos = i + 2;
        this.braces.push('template');
        return { kind: 'punct', value: '${', start, end: this.pos };
      } else {
        i++;
      }
    }
    this.pos = s.length;
    return { kind: 'tpl', start, end: this.pos };
  }

  readRegex(start) {
    const s = this.src;
    let i = start + 1;
    let inClass = false;
    while (i < s.length) {
      const d = s.charCodeAt(i);
      if (d === 92) {
        i += 2;
        continue;
      }
      if (d === 10 || d === 13) break;
      if (inClass) {
        if (d === 93) inClass = false;
      } else if (d === 91) {
        inClass = true;
      } else if (d === 47) {
        i++;
        break;
      }
      i++;
    }
    while (i < s.length && isIdPart(s.charCodeAt(i))) i++;
    this.pos = i;
    return { kind: 'regex', start, end: i };
  }

  readPunct(start) {
    const s = this.src;
    const c = s[start];
    let value = c;
    if (c === '{') {
      this.braces.push(this.braceKind());
    } else if (c === '}') {
      const kind = this.braces.pop();
      if (kind === 'template') {
        this.pos = start + 1;
        const piece = this.readTemplate(start);
        if (piece.kind === 'tpl') return { kind: 'tpl', start, end: piece.end };
        return piece;
      }
      this.pos = start + 1;
      return { kind: 'punct', value: '}', start, end: this.pos, closesBlock: kind === 'block' };
    } else if (c === '(') {
      const p = this.prev;
      this.parens.push(p !== null && p.kind === 'id' && keywordsBeforeParenBlock.has(p.value) && !this.isMemberName(p));
    } else if (c === ')') {
      this.pos = start + 1;
      return { kind: 'punct', value: ')', start, end: this.pos, closesParenBlock: this.parens.pop() === true };
    } else {
      const three = s.slice(start, start + 3);
      const two = s.slice(start, start + 2);
      if (three === '...' || three === '===' || three === '!==' || three === '**=' || three === '<<=' ||
          three === '>>=' || three === '>>>' || three === '&&=' || three === '||=' || three === '??=') {
        value = three;
      } else if (two === '=>' || two === '?.' && !/[0-9]/.test(s[start + 2] || '') || two === '++' || two === '--' ||
          two === '==' || two === '!=' || two === '<=' || two === '>=' || two === '&&' || two === '||' || two === '??' ||
          two === '+=' || two === '-=' || two === '*=' || two === '/=' || two === '%=' || two === '**' || two === '<<' ||
          two === '>>' || two === '&=' || two === '|=' || two === '^=') {
        value = two;
      }
    }
    this.pos = start + value.length;
    return { kind: 'punct', value, start, end: this.pos };
  }

  peekChar() {
    this.skipTrivia();
    return this.src[this.pos];
  }
}

// Reads `with { type: 'json' }` (or `assert {…}`) after a request's specifier; returns the attributes.
function readAttributes(scanner) {
  const save = { pos: scanner.pos, prev: scanner.prev, prevPrev: scanner.prevPrev, braces: scanner.braces.length };
  const keyword = scanner.next();
  if (keyword === null || keyword.kind !== 'id' || (keyword.value !== 'with' && keyword.value !== 'assert') ||
      scanner.peekChar() !== '{') {
    scanner.pos = save.pos;
    scanner.prev = save.prev;
    scanner.prevPrev = save.prevPrev;
    scanner.braces.length = save.braces;
    return { __proto__: null };
  }
  scanner.next();
  const attributes = { __proto__: null };
  for (;;) {
    const key = scanner.next();
    if (key === null || (key.kind === 'punct' && key.value === '}')) break;
    if (key.kind === 'punct') continue;
    const colon = scanner.next();
    if (colon === null || colon.value !== ':') break;
    const value = scanner.next();
    if (value === null) break;
    if (value.kind === 'str') attributes[key.kind === 'str' ? key.value : key.value] = value.value;
  }
  return attributes;
}

// Scans a source text. `module`: whether static import/export declarations may appear.
// Returns { requests: [{ specifier, attributes }], dynamicImports: [index of `import`],
//           metas: [{ start, end }], hasModuleSyntax: whether a top-level import/export declaration appears }.
function scan(source, module) {
  const scanner = new Scanner(source);
  const requests = [];
  const dynamicImports = [];
  const metas = [];
  let hasModuleSyntax = false;
  const braceDepthAt = () => scanner.braces.length;
  for (let token = scanner.next(); token !== null; token = scanner.next()) {
    if (token.kind !== 'id') continue;
    if (token.value !== 'import' && token.value !== 'export') continue;
    if (scanner.isMemberName(token)) continue;
    const c = scanner.peekChar();
    if (token.value === 'import') {
      if (c === '(') {
        if (!isMethodDefinition(scanner)) dynamicImports.push(token.start);
        continue;
      }
      if (c === '.') {
        const dot = scanner.next();
        const name = scanner.next();
        if (dot.value === '.' && name !== null && name.kind === 'id' && name.value === 'meta') {
          metas.push({ start: token.start, end: name.end });
        }
        continue;
      }
      if (!module || braceDepthAt() !== 0 || c === ':' || c === undefined) continue;
      hasModuleSyntax = true;
      readImportDeclaration(scanner, requests);
    } else if (module && braceDepthAt() === 0 && c !== ':' && c !== '(' && c !== undefined) {
      hasModuleSyntax = true;
      if (c === '*' || c === '{') readExportFrom(scanner, requests);
    }
  }
  return { requests, dynamicImports, metas, hasModuleSyntax };
}

// `import(…) {` is a method named import in a class or object literal, not a call.
function isMethodDefinition(scanner) {
  const probe = new Scanner('');
  probe.src = scanner.src;
  probe.pos = scanner.pos;
  let depth = 0;
  for (;;) {
    const t = probe.next();
    if (t === null) return false;
    if (t.kind === 'punct' && t.value === '(') depth++;
    else if (t.kind === 'punct' && t.value === ')' && --depth === 0) break;
  }
  return probe.peekChar() === '{';
}

function readImportDeclaration(scanner, requests) {
  let token = scanner.next();
  if (token === null) return;
  if (token.kind === 'str') {
    requests.push({ specifier: token.value, attributes: readAttributes(scanner) });
    return;
  }
  for (; token !== null; token = scanner.next()) {
    if (token.kind === 'id' && token.value === 'from' && scanner.peekChar() !== ',') {
      const spec = scanner.next();
      if (spec !== null && spec.kind === 'str') {
        requests.push({ specifier: spec.value, attributes: readAttributes(scanner) });
        return;
      }
    }
    if (token.kind === 'punct' && token.value === ';') return;
  }
}

function readExportFrom(scanner, requests) {
  const first = scanner.next();
  if (first.value === '{') {
    for (let t = scanner.next(); t !== null; t = scanner.next()) {
      if (t.kind === 'punct' && t.value === '}') break;
    }
  } else {
    // `* from` or `* as name from`
    const t = scanner.next();
    if (t !== null && t.kind === 'id' && t.value === 'as') scanner.next();
    else if (t !== null && t.kind === 'id' && t.value === 'from') return readFromTail(scanner, requests);
  }
  const from = scanner.next();
  if (from !== null && from.kind === 'id' && from.value === 'from') readFromTail(scanner, requests);
}

function readFromTail(scanner, requests) {
  const spec = scanner.next();
  if (spec !== null && spec.kind === 'str') requests.push({ specifier: spec.value, attributes: readAttributes(scanner) });
}

// node's module syntax detection for files no "type" decides: ES module syntax makes a .js file a module.
function hasModuleSyntax(source) {
  if (!/\b(?:import|export)\b/.test(source)) return false;
  const scanned = scan(source, true);
  return scanned.hasModuleSyntax || scanned.metas.length > 0;
}

module.exports = { scan, Scanner, hasModuleSyntax };
