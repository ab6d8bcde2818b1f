'use strict';
// process.allowedNodeEnvironmentFlags: node's NODE_OPTIONS options, immutable, with lenient has() spellings.

const assert = require('assert');
const flags = process.allowedNodeEnvironmentFlags;

assert.ok(flags instanceof Set);
assert.strictEqual(flags, process.allowedNodeEnvironmentFlags);
assert.ok(Object.isFrozen(flags));
for (const yes of ['--require', '-r', 'r', 'require', '--perf_basic_prof', 'perf-basic-prof', '--stack-trace-limit=5',
  '--title=a=b', '--warnings', '--no-warnings', '--max-old-space-size', '--max_old_space_size', '-C']) {
  assert.strictEqual(flags.has(yes), true, yes);
}
for (const no of ['-R', '--r', '---require', '--cheeseburgers', '-e', '--eval', '', '-', '--', 1, undefined]) {
  assert.strictEqual(flags.has(no), false, String(no));
}
const size = flags.size;
assert.ok(size > 200);
assert.strictEqual(flags.add('--x'), flags);
assert.strictEqual(flags.delete('-r'), false);
flags.clear();
assert.strictEqual(flags.size, size);
let seen = 0;
flags.forEach(function(value, key, set) {
  assert.strictEqual(value, key);
  assert.strictEqual(set, flags);
  assert.strictEqual(this, 'thisArg');
  assert.match(value, /^--?[a-zA-Z0-9._-]+$/);
  seen++;
}, 'thisArg');
assert.ok(seen > 200);
assert.ok([...flags].every((flag) => flags.has(flag)));
assert.ok([...flags.entries()].every(([k, v]) => k === v));
