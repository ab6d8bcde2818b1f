'use strict';
// The Console class (node's console API): writes formatted text to its stdout/stderr streams.

const {
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR },
} = require('internal/errors');
const { validateInteger, validateObject, validateOneOf } = require('internal/validators');
const { inspect, formatWithOptions } = require('internal/util/inspect');
const { renderTable } = require('internal/console/table');

const kCounts = Symbol('kCounts');
const kTimers = Symbol('kTimers');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kColorMode = Symbol('kColorMode');
const kInspectOptions = Symbol('kInspectOptions');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');
const kIgnoreErrors = Symbol('kIgnoreErrors');

function isWritable(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.write === 'function';
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  initConsole(this, options, stderr, ignoreErrors);
}

function initConsole(target, options, stderr, ignoreErrors) {
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: err = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation = 2,
  } = options;
  if (!isWritable(stdout)) throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!isWritable(err)) throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  const state = {
    [kStdout]: stdout,
    [kStderr]: err,
    [kIgnoreErrors]: !!ignore,
    [kColorMode]: colorMode,
    [kInspectOptions]: inspectOptions,
    [kCounts]: new Map(),
    [kTimers]: new Map(),
    [kGroupIndent]: '',
    [kGroupIndentationWidth]: groupIndentation,
  };
  for (const key of Reflect.ownKeys(state)) {
    Object.defineProperty(target, key, { value: state[key], writable: true, configurable: true, enumerable: false });
  }
  // Methods are bound so that `const { log } = console` works, as in node.
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      const bound = desc.value.bind(target);
      Object.defineProperty(bound, 'name', { value: key });
      Object.defineProperty(target, key, { value: bound, writable: true, configurable: true, enumerable: true });
    }
  }
}

function colorsFor(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return mode;
  return !!(stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function format(console, stream, args) {
  const opts = console[kInspectOptions];
  const colors = colorsFor(console, stream);
  const options = opts ? { ...opts, colors: opts.colors ?? colors } : { colors };
  return formatWithOptions(options, ...args);
}

function write(console, stream, text) {
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  if (!console[kIgnoreErrors] || typeof stream.once !== 'function') {
    stream.write(text);
    return;
  }
  // Errors of the destination are swallowed: synchronous ones here, asynchronous ones through a one-time
  // 'error' listener added when the write reports its failure.
  stream.once('error', noop);
  try {
    stream.write(text, (err) => {
      if (err != null && !stream._writableState?.errorEmitted && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
    });
  } catch (e) {
    if (e !== null && typeof e === 'object' && e.name === 'RangeError' && /call stack/.test(e.message)) throw e;
  } finally {
    stream.removeListener('error', noop);
  }
}

function noop() {}

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= 1000) {
    if (ms >= 60000) {
      if (ms >= 3600000) {
        hours = Math.floor(ms / 3600000);
        ms %= 3600000;
      }
      minutes = Math.floor(ms / 60000);
      ms %= 60000;
    }
    seconds = ms / 1000;
  }
  if (hours !== 0 || minutes !== 0) {
    const [s, msPart] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${String(minutes).padStart(2, '0')}` : `${minutes}`;
    return `${res}:${s.padStart(2, '0')}.${msPart} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(console, name, label, data) {
  const start = console[kTimers].get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const formatted = formatTime(ms);
  if (data === undefined) {
    console.log('%s: %s', label, formatted);
  } else {
    console.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

const methods = {
  log(...args) {
    write(this, this[kStdout], format(this, this[kStdout], args));
  },
  warn(...args) {
    write(this, this[kStderr], format(this, this[kStderr], args));
  },
  dir(object, options) {
    const stream = this[kStdout];
    write(this, stream, inspect(object, {
      customInspect: false,
      ...this[kInspectOptions],
      colors: colorsFor(this, stream),
      ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this[kTimers].has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this[kTimers].set(label, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this[kTimers].delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace(...args) {
    const err = { name: 'Trace', message: format(this, this[kStderr], args) };
    Error.captureStackTrace(err, this.trace);
    this.error(err.stack);
  },
  assert(expression, ...args) {
    if (!expression) {
      if (typeof args[0] === 'string') args[0] = `Assertion failed: ${args[0]}`;
      else args.unshift('Assertion failed');
      this.warn(...args);
    }
  },
  clear() {
    const stream = this[kStdout];
    if (stream.isTTY && process.env.TERM !== 'dumb') stream.write('\x1b[1;1H\x1b[0J');
  },
  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) || 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },
  countReset(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(label);
  },
  group(...data) {
    if (data.length > 0) this.log(...data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },
  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },
  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    this.log(renderTable(tabularData, properties, (v) => inspect(v, {
      ...this[kInspectOptions], depth: 1, maxArrayLength: 3, breakLength: Infinity, colors: false,
    })));
  },
};
methods.info = methods.log;
methods.debug = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

for (const [name, fn] of Object.entries(methods)) {
  Object.defineProperty(Console.prototype, name, { value: fn, writable: true, configurable: true, enumerable: true });
}
for (const name of ['profile', 'profileEnd', 'timeStamp', 'context']) {
  Object.defineProperty(Console.prototype, name, {
    value: function noop() {}, writable: true, configurable: true, enumerable: true,
  });
}
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance !== null && typeof instance === 'object' && instance[kStdout] !== undefined;
  },
});

module.exports = { Console, initConsole, formatTime };
