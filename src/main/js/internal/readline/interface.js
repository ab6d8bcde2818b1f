'use strict';
// readline's Interface: lines from an input stream ('line' events, question(), async iteration), the prompt
// written to the output, pause/resume/close as node has them. Lines end at \n, \r\n or \r (a \r\n split across
// reads counts once when the \n comes within crlfDelay). Input is decoded as UTF-8.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateAbortSignal, validateNumber, validateString } = require('internal/validators');

const kHistorySizeDefault = 30;
const kCrlfDelayMin = 100;
const kQuestionCallback = Symbol('questionCallback');
const kDecoder = Symbol('decoder');
const kPending = Symbol('pendingLine');
const kLastCR = Symbol('lastCR');
const kOnData = Symbol('onData');
const kOnEnd = Symbol('onEnd');
const kPrompt = Symbol('prompt');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let history;
  let historySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  if (input?.input) {
    // An options object.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    history = input.history;
    historySize = input.historySize;
    signal = input.signal;
    removeHistoryDuplicates = input.removeHistoryDuplicates;
    if (input.prompt !== undefined) prompt = input.prompt;
    crlfDelay = input.crlfDelay;
    if (input.tabSize !== undefined) validateNumber(input.tabSize, 'tabSize', 1);
    this.tabSize = input.tabSize ?? 8;
    this.escapeCodeTimeout = input.escapeCodeTimeout ?? 500;
    input = input.input;
  } else {
    this.tabSize = 8;
    this.escapeCodeTimeout = 500;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  if (historySize === undefined) historySize = kHistorySizeDefault;
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('historySize', historySize);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = Boolean(output.isTTY);
  this.isCompletionEnabled = true;
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = Boolean(removeHistoryDuplicates);
  this.crlfDelay = crlfDelay ? Math.max(kCrlfDelayMin, crlfDelay) : kCrlfDelayMin;
  this.completer = completer;
  this.terminal = Boolean(terminal);
  this.cursor = this.terminal ? 0 : undefined;
  this[kPrompt] = prompt;
  this[kQuestionCallback] = null;
  this[kDecoder] = new StringDecoder('utf8');
  this[kPending] = '';
  this[kLastCR] = 0;
  this[kOnData] = (data) => this._normalWrite(data);
  this[kOnEnd] = () => {
    const rest = this[kPending] + this[kDecoder].end();
    this[kPending] = '';
    if (rest.length > 0) this._onLine(rest);
    this.close();
  };
  input.on('data', this[kOnData]);
  input.on('end', this[kOnEnd]);
  if (signal) {
    validateAbortSignal(signal, 'options.signal');
    const onAborted = () => this.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() {
    return this.output && this.output.columns ? this.output.columns : Infinity;
  },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this[kPrompt];
};

Interface.prototype.prompt = function prompt() {
  if (this.paused) this.resume();
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  this._writeToOutput(this[kPrompt]);
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options !== null && typeof options === 'object') {
    const { signal } = options;
    if (signal) {
      validateAbortSignal(signal, 'options.signal');
      if (signal.aborted) return;
      const onAbort = () => {
        this[kQuestionCallback] = null;
      };
      signal.addEventListener('abort', onAbort, { once: true });
      const cleanup = () => signal.removeEventListener('abort', onAbort);
      const original = cb;
      cb = typeof original === 'function' ? (answer) => {
        cleanup();
        return original(answer);
      } : cleanup;
    }
  }
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (typeof cb === 'function') {
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kQuestionCallback] = cb;
      this._writeToOutput(query);
    }
  }
};

Interface.prototype._writeToOutput = function _writeToOutput(text) {
  validateString(text, 'stringToWrite');
  if (this.output !== null && this.output !== undefined) this.output.write(text);
};

Interface.prototype._addHistory = function _addHistory() {
  const line = this.line;
  if (line.length === 0 || this.historySize === 0) return line;
  if (line.trim().length === 0) return line;
  if (this.removeHistoryDuplicates) {
    const index = this.history.indexOf(line);
    if (index !== -1) this.history.splice(index, 1);
  }
  if (this.history.length === 0 || this.history[0] !== line) this.history.unshift(line);
  if (this.history.length > this.historySize) this.history.pop();
  this.emit('history', this.history);
  return line;
};

Interface.prototype._onLine = function _onLine(line) {
  if (this[kQuestionCallback]) {
    const cb = this[kQuestionCallback];
    this[kQuestionCallback] = null;
    this.setPrompt(this[kPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

// Input text split into lines; a partial line waits for the rest.
Interface.prototype._normalWrite = function _normalWrite(data) {
  if (data === undefined) return;
  let string = typeof data === 'string' ? data : this[kDecoder].write(data);
  if (this[kLastCR] !== 0 && string[0] === '\n' && Date.now() - this[kLastCR] <= this.crlfDelay) {
    string = string.slice(1);
  }
  this[kLastCR] = 0;
  if (string.length === 0) return;
  let start = 0;
  const pending = this[kPending];
  let buffer = pending;
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    const line = buffer + string.slice(start, i);
    buffer = '';
    if (c === 13) {
      if (string.charCodeAt(i + 1) === 10) i++;
      else if (i === string.length - 1) this[kLastCR] = Date.now();
    }
    start = i + 1;
    this[kPending] = '';
    this._onLine(line);
    if (this.closed) return;
  }
  this[kPending] = buffer + string.slice(start);
};

Interface.prototype.write = function write(data) {
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  if (this.paused) this.resume();
  this._normalWrite(data);
};

Interface.prototype.pause = function pause() {
  if (this.paused) return this;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return this;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  this.input.removeListener('data', this[kOnData]);
  this.input.removeListener('end', this[kOnEnd]);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  const prompt = this[kPrompt];
  const text = prompt + this.line.slice(0, this.cursor ?? 0);
  const cols = this.columns;
  return { rows: Number.isFinite(cols) ? Math.floor(text.length / cols) : 0,
           cols: Number.isFinite(cols) ? text.length % cols : text.length };
};

// Lines as an async iterator: buffered from the first call on, done at 'close'; ending the loop early closes.
Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  const queue = [];
  const waiting = [];
  let done = this.closed;
  const onLine = (line) => {
    if (waiting.length > 0) waiting.shift().resolve({ value: line, done: false });
    else queue.push(line);
  };
  const onClose = () => {
    done = true;
    for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
    this.removeListener('line', onLine);
  };
  this.on('line', onLine);
  this.once('close', onClose);
  const self = this;
  return {
    next() {
      if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      self.close();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
};

module.exports = { Interface, kQuestionCallback };
