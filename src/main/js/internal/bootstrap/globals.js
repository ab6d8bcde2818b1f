'use strict';
// The globals node installs, with node's property attributes. Heavy ones load on first access.

function value(name, v, enumerable) {
  Object.defineProperty(globalThis, name, { value: v, writable: true, configurable: true, enumerable });
}

function lazy(names, id, enumerable = false) {
  for (const name of names) {
    let cached;
    let loaded = false;
    Object.defineProperty(globalThis, name, {
      configurable: true,
      enumerable,
      get() {
        if (!loaded) {
          cached = require(id)[name];
          loaded = true;
        }
        return cached;
      },
      set(v) {
        Object.defineProperty(globalThis, name, { value: v, writable: true, configurable: true, enumerable });
      },
    });
  }
}

function setupGlobals() {
  value('global', globalThis, true);
  const timers = require('timers');
  value('clearImmediate', timers.clearImmediate, true);
  value('setImmediate', timers.setImmediate, true);
  value('clearInterval', timers.clearInterval, true);
  value('clearTimeout', timers.clearTimeout, true);
  value('setInterval', timers.setInterval, true);
  value('setTimeout', timers.setTimeout, true);
  const { queueMicrotask } = require('internal/process/task_queues');
  value('queueMicrotask', queueMicrotask, true);
  lazy(['structuredClone'], 'internal/structured_clone', true);
  lazy(['atob', 'btoa'], 'buffer', true);
  lazy(['performance'], 'perf_hooks', true);

  value('process', process, false);
  lazy(['console'], 'internal/console/global_console');
  lazy(['Buffer', 'Blob', 'File'], 'buffer');
  lazy(['URL', 'URLSearchParams'], 'internal/url');
  lazy(['DOMException'], 'internal/per_context/domexception');
  lazy(['AbortController', 'AbortSignal'], 'internal/abort_controller');
  lazy(['Event', 'EventTarget', 'CustomEvent'], 'internal/event_target');
  lazy(['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel'], 'internal/worker/io');
  lazy(['TextEncoder', 'TextDecoder'], 'internal/encoding');
  lazy(['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure'], 'perf_hooks');
  lazy(['Crypto', 'CryptoKey', 'SubtleCrypto'], 'internal/crypto/webcrypto');
  // Web Crypto's global is a getter without a setter, as in node.
  Object.defineProperty(globalThis, 'crypto', {
    get: function crypto() { return require('internal/crypto/webcrypto').crypto; },
    enumerable: true,
    configurable: true,
  });
}

module.exports = { setupGlobals };
