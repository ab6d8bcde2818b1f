'use strict';

const {
  AbortError,
  genericNodeError,
  systemErrorName,
  codes: { ERR_CHILD_PROCESS_STDIO_MAXBUFFER },
} = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const { ChildProcess } = require('internal/child_process/child_process');
const {
  convertToValidSignal, normalizeExecArgs, normalizeExecFileArgs, normalizeSpawnArguments, validateMaxBuffer,
  validateTimeout,
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
  spawn,
  spawnSync,
};
