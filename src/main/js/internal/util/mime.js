'use strict';

// util.MIMEType / util.MIMEParams: the WHATWG MIME Sniffing "parse a MIME type" and "serialize a
// MIME type" algorithms.

const { codes: { ERR_INVALID_MIME_SYNTAX } } = require('internal/errors');

// HTTP token code points: ASCII alphanumerics and !#$%&'*+-.^_`|~
const tokenChars = new Uint8Array(128);
for (const ch of "!#$%&'*+-.^_`|~0123456789") tokenChars[ch.charCodeAt(0)] = 1;
for (let c = 0x41; c <= 0x5a; c++) tokenChars[c] = tokenChars[c + 0x20] = 1;

// Index of the first code unit that is not an HTTP token code point, or -1.
function firstNonToken(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 128 || tokenChars[c] === 0) return i;
  }
  return -1;
}

// Index of the first code unit outside the HTTP quoted-string token code points, or -1.
function firstNonQuotedStringToken(str) {
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (!(c === 0x09 || (c >= 0x20 && c <= 0x7e) || (c >= 0x80 && c <= 0xff))) return i;
  }
  return -1;
}

function isHTTPWhitespace(c) {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function trimHTTPWhitespace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && isHTTPWhitespace(str.charCodeAt(start))) start++;
  while (end > start && isHTTPWhitespace(str.charCodeAt(end - 1))) end--;
  return str.slice(start, end);
}

function trimTrailingHTTPWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHTTPWhitespace(str.charCodeAt(end - 1))) end--;
  return str.slice(0, end);
}

function validatedType(value, production, input) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, input, -1);
  const invalid = firstNonToken(value);
  if (invalid !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, input, invalid);
  return value.toLowerCase();
}

function serializeValue(value) {
  if (value.length !== 0 && firstNonToken(value) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

// Reads the parameters of `str` starting at the `;` at `position` into `params` (a Map).
function parseParameters(str, position, params) {
  const length = str.length;
  while (position < length) {
    position++;
    while (position < length && isHTTPWhitespace(str.charCodeAt(position))) position++;

    let end = position;
    while (end < length && str[end] !== ';' && str[end] !== '=') end++;
    const name = str.slice(position, end).toLowerCase();
    position = end;
    if (position < length) {
      if (str[position] === ';') continue;
      position++;
    }
    if (position >= length) break;

    let value;
    if (str[position] === '"') {
      // Quoted string: backslash escapes the next character; text after the closing quote up to
      // the next `;` is ignored.
      value = '';
      position++;
      while (position < length) {
        const ch = str[position];
        if (ch === '"') break;
        if (ch === '\\') {
          position++;
          if (position >= length) {
            value += '\\';
            break;
          }
        }
        value += str[position];
        position++;
      }
      while (position < length && str[position] !== ';') position++;
    } else {
      end = str.indexOf(';', position);
      if (end === -1) end = length;
      value = trimTrailingHTTPWhitespace(str.slice(position, end));
      position = end;
      if (value.length === 0) continue;
    }

    if (name.length !== 0 && firstNonToken(name) === -1 &&
        firstNonQuotedStringToken(value) === -1 && !params.has(name)) {
      params.set(name, value);
    }
  }
}

// Fills a MIMEParams from the parameter part of a MIME type string.
let parseInto;

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidName = firstNonToken(name);
    if (name.length === 0 || invalidName !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidName);
    }
    const invalidValue = firstNonQuotedStringToken(value);
    if (invalidValue !== -1) {
      throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValue);
    }
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let result = '';
    for (const { 0: name, 1: value } of this.#data) {
      if (result.length !== 0) result += ';';
      result += `${name}=${serializeValue(value)}`;
    }
    return result;
  }

  toJSON() {
    return this.toString();
  }

  static {
    parseInto = (params, str, position) => parseParameters(str, position, params.#data);
  }
}

Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  __proto__: null,
  configurable: true,
  writable: true,
  value: MIMEParams.prototype.entries,
});

class MIMEType {
  #type;
  #subtype;
  #params;

  constructor(string) {
    string = `${string}`;
    const input = trimHTTPWhitespace(string);
    const slash = input.indexOf('/');
    // Without a slash the whole input is an incomplete type.
    if (slash === -1) throw new ERR_INVALID_MIME_SYNTAX('type', string, -1);
    this.#type = validatedType(input.slice(0, slash), 'type', string);

    let end = input.indexOf(';', slash + 1);
    if (end === -1) end = input.length;
    const subtype = trimTrailingHTTPWhitespace(input.slice(slash + 1, end));
    this.#subtype = validatedType(subtype, 'subtype', string);

    this.#params = new MIMEParams();
    parseInto(this.#params, input, end);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    this.#type = validatedType(value, 'type', value);
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    this.#subtype = validatedType(value, 'subtype', value);
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const essence = `${this.#type}/${this.#subtype}`;
    const params = this.#params.toString();
    return params.length === 0 ? essence : `${essence};${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = {
  MIMEParams,
  MIMEType,
};
