'use strict';

const {
  AbortError,
  genericNodeError,
  systemErrorName,
  codes: { ERR_CHILD_PROCESS_IPC_REQUIRED, ERR_CHILD_PROCESS_STDIO_MAXBUFFER, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateAbortSignal, validateArray, validateObject } = require('internal/validators');
const { ChildProcess } = require('internal/child_process/child_process');
const {
  convertToValidSignal, getValidatedPath, normalizeExecArgs, normalizeExecFileArgs, normalizeSpawnArguments,
  validateArgumentsNullCheck, validateMaxBuffer, validateTimeout,
} = require('internal/child_process/options');
const { execFileSync, execSync, spawnSync } = require('internal/child_process/sync');

const kDefaultMaxBuffer = 1024 * 1024;

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const killSignal = options.killSignal === undefined ? undefined : convertToValidSignal(options.killSignal);
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
  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => {
      if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    };
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
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
  options.killSignal = convertToValidSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding && options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding)
    ? options.encoding : null;
  const out = { stdout: [], stderr: [], length: { stdout: 0, stderr: 0 } };
  let error = null;
  let killed = false;
  let exited = false;
  let timer = null;
  const cmd = args.length > 0 ? `${file} ${args.join(' ')}` : file;

  function collected(name) {
    const chunks = out[name];
    if (encoding === null) return Buffer.concat(chunks);
    return chunks.join('');
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timer !== null) clearTimeout(timer);
    if (!callback) return;
    const stdout = collected('stdout');
    const stderr = collected('stderr');
    let ex = error;
    if (ex === null && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (ex === null) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? systemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function kill() {
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
      timer = null;
      kill();
    }, options.timeout);
  }

  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding !== null) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (error !== null) return;
      const size = encoding === null ? chunk.length : Buffer.byteLength(chunk, encoding);
      out.length[name] += size;
      if (out.length[name] > options.maxBuffer) {
        const keep = options.maxBuffer - (out.length[name] - size);
        out[name].push(encoding === null ? chunk.subarray(0, keep) : chunk.slice(0, keep));
        error = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        out[name].push(chunk);
      }
    });
  }

  child.addListener('close', exithandler);
  child.addListener('error', (err) => {
    error = err;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  });
  return child;
}

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
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
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

function stdioStringToArray(stdio, channel) {
  const list = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': list.push(stdio, stdio, stdio); break;
    case 'inherit': list.push(0, 1, 2); break;
    default: throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) list.push(channel);
  return list;
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
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
