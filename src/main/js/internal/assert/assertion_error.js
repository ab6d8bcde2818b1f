'use strict';

const { inspect } = require('internal/util/inspect');
const { removeColors } = require('internal/util');
const { validateObject } = require('internal/validators');

// Message headers per operator. The `...Object` variants are used for reference comparisons of
// objects, `...Unequal` for non-identical values under a negated operator.
const kReadableOperator = {
  __proto__: null,
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Both sides together at most this long print on one line as `a !== b`.
const kMaxShortLength = 12;
// Longer inspections are cut down to this many lines plus an ellipsis line.
const kMaxPrintedLines = 50;
const kKeptLines = 46;

function inspectValue(value) {
  // Sorted keys and no custom inspection keep the output stable and comparable line by line.
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Errors are compared through copies without their stack so the stack frames do not show up as
// differences.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  if (Object.hasOwn(source, 'cause')) {
    const cause = source.cause;
    Object.defineProperty(target, 'cause', {
      __proto__: null,
      value: cause instanceof Error ? copyError(cause) : cause,
    });
  }
  return target;
}

function isObjectOrFunction(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

function truncateLines(lines, blue, white) {
  if (lines.length > kMaxPrintedLines) {
    lines.length = kKeptLines;
    lines.push(`${blue}...${white}`);
  }
  return lines;
}

function terminalColors() {
  const stderr = process.stderr;
  if (stderr !== undefined && stderr.isTTY && typeof stderr.hasColors === 'function' &&
      stderr.hasColors()) {
    return { blue: '\u001b[34m', green: '\u001b[32m', red: '\u001b[31m', white: '\u001b[39m' };
  }
  return { blue: '', green: '', red: '', white: '' };
}

// Builds the "+ actual - expected" line diff of both inspections. Common trailing lines are
// collapsed, long runs of common lines are elided with `...`, and the output stops after about
// 50 printed lines.
function createErrDiff(actual, expected, operator, customMessage, colors) {
  const { blue, green, red, white } = colors;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null &&
        typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const header = customMessage ? String(customMessage) : kReadableOperator[operator];

  // Single-line values: print short primitives inline, and point at the first difference of
  // medium-length lines with a caret.
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const plain = inspect.defaultOptions.colors;
    const actualRaw = plain ? removeColors(actualLines[0]) : actualLines[0];
    const expectedRaw = plain ? removeColors(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      const stderr = process.stderr;
      const maxLength = stderr !== undefined && stderr.isTTY ? stderr.columns : 80;
      if (inputLength < maxLength) {
        let column = 0;
        while (actualRaw[column] === expectedRaw[column]) column++;
        if (column > 2) indicator = `\n  ${' '.repeat(column)}^`;
      }
    }
  }

  // Common trailing lines: keep the last three, the first of the run, and `...` between them.
  let end = '';
  let firstOfTail = '';
  let tailLength = 0;
  let skipped = false;
  while (actualLines.length !== 0 && expectedLines.length !== 0) {
    const line = actualLines[actualLines.length - 1];
    if (line !== expectedLines[expectedLines.length - 1]) break;
    if (tailLength < 3) end = `\n  ${line}${end}`;
    else firstOfTail = line;
    tailLength++;
    actualLines.pop();
    expectedLines.pop();
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = truncateLines(actualInspected.split('\n'), blue, white);
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }
  if (tailLength >= 5) {
    end = `\n${blue}...${white}${end}`;
    skipped = true;
  }
  if (firstOfTail !== '') end = `\n  ${firstOfTail}${end}`;

  const msg = `${header}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  // Lines present on one side only come from the longer side.
  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    shorterLength = actualLines.length;
  }

  let res = '';
  let other = '';
  let printedLines = 0;
  let identical = 0;

  // Prints the end of a run of `identical` common lines before line `i`; the first two lines of the
  // run were printed as they came.
  const flushIdentical = (i) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${lines[i - 3]}`;
            printedLines++;
          } else {
            res += `\n${blue}...${white}`;
            skipped = true;
          }
        }
        res += `\n  ${lines[i - 2]}`;
        printedLines++;
      }
      res += `\n  ${lines[i - 1]}`;
      printedLines++;
    }
    identical = 0;
  };

  for (let i = 0; i < maxLines; i++) {
    if (i >= shorterLength) {
      flushIdentical(i);
      if (lines === actualLines) res += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that only differs by a trailing comma (the last entry on one side) counts as equal.
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(i);
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    if (printedLines > kMaxPrintedLines && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }
  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

function limitLength(str, max) {
  return str.length > max ? `${str.slice(0, max - 3)}...` : str;
}

function createMessage(actual, expected, operator, colors) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator, undefined, colors);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    const base = operator === 'notStrictEqual' && isObjectOrFunction(actual) ?
      kReadableOperator.notStrictEqualObject : kReadableOperator[operator];
    const lines = truncateLines(inspectValue(actual).split('\n'), colors.blue, colors.white);
    if (lines.length === 1) return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
    return `${base}\n\n${lines.join('\n')}\n`;
  }
  const actualInspected = inspectValue(actual);
  const expectedInspected = inspectValue(expected);
  const known = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && actualInspected === expectedInspected) {
    return limitLength(`${known}\n\n${actualInspected}`, 1024);
  }
  const res = limitLength(actualInspected, 512);
  const other = limitLength(expectedInspected, 512);
  if (operator === 'deepEqual') return `${known}\n\n${res}\n\nshould loosely deep-equal\n\n${other}`;
  const unequal = kReadableOperator[`${operator}Unequal`];
  if (unequal !== undefined) return `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n${other}`;
  return `${res} ${operator} ${other}`;
}

// Long strings are shortened when the error itself is inspected.
function shortenForInspection(value) {
  if (typeof value !== 'string') return value;
  const lines = value.split('\n');
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  }
  return value.length > 512 ? `${value.slice(512)}...` : value;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;

    // The stack is captured once below, starting at the caller-supplied function.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    try {
      if (message != null) {
        if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
          super(createErrDiff(actual, expected, operator, message, terminalColors()));
        } else {
          super(String(message));
        }
      } else {
        // The copies also become the error's `actual` and `expected`.
        if (actual instanceof Error && expected instanceof Error &&
            'stack' in actual && 'stack' in expected) {
          actual = copyError(actual);
          expected = copyError(expected);
        }
        super(createMessage(actual, expected, operator, terminalColors()));
      }
    } finally {
      Error.stackTraceLimit = limit;
    }

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details !== undefined) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // stackStartFunction is the option's older name.
    Error.captureStackTrace(this, stackStartFn || options.stackStartFunction || new.target);
    // Reading the stack fixes its header with the code in it before the plain name is restored.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    this.actual = shortenForInspection(savedActual);
    this.expected = shortenForInspection(savedExpected);
    try {
      return inspect(this, { ...ctx, customInspect: false, depth: 0 });
    } finally {
      this.actual = savedActual;
      this.expected = savedExpected;
    }
  }
}

module.exports = AssertionError;
