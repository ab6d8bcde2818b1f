'use strict';
// Timers and immediates, kept in JS like node: one list per duration (insertion order inside a list), a
// priority queue of lists by expiry, and a single loop timer armed for the earliest list. Ticks and microtasks
// run between two callbacks, as in node.
//
// A timer counts towards keeping the loop alive while it is scheduled (not `_destroyed`) and ref'ed
// (`[kRefed]` true); `[kRefed]` keeps the user's ref()/unref() choice across clearTimeout() and refresh().

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, getLibuvNow } = binding;
const L = require('internal/linkedlist');
const { validateFunction } = require('internal/validators');
const { customInspectSymbol, SymbolDispose } = require('internal/util');
const { runNextTicks } = require('internal/process/task_queues');
const { isInstalled: contextTracked, captureFrame, enterFrame, exitFrame } = require('internal/async_context');

const state = new Int32Array(binding.state);
// The loop's time as Java last entered JS (uv_now without uv_update_time): the start of the runtime's own idle
// timers, re-armed on every socket read and write, where the event being handled has just set it.
const loopTime = new Float64Array(binding.state, binding.loopTimeOffset, 1);
const kImmediateCount = 2;
const kImmediateRefCount = 3;
const kImmediateOutstanding = 4;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');
// The AsyncLocalStorage frame a callback was scheduled in; set only when some store was.
const kAsyncFrame = Symbol('asyncContextFrame');

let asyncIdCounter = 1;
let timerListId = Number.MIN_SAFE_INTEGER;
let nextExpiry = Infinity;
let refCount = 0;
let ranAtLeastOneTimer = false;
const knownTimersById = { __proto__: null };

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;
    this._idlePrev = this;
    this.expiry = expiry;
    this.id = timerListId++;
    this.msecs = msecs;
    this.priorityQueuePosition = null;
  }

  [customInspectSymbol](depth, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }
}

// Binary heap of TimersList by (expiry, id), 1-based like node's (priorityQueuePosition is observable).
const queue = [undefined];
function lessThan(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSet(i, item) {
  queue[i] = item;
  item.priorityQueuePosition = i;
}
function heapUp(i) {
  const item = queue[i];
  while (i > 1) {
    const parent = i >> 1;
    if (!lessThan(item, queue[parent])) break;
    heapSet(i, queue[parent]);
    i = parent;
  }
  heapSet(i, item);
}
function heapDown(i) {
  const n = queue.length;
  const item = queue[i];
  for (;;) {
    let child = 2 * i;
    if (child >= n) break;
    if (child + 1 < n && lessThan(queue[child + 1], queue[child])) child++;
    if (!lessThan(queue[child], item)) break;
    heapSet(i, queue[child]);
    i = child;
  }
  heapSet(i, item);
}
function heapInsert(list) {
  queue.push(list);
  heapUp(queue.length - 1);
}
function heapRemoveAt(i) {
  const last = queue.pop();
  if (i < queue.length) {
    heapSet(i, last);
    heapDown(i);
    heapUp(last.priorityQueuePosition);
  }
}

const timerListMap = { __proto__: null };

function incRefCount() {
  if (refCount++ === 0) toggleTimerRef(true);
}
function decRefCount() {
  if (--refCount === 0) toggleTimerRef(false);
}

// Schedules `item` (re-arming it when it had fired or been cleared) and leaves it ref'ed or not as `refed` says.
function insertGuarded(item, msecs, refed = true, start = undefined) {
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const wasDestroyed = item._destroyed;
  if (wasDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = ++asyncIdCounter;
    item[triggerAsyncIdSymbol] = 1;
  }
  const wasCounted = !wasDestroyed && item[kRefed] === true;
  item[kRefed] = refed;
  if (refed !== wasCounted) {
    if (refed) incRefCount();
    else decRefCount();
  }
}

function insert(item, msecs, start = getLibuvNow()) {
  msecs = Math.trunc(msecs);
  item._idleStart = start;
  let list = timerListMap[msecs];
  if (list === undefined) {
    const expiry = start + msecs;
    timerListMap[msecs] = list = new TimersList(expiry, msecs);
    heapInsert(list);
    if (nextExpiry > expiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  L.append(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && item._idleNext) {
    L.remove(item);
    if (L.isEmpty(list)) {
      delete timerListMap[item._idleTimeout];
      heapRemoveAt(list.priorityQueuePosition);
    }
  } else if (item._idleNext) {
    L.remove(item);
  }
  item._idleTimeout = -1;
}

// Cancels a Timeout, or the timer a number/string id (its primitive value) names.
function clearTimer(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = knownTimersById[timer];
    if (found !== undefined) {
      found._onTimeout = null;
      unenroll(found);
    }
  }
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    if (isRefed) incRefCount();
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
    const frame = captureFrame();
    if (frame !== undefined) this[kAsyncFrame] = frame;
  }

  // Depth 0: the lists it links to would otherwise print the whole timer graph.
  [customInspectSymbol](depth, options, inspect) {
    return inspect(this, { ...options, depth: 0, customInspect: false });
  }

  refresh() {
    if (this[kRefed]) insertGuarded(this, this._idleTimeout);
    else insertGuarded(this, this._idleTimeout, false);
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimer(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[asyncIdSymbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

Timeout.prototype[SymbolDispose] = function() {
  clearTimer(this);
};

// An unref'ed one-shot timer for the runtime's own housekeeping (it must not keep the process alive), started
// at the loop's time: it costs no call into Java.
function setUnrefTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const timer = new Timeout(callback, after, undefined, false, false);
  insert(timer, timer._idleTimeout, loopTime[0]);
  return timer;
}

// Re-arms a setUnrefTimeout timer from the loop's time (socket activity).
function refreshUnrefTimeout(timer) {
  insertGuarded(timer, timer._idleTimeout, timer[kRefed], loopTime[0]);
}

let onUncaught;
function setUncaughtHandler(fn) {
  onUncaught = fn;
}

// Java: the loop timer fired. Runs every due timer; returns the next expiry: 0 none, > 0 ref'ed, < 0 unref'ed.
function processTimers(now) {
  nextExpiry = Infinity;
  ranAtLeastOneTimer = false;
  let list;
  while ((list = queue[1]) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let timer;
  while ((timer = L.peek(list)) !== null) {
    if (now - timer._idleStart < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(1);
      return;
    }
    if (ranAtLeastOneTimer) {
      runNextTicks();
      // The ticks may have cleared or re-armed this timer: look at the list again.
      if (L.peek(list) !== timer) continue;
    } else {
      ranAtLeastOneTimer = true;
    }
    L.remove(timer);
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) refCount--;
        if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    const outerFrame = contextTracked() ? enterFrame(timer[kAsyncFrame]) : undefined;
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } catch (err) {
      finishTimer(timer, start);
      // The 'uncaughtException' listeners run in the failed callback's context, as in node.
      try {
        onUncaught(err);
      } finally {
        if (outerFrame !== undefined) exitFrame(outerFrame);
      }
      continue;
    }
    if (outerFrame !== undefined) exitFrame(outerFrame);
    finishTimer(timer, start);
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    heapRemoveAt(list.priorityQueuePosition);
  }
}

function finishTimer(timer, start) {
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._idleTimeout, start);
  } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
    if (timer[kRefed]) refCount--;
  }
}

// Immediates: a list for this iteration (outstanding) and one for the next.
class ImmediateList {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }
}

let immediateQueue = new ImmediateList();
let outstandingQueue = new ImmediateList();

// Unlinks a pending immediate from whichever of the two lists holds it.
function removeImmediate(item) {
  const list = outstandingQueue.head === item || outstandingQueue.tail === item ? outstandingQueue : immediateQueue;
  const next = item._idleNext ?? null;
  const prev = item._idlePrev ?? null;
  if (next !== null) next._idlePrev = prev;
  else if (list.tail === item) list.tail = prev;
  if (prev !== null) prev._idleNext = next;
  else if (list.head === item) list.head = next;
  item._idleNext = null;
  item._idlePrev = null;
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    this[asyncIdSymbol] = ++asyncIdCounter;
    this[triggerAsyncIdSymbol] = 1;
    const frame = captureFrame();
    if (frame !== undefined) this[kAsyncFrame] = frame;
    this.ref();
    state[kImmediateCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      state[kImmediateRefCount]++;
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      state[kImmediateRefCount]--;
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  const refed = immediate[kRefed];
  // Only a pending Immediate is counted; any other object just gets marked, as node does.
  if (refed !== undefined) {
    state[kImmediateCount]--;
    if (refed) state[kImmediateRefCount]--;
  }
  immediate._destroyed = true;
  immediate._onImmediate = null;
  removeImmediate(immediate);
  immediate[kRefed] = null;
}

Immediate.prototype[SymbolDispose] = function() {
  clearImmediate(this);
};

// Java: the check phase. Runs this iteration's immediates; ones set meanwhile wait for the next iteration.
function processImmediate() {
  const list = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  if (list !== outstandingQueue) {
    immediateQueue = new ImmediateList();
    outstandingQueue = list;
  }
  let ranAtLeastOne = false;
  let immediate;
  while ((immediate = list.head) !== null) {
    if (ranAtLeastOne) {
      runNextTicks();
      // The ticks may have cleared this immediate: look at the list again.
      if (list.head !== immediate) continue;
    } else {
      ranAtLeastOne = true;
    }
    const next = immediate._idleNext;
    list.head = next;
    if (next === null) list.tail = null;
    else next._idlePrev = null;
    immediate._idleNext = null;
    state[kImmediateOutstanding] = next !== null ? 1 : 0;
    state[kImmediateCount]--;
    if (immediate[kRefed]) state[kImmediateRefCount]--;
    immediate[kRefed] = null;
    immediate._destroyed = true;
    const outerFrame = contextTracked() ? enterFrame(immediate[kAsyncFrame]) : undefined;
    try {
      const argv = immediate._argv;
      if (argv === undefined) immediate._onImmediate();
      else immediate._onImmediate(...argv);
    } catch (err) {
      immediate._onImmediate = null;
      try {
        onUncaught(err);
      } finally {
        if (outerFrame !== undefined) exitFrame(outerFrame);
      }
      continue;
    }
    if (outerFrame !== undefined) exitFrame(outerFrame);
    immediate._onImmediate = null;
  }
  state[kImmediateOutstanding] = 0;
}

// Ref'ed timers and immediates, for process.getActiveResourcesInfo.
function refedCounts() {
  return [refCount, state[kImmediateRefCount]];
}

module.exports = {
  Timeout,
  Immediate,
  TIMEOUT_MAX,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  insert,
  insertGuarded,
  unenroll,
  clearTimer,
  clearImmediate,
  setUnrefTimeout,
  refreshUnrefTimeout,
  processTimers,
  processImmediate,
  setUncaughtHandler,
  refedCounts,
};
