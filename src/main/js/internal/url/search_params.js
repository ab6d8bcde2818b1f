'use strict';
// URLSearchParams: an ordered list of name/value pairs, parsed from and serialized to
// application/x-www-form-urlencoded, kept in step with the URL it belongs to.

const { inspect } = require('internal/util/inspect');
const { FORM_SET, percentDecode, percentEncode } = require('internal/url/percent');
const {
  codes: { ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_MISSING_ARGS },
} = require('internal/errors');

let listOf;
let setList;
let ownerOf;
let setOwner;

function toUSVString(v) {
  const s = `${v}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

function parseForm(input) {
  const list = [];
  if (input === '') return list;
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    list.push(decodeForm(name), decodeForm(value));
  }
  return list;
}

function decodeForm(s) {
  if (s.indexOf('+') !== -1) s = s.replace(/\+/g, ' ');
  if (s.indexOf('%') === -1) return s;
  return Buffer.from(percentDecode(Buffer.from(s, 'utf8'))).toString('utf8');
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += `${percentEncode(list[i], FORM_SET, true)}=${percentEncode(list[i + 1], FORM_SET, true)}`;
  }
  return out;
}

function checkThis(self) {
  if (listOf(self) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
}

class URLSearchParams {
  // name, value, name, value, …
  #list = [];
  // Told the new query when the params change, for the URL they belong to.
  #onUpdate = null;

  static {
    listOf = (p) => (p != null && typeof p === 'object' && #list in p ? p.#list : undefined);
    setList = (p, list) => { p.#list = list; };
    ownerOf = (p) => p.#onUpdate;
    setOwner = (p, onUpdate) => { p.#onUpdate = onUpdate; };
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && listOf(init) !== undefined) {
        this.#list = listOf(init).slice();
      } else if (method != null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of init) {
          if (pair == null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const values = [...pair];
          if (values.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(values[0]), toUSVString(values[1]));
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc !== undefined && desc.enumerable) this.#list.push(toUSVString(key), toUSVString(init[key]));
        }
      }
    } else {
      let s = toUSVString(init);
      if (s[0] === '?') s = s.slice(1);
      this.#list = parseForm(s);
    }
  }

  get size() {
    checkThis(this);
    return this.#list.length / 2;
  }

  append(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    update(this);
  }

  delete(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    const matchValue = value !== undefined;
    if (matchValue) value = toUSVString(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (!matchValue || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    update(this);
  }

  get(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const out = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) out.push(list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    checkThis(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    const matchValue = value !== undefined;
    if (matchValue) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (!matchValue || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    checkThis(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    update(this);
  }

  // Stable by name in UTF-16 code units, as the standard says.
  sort() {
    checkThis(this);
    const list = this.#list;
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => (a[0] === b[0] ? 0 : a[0] < b[0] ? -1 : 1));
    this.#list = pairs.flat();
    update(this);
  }

  entries() {
    checkThis(this);
    return createIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkThis(this);
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    let list = this.#list;
    for (let i = 0; i < list.length; i += 2) {
      callback.call(thisArg, list[i + 1], list[i], this);
      list = this.#list;
    }
  }

  keys() {
    checkThis(this);
    return createIterator(this, 'key');
  }

  values() {
    checkThis(this);
    return createIterator(this, 'value');
  }

  toString() {
    checkThis(this);
    return serializeForm(this.#list);
  }

  [inspect.custom](recurseTimes, ctx) {
    checkThis(this);
    if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
    const separator = ', ';
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const innerInspect = (v) => inspect(v, innerOpts);
    const list = this.#list;
    const output = [];
    for (let i = 0; i < list.length; i += 2) output.push(`${innerInspect(list[i])} => ${innerInspect(list[i + 1])}`);
    const length = output.reduce((sum, cur) => sum + cur.length + separator.length, -separator.length);
    if (length > ctx.breakLength) {
      return `${this.constructor.name} {\n  ${output.join(',\n  ')} }`;
    } else if (output.length) {
      return `${this.constructor.name} { ${output.join(separator)} }`;
    }
    return `${this.constructor.name} {}`;
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  configurable: true, writable: true, value: URLSearchParams.prototype.entries,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  configurable: true, value: 'URLSearchParams',
});
for (const name of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys', 'values',
  'toString', 'size']) {
  const desc = Object.getOwnPropertyDescriptor(URLSearchParams.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URLSearchParams.prototype, name, desc);
}

// Writes the list back into the URL it belongs to.
function update(params) {
  const onUpdate = ownerOf(params);
  if (onUpdate === null) return;
  const query = serializeForm(listOf(params));
  onUpdate(query === '' ? null : query);
}

const kTarget = Symbol('target');
const kKind = Symbol('kind');
const kIndex = Symbol('index');

const URLSearchParamsIteratorPrototype = Object.create(Object.getPrototypeOf(
  Object.getPrototypeOf([][Symbol.iterator]())));
Object.defineProperties(URLSearchParamsIteratorPrototype, {
  next: {
    configurable: true,
    enumerable: true,
    writable: true,
    value: function next() {
      if (this == null || this[kTarget] === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      const list = listOf(this[kTarget]);
      const index = this[kIndex];
      if (index >= list.length) return { value: undefined, done: true };
      this[kIndex] = index + 2;
      const kind = this[kKind];
      if (kind === 'key') return { value: list[index], done: false };
      if (kind === 'value') return { value: list[index + 1], done: false };
      return { value: [list[index], list[index + 1]], done: false };
    },
  },
  [Symbol.toStringTag]: { configurable: true, value: 'URLSearchParams Iterator' },
  [inspect.custom]: {
    configurable: true,
    writable: true,
    value: function inspectIterator(recurseTimes, ctx) {
      if (this == null || this[kTarget] === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
      if (typeof recurseTimes === 'number' && recurseTimes < 0) return ctx.stylize('[Object]', 'special');
      const innerOpts = { ...ctx };
      if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
      const list = listOf(this[kTarget]);
      const kind = this[kKind];
      const items = [];
      for (let i = this[kIndex]; i < list.length; i += 2) {
        if (kind === 'key') items.push(list[i]);
        else if (kind === 'value') items.push(list[i + 1]);
        else items.push([list[i], list[i + 1]]);
      }
      const output = items.map((item) => inspect(item, innerOpts));
      const joined = output.join(', ');
      const breakLn = joined.includes('\n') || joined.length > ctx.breakLength;
      const body = breakLn ? `\n  ${output.join(',\n  ')} ` : ` ${joined} `;
      return `${this[Symbol.toStringTag]} {${output.length ? body : ''}}`;
    },
  },
});

function createIterator(target, kind) {
  const iterator = Object.create(URLSearchParamsIteratorPrototype);
  iterator[kTarget] = target;
  iterator[kKind] = kind;
  iterator[kIndex] = 0;
  return iterator;
}

// Makes `params` the live view of a URL's query: `onUpdate(query)` receives its changes.
function attach(params, onUpdate) {
  setOwner(params, onUpdate);
}

function replaceList(params, query) {
  setList(params, query ? parseForm(query) : []);
}

module.exports = { URLSearchParams, attach, replaceList, serializeForm };
