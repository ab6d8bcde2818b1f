'use strict';

// assert.ok() and the source-based message of a failed `assert.ok(expr)`: the text of the call
// expression is read from the caller's file.

const AssertionError = require('internal/assert/assertion_error');

// Messages already built, keyed by call site.
const messageCache = new Map();

const kKeywords = new Set([
  'await', 'case', 'delete', 'do', 'else', 'in', 'instanceof', 'new', 'of', 'return', 'throw',
  'typeof', 'void', 'yield',
]);

function isIdentifierChar(ch) {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
    ch === '_' || ch === '$' || ch > '\u007f';
}

function isSpace(ch) {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

function skipSpaceBackward(code, pos) {
  while (pos >= 0 && isSpace(code[pos])) pos--;
  return pos;
}

// Position just past the end of the string, template or comment starting at `pos`, or -1.
function skipQuoted(code, pos) {
  const quote = code[pos];
  for (let i = pos + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') {
      i++;
    } else if (ch === quote) {
      return i + 1;
    } else if (quote === '`' && ch === '$' && code[i + 1] === '{') {
      i = skipBalanced(code, i + 1);
      if (i === -1) return -1;
      i--;
    } else if (quote !== '`' && ch === '\n') {
      return -1;
    }
  }
  return -1;
}

// A `/` starts a regular expression literal unless it follows something that ends an operand.
function startsRegExp(code, pos) {
  const prev = skipSpaceBackward(code, pos - 1);
  if (prev < 0) return true;
  const ch = code[prev];
  if (ch === ')' || ch === ']' || ch === '}' || ch === '"' || ch === '\'' || ch === '`') return false;
  if (!isIdentifierChar(ch)) return true;
  let start = prev;
  while (start > 0 && isIdentifierChar(code[start - 1])) start--;
  return kKeywords.has(code.slice(start, prev + 1));
}

function skipRegExp(code, pos) {
  let inClass = false;
  for (let i = pos + 1; i < code.length; i++) {
    const ch = code[i];
    if (ch === '\\') i++;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) return i + 1;
    else if (ch === '\n') return -1;
  }
  return -1;
}

// Position just past the bracket matching the one at `pos`, or -1.
function skipBalanced(code, pos) {
  let depth = 0;
  for (let i = pos; i < code.length; i++) {
    const ch = code[i];
    if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      if (--depth === 0) return i + 1;
    } else if (ch === '"' || ch === '\'' || ch === '`') {
      i = skipQuoted(code, i);
      if (i === -1) return -1;
      i--;
    } else if (ch === '/') {
      const next = code[i + 1];
      if (next === '/') {
        i = code.indexOf('\n', i);
        if (i === -1) return -1;
      } else if (next === '*') {
        i = code.indexOf('*/', i + 2);
        if (i === -1) return -1;
        i++;
      } else if (startsRegExp(code, i)) {
        i = skipRegExp(code, i);
        if (i === -1) return -1;
        i--;
      }
    }
  }
  return -1;
}

// Position of the bracket opening the group that the bracket at `pos` closes, or -1. Only used on
// the short callee chain, so a plain counter is enough.
function matchBackward(code, pos) {
  let depth = 0;
  for (let i = pos; i >= 0; i--) {
    const ch = code[i];
    if (ch === ')' || ch === ']') depth++;
    else if ((ch === '(' || ch === '[') && --depth === 0) return i;
  }
  return -1;
}

// Start of the callee chain (`a.b['c'].d`, `f(x).g`) ending before position `pos`, or `start` when
// nothing precedes. With `expectObject` unset, an identifier starting at `pos` was just consumed, so
// only a member access `.` may continue the chain. As in node, the chain is not followed onto the lines
// before the call site's (from `lineStart` on).
function calleeStart(code, pos, start, expectObject, lineStart) {
  let afterGroup = false;
  for (;;) {
    const prev = skipSpaceBackward(code, pos - 1);
    if (prev < lineStart) return start;
    const ch = code[prev];
    if (!expectObject && !afterGroup) {
      // Just consumed a name: continue only through a member access.
      if (ch !== '.') return start;
      pos = code[prev - 1] === '?' ? prev - 1 : prev;
      expectObject = true;
      continue;
    }
    if (isIdentifierChar(ch)) {
      let begin = prev;
      while (begin > 0 && isIdentifierChar(code[begin - 1])) begin--;
      if (kKeywords.has(code.slice(begin, prev + 1))) return start;
      start = pos = begin;
      expectObject = afterGroup = false;
    } else if (ch === ']' || ch === ')') {
      const open = matchBackward(code, prev);
      if (open < lineStart) return start;
      start = pos = open;
      expectObject = false;
      afterGroup = true;
    } else {
      return start;
    }
  }
}

function findCallExpression(code, offset, lineStart) {
  let pos = offset;
  let start;
  if (isIdentifierChar(code[pos])) {
    while (pos < code.length && isIdentifierChar(code[pos])) pos++;
    start = calleeStart(code, offset, offset, false, lineStart);
    while (pos < code.length && isSpace(code[pos])) pos++;
  } else {
    start = calleeStart(code, offset, -1, true, lineStart);
    if (start === -1) return undefined;
  }
  if (code[pos] !== '(') return undefined;
  const end = skipBalanced(code, pos);
  if (end === -1) return undefined;
  return [start, end];
}

function readCallSite(fn) {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  Error.prepareStackTrace = (_, frames) => frames;
  Error.stackTraceLimit = 1;
  const holder = {};
  try {
    Error.captureStackTrace(holder, fn);
    const frames = holder.stack;
    return Array.isArray(frames) && frames.length > 0 ? frames[0] : undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
}

function getErrMessage(fn) {
  const call = readCallSite(fn);
  if (call === undefined) return undefined;
  let filename = call.getFileName();
  const line = call.getLineNumber();
  const column = call.getColumnNumber();
  if (typeof filename !== 'string' || filename.startsWith('node:') || line == null || column == null) {
    return undefined;
  }
  const key = `${filename} ${line} ${column}`;
  if (messageCache.has(key)) return messageCache.get(key);

  let message;
  try {
    if (filename.startsWith('file:')) filename = require('url').fileURLToPath(filename);
    const code = require('fs').readFileSync(filename, 'utf8');
    let lineStart = 0;
    for (let i = 1; i < line && lineStart !== -1; i++) {
      lineStart = code.indexOf('\n', lineStart);
      if (lineStart !== -1) lineStart++;
    }
    if (lineStart !== -1) {
      const range = findCallExpression(code, lineStart + column - 1, lineStart);
      if (range !== undefined) message = formatExpression(code, range[0], range[1]);
    }
  } catch {
    message = undefined;
  }
  messageCache.set(key, message);
  return message;
}

// Control characters other than tabs and line breaks are shown escaped, as JSON writes them.
const controlCharsRegExp = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

function escapeControlChar(ch) {
  if (ch === '\b') return '\\b';
  if (ch === '\f') return '\\f';
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

// Continuation lines lose the indentation of the first line so the expression reads naturally.
function formatExpression(code, start, end) {
  const lineStart = code.lastIndexOf('\n', start - 1) + 1;
  const indent = start - lineStart;
  const lines = code.slice(start, end).replace(/\r\n/g, '\n').split('\n');
  let text = lines[0];
  for (let i = 1; i < lines.length; i++) {
    const current = lines[i];
    let pos = 0;
    while (pos < indent && (current[pos] === ' ' || current[pos] === '\t')) pos++;
    text += `\n  ${current.slice(pos)}`;
  }
  text = text.replace(controlCharsRegExp, escapeControlChar);
  return `The expression evaluated to a falsy value:\n\n  ${text}\n`;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = getErrMessage(fn);
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value,
    expected: true,
    message,
    operator: '==',
    stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

module.exports = {
  innerOk,
};
