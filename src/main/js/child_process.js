'use strict';

const {
  AbortError,
  genericNodeError,
  uvErrname,
  codes: { ERR_CHILD_PROCESS_IPC_REQUIRED, ERR_CHILD_PROCESS_STDIO_MAXBUFFER },
} = require('internal/errors');
const { validateAbortSignal, validateArray, validateObject } = require('internal/validators');
const { promisify } = require('internal/util');
const { ChildProcess, stdioStringToArray } = require('internal/child_process');
const {
  getValidatedPath, normalizeExecArgs, normalizeExecFileArgs, normalizeSpawnArguments, sanitizeKillSignal,
  validateArgumentNullCheck, validateArgumentsNullCheck, validateMaxBuffer, validateTimeout,
} = require('internal/child_process/options');
const { execFileSync, execSync, spawnSync } = require('internal/child_process/sync');

const kDefaultMaxBuffer = 1024 * 1024;

function abortChild(child, killSignal, reason) {
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      try {
        child.kill(killSignal);
      } catch (err) {
        child.emit('error', err);
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer !== null) clearTimeout(timer);
    });
  }
  const signal = options.signal;
  if (signal) {
    const onAbort = () => abortChild(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// What execFile collected of one output stream: strings when the stream decodes, Buffers otherwise.
function joined(chunks, stream, encoding) {
  if (encoding !== null || (stream && stream.readableEncoding)) return chunks.join('');
  return Buffer.concat(chunks);
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: kDefaultMaxBuffer,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    __proto__: null,
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ? options.encoding : null;
  const stdoutChunks = [];
  const stderrChunks = [];
  const lengths = { stdout: 0, stderr: 0 };
  let error = null;
  let killed = false;
  let exited = false;
  let timer = null;

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = joined(stdoutChunks, child.stdout, encoding);
    const stderr = joined(stderrChunks, child.stderr, encoding);
    if (error === null && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    const cmd = args.length > 0 ? `${file} ${args.join(' ')}` : file;
    if (error === null) {
      error = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? uvErrname(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    error.cmd = cmd;
    callback(error, stdout, stderr);
  }

  function errorhandler(err) {
    error = err;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (err) {
      error = err;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      kill();
      timer = null;
    }, options.timeout);
  }

  function collect(name, stream, chunks) {
    if (!stream) return;
    if (encoding !== null) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      // The encoding is read per chunk: the caller may set one on the stream after execFile returns.
      const streamEncoding = stream.readableEncoding;
      const size = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      lengths[name] += size;
      if (lengths[name] > options.maxBuffer) {
        const keep = options.maxBuffer - (lengths[name] - size);
        chunks.push(chunk.slice(0, keep));
        error = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        chunks.push(chunk);
      }
    });
  }
  collect('stdout', child.stdout, stdoutChunks);
  collect('stderr', child.stderr, stderrChunks);

  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec/execFile): a promise of { stdout, stderr } that also carries the child.
function promisifiedExec(original) {
  return function(...args) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = original(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(exec, promisify.custom, {
  __proto__: null, enumerable: false, value: promisifiedExec(exec),
});
Object.defineProperty(execFile, promisify.custom, {
  __proto__: null, enumerable: false, value: promisifiedExec(execFile),
});

// A node4j child running `modulePath`, with an IPC channel.
function fork(modulePath, args, options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateArgumentNullCheck(options.execPath, 'options.execPath');
  let execArgv = options.execArgv || process.execArgv;
  validateArgumentsNullCheck(execArgv, 'options.execArgv');
  if (execArgv === process.execArgv && process._eval != null) {
    // A child forked from -e/-p must run the module, not the parent's inline script again.
    const at = execArgv.lastIndexOf(process._eval);
    if (at > 0) execArgv = execArgv.filter((_, i) => i !== at && i !== at - 1);
  }
  args = [...execArgv, modulePath, ...args];
  if (typeof options.stdio === 'string') {
    options.stdio = stdioStringToArray(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
