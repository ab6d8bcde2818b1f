'use strict';
// PerformanceEntry, the base of every timing record, and PerformanceNodeEntry for node's own entry types
// (timerify's 'function' entries). Entries are only made by this runtime: constructors demand kConstruct.

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

const kConstruct = Symbol('kConstruct');

// `Name {json}` one level shallower than the caller asked, `[Name]` past the depth limit.
function inspectAs(name, value, depth, options, inspect) {
  if (depth < 0) return options.stylize(`[${name}]`, 'special');
  return `${name} ${inspect(value, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
}

// Class methods are non-enumerable; the Web IDL members of these interfaces are enumerable.
function makeEnumerable(proto, names) {
  for (const name of names) {
    const desc = Object.getOwnPropertyDescriptor(proto, name);
    desc.enumerable = true;
    Object.defineProperty(proto, name, desc);
  }
}

function defineToStringTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, {
    value: tag, writable: false, enumerable: false, configurable: true,
  });
}

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  // The default keeps PerformanceEntry.length 0, as in node.
  constructor(key = undefined, name, type, start, duration) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() {
    if (!(#name in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return this.#name;
  }

  get entryType() {
    if (!(#name in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return this.#type;
  }

  get startTime() {
    if (!(#name in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return this.#start;
  }

  get duration() {
    if (!(#name in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return this.#duration;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspectAs(this.constructor.name, this.toJSON(), depth, options, inspect);
  }

  toJSON() {
    if (!(#name in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceEntry', this);
    return { name: this.#name, entryType: this.#type, startTime: this.#start, duration: this.#duration };
  }
}
makeEnumerable(PerformanceEntry.prototype, ['name', 'entryType', 'startTime', 'duration', 'toJSON']);

// Entries whose detail is node-specific data handed over as is (not cloned).
class PerformanceNodeEntry extends PerformanceEntry {
  #detail;

  constructor(key, name, type, start, duration, detail) {
    super(key, name, type, start, duration);
    this.#detail = detail;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceNodeEntry', this);
    return this.#detail;
  }

  toJSON() {
    const json = super.toJSON();
    json.detail = this.#detail;
    return json;
  }
}

module.exports = { PerformanceEntry, PerformanceNodeEntry, kConstruct, inspectAs, makeEnumerable, defineToStringTag };
