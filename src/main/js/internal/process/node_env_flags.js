'use strict';
// process.allowedNodeEnvironmentFlags: the options NODE_OPTIONS may hold, as an immutable Set whose has() accepts
// node's spellings of a flag (without dashes, with underscores, with a value, or the other --no- form).

const flags = require('internal/process/node_options_flags');

function canonical(key) {
  const eq = key.indexOf('=');
  if (eq !== -1) key = key.slice(0, eq);
  if (key.startsWith('--')) {
    const name = key.slice(2);
    return name === '' || name.startsWith('-') ? null : `--${name.replaceAll('_', '-')}`;
  }
  if (key.startsWith('-')) return key.length > 1 ? key : null;
  if (key === '') return null;
  return key.length === 1 ? `-${key}` : `--${key.replaceAll('_', '-')}`;
}

class NodeEnvironmentFlagsSet extends Set {
  #flags;

  constructor(list) {
    super();
    this.#flags = new Set(list);
  }

  add() {
    return this;
  }

  delete() {
    return false;
  }

  clear() {}

  has(key) {
    if (typeof key !== 'string') return false;
    const flag = canonical(key);
    if (flag === null) return false;
    if (this.#flags.has(flag)) return true;
    if (!flag.startsWith('--')) return false;
    return flag.startsWith('--no-') ? this.#flags.has(`--${flag.slice(5)}`) : this.#flags.has(`--no-${flag.slice(2)}`);
  }

  get size() {
    return this.#flags.size;
  }

  forEach(callback, thisArg) {
    for (const flag of this.#flags) callback.call(thisArg, flag, flag, this);
  }

  entries() {
    return this.#flags.entries();
  }

  keys() {
    return this.#flags.keys();
  }

  values() {
    return this.#flags.values();
  }

  [Symbol.iterator]() {
    return this.#flags.values();
  }
}

let allowed;
function allowedNodeEnvironmentFlags() {
  if (allowed === undefined) allowed = Object.freeze(new NodeEnvironmentFlagsSet(flags));
  return allowed;
}

module.exports = { allowedNodeEnvironmentFlags };
