'use strict';
// util.inspect(): custom inspection functions, the legacy signature, defaultOptions, colors and styles.
// Expected strings are node v20's output.
const assert = require('assert');
const util = require('util');
const { inspect } = util;

assert.strictEqual(inspect.custom, Symbol.for('nodejs.util.inspect.custom'));

// The custom function gets the remaining depth, the options (with stylize and unknown options) and inspect.
const reporter = {
  [inspect.custom](depth, options, inspectFn) {
    return { depth, hasStylize: typeof options.stylize, same: inspectFn === inspect, extra: options.extra };
  },
};
assert.strictEqual(inspect(reporter, { extra: 'x' }), "{ depth: 2, hasStylize: 'function', same: true, extra: 'x' }");
assert.strictEqual(inspect({ a: { b: reporter } }),
                   "{\n  a: {\n    b: { depth: 0, hasStylize: 'function', same: true, extra: undefined }\n  }\n}");

// A returned string is used as is, indented to the current level.
assert.strictEqual(inspect({ a: { [inspect.custom]() { return 'line1\nline2'; } } }), '{\n  a: line1\n  line2\n}');
assert.strictEqual(inspect({ [inspect.custom](d, opts) { return opts.stylize('styled', 'special'); } }, { colors: true }),
                   '\u001b[36mstyled\u001b[39m');
// Returning the object itself formats it normally.
assert.strictEqual(inspect({ [inspect.custom]() { return this; }, a: 1 }),
                   '{\n  a: 1,\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}');
assert.strictEqual(inspect({ [inspect.custom]() { return 'x'; } }, { customInspect: false }),
                   '{\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}');

class Money {
  constructor(v) { this.v = v; }
  [inspect.custom](depth, options, inspectFn) { return `Money<${inspectFn(this.v, options)}>`; }
}
assert.strictEqual(inspect([new Money(5), new Money('x')]), "[ Money<5>, Money<'x'> ]");
// Not called for the prototype itself.
assert.strictEqual(inspect(Money.prototype), '{}');

// inspect(value, showHidden, depth, colors)
assert.strictEqual(inspect({ a: [1, 2] }, true, 0, true), '{ a: \u001b[36m[Array]\u001b[39m }');
assert.strictEqual(inspect({ a: { b: { c: { d: 1 } } } }, false, null), '{\n  a: { b: { c: { d: 1 } } }\n}');
assert.strictEqual(inspect('x', { stylize: (s, t) => `<${t}:${s}>` }), "<string:'x'>");

// defaultOptions
assert.deepStrictEqual({ ...inspect.defaultOptions }, {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});
assert.throws(() => { inspect.defaultOptions = null; }, {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});
const saved = { ...inspect.defaultOptions };
try {
  inspect.defaultOptions = { depth: 0, breakLength: 20 };
  assert.strictEqual(inspect.defaultOptions.depth, 0);
  assert.strictEqual(inspect({ a: { b: 1 } }), '{\n  a: [Object]\n}');
  assert.strictEqual(inspect({ key: 'value', other: 'thing' }), "{\n  key: 'value',\n  other: 'thing'\n}");
} finally {
  inspect.defaultOptions = saved;
}
assert.strictEqual(inspect({ a: { b: 1 } }), '{ a: { b: 1 } }');

// colors and styles
assert.deepStrictEqual(inspect.colors.red, [31, 39]);
assert.deepStrictEqual(inspect.colors.bgWhiteBright, [107, 49]);
assert.deepStrictEqual(inspect.colors.grey, [90, 39]);
assert.deepStrictEqual(inspect.colors.faint, [2, 22]);
assert.strictEqual(Object.keys(inspect.colors).includes('grey'), false);
assert.strictEqual(Object.keys(inspect.colors).length, 44);
assert.strictEqual(Object.getPrototypeOf(inspect.colors), null);
assert.deepStrictEqual({ ...inspect.styles }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});
const savedNumber = inspect.styles.number;
try {
  inspect.styles.number = 'red';
  assert.strictEqual(inspect(1, { colors: true }), '\u001b[31m1\u001b[39m');
} finally {
  inspect.styles.number = savedNumber;
}
assert.strictEqual(inspect(1, { colors: true }), '\u001b[33m1\u001b[39m');

// stripVTControlCharacters
assert.strictEqual(util.stripVTControlCharacters('\u001b[1mbold\u001b[22m \u001b[31mred\u001b[39m'), 'bold red');
assert.strictEqual(util.stripVTControlCharacters('\u001b]8;;https://x\u0007link\u001b]8;;\u0007'), 'link');
assert.throws(() => util.stripVTControlCharacters(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (1)',
});
