'use strict';
// ChildProcess: a running child on internalBinding('process_wrap') with its stdio pipes as streams. Event order
// is node's: 'spawn' (or 'error') on the next tick, 'exit' when the child ends, 'close' once the child has ended
// and every output pipe has closed.

const EventEmitter = require('events');
const { ErrnoException } = require('internal/errors');
const { registerHandle, unregisterHandle } = require('internal/handle_events');
const { PIPE, convertToValidSignal, signalName, stdioKinds } = require('internal/child_process/options');
const { socketOnFd } = require('internal/net/socket');
const { setupChannel } = require('internal/child_process/ipc');

const binding = internalBinding('process_wrap');
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;

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
    if (!stream || !stream.readable || stream.readableFlowing !== null) continue;
    stream.resume();
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
    this._handle = null;
  }

  onHandleEvent(event, exitCode, signal) {
    const id = this._handle;
    unregisterHandle(id);
    binding.close(id);
    this._handle = null;
    const stdio = this.stdio;
    for (let i = 1; i < stdio.length; i++) if (stdio[i] !== null && stdio[i]._handle) stdio[i]._handle.readPending();
    if (signal) this.signalCode = signalName(signal);
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    if (exitCode < 0) {
      this.emit('error', spawnError(exitCode, this.spawnfile, this.spawnargs));
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  spawn(options) {
    const kinds = stdioKinds(options.stdio, false);
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    let envPairs = options.envPairs;
    if (kinds.ipc !== -1) {
      envPairs = [...envPairs, `NODE_CHANNEL_FD=${kinds.ipc}`, 'NODE_CHANNEL_SERIALIZATION_MODE=json'];
    }
    const id = registerHandle(this);
    this._handle = id;
    const r = binding.spawn(id, options.file, options.args, envPairs, options.cwd, kinds, !!options.detached);
    const pidOrErr = r[0];
    if (pidOrErr < 0) {
      unregisterHandle(id);
      this._handle = null;
      // Like node, a failed spawn still gets stream objects, already destroyed, and reports on the next tick.
      this.exitCode = pidOrErr;
      process.nextTick(() => {
        this.emit('error', spawnError(pidOrErr, this.spawnfile, this.spawnargs));
        maybeClose(this);
      });
    } else {
      this.pid = pidOrErr;
      process.nextTick(() => this.emit('spawn'));
    }
    const stdio = new Array(kinds.length).fill(null);
    for (let i = 0; i < kinds.length; i++) {
      if (i === kinds.ipc) {
        if (pidOrErr >= 0) {
          const channel = setupChannel(this, r[1 + i]);
          this._closesNeeded++;
          channel.on('close', () => maybeClose(this));
        }
        continue;
      }
      if (kinds[i] !== PIPE) continue;
      const socket = socketOnFd(pidOrErr < 0 ? -1 : r[1 + i], { readable: i > 0, writable: i === 0 });
      if (i > 0) {
        this._closesNeeded++;
        socket.on('close', () => maybeClose(this));
      }
      stdio[i] = socket;
    }
    this.stdin = stdio.length > 0 ? stdio[0] : null;
    this.stdout = stdio.length > 1 ? stdio[1] : null;
    this.stderr = stdio.length > 2 ? stdio[2] : null;
    this.stdio = stdio;
    return pidOrErr < 0 ? pidOrErr : 0;
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle === null) return false;
    const err = binding.kill(this.pid, signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) return false;
    if (err === UV_EINVAL || err === UV_ENOSYS) throw new ErrnoException(err, 'kill');
    this.emit('error', new ErrnoException(err, 'kill'));
    return false;
  }

  ref() {
    if (this._handle !== null) binding.ref(this._handle);
  }

  unref() {
    if (this._handle !== null) binding.unref(this._handle);
  }
}

function spawnError(errno, file, args) {
  const err = new ErrnoException(errno, `spawn ${file}`);
  err.path = file;
  err.spawnargs = args.slice(1);
  return err;
}

module.exports = { ChildProcess };
