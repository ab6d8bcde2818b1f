'use strict';
// URLSearchParams: an ordered list of name/value pairs, parsed from and serialized to
// application/x-www-form-urlencoded, and written back to the URL whose searchParams it is.

const { inspect } = require('internal/util/inspect');
const { formEncode, percentDecode } = require('internal/url/percent');
const {
  codes: { ERR_ARG_NOT_ITERABLE, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_INVALID_TUPLE, ERR_MISSING_ARGS },
} = require('internal/errors');

function toUSVString(v) {
  const s = `${v}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

// The application/x-www-form-urlencoded parser over s[start, end): a flat [name, value, name, value, …] list.
function parseForm(s, start = 0, end = s.length) {
  const list = [];
  while (start < end) {
    let amp = s.indexOf('&', start);
    if (amp === -1 || amp > end) amp = end;
    if (amp > start) {
      let eq = s.indexOf('=', start);
      if (eq === -1 || eq > amp) eq = amp;
      list.push(percentDecode(s, start, eq, true), eq < amp ? percentDecode(s, eq + 1, amp, true) : '');
    }
    start = amp + 1;
  }
  return list;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i !== 0) out += '&';
    out += `${formEncode(list[i])}=${formEncode(list[i + 1])}`;
  }
  return out;
}

// Set by internal/url: writes a serialized query (null when empty) into a URL.
let updateURLQuery;

let listOf;
let attachSearchParams;
let resetSearchParams;

class URLSearchParams {
  // name, value, name, value, …
  #list = [];
  // The URL whose searchParams these are, or null.
  #url = null;

  static {
    listOf = (p) => (typeof p === 'object' && p !== null && #list in p ? p.#list : undefined);
  }

  constructor(init = undefined) {
    if (init === undefined || init === null) return;
    if (typeof init !== 'object' && typeof init !== 'function') {
      const s = toUSVString(init);
      this.#list = parseForm(s, s.charCodeAt(0) === 63 ? 1 : 0);
      return;
    }
    const method = init[Symbol.iterator];
    if (method === undefined || method === null) {
      // A record: own enumerable properties, in order.
      const list = this.#list;
      for (const key of Reflect.ownKeys(init)) {
        const desc = Reflect.getOwnPropertyDescriptor(init, key);
        if (desc !== undefined && desc.enumerable) list.push(toUSVString(key), toUSVString(init[key]));
      }
      return;
    }
    if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
    const other = listOf(init);
    if (other !== undefined && method === URLSearchParams.prototype[Symbol.iterator]) {
      this.#list = other.slice();
      return;
    }
    const list = this.#list;
    for (const pair of { [Symbol.iterator]: () => method.call(init) }) {
      if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
          typeof pair[Symbol.iterator] !== 'function') {
        throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      }
      const values = [...pair];
      if (values.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
      list.push(toUSVString(values[0]), toUSVString(values[1]));
    }
  }

  static {
    // internal/url's side of the link between a URL and its searchParams.
    attachSearchParams = (params, url, query) => {
      params.#url = url;
      params.#list = query === null ? [] : parseForm(query);
    };
    resetSearchParams = (params, query) => {
      params.#list = query === null ? [] : parseForm(query);
    };
  }

  #update() {
    if (this.#url === null) return;
    const query = serializeForm(this.#list);
    updateURLQuery(this.#url, query === '' ? null : query);
  }

  get size() {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#update();
  }

  delete(name, value = undefined) {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    let n = 0;
    if (value === undefined) {
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name) {
          list[n++] = list[i];
          list[n++] = list[i + 1];
        }
      }
    } else {
      value = toUSVString(value);
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] !== name || list[i + 1] !== value) {
          list[n++] = list[i];
          list[n++] = list[i + 1];
        }
      }
    }
    list.length = n;
    this.#update();
  }

  get(name) {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) return list[i + 1];
    }
    return null;
  }

  getAll(name) {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    const values = [];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) values.push(list[i + 1]);
    }
    return values;
  }

  has(name, value = undefined) {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const list = this.#list;
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    }
    return false;
  }

  set(name, value) {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    const list = this.#list;
    name = toUSVString(name);
    value = toUSVString(value);
    // The first pair named `name` takes the value; later ones go.
    let n = 0;
    let found = false;
    for (let i = 0; i < list.length; i += 2) {
      if (list[i] === name) {
        if (found) continue;
        found = true;
        list[n++] = name;
        list[n++] = value;
      } else {
        list[n++] = list[i];
        list[n++] = list[i + 1];
      }
    }
    list.length = n;
    if (!found) list.push(name, value);
    this.#update();
  }

  // Stable, by name in UTF-16 code units.
  sort() {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    const list = this.#list;
    const count = list.length / 2;
    const order = new Array(count);
    for (let i = 0; i < count; i++) order[i] = i * 2;
    order.sort((a, b) => (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : a - b));
    const sorted = new Array(list.length);
    for (let i = 0; i < count; i++) {
      sorted[i * 2] = list[order[i]];
      sorted[i * 2 + 1] = list[order[i] + 1];
    }
    this.#list = sorted;
    this.#update();
  }

  entries() {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, KIND_ENTRIES);
  }

  forEach(callback, thisArg = undefined) {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    // The list may change under the callback; each step reads the current one.
    for (let i = 0; i < this.#list.length; i += 2) {
      const list = this.#list;
      callback.call(thisArg, list[i + 1], list[i], this);
    }
  }

  keys() {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, KIND_KEYS);
  }

  values() {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, KIND_VALUES);
  }

  toString() {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    return serializeForm(this.#list);
  }

  [inspect.custom](depth, options) {
    if (listOf(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const list = this.#list;
    const name = this.constructor.name;
    if (list.length === 0) return `${name} {}`;
    const items = [];
    let length = -2;
    for (let i = 0; i < list.length; i += 2) {
      const item = `${inspect(list[i], inner)} => ${inspect(list[i + 1], inner)}`;
      items.push(item);
      length += item.length + 2;
    }
    if (length > options.breakLength) return `${name} {\n  ${items.join(',\n  ')} }`;
    return `${name} { ${items.join(', ')} }`;
  }
}

const KIND_KEYS = 0;
const KIND_VALUES = 1;
const KIND_ENTRIES = 2;

let iteratorState;

class URLSearchParamsIterator {
  #params;
  #kind;
  #index = 0;

  static {
    iteratorState = (it) => (typeof it === 'object' && it !== null && #params in it ? it : undefined);
  }

  constructor(params, kind) {
    this.#params = params;
    this.#kind = kind;
  }

  next() {
    if (iteratorState(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    const list = listOf(this.#params);
    const index = this.#index;
    if (index >= list.length) return { value: undefined, done: true };
    this.#index = index + 2;
    return { value: this.#item(list, index), done: false };
  }

  #item(list, index) {
    if (this.#kind === KIND_KEYS) return list[index];
    if (this.#kind === KIND_VALUES) return list[index + 1];
    return [list[index], list[index + 1]];
  }

  [inspect.custom](depth, options) {
    if (iteratorState(this) === undefined) throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const inner = { ...options, depth: depth === null ? null : depth - 1 };
    const list = listOf(this.#params);
    const items = [];
    const output = [];
    for (let i = this.#index; i < list.length; i += 2) {
      const item = this.#item(list, i);
      items.push(item);
      output.push(inspect(item, inner));
    }
    // Laid out on one line when the remaining items would fit on one as an array.
    const multiline = inspect(items, inner).includes('\n');
    const body = multiline ? `\n  ${output.join(',\n  ')}` : ` ${output.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  }
}

// The iterator objects inherit from %IteratorPrototype% directly, with `next` enumerable as node has it.
const iteratorPrototype = URLSearchParamsIterator.prototype;
Object.setPrototypeOf(iteratorPrototype, Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
delete iteratorPrototype.constructor;
Object.defineProperty(iteratorPrototype, 'next', { enumerable: true });
Object.defineProperty(iteratorPrototype, Symbol.toStringTag, {
  configurable: true, value: 'URLSearchParams Iterator',
});

const proto = URLSearchParams.prototype;
for (const key of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries', 'forEach', 'keys',
  'values', 'toString']) {
  Object.defineProperty(proto, key, { enumerable: true });
}
Object.defineProperty(proto, Symbol.toStringTag, { configurable: true, value: 'URLSearchParams' });
Object.defineProperty(proto, Symbol.iterator, { configurable: true, writable: true, value: proto.entries });

function setQueryUpdater(fn) {
  updateURLQuery = fn;
}

module.exports = { URLSearchParams, attachSearchParams, resetSearchParams, setQueryUpdater };
