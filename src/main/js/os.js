'use strict';
// The `os` module for Linux. The binding hands over raw kernel texts (/proc, /etc/passwd); they are parsed here
// the way libuv reads them, so the numbers match node's.

const binding = internalBinding('os');
const credentials = internalBinding('credentials');
const { codes: { ERR_SYSTEM_ERROR }, uvErrmapGet } = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const osConstants = require('internal/os/constants');
const { Buffer } = require('buffer');

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: osConstants.UV_UDP_REUSEADDR,
  dlopen: osConstants.dlopen,
  errno: osConstants.errno,
  signals: osConstants.signals,
  priority: osConstants.priority,
};

// /proc/stat counts in USER_HZ ticks, which is 100 on every Linux ABI node supports.
const kMsPerTick = 10;
const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

function systemError(errno, syscall) {
  const [code, message] = uvErrmapGet(errno) ?? ['UNKNOWN', 'unknown error'];
  return new ERR_SYSTEM_ERROR({ errno, code, message, syscall });
}

function arch() {
  return process.arch;
}

function getAvailableParallelism() {
  return binding.getAvailableParallelism();
}

// The "model name" of each processor block, in processor order (older ARM kernels say "Processor").
function cpuModels(cpuinfo) {
  const models = [];
  let fallback = 'unknown';
  for (const line of cpuinfo.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    if (key === 'model name') models.push(line.slice(colon + 1).trim());
    else if (key === 'Processor' || key === 'cpu model') fallback = line.slice(colon + 1).trim();
  }
  return { models, fallback };
}

function cpus() {
  const { models, fallback } = cpuModels(binding.getCpuInfo());
  const result = [];
  for (const line of binding.getCpuStat().split('\n')) {
    // Per-CPU lines only: "cpuN user nice system idle iowait irq ...".
    if (!line.startsWith('cpu') || line.charCodeAt(3) < 48 || line.charCodeAt(3) > 57) continue;
    const f = line.split(/\s+/);
    const n = +f[0].slice(3);
    result.push({
      model: models[n] ?? models[0] ?? fallback,
      speed: Math.floor(binding.getCpuFreq(n) / 1000),
      times: {
        user: f[1] * kMsPerTick,
        nice: f[2] * kMsPerTick,
        sys: f[3] * kMsPerTick,
        idle: f[4] * kMsPerTick,
        irq: f[6] * kMsPerTick,
      },
    });
  }
  return result;
}

function endianness() {
  return kEndianness;
}

// A /proc/meminfo field in bytes, or -1 when the kernel does not report it.
function memInfo(text, field) {
  const at = text.indexOf('\n' + field + ':');
  const start = at < 0 ? (text.startsWith(field + ':') ? 0 : -1) : at + 1;
  if (start < 0) return -1;
  return parseInt(text.slice(start + field.length + 1), 10) * 1024;
}

function getFreeMem() {
  const text = binding.getMemInfo();
  const available = memInfo(text, 'MemAvailable');
  return available >= 0 ? available : Math.max(memInfo(text, 'MemFree'), 0);
}

function getTotalMem() {
  return Math.max(memInfo(binding.getMemInfo(), 'MemTotal'), 0);
}

// The /etc/passwd entry of `uid` as [name, passwd, uid, gid, gecos, home, shell], or undefined.
function passwdEntry(uid) {
  for (const line of binding.getPasswd().split('\n')) {
    const fields = line.split(':');
    if (fields.length >= 7 && +fields[2] === uid && fields[2] !== '') return fields;
  }
  return undefined;
}

function getHomeDirectory() {
  // Like libuv: HOME wins even when empty, then the passwd entry.
  const home = process.env.HOME;
  if (home !== undefined) return home;
  const entry = passwdEntry(credentials.geteuid());
  return entry !== undefined ? entry[5] : binding.getHomeDirectory();
}

function getHostname() {
  return binding.getHostname();
}

function loadavg() {
  const f = binding.getLoadAvg().split(' ');
  return [+f[0], +f[1], +f[2]];
}

function formatIPv4(hex) {
  return `${parseInt(hex.slice(0, 2), 16)}.${parseInt(hex.slice(2, 4), 16)}.` +
    `${parseInt(hex.slice(4, 6), 16)}.${parseInt(hex.slice(6, 8), 16)}`;
}

// inet_ntop's text form: the longest run (>= 2) of zero groups becomes "::", the first run on ties;
// IPv4-mapped and -compatible addresses end in dotted quad.
function formatIPv6(hex) {
  const words = new Array(8);
  for (let i = 0; i < 8; i++) words[i] = parseInt(hex.slice(i * 4, i * 4 + 4), 16);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) bestStart = -1;
  const v4Tail = bestStart === 0 &&
    (bestLen === 6 || (bestLen === 7 && words[7] !== 1) || (bestLen === 5 && words[5] === 0xffff));
  let out = '';
  for (let i = 0; i < 8; i++) {
    if (i === bestStart) {
      out += ':';
      i += bestLen - 1;
      if (i === 7) out += ':';
      continue;
    }
    if (i !== 0) out += ':';
    if (v4Tail && i === 6) {
      out += formatIPv4(hex.slice(24));
      break;
    }
    out += words[i].toString(16);
  }
  return out;
}

function prefixMask(bits, prefix) {
  let hex = '';
  for (let i = 0; i < bits; i += 4) {
    const on = Math.min(Math.max(prefix - i, 0), 4);
    hex += ((0xf0 >> on) & 0xf).toString(16);
  }
  return hex;
}

function networkInterfaces() {
  const result = {};
  for (const a of JSON.parse(binding.getInterfaceAddresses())) {
    const v6 = a.address.length === 32;
    const address = v6 ? formatIPv6(a.address) : formatIPv4(a.address);
    const entry = {
      address,
      netmask: v6 ? formatIPv6(prefixMask(128, a.prefix)) : formatIPv4(prefixMask(32, a.prefix)),
      family: v6 ? 'IPv6' : 'IPv4',
      mac: a.mac,
      internal: a.internal,
      cidr: `${address}/${a.prefix}`,
    };
    if (v6) entry.scopeid = a.scopeid;
    (result[a.name] ??= []).push(entry);
  }
  return result;
}

function platform() {
  return process.platform;
}

function getOSRelease() {
  return binding.getOSRelease();
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const priority = binding.getPriority(pid);
  if (priority === undefined) throw systemError(-3, 'uv_os_getpriority');
  return priority;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const err = binding.setPriority(pid, priority);
  if (err < 0) throw systemError(err, 'uv_os_setpriority');
}

function tmpdir() {
  const env = process.env;
  const path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function getOSType() {
  return binding.getOSType();
}

function userInfo(options) {
  const uid = credentials.geteuid();
  const entry = passwdEntry(uid);
  if (entry === undefined) throw systemError(-2, 'uv_os_get_passwd');
  const info = { __proto__: null, uid, gid: +entry[3], username: entry[0], homedir: entry[5], shell: entry[6] };
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  if (encoding === 'buffer' || (encoding !== undefined && Buffer.isEncoding(encoding) &&
      !/^utf-?8$/i.test(encoding))) {
    for (const key of ['username', 'homedir', 'shell']) {
      const bytes = Buffer.from(info[key], 'utf8');
      info[key] = encoding === 'buffer' ? bytes : bytes.toString(encoding);
    }
  }
  return info;
}

function getUptime() {
  return binding.getUptime();
}

function getOSVersion() {
  return binding.getOSVersion();
}

function getMachine() {
  return binding.getMachine();
}

// Node builds these two through a helper, hence their name.
const homedir = function wrappedFn() { return getHomeDirectory(); };
const hostname = function wrappedFn() { return getHostname(); };
const uptime = function wrappedFn() { return getUptime(); };

// The plain accessors also convert to their value, as in `${os.hostname}`.
for (const fn of [arch, getAvailableParallelism, endianness, getFreeMem, homedir, hostname, platform,
  getOSRelease, tmpdir, getTotalMem, getOSType, uptime, getOSVersion, getMachine]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
