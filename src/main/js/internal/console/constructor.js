'use strict';
// The Console class (node's console API): writes formatted text to its `_stdout` / `_stderr` streams.
// Every instance gets its methods bound to it (so `const { log } = console` works), taken from its own
// prototype chain so that subclasses can override them.

const {
  codes: { ERR_CONSOLE_WRITABLE_STREAM, ERR_INCOMPATIBLE_OPTION_PAIR },
} = require('internal/errors');
const { validateArray, validateInteger, validateObject, validateOneOf } = require('internal/validators');
const { inspect, formatWithOptions } = require('internal/util/inspect');

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');
const kInspectOptions = Symbol('kInspectOptions');
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function isWritable(stream) {
  return stream != null && typeof stream.write === 'function';
}

function Console(options /* or: stdout, stderr, ignoreErrors */) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr: arguments[1], ignoreErrors: arguments[2] };
  }
  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!isWritable(stdout)) throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!isWritable(stderr)) throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  bindMethods(this);
  hidden(this, '_stdout', stdout);
  hidden(this, '_stderr', stderr);
  initState(this, ignoreErrors, colorMode, inspectOptions, groupIndentation);
}

function hidden(target, key, value) {
  Object.defineProperty(target, key, { __proto__: null, value, writable: true, enumerable: false, configurable: true });
}

// Own, enumerable copies of the console methods bound to `target`, named like the method they stand for;
// each is read from `from` (by default through target's prototype chain, which may override it).
function bindMethods(target, from = target) {
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const bound = from[key].bind(target);
    Object.defineProperty(bound, 'name', { __proto__: null, value: key });
    target[key] = bound;
  }
}

function initState(target, ignoreErrors, colorMode = 'auto', inspectOptions = undefined, groupIndentation = 2) {
  hidden(target, '_ignoreErrors', !!ignoreErrors);
  hidden(target, '_times', new Map());
  hidden(target, kCounts, new Map());
  hidden(target, kColorMode, colorMode);
  hidden(target, kIsConsole, true);
  hidden(target, kInspectOptions, inspectOptions);
  hidden(target, kGroupIndent, '');
  hidden(target, kGroupIndentationWidth, groupIndentation);
  Object.defineProperty(target, Symbol.toStringTag, {
    __proto__: null, value: 'console', writable: false, enumerable: false, configurable: true,
  });
}

function useColors(console, stream) {
  const mode = console[kColorMode];
  if (mode !== 'auto') return mode;
  return !!(stream.isTTY && (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

// The inspect options for text bound to `stream`: the user's, with colors decided by colorMode unless given.
function inspectOptionsFor(console, stream) {
  const options = console[kInspectOptions];
  if (options !== undefined) {
    return options.colors === undefined ? { ...options, colors: useColors(console, stream) } : options;
  }
  return useColors(console, stream) ? kColorInspectOptions : kNoColorInspectOptions;
}

function noop() {}

function write(console, stream, text) {
  const indent = console[kGroupIndent];
  if (indent.length !== 0) {
    if (text.includes('\n')) text = text.replace(/\n/g, `\n${indent}`);
    text = indent + text;
  }
  text += '\n';
  if (!console._ignoreErrors || typeof stream.once !== 'function') {
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
  const start = console._times.get(label);
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

let renderTable;

const methods = {
  log(...args) {
    const stream = this._stdout;
    write(this, stream, formatWithOptions(inspectOptionsFor(this, stream), ...args));
  },
  warn(...args) {
    const stream = this._stderr;
    write(this, stream, formatWithOptions(inspectOptionsFor(this, stream), ...args));
  },
  dir(object, options) {
    const stream = this._stdout;
    write(this, stream, inspect(object, {
      customInspect: false,
      ...inspectOptionsFor(this, stream),
      ...options,
    }));
  },
  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime.bigint());
  },
  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },
  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },
  trace: function trace(...args) {
    const stream = this._stderr;
    const err = { name: 'Trace', message: formatWithOptions(inspectOptionsFor(this, stream), ...args) };
    Error.captureStackTrace(err, trace);
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
    const stream = this._stdout;
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
    if (properties !== undefined) validateArray(properties, 'properties');
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    renderTable ??= require('internal/console/table').renderTable;
    this.log(renderTable(tabularData, properties, inspectOptionsFor(this, this._stdout)));
  },
};
methods.debug = methods.log;
methods.info = methods.log;
methods.dirxml = methods.log;
methods.error = methods.warn;
methods.groupCollapsed = methods.group;

for (const name of Object.keys(methods)) {
  Object.defineProperty(Console.prototype, name, {
    __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
  });
}
Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

module.exports = { Console, bindMethods, initState, formatTime };
