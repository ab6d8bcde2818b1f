'use strict';
// process.emitWarning and the default 'warning' printer: "(node:PID) [code] Type: message".

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let tracePrinted = false;
let globalConsole;

function printWarning(warning) {
  // process.emit('warning', x) with anything but an Error prints nothing, as in node.
  if (process.noProcessWarnings || !(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ? `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !tracePrinted) {
    tracePrinted = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    msg += `\n(Use \`node ${flag} ...\` to show where the warning was created)`;
  }
  if (redirectTo !== undefined && writeToFile(redirectTo, msg)) return;
  // Through the global console's error(), like node: a replaced console.error or process.stderr.write sees it.
  globalConsole ??= require('internal/console/global_console').console;
  globalConsole.error(msg);
}

// --redirect-warnings=file / NODE_REDIRECT_WARNINGS: warnings are appended there; stderr when it cannot be written.
let redirectTo;
function redirectWarnings(file) {
  redirectTo = file || undefined;
}

function writeToFile(file, msg) {
  try {
    require('fs').appendFileSync(file, `${msg}\n`);
    return true;
  } catch {
    return false;
  }
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown later, so that the warnings emitted before it are all reported first.
    if (process.throwDeprecation) {
      process.nextTick(() => { throw warning; });
      return;
    }
  }
  process.nextTick(doEmitWarning, warning);
}

function createWarningObject(message, type = 'Warning', code, ctor, detail) {
  const limit = Error.stackTraceLimit;
  if (process.throwDeprecation !== true) Error.stackTraceLimit = 0;
  const warning = new Error(message);
  Error.stackTraceLimit = limit;
  warning.name = String(type || 'Warning');
  if (code !== undefined) warning.code = code;
  if (detail !== undefined) warning.detail = detail;
  Error.captureStackTrace(warning, ctor || process.emitWarning);
  return warning;
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

module.exports = { emitWarning, printWarning, createWarningObject, redirectWarnings };
