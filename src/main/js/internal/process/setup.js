'use strict';
// The process object's properties and methods (node's per_thread + node_process_methods).

const methods = internalBinding('process_methods');
const credentials = internalBinding('credentials');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL },
  ErrnoException,
} = require('internal/errors');
const { validateNumber, validateString, validateFunction } = require('internal/validators');
const { signals } = require('internal/os/constants');

const NODE_VERSION = 'v20.20.2';

function define(name, value, enumerable = true) {
  Object.defineProperty(process, name, { value, writable: true, configurable: true, enumerable });
}

// process.env: own string properties over an ordinary object (so `env.hasOwnProperty` is Object.prototype's,
// as in node); values become strings.
function makeEnv(initial) {
  const store = {};
  const put = (target, key, value) => {
    // setenv(3) refuses an empty name; node ignores the assignment.
    if (key === '') return;
    Object.defineProperty(target, key, { value: `${value}`, writable: true, enumerable: true, configurable: true });
  };
  for (const key of Object.keys(initial)) put(store, key, initial[key]);
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        warnEnvValueDeprecation();
      }
      put(target, key, value);
      return true;
    },
    defineProperty(target, key, desc) {
      const { codes: { ERR_INVALID_OBJECT_DEFINE_PROPERTY } } = require('internal/errors');
      if ('get' in desc || 'set' in desc) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env', 'does not accept an accessor(getter/setter) descriptor');
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw new ERR_INVALID_OBJECT_DEFINE_PROPERTY('process.env',
          'only accepts a configurable, writable, and enumerable data descriptor');
      }
      put(target, key, desc.value);
      return true;
    },
    get(target, key) {
      if (typeof key === 'symbol') return undefined;
      return target[key];
    },
  });
}

let envValueWarned = false;
function warnEnvValueDeprecation() {
  if (envValueWarned || !require('internal/util').pendingDeprecationEnabled()) return;
  envValueWarned = true;
  process.emitWarning('Assigning any value other than a string, number, or boolean to a process.env property is ' +
    'deprecated. Please make sure to convert the value to a string before setting process.env with it.',
  'DeprecationWarning', 'DEP0104');
}

function setupProcess(options) {
  const settings = options.settings;
  define('version', NODE_VERSION, true);
  define('versions', {
    node: NODE_VERSION.slice(1), node4j: '0.1.0', v8: '13.7', uv: '1.46.0', modules: '115', napi: '9',
    unicode: '16.0', icu: '77.1', cldr: '47.0', tz: '2025a',
  });
  define('arch', 'x64');
  define('platform', 'linux');
  define('release', {
    name: 'node',
    lts: 'Iron',
    sourceUrl: 'https://nodejs.org/download/release/v20.20.2/node-v20.20.2.tar.gz',
    headersUrl: 'https://nodejs.org/download/release/v20.20.2/node-v20.20.2-headers.tar.gz',
  });
  define('execPath', methods.execPath);
  define('execArgv', methods.execArgv);
  define('argv0', 'node4j');
  define('argv', [methods.execPath, ...methods.argv]);
  define('pid', methods.pid);
  define('ppid', methods.ppid);
  define('title', settings['--title'] ?? 'node4j');
  define('env', makeEnv(methods.env));
  define('config', Object.freeze({
    target_defaults: {
      cflags: [], default_configuration: 'Release', defines: [], include_dirs: [], libraries: [],
    },
    variables: {
      asan: 0, coverage: false, debug_node: false, host_arch: 'x64', icu_small: false, is_debug: 0,
      napi_build_version: '9', node_module_version: 115, node_shared: false, node_shared_openssl: false,
      node_use_openssl: false, node_use_node_code_cache: false, node_use_node_snapshot: false,
      node_shared_zlib: false, node_shared_libuv: false, target_arch: 'x64', v8_enable_i18n_support: 1,
      v8_enable_inspector: 0, v8_enable_pointer_compression: 0, v8_enable_webassembly: 1,
      single_executable_application: false, openssl_is_fips: false,
    },
  }), true);
  define('features', {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false, tls_sni: false, tls_ocsp: false,
    tls: false, cached_builtins: true, require_module: false,
  });
  define('moduleLoadList', require('internal/bootstrap/realm').moduleLoadList, false);
  define('_exiting', false, false);
  define('_events', process._events, false);

  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        validateInteger(value, 'code');
      }
      exitCode = code;
    },
  });

  process.noDeprecation = settings['--no-deprecation'] === 'true' ? true : undefined;
  if (process.noDeprecation === undefined) delete process.noDeprecation;
  if (settings['--throw-deprecation'] === 'true') process.throwDeprecation = true;
  if (settings['--trace-deprecation'] === 'true') process.traceDeprecation = true;
  if (settings['--trace-warnings'] === 'true') process.traceProcessWarnings = true;
  if (settings['--no-warnings'] === 'true') process.noProcessWarnings = true;

  const { emitWarning, printWarning, redirectWarnings } = require('internal/process/warning');
  redirectWarnings(settings['--redirect-warnings'] ?? process.env.NODE_REDIRECT_WARNINGS);
  define('emitWarning', emitWarning);
  process.on('warning', printWarning);
  // The default printer stays out of listenerCount-based decisions, like node's.
  const { nextTick } = require('internal/process/task_queues');
  define('nextTick', nextTick);

  define('cwd', function cwd() { return methods.cwd(); });
  define('chdir', function chdir(directory) {
    validateString(directory, 'directory');
    const err = methods.chdir(directory);
    if (err < 0) {
      const e = new ErrnoException(err, 'chdir', directory);
      e.message = `${e.code}: ${errorText(err)}, chdir ${methods.cwd()} -> '${directory}'`;
      e.dest = directory;
      e.path = methods.cwd();
      throw e;
    }
  });
  define('umask', function umask(mask) {
    if (mask === undefined) return methods.umask(-1);
    if (typeof mask === 'string') {
      if (!/^[0-7]+$/.test(mask)) {
        const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
        throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
      }
      mask = parseInt(mask, 8);
    } else {
      validateNumber(mask, 'mask');
      if (!Number.isInteger(mask) || mask < 0 || mask > 0xffffffff) {
        throw new ERR_OUT_OF_RANGE('mask', 'an integer >= 0 && <= 4294967295', mask);
      }
    }
    return methods.umask(mask & 0o777);
  });

  function hrtime(time) {
    const now = BigInt(methods.hrtime());
    const sec = Number(now / 1000000000n);
    const nsec = Number(now % 1000000000n);
    if (time !== undefined) {
      if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
      if (time.length !== 2) {
        const { codes: { ERR_OUT_OF_RANGE: R } } = require('internal/errors');
        throw new R('time', 2, time.length);
      }
      const s = sec - time[0];
      const n = nsec - time[1];
      return n < 0 ? [s - 1, n + 1e9] : [s, n];
    }
    return [sec, nsec];
  }
  hrtime.bigint = function bigint() { return BigInt(methods.hrtime()); };
  define('hrtime', hrtime);
  define('uptime', function uptime() { return methods.uptime(); });

  function memoryUsage() {
    const [rss, heapTotal, heapUsed, external, arrayBuffers] = methods.memoryUsage();
    return { rss, heapTotal, heapUsed, external, arrayBuffers };
  }
  memoryUsage.rss = function rss() { return methods.rss(); };
  define('memoryUsage', memoryUsage);

  define('cpuUsage', function cpuUsage(prev) {
    const r = methods.resourceUsage();
    const user = r[0];
    const system = r[1];
    if (prev !== undefined) {
      validateObjectLike(prev, 'prevValue');
      validateCpuField(prev.user, 'prevValue.user');
      validateCpuField(prev.system, 'prevValue.system');
      return { user: user - prev.user, system: system - prev.system };
    }
    return { user, system };
  });
  define('resourceUsage', function resourceUsage() {
    const r = methods.resourceUsage();
    return {
      userCPUTime: r[0], systemCPUTime: r[1], maxRSS: r[2], sharedMemorySize: r[3], unsharedDataSize: r[4],
      unsharedStackSize: r[5], minorPageFault: r[6], majorPageFault: r[7], swappedOut: r[8], fsRead: r[9],
      fsWrite: r[10], ipcSent: r[11], ipcReceived: r[12], signalsCount: r[13], voluntaryContextSwitches: r[14],
      involuntaryContextSwitches: r[15],
    };
  });
  Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
    get() {
      return require('internal/process/node_env_flags').allowedNodeEnvironmentFlags();
    },
    set(value) {
      Object.defineProperty(this, 'allowedNodeEnvironmentFlags', { value, configurable: true, enumerable: true, writable: true });
    },
    enumerable: true,
    configurable: true,
  });
  define('getActiveResourcesInfo', function getActiveResourcesInfo() {
    return require('internal/process/active_resources').getActiveResourcesInfo();
  });
  define('_getActiveHandles', function _getActiveHandles() {
    return require('internal/process/active_resources')._getActiveHandles();
  });
  define('_getActiveRequests', function _getActiveRequests() {
    return require('internal/process/active_resources')._getActiveRequests();
  });
  define('_kill', function _kill(pid, signal) { return methods.kill(pid, signal); }, false);
  define('kill', function kill(pid, sig = 'SIGTERM') {
    if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    let signal;
    if (typeof sig === 'number') {
      signal = sig;
    } else if (typeof sig === 'string' && signals[sig] !== undefined) {
      signal = signals[sig];
    } else {
      throw new ERR_UNKNOWN_SIGNAL(sig);
    }
    const err = process._kill(pid | 0, signal);
    if (err < 0) throw new ErrnoException(err, 'kill');
    return true;
  });
  define('reallyExit', function reallyExit(code) { methods.reallyExit(code | 0); }, false);
  define('exit', function exit(code) {
    if (code !== undefined) process.exitCode = code;
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode ?? 0);
    }
    process.reallyExit(process.exitCode ?? 0);
  });
  define('abort', { abort() { methods.abort(); } }.abort);
  define('getuid', function getuid() { return credentials.getuid(); });
  define('geteuid', function geteuid() { return credentials.geteuid(); });
  define('getgid', function getgid() { return credentials.getgid(); });
  define('getegid', function getegid() { return credentials.getegid(); });
  define('getgroups', function getgroups() {
    // Like node, the effective gid is always in the list.
    const groups = credentials.getgroups();
    const egid = credentials.getegid();
    if (!groups.includes(egid)) groups.push(egid);
    return groups;
  });
  defineCredentialSetters(credentials);
  define('assert', require('internal/util').deprecate(function assert(value, message) {
    if (!value) {
      const { codes: { ERR_ASSERTION } } = require('internal/errors');
      throw new ERR_ASSERTION(message || 'assertion error');
    }
  }, 'process.assert() is deprecated. Please use the `assert` module instead.', 'DEP0100'));
  define('constrainedMemory', function constrainedMemory() {
    // libuv's answer: the cgroup (v2, else v1) memory limit, 2^64 when unlimited, undefined without cgroups.
    const fs = require('fs');
    let text;
    for (const file of ['/sys/fs/cgroup/memory.max', '/sys/fs/cgroup/memory/memory.limit_in_bytes']) {
      try {
        text = fs.readFileSync(file, 'latin1').trim();
        break;
      } catch {
        // try the next cgroup layout
      }
    }
    if (text === undefined) return undefined;
    const limit = text === 'max' ? 2 ** 64 : Number(text);
    if (limit >= 0x7ffffffffffff000) return 2 ** 64;
    return limit > 0 ? limit : undefined;
  });
  define('binding', function binding(name) {
    const { codes: { ERR_INVALID_MODULE } } = require('internal/errors');
    throw new ERR_INVALID_MODULE(name);
  }, false);
  define('setUncaughtExceptionCaptureCallback', function setUncaughtExceptionCaptureCallback(fn) {
    if (fn === null) {
      captureCallback = null;
      return;
    }
    if (typeof fn !== 'function') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('fn', ['function', 'null'], fn);
    }
    if (captureCallback !== null) {
      const { codes: { ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET } } = require('internal/errors');
      throw new ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
    }
    captureCallback = fn;
  });
  define('hasUncaughtExceptionCaptureCallback', function hasUncaughtExceptionCaptureCallback() {
    return captureCallback !== null;
  });
  define('setSourceMapsEnabled', function setSourceMapsEnabled(val) {
    require('internal/validators').validateBoolean(val, 'val');
  });
  // Addons need node's C++ ABI, which node4j lacks. What dlopen itself would reject fails with dlopen's words.
  define('dlopen', function dlopen(module, filename, flags) {
    const fs = require('fs');
    const header = Buffer.alloc(64);
    let size = -1;
    let fd;
    try {
      fd = fs.openSync(filename, 'r');
      size = fs.readSync(fd, header, 0, 64, 0);
    } catch {
      // reported below as dlopen would
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
    let reason = 'node4j cannot load native addons, which need node\'s C++ ABI';
    if (size < 0) reason = 'cannot open shared object file: No such file or directory';
    else if (size < 64) reason = 'file too short';
    else if (header.readUInt32BE(0) !== 0x7f454c46) reason = 'invalid ELF header';
    const { codes: { ERR_DLOPEN_FAILED } } = require('internal/errors');
    throw new ERR_DLOPEN_FAILED(`${filename}: ${reason}`);
  });
  define('_rawDebug', function _rawDebug(...args) {
    internalBinding('process_methods').writeString(2, `${require('internal/util/inspect').format(...args)}\n`);
  }, false);
  define('report', undefined, false);

  const { SyncWriteStream, createStdin } = require('internal/process/stdio');
  let stdin;
  Object.defineProperty(process, 'stdin', {
    configurable: true, enumerable: false,
    get() { return stdin ??= createStdin(); },
  });
  define('openStdin', function openStdin() {
    process.stdin.resume();
    return process.stdin;
  });
  let stdout;
  let stderr;
  Object.defineProperty(process, 'stdout', {
    configurable: true, enumerable: false,
    get() { return stdout ??= new SyncWriteStream(1); },
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true, enumerable: false,
    get() { return stderr ??= new SyncWriteStream(2); },
  });
}

let captureCallback = null;

// setuid & co.: ids or names (looked up in the user/group databases); failures read like node's
// "EPERM, Operation not permitted".
function defineCredentialSetters(credentials) {
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_CREDENTIAL } } = require('internal/errors');
  const { validateArray, validateUint32 } = require('internal/validators');
  const toId = (value, name, kind) => {
    if (typeof value === 'number') {
      validateUint32(value, name);
      return value;
    }
    if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], value);
    const id = kind === 'User' ? credentials.uidOf(value) : credentials.gidOf(value);
    if (id < 0) throw new ERR_UNKNOWN_CREDENTIAL(kind, value);
    return id;
  };
  const check = (err, syscall) => {
    if (err === 0) return;
    const { uvErrmapGet } = require('internal/errors');
    const [code, message] = uvErrmapGet(err) ?? ['UNKNOWN', 'unknown error'];
    const e = new Error(`${code}, ${message[0].toUpperCase()}${message.slice(1)}`);
    e.errno = err;
    e.code = code;
    e.syscall = syscall;
    throw e;
  };
  for (const [name, kind] of [['setuid', 'User'], ['seteuid', 'User'], ['setgid', 'Group'], ['setegid', 'Group']]) {
    define(name, {
      [name](id) { check(credentials[name](toId(id, 'id', kind)), name); },
    }[name]);
  }
  define('setgroups', function setgroups(groups) {
    validateArray(groups, 'groups');
    const ids = new Array(groups.length);
    for (let i = 0; i < groups.length; i++) ids[i] = toId(groups[i], `groups[${i}]`, 'Group');
    check(credentials.setgroups(ids), 'setgroups');
  });
  define('initgroups', function initgroups(user, extraGroup) {
    if (typeof user !== 'number' && typeof user !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('user', ['number', 'string'], user);
    }
    const gid = toId(extraGroup, 'extraGroup', 'Group');
    const name = typeof user === 'string' ? user : credentials.nameOfUid(user >>> 0);
    if (name === undefined) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
    check(credentials.initgroups(name, gid), 'initgroups');
  });
}

function validateInteger(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
}

function validateObjectLike(value, name) {
  if (value === null || typeof value !== 'object') throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
}

function validateCpuField(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!(value >= 0 && Number.isFinite(value))) {
    const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_VALUE.RangeError(name, value);
  }
}

function errorText(errno) {
  const { uvErrmapGet } = require('internal/errors');
  const entry = uvErrmapGet(errno);
  return entry ? entry[1] : 'unknown error';
}

module.exports = { setupProcess, getCaptureCallback: () => captureCallback };
