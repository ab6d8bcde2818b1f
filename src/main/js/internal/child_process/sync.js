'use strict';
// spawnSync and the exec*Sync functions on internalBinding('spawn_sync'), which runs the child to completion.

const {
  ErrnoException,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { isArrayBufferView } = require('internal/util/types');
const {
  convertToValidSignal, normalizeExecArgs, normalizeExecFileArgs, normalizeSpawnArguments, signalName,
  stdioKinds, validateMaxBuffer, validateTimeout,
} = require('internal/child_process/options');

const binding = internalBinding('spawn_sync');
const kDefaultMaxBuffer = 1024 * 1024;

function inputBytes(input) {
  if (input == null) return undefined;
  if (typeof input === 'string') return Buffer.from(input, 'utf8');
  if (!isArrayBufferView(input)) {
    throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  return Buffer.from(input.buffer, input.byteOffset, input.byteLength);
}

function spawnSync(file, args, options) {
  options = {
    __proto__: null,
    maxBuffer: kDefaultMaxBuffer,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = convertToValidSignal(options.killSignal === undefined ? 'SIGTERM' : options.killSignal);
  const kinds = stdioKinds(options.stdio, true);
  const input = inputBytes(options.input);
  // The binding takes the input as its own ArrayBuffer.
  const inputCopy = input === undefined ? undefined : new Uint8Array(input).buffer;

  const r = binding.spawn(options.file, options.args, options.envPairs, options.cwd, kinds, inputCopy,
                          options.timeout || 0, options.maxBuffer == null ? Infinity : options.maxBuffer,
                          killSignal, options.detached);
  const [error, pid, exitCode, termSignal] = r;
  const result = { status: null, signal: null, output: null, pid, stdout: null, stderr: null };
  if (error !== 0 && pid === 0) return { error: spawnError(error, options), ...result };
  const output = new Array(kinds.length).fill(null);
  const encoding = options.encoding;
  for (let i = 1; i < kinds.length; i++) {
    const ab = r[4 + i];
    if (ab == null) continue;
    const buf = Buffer.from(ab);
    output[i] = encoding && encoding !== 'buffer' && Buffer.isEncoding(encoding) ? buf.toString(encoding) : buf;
  }
  result.output = output;
  result.stdout = output[1];
  result.stderr = output[2];
  if (termSignal !== 0) result.signal = signalName(termSignal);
  else result.status = exitCode;
  return error === 0 ? result : { error: spawnError(error, options), ...result };
}

function spawnError(errno, options) {
  const err = new ErrnoException(errno, `spawnSync ${options.file}`);
  err.path = options.file;
  err.spawnargs = options.args.slice(1);
  return err;
}

function checkExecSyncError(ret, command) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = `Command failed: ${command}`;
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
  const err = checkExecSyncError(ret, [file, ...args].join(' '));
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = { execFileSync, execSync, spawnSync };
