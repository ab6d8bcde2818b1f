'use strict';
// spawnSync and the exec*Sync functions: node's argument checks, then internal/child_process's spawnSync (looked
// up at each call, as node's tests replace it), which runs the child to completion.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const internalChildProcess = require('internal/child_process');
const {
  normalizeExecArgs, normalizeExecFileArgs, normalizeSpawnArguments, sanitizeKillSignal, validateMaxBuffer,
  validateTimeout,
} = require('internal/child_process/options');

const kDefaultMaxBuffer = 1024 * 1024;

function spawnSync(file, args, options) {
  options = {
    __proto__: null,
    maxBuffer: kDefaultMaxBuffer,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = internalChildProcess.getValidStdio(options.stdio || 'pipe', true).stdio;

  if (options.input) {
    options.stdio[0] = { ...options.stdio[0], input: options.input };
  }
  // Input may be given for any fd; strings become bytes in options.encoding.
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i] && options.stdio[i].input;
    if (input == null) continue;
    const entry = options.stdio[i] = { ...options.stdio[i] };
    if (isArrayBufferView(input)) {
      entry.input = input;
    } else if (typeof input === 'string') {
      entry.input = Buffer.from(input, options.encoding);
    } else {
      throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  return internalChildProcess.spawnSync(options);
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...args], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = { execFileSync, execSync, spawnSync };
