'use strict';
// The tty module: isatty, and terminal streams over an fd (ReadStream, WriteStream) as net.Sockets marked isTTY,
// with node's color-depth rules (FORCE_COLOR, NO_COLOR, TERM, COLORTERM, CI).

const net = require('net');
const { Pipe } = require('internal/net/handles');
const { ErrnoException, codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED } } = require('internal/errors');

const binding = internalBinding('process_methods');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

function openHandle(fd) {
  if (!Number.isInteger(fd) || fd < 0 || fd > 2147483647) throw new ERR_INVALID_FD(fd);
  if (!isatty(fd)) {
    const ctx = { code: 'EINVAL', message: 'invalid argument', errno: -22, syscall: 'uv_tty_init' };
    throw new ERR_TTY_INIT_FAILED(ctx);
  }
  const handle = new Pipe();
  const err = handle.open(fd);
  if (err < 0) throw new ErrnoException(err, 'open');
  return handle;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  net.Socket.call(this, {
    highWaterMark: 0, readable: true, writable: false, handle: openHandle(fd), manualStart: true, ...options,
  });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  net.Socket.call(this, { readable: false, writable: true, handle: openHandle(fd), manualStart: true });
  this._type = 'tty';
  this.isTTY = true;
  this.columns = Number(process.env.COLUMNS) || 80;
  this.rows = Number(process.env.LINES) || 24;
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;

const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// Terminals known to show 16 colors, by name and by name pattern.
const term16 = new Set(['eterm', 'cons25', 'console', 'cygwin', 'dtterm', 'gnome', 'hurd', 'jfbterm', 'konsole',
  'kterm', 'mlterm', 'mosh', 'putty', 'st', 'xterm']);
const term16Patterns = [/ansi/, /color/, /linux/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/];

// node's rules for how many colors a terminal shows, from the environment.
function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '': case '1': case 'true': return COLORS_16;
      case '2': return COLORS_256;
      case '3': return COLORS_16m;
      default: return COLORS_2;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined || env.TERM === 'dumb') return COLORS_2;
  if (env.TMUX) return COLORS_256;
  if (env.CI) {
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI', 'TRAVIS']
      .some((name) => name in env) || env.CI_NAME === 'codeship') {
      return COLORS_256;
    }
    return COLORS_2;
  }
  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) return COLORS_256;
      return COLORS_16m;
    case 'HyperTerm': case 'MacTerm': return COLORS_16m;
    case 'Apple_Terminal': return COLORS_256;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;
  if (env.TERM) {
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const term = env.TERM.toLowerCase();
    if (term16.has(term) || term16Patterns.some((re) => re.test(term))) return COLORS_16;
  }
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

WriteStream.prototype.getColorDepth = function(env) {
  return getColorDepth(env);
};

WriteStream.prototype.hasColors = function(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  }
  return count <= 2 ** getColorDepth(env);
};

WriteStream.prototype.getWindowSize = function() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };
