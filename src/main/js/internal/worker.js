'use strict';
// Worker: the parent's side of a worker thread (its own isolate, loop and thread, started by
// internalBinding('worker')), and the facts of the current thread that worker_threads exports. Parent and worker
// talk over two channels: node's internal one (load, online, stdio, errors) and the public one behind
// worker.postMessage / parentPort.

const EventEmitter = require('events');
const path = require('path');
const workerBinding = internalBinding('worker');
const messaging = internalBinding('messaging');
const { registerHandle, unregisterHandle } = require('internal/handle_events');
const io = require('internal/worker/io');
const {
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_WORKER_INVALID_EXEC_ARGV, ERR_WORKER_OUT_OF_MEMORY, ERR_WORKER_PATH,
    ERR_WORKER_UNSERIALIZABLE_ERROR, ERR_WORKER_UNSUPPORTED_OPERATION,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateString } = require('internal/validators');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const EVENT_EXIT = 1;
// What travels on the internal channel.
const LOAD = 'load';
const ONLINE = 'online';
const STDIO = 'stdio';
const STDIO_END = 'stdioEnd';
const ERROR = 'error';

const kPort = Symbol('kPort');
const kPublicPort = Symbol('kPublicPort');
const kThreadId = Symbol('kThreadId');
const kHandleId = Symbol('kHandleId');
const kLimits = Symbol('kLimits');
const kStdio = Symbol('kStdio');

const limitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb', 'stackSizeMb'];

const environmentData = new Map();
// This thread as worker_threads describes it; a worker's entries are set before its script runs.
const thread = {
  isMainThread: workerBinding.isMainThread,
  threadId: workerBinding.threadId,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
};

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// V8's default heap limits for a new isolate; stated limits replace them.
function resourceLimitsOf(given) {
  const { totalmem } = require('os');
  const limits = {
    maxYoungGenerationSizeMb: 48,
    maxOldGenerationSizeMb: Math.min(4096, Math.max(256, Math.floor(totalmem() / 4 / 1048576))),
    codeRangeSizeMb: 0,
    stackSizeMb: 4,
  };
  if (given !== undefined) {
    for (const name of limitNames) {
      if (typeof given[name] === 'number' && given[name] > 0) limits[name] = given[name];
    }
  }
  return limits;
}

// The worker's script: an absolute path, a path starting with ./ or ../, a file: URL, or code with eval.
function scriptOf(filename, options) {
  if (options.eval) {
    if (typeof filename !== 'string') {
      throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval, 'must be false when \'filename\' is not a string');
    }
    return { doEval: true, script: filename };
  }
  const { isURL, fileURLToPath } = require('internal/url');
  if (isURL(filename)) {
    if (filename.protocol !== 'file:') {
      throw new ERR_WORKER_UNSUPPORTED_OPERATION(`Loading ${filename.protocol} URLs`);
    }
    return { doEval: false, script: fileURLToPath(filename) };
  }
  validateString(filename, 'filename');
  if (filename.startsWith('file:')) return { doEval: false, script: fileURLToPath(filename) };
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) throw new ERR_WORKER_PATH(filename);
  return { doEval: false, script: path.resolve(filename) };
}

// The worker's node options: its own execArgv's, else the parent's.
function settingsOf(execArgv) {
  if (execArgv === undefined) return JSON.parse(internalBinding('builtins').options).settings;
  const flat = workerBinding.parseExecArgv(execArgv);
  if (flat === undefined) throw new ERR_WORKER_INVALID_EXEC_ARGV(execArgv);
  const settings = {};
  for (let i = 0; i < flat.length; i += 2) settings[flat[i]] = flat[i + 1];
  return settings;
}

function envOf(option) {
  const source = option === undefined || option === null || option === SHARE_ENV ? process.env : option;
  if (source !== process.env) validateObject(source, 'options.env', { allowArray: true, allowFunction: true });
  const entries = [];
  for (const key of Object.keys(source)) entries.push(`${key}=${source[key]}`);
  return entries;
}

// ---- errors across threads ----

function isError(value) {
  return value instanceof Error || Object.prototype.toString.call(value) === '[object Error]';
}

// An uncaught exception as a cloneable record: an error keeps its class name, message, stack and own properties.
function serializeError(err) {
  if (!isError(err)) return { kind: 'value', value: err };
  const props = {};
  for (const key of Object.keys(err)) {
    try {
      props[key] = err[key];
    } catch {
      // a throwing getter: the property stays behind
    }
  }
  let name = 'Error';
  for (let proto = Object.getPrototypeOf(err); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const ctor = Object.prototype.hasOwnProperty.call(proto, 'constructor') ? proto.constructor : undefined;
    if (typeof ctor === 'function' && globalThis[ctor.name] === ctor) {
      name = ctor.name;
      break;
    }
  }
  let stack;
  try {
    stack = err.stack;
  } catch {
    // a throwing Error.prepareStackTrace: the parent sees no stack, as in node
  }
  return { kind: 'error', name, message: String(err.message), stack, props };
}

function deserializeError(record) {
  if (record.kind === 'value') return record.value;
  if (record.kind === 'unserializable') return new ERR_WORKER_UNSERIALIZABLE_ERROR();
  const Ctor = typeof globalThis[record.name] === 'function' ? globalThis[record.name] : Error;
  const err = Object.create(Ctor.prototype);
  const hidden = (value) => ({ value, writable: true, enumerable: false, configurable: true });
  Object.defineProperty(err, 'message', hidden(record.message));
  Object.defineProperty(err, 'stack', hidden(record.stack));
  Object.assign(err, record.props);
  return err;
}

// ---- the parent's side ----

function postInternal(port, message, transferList) {
  const bytes = io.serializeMessage(message, transferList, port);
  messaging.post(port[io.kId], bytes.buffer, bytes.byteOffset, bytes.length);
}

function stdioStreams(worker, options) {
  const { Readable, Writable } = require('stream');
  const stdout = new Readable({ read() {} });
  const stderr = new Readable({ read() {} });
  let stdin = null;
  if (options.stdin) {
    stdin = new Writable({
      write(chunk, encoding, callback) {
        if (worker[kPort] !== null) postInternal(worker[kPort], { type: STDIO, chunk: new Uint8Array(chunk) });
        callback();
      },
      final(callback) {
        if (worker[kPort] !== null) postInternal(worker[kPort], { type: STDIO_END });
        callback();
      },
    });
  }
  // Written through rather than piped: many workers must not pile listeners onto the parent's stdio.
  if (!options.stdout) stdout.on('data', (chunk) => process.stdout.write(chunk));
  if (!options.stderr) stderr.on('data', (chunk) => process.stderr.write(chunk));
  return { stdin, stdout, stderr };
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    validateObject(options, 'options');
    if (options.execArgv !== undefined) validateArray(options.execArgv, 'options.execArgv');
    if (options.argv !== undefined) validateArray(options.argv, 'options.argv');
    const argv = options.argv === undefined ? [] : options.argv.map(String);
    const { doEval, script } = scriptOf(filename, options);
    if (options.resourceLimits !== undefined) validateObject(options.resourceLimits, 'options.resourceLimits');
    if (options.name !== undefined) validateString(options.name, 'options.name');
    const env = envOf(options.env);
    const limits = resourceLimitsOf(options.resourceLimits);
    const execArgv = options.execArgv === undefined ? process.execArgv : options.execArgv.map(String);
    const settings = settingsOf(options.execArgv === undefined ? undefined : execArgv);

    const internal = new io.MessageChannel();
    const publicChannel = new io.MessageChannel();
    const load = {
      type: LOAD, doEval, script, argv, workerData: options.workerData, environmentData, resourceLimits: limits,
      hasStdin: Boolean(options.stdin), name: options.name ?? '',
    };
    try {
      postInternal(internal.port1, load, options.transferList);
    } catch (err) {
      internal.port1.close();
      publicChannel.port1.close();
      throw err;
    }
    const mainJson = JSON.stringify({ mode: 'worker', script, settings });
    const workerSide = [internal.port2[io.kId], publicChannel.port2[io.kId]];
    for (const id of workerSide) messaging.detach(id);

    this[kPort] = internal.port1;
    this[kPublicPort] = publicChannel.port1;
    this[kLimits] = limits;
    this[kStdio] = stdioStreams(this, options);
    this[kHandleId] = registerHandle(this);
    this[kThreadId] = workerBinding.start(this[kHandleId], workerSide[0], workerSide[1], mainJson,
      [doEval ? '[worker eval]' : script, ...argv], execArgv, env);

    this[kPort].on('message', (message) => this.#onInternalMessage(message));
    this[kPort].unref();
    this[kPublicPort].on('message', (message) => this.emit('message', message));
    this[kPublicPort].on('messageerror', (err) => this.emit('messageerror', err));
    this[kPublicPort].unref();
    process.nextTick(() => process.emit('worker', this));
  }

  #onInternalMessage(message) {
    switch (message.type) {
      case ONLINE:
        this.emit('online');
        break;
      case STDIO: {
        const stream = this[kStdio][message.stream];
        const chunk = message.chunk;
        stream.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
        break;
      }
      case ERROR:
        this.emit('error', deserializeError(message.error));
        break;
    }
  }

  // internal/handle_events: the worker's thread ended.
  onHandleEvent(event, code, outOfMemory) {
    if (event !== EVENT_EXIT) return;
    unregisterHandle(this[kHandleId]);
    for (const port of [this[kPublicPort], this[kPort]]) {
      let entry;
      while ((entry = io.receiveMessageOnPort(port)) !== undefined) {
        if (port === this[kPort]) this.#onInternalMessage(entry.message);
        else this.emit('message', entry.message);
      }
      port.close();
    }
    this[kPort] = null;
    this[kPublicPort] = null;
    this[kThreadId] = -1;
    this[kLimits] = {};
    this[kStdio].stdout.push(null);
    this[kStdio].stderr.push(null);
    if (outOfMemory) this.emit('error', new ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
    this.emit('exit', code);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
  }

  postMessage(message, transferList) {
    if (this[kPublicPort] === null) return;
    this[kPublicPort].postMessage(message, transferList);
  }

  terminate(callback) {
    if (this[kPort] === null) return Promise.resolve();
    const exited = new Promise((resolve) => this.once('exit', resolve));
    if (typeof callback === 'function') {
      process.emitWarning('Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      exited.then((code) => callback(null, code));
    }
    // The end of a terminated worker is awaited even when it was unref'd.
    workerBinding.ref(this[kThreadId]);
    workerBinding.terminate(this[kThreadId]);
    return exited;
  }

  ref() {
    if (this[kPort] !== null) workerBinding.ref(this[kThreadId]);
  }

  unref() {
    if (this[kPort] !== null) workerBinding.unref(this[kThreadId]);
  }

  get threadId() {
    return this[kThreadId];
  }

  get resourceLimits() {
    return this[kLimits];
  }

  get stdin() {
    return this[kStdio].stdin;
  }

  get stdout() {
    return this[kStdio].stdout;
  }

  get stderr() {
    return this[kStdio].stderr;
  }
}

// ---- the worker's side ----

// A worker's process.stdout / process.stderr: what it writes goes to the parent's worker.stdout / stderr.
function workerStdio(port, name) {
  const { Writable } = require('stream');
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      const text = typeof chunk === 'string' ? Buffer.from(chunk, encoding).toString('utf8') : new Uint8Array(chunk);
      postInternal(port, { type: STDIO, stream: name, chunk: text });
      callback();
    },
  });
  stream.fd = name === 'stdout' ? 1 : 2;
  stream._isStdio = true;
  return stream;
}

function workerStdin(hasStdin) {
  const { Readable } = require('stream');
  const stdin = new Readable({ read() {} });
  stdin.fd = 0;
  if (!hasStdin) stdin.push(null);
  return stdin;
}

// What only the main thread may do: these throw in a worker, as in node.
function disableProcessControls() {
  const stubs = ['abort', 'chdir', 'send', 'disconnect', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups',
    'initgroups'];
  for (const name of stubs) {
    const stub = { [name]() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}()`); } }[name];
    stub.disabled = true;
    Object.defineProperty(process, name, { value: stub, writable: true, configurable: true, enumerable: true });
  }
  for (const name of ['channel', 'connected']) {
    Object.defineProperty(process, name, {
      configurable: true,
      enumerable: false,
      get() { throw new ERR_WORKER_UNSUPPORTED_OPERATION(`process.${name}`); },
    });
  }
  const readUmask = process.umask;
  process.umask = {
    umask(mask) {
      if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
      return readUmask.call(process);
    },
  }.umask;
  const title = process.title;
  Object.defineProperty(process, 'title', { configurable: true, enumerable: true, get: () => title, set() {} });
  const debugPort = process.debugPort;
  Object.defineProperty(process, 'debugPort', { configurable: true, enumerable: true, get: () => debugPort, set() {} });
}

// Runs in a new worker before its script: adopts the two ports, reads the load message and becomes the thread
// worker_threads describes. Returns the load message.
function setupWorkerThread() {
  const port = io.adoptPort(workerBinding.internalPort);
  const parentPort = io.adoptPort(workerBinding.publicPort);
  const load = io.receiveMessageOnPort(port).message;
  for (const [key, value] of load.environmentData) environmentData.set(key, value);
  thread.parentPort = parentPort;
  thread.workerData = load.workerData;
  thread.resourceLimits = load.resourceLimits;

  const stdout = workerStdio(port, 'stdout');
  const stderr = workerStdio(port, 'stderr');
  const stdin = workerStdin(load.hasStdin);
  for (const [name, stream] of [['stdout', stdout], ['stderr', stderr], ['stdin', stdin]]) {
    Object.defineProperty(process, name, { configurable: true, enumerable: false, get: () => stream });
  }
  port.on('message', (message) => {
    const { chunk } = message;
    if (message.type === STDIO) stdin.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
    else if (message.type === STDIO_END) stdin.push(null);
  });
  port.unref();
  require('internal/process/execution').setFatalReporter((err) => {
    try {
      postInternal(port, { type: ERROR, error: serializeError(err) });
    } catch {
      postInternal(port, { type: ERROR, error: { kind: 'unserializable' } });
    }
  });
  disableProcessControls();
  postInternal(port, { type: ONLINE });
  return load;
}

module.exports = {
  SHARE_ENV,
  Worker,
  thread,
  getEnvironmentData,
  setEnvironmentData,
  setupWorkerThread,
};
