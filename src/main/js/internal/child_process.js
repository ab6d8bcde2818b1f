'use strict';
// node's internal child process layer: the ChildProcess class that spawn() and fork() drive (on
// internalBinding('process_wrap')), stdio specs checked into node's { stdio, ipc, ipcFd } shape, and spawnSync(),
// which runs a child to completion on internalBinding('spawn_sync'). Event order is node's: 'spawn' (or 'error') on
// the next tick, 'exit' when the child ends, 'close' once it has ended and every output pipe has closed.

const EventEmitter = require('events');
const {
  ErrnoException,
  codes: {
    ERR_INVALID_ARG_VALUE, ERR_INVALID_SYNC_FORK_INPUT, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK,
  },
} = require('internal/errors');
const { validateArray, validateObject, validateOneOf, validateString } = require('internal/validators');
const { owner_symbol, registerHandle, unregisterHandle } = require('internal/handle_events');
const { isArrayBufferView } = require('internal/util/types');
const { SymbolDispose, deprecate } = require('internal/util');
const { convertToValidSignal, signalName } = require('internal/child_process/options');
const { setupChannel } = require('internal/child_process/ipc');

const processBinding = internalBinding('process_wrap');
const spawnSyncBinding = internalBinding('spawn_sync');

const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EINVAL = -22;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ENOENT = -2;
const UV_ENOSYS = -38;
const UV_ESRCH = -3;
const SIGTERM = 15;
// Child fd kinds the natives take: a pipe, nothing, or else the parent fd the child inherits.
const KIND_PIPE = -2;
const KIND_IGNORE = -1;

const kChannelHandle = Symbol('kChannelHandle');
const kIsUsedInChildProcess = Symbol('kIsUsedInChildProcess');

// The native process handle behind a ChildProcess (node's Process wrap).
class Process {
  constructor() {
    this.pid = 0;
    this.onexit = null;
    this._id = 0;
    this._refed = true;
  }

  get resourceType() {
    return this._id !== 0 && this._refed ? 'ProcessWrap' : undefined;
  }

  // [pid or errno, ...parent fds of the pipes]
  spawn(file, args, envPairs, cwd, kinds, detached) {
    this._id = registerHandle(this);
    const r = processBinding.spawn(this._id, file, args, envPairs, cwd, kinds, detached);
    if (r[0] > 0) this.pid = r[0];
    return r;
  }

  onHandleEvent(event, exitCode, signal) {
    if (this.onexit !== null) this.onexit(exitCode, signal);
  }

  kill(signal) {
    // pid 0 would signal our own process group.
    return this.pid > 0 ? processBinding.kill(this.pid, signal) : UV_ESRCH;
  }

  ref() {
    this._refed = true;
    processBinding.ref(this._id);
  }

  unref() {
    this._refed = false;
    processBinding.unref(this._id);
  }

  close() {
    if (this._id === 0) return;
    unregisterHandle(this._id);
    processBinding.close(this._id);
    this._id = 0;
  }
}

function spawnError(errno, syscall, file, args) {
  const err = new ErrnoException(errno, file ? `${syscall} ${file}` : syscall);
  if (file) err.path = file;
  err.spawnargs = args.slice(1);
  return err;
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) child.emit('close', child.exitCode, child.signalCode);
}

// After 'exit', output nobody reads is drained so the pipes can reach EOF and 'close' can follow.
function flushStdio(child) {
  const stdio = child.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsedInChildProcess] || stream.readableFlowing !== null) continue;
    stream.resume();
  }
}

function onChildExit(child, exitCode, signal) {
  if (signal) child.signalCode = signalName(signal);
  else child.exitCode = exitCode;
  const stdio = child.stdio;
  // Output the child wrote before it ended is delivered before 'exit', as libuv's loop order gives in node.
  for (let i = 1; i < stdio.length; i++) {
    const handle = stdio[i] !== null ? stdio[i]._handle : null;
    if (handle && typeof handle.readPending === 'function') handle.readPending();
  }
  if (child.stdin) child.stdin.destroy();
  if (child._handle !== null) {
    child._handle.close();
    child._handle = null;
  }
  if (exitCode < 0) {
    child.emit('error', spawnError(exitCode, 'spawn', child.spawnfile, child.spawnargs));
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

function createSocket(fd, readable) {
  const { socketOnFd } = require('internal/net/socket');
  return socketOnFd(fd, { readable, writable: true });
}

function stdioKind(entry) {
  switch (entry.type) {
    case 'pipe':
    case 'overlapped':
      return KIND_PIPE;
    case 'fd':
    case 'inherit':
      return entry.fd;
    case 'wrap':
      return entry.handle.fd;
    default:
      return KIND_IGNORE;
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = new Process();
    this._handle[owner_symbol] = this;
    this._handle.onexit = (exitCode, signal) => onChildExit(this, exitCode, signal);
  }

  spawn(options) {
    validateObject(options, 'options');
    const { stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
    const serialization = options.serialization;
    validateOneOf(serialization, 'options.serialization', [undefined, 'json', 'advanced']);
    if (ipc !== undefined) {
      if (options.envPairs === undefined) options.envPairs = [];
      else validateArray(options.envPairs, 'options.envPairs');
      options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
      options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization || 'json'}`);
    }
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    if (options.args === undefined) {
      this.spawnargs = [];
    } else {
      validateArray(options.args, 'options.args');
      this.spawnargs = options.args;
    }

    const kinds = new Array(stdio.length);
    for (let i = 0; i < stdio.length; i++) kinds[i] = stdioKind(stdio[i]);
    const r = this._handle.spawn(options.file, this.spawnargs, options.envPairs || [], options.cwd, kinds,
                                 !!options.detached);
    const err = r[0] < 0 ? r[0] : 0;
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE || err === UV_ENOENT) {
      // Reported like a child that ended at once, with node's 'error' on the next tick.
      process.nextTick(() => {
        if (this._handle !== null) this._handle.onexit(err, 0);
      });
      if (err === UV_EMFILE || err === UV_ENFILE) return err;
    } else if (err !== 0) {
      this._handle.close();
      this._handle = null;
      throw new ErrnoException(err, 'spawn');
    } else {
      process.nextTick(() => this.emit('spawn'));
    }
    this.pid = this._handle.pid || undefined;

    for (let i = 0; i < stdio.length; i++) {
      const entry = stdio[i];
      if (entry.type === 'ignore' || entry.type === 'fd' || entry.type === 'inherit') continue;
      if (entry.ipc) continue;
      // The child owns that stream's fd now: the parent must not read from it at the same time.
      if (entry.type === 'wrap') {
        const stream = entry._stdio;
        if (stream) {
          if (stream._handle && typeof stream._handle.readStop === 'function') stream._handle.readStop();
          stream.pause();
          // Reading resumes (with a new read request) only when the caller resumes the stream.
          if (stream._readableState) stream._readableState.reading = false;
          stream[kIsUsedInChildProcess] = true;
        }
        continue;
      }
      entry.socket = createSocket(err === 0 ? r[1 + i] : -1, i > 0);
      if (i > 0) {
        this._closesNeeded++;
        entry.socket.on('close', () => maybeClose(this));
      }
    }

    this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
    this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
    this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
    this.stdio = new Array(stdio.length);
    for (let i = 0; i < stdio.length; i++) this.stdio[i] = stdio[i].socket === undefined ? null : stdio[i].socket;

    if (ipc !== undefined && err === 0) {
      this._closesNeeded++;
      setupChannel(this, r[1 + ipcFd], serialization || 'json');
      this.channel.on('close', () => maybeClose(this));
    }
    return err;
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle === null) return false;
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) return false;
    if (err === UV_EINVAL || err === UV_ENOSYS) throw new ErrnoException(err, 'kill');
    this.emit('error', new ErrnoException(err, 'kill'));
    return false;
  }

  [SymbolDispose]() {
    if (!this.killed) this.kill();
  }

  ref() {
    if (this._handle !== null) this._handle.ref();
  }

  unref() {
    if (this._handle !== null) this._handle.unref();
  }
}

Object.defineProperty(ChildProcess.prototype, '_channel', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get: deprecate(function() {
    return this.channel;
  }, '_channel is deprecated. Use ChildProcess.channel instead.', 'DEP0129'),
  set: deprecate(function(value) {
    this.channel = value;
  }, '_channel is deprecated. Use ChildProcess.channel instead.', 'DEP0129'),
});

function stdioStringToArray(stdio, channel) {
  const list = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      list.push(stdio, stdio, stdio);
      break;
    case 'inherit':
      list.push(0, 1, 2);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) list.push(channel);
  return list;
}

// The handle of a net.Socket-like stream, when it has an fd the child can take over.
function streamHandle(stream) {
  const handle = stream._handle;
  return handle != null && typeof handle.fd === 'number' && handle.fd >= 0 ? handle : null;
}

// node's stdio normalisation: `stdio` as a string or array becomes one { type, ... } entry per child fd. A sync
// spawn takes Buffer/string entries as input (spawnSync passes it in options.input); an async one refuses them.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') stdio = stdioStringToArray(stdio);
  else if (!Array.isArray(stdio)) throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  while (stdio.length < 3) stdio.push(undefined);

  const out = [];
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';

    if (entry === 'ignore') {
      out.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped') {
      out.push({ type: entry, readable: i === 0, writable: i !== 0 });
    } else if (entry === 'ipc') {
      if (sync) throw new ERR_IPC_SYNC_FORK();
      if (ipc !== undefined) throw new ERR_IPC_ONE_PIPE();
      ipc = { fd: i };
      ipcFd = i;
      out.push({ type: 'pipe', ipc: true });
    } else if (entry === 'inherit') {
      out.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry.fd === 'number') {
      out.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (typeof entry === 'object' && streamHandle(entry) !== null) {
      out.push({ type: 'wrap', handle: streamHandle(entry), _stdio: entry });
    } else if (isArrayBufferView(entry) || typeof entry === 'string') {
      if (!sync) throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(entry));
    } else {
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: out, ipc, ipcFd };
}

// Runs options.file to completion; `options` is spawnSync's, normalised (stdio from getValidStdio, input in
// stdio[0].input, killSignal a number or undefined).
function spawnSync(options) {
  const stdio = options.stdio;
  const kinds = new Array(stdio.length);
  for (let i = 0; i < stdio.length; i++) kinds[i] = stdioKind(stdio[i]);
  const input = stdio.length > 0 && stdio[0].input != null ? stdio[0].input : undefined;
  // The binding takes the input as an ArrayBuffer of its own.
  const inputCopy = input === undefined ? undefined : new Uint8Array(input.buffer, input.byteOffset,
                                                                       input.byteLength).slice().buffer;
  const maxBuffer = options.maxBuffer == null ? Infinity : options.maxBuffer;
  const r = spawnSyncBinding.spawn(options.file, options.args, options.envPairs, options.cwd, kinds, inputCopy,
                                   options.timeout || 0, maxBuffer,
                                   options.killSignal === undefined ? SIGTERM : options.killSignal,
                                   !!options.detached);
  const errno = r[0];
  const result = { status: null, signal: null, output: null, pid: r[1], stdout: null, stderr: null };
  if (errno === 0 || r[1] !== 0) {
    const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
    const output = new Array(kinds.length).fill(null);
    for (let i = 1; i < kinds.length; i++) {
      const ab = r[4 + i];
      if (ab == null) continue;
      const buf = Buffer.from(ab);
      output[i] = encoding !== null ? buf.toString(encoding) : buf;
    }
    result.output = output;
    result.stdout = output[1];
    result.stderr = output[2];
    if (r[3] !== 0) result.signal = signalName(r[3]);
    else result.status = r[2];
  }
  if (errno === 0) return result;
  return { error: spawnError(errno, 'spawnSync', options.file, options.args), ...result };
}

module.exports = {
  ChildProcess,
  getValidStdio,
  kChannelHandle,
  setupChannel,
  spawnSync,
  stdioStringToArray,
};
