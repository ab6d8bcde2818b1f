'use strict';
const assert = require('assert');
const fs = require('fs');
const os = require('os');

const proc = (file) => fs.readFileSync(file, 'utf8').trim();

assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.endianness(), 'LE');
assert.strictEqual(os.hostname(), proc('/proc/sys/kernel/hostname'));
assert.strictEqual(os.release(), proc('/proc/sys/kernel/osrelease'));
assert.strictEqual(os.version(), proc('/proc/sys/kernel/version'));
assert.strictEqual(os.machine(), process.arch === 'x64' ? 'x86_64' : os.machine());

// The plain accessors convert to their value.
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(`${os.platform}`, 'linux');
assert.strictEqual(+os.totalmem, os.totalmem());
assert.strictEqual(`${os.endianness}`, 'LE');
assert.strictEqual(os.cpus[Symbol.toPrimitive], undefined);
assert.strictEqual(os.freemem.name, 'getFreeMem');
assert.strictEqual(os.release.name, 'getOSRelease');

const meminfo = proc('/proc/meminfo');
const kb = (field) => +meminfo.match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'))[1] * 1024;
assert.strictEqual(os.totalmem(), kb('MemTotal'));
const free = os.freemem();
assert.ok(Number.isInteger(free) && free > 0 && free <= os.totalmem());
assert.strictEqual(free % 1024, 0);

const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const l of load) assert.ok(typeof l === 'number' && l >= 0);

const up = os.uptime();
const procUp = +proc('/proc/uptime').split(' ')[0];
assert.ok(up > 0 && up <= procUp + 1 && procUp - up < 1, `${up} vs ${procUp}`);

const n = os.availableParallelism();
assert.ok(Number.isInteger(n) && n >= 1);

const cpus = os.cpus();
const statCpus = proc('/proc/stat').split('\n').filter((l) => /^cpu\d/.test(l));
assert.strictEqual(cpus.length, statCpus.length);
assert.ok(cpus.length >= n);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.ok(Number.isInteger(cpu.speed) && cpu.speed >= 0);
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const t of Object.values(cpu.times)) assert.ok(Number.isInteger(t) && t >= 0 && t % 10 === 0);
}
// Times are /proc/stat ticks (USER_HZ 100) in ms; read a moment apart (idle time may even step back on
// tickless kernels), the two agree within seconds.
const idle0 = +statCpus[0].split(/\s+/)[4] * 10;
assert.ok(Math.abs(cpus[0].times.idle - idle0) < 5000, `${cpus[0].times.idle} vs ${idle0}`);
const model = proc('/proc/cpuinfo').match(/^model name\s*:\s*(.*)$/m);
if (model) assert.strictEqual(cpus[0].model, model[1].trim());
