'use strict';
// v8's heap statistics (real numbers from the engine) and the parts node stubs outside snapshot builds.
const assert = require('assert');
const v8 = require('v8');

const heap = v8.getHeapStatistics();
assert.deepStrictEqual(Object.keys(heap), [
  'total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory',
]);
assert.ok(heap.used_heap_size > 0 && heap.used_heap_size <= heap.total_heap_size);
assert.ok(heap.heap_size_limit > heap.total_heap_size);
assert.ok(heap.number_of_native_contexts >= 1);

const spaces = v8.getHeapSpaceStatistics();
assert.ok(spaces.length > 0);
for (const s of spaces) {
  assert.deepStrictEqual(Object.keys(s),
                         ['space_name', 'space_size', 'space_used_size', 'space_available_size', 'physical_space_size']);
}
assert.ok(spaces.some((s) => s.space_name === 'old_space' && s.space_used_size > 0));
assert.deepStrictEqual(Object.keys(v8.getHeapCodeStatistics()), [
  'code_and_metadata_size', 'bytecode_and_metadata_size', 'external_script_source_size', 'cpu_profiler_metadata_size',
]);

const tag = v8.cachedDataVersionTag();
assert.ok(Number.isInteger(tag) && tag >= 0);
assert.strictEqual(v8.cachedDataVersionTag(), tag);

assert.ok(!v8.startupSnapshot.isBuildingSnapshot());
assert.throws(() => v8.startupSnapshot.addSerializeCallback(() => {}), {
  code: 'ERR_NOT_BUILDING_SNAPSHOT',
  message: 'Operation cannot be invoked when not building startup snapshot',
});
assert.throws(() => v8.setFlagsFromString(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type string. Received type number (1)',
});
assert.throws(() => v8.queryObjects(1), { code: 'ERR_INVALID_ARG_TYPE' });
const stop = v8.promiseHooks.onInit(() => {});
assert.strictEqual(typeof stop, 'function');
stop();
const profiler = new v8.GCProfiler();
profiler.start();
const profile = profiler.stop();
assert.strictEqual(profile.version, 1);
assert.ok(Array.isArray(profile.statistics));
