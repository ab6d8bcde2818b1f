'use strict';
// Timers and immediates, kept in JS like node: one list per duration (insertion order inside a list), a
// priority queue of lists by expiry, and a single loop timer armed for the earliest list. Ticks and microtasks
// run between two callbacks, as in node.

const binding = internalBinding('timers');
const { scheduleTimer, toggleTimerRef, getLibuvNow } = binding;
const { validateFunction } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const { runNextTicks } = require('internal/process/task_queues');

const state = new Int32Array(binding.state);
const kImmediateCount = 2;
const kImmediateRefCount = 3;
const kImmediateOutstanding = 4;

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let asyncIdCounter = 1;
let timerListId = 0;
let nextExpiry = Infinity;
let refCount = 0;
const knownTimersById = { __proto__: null };

// Circular doubly linked lists with a sentinel (the list object itself), like node's internal linkedlist.
function listInit(list) {
  list._idleNext = list;
  list._idlePrev = list;
}
function listAppend(list, item) {
  if (item._idleNext || item._idlePrev) listRemove(item);
  item._idleNext = list;
  item._idlePrev = list._idlePrev;
  list._idlePrev._idleNext = item;
  list._idlePrev = item;
}
function listRemove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}
function listIsEmpty(list) {
  return list._idleNext === list;
}

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

// Binary heap of TimersList by (expiry, id).
const queue = [];
function lessThan(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.id < b.id);
}
function heapSet(i, item) {
  queue[i] = item;
  item.priorityQueuePosition = i;
}
function heapUp(i) {
  const item = queue[i];
  while (i > 0) {
    const parent = (i - 1) >> 1;
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
    let child = 2 * i + 1;
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

function insertGuarded(item, msecs, start) {
  if (msecs < 0 || msecs === undefined) return;
  insert(item, msecs, start);
  const isDestroyed = item._destroyed;
  if (isDestroyed || !item[asyncIdSymbol]) {
    item._destroyed = false;
    item[asyncIdSymbol] = ++asyncIdCounter;
  }
  if (isDestroyed) {
    if (item[kRefed]) incRefCount();
  } else if (item[kRefed] === null) {
    item[kRefed] = true;
    incRefCount();
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
  listAppend(list, item);
}

function unenroll(item) {
  if (item._destroyed) return;
  item._destroyed = true;
  if (item[kHasPrimitive]) delete knownTimersById[item[asyncIdSymbol]];
  if (item[kRefed]) decRefCount();
  item[kRefed] = null;
  const list = timerListMap[item._idleTimeout];
  if (list !== undefined && item._idleNext) {
    listRemove(item);
    if (listIsEmpty(list)) {
      delete timerListMap[item._idleTimeout];
      heapRemoveAt(list.priorityQueuePosition);
    }
  } else if (item._idleNext) {
    listRemove(item);
  }
  item._idleTimeout = -1;
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
  }

  refresh() {
    if (this[kRefed]) {
      listRemove(this);
      insert(this, this._idleTimeout);
    } else if (!this._destroyed) {
      listRemove(this);
      insert(this, this._idleTimeout);
    }
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
    clearTimeout(this);
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

// The callback arguments after the first `skip` parameters, or undefined when there are none.
function extraArgs(all, skip) {
  if (all.length <= skip) return undefined;
  const args = new Array(all.length - skip);
  for (let i = skip; i < all.length; i++) args[i - skip] = all[i];
  return args;
}

function setTimeout(callback, after) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, extraArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function setInterval(callback, repeat) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, extraArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const found = knownTimersById[timer];
    if (found !== undefined) {
      found._idleTimeout = -1;
      unenroll(found);
    }
  }
}

const clearInterval = clearTimeout;

let onUncaught;
function setUncaughtHandler(fn) {
  onUncaught = fn;
}

// Java: the loop timer fired. Runs every due timer; returns the next expiry: 0 none, > 0 ref'ed, < 0 unref'ed.
function processTimers(now) {
  nextExpiry = Infinity;
  ranAtLeastOneTimer = false;
  let list;
  while ((list = queue[0]) !== undefined) {
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return refCount > 0 ? nextExpiry : -nextExpiry;
    }
    listOnTimeout(list, now);
  }
  return 0;
}

let ranAtLeastOneTimer = false;

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  let timer;
  while ((timer = list._idleNext) !== list) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      list.id = timerListId++;
      heapDown(0);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks();
    else ranAtLeastOneTimer = true;
    listRemove(timer);
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
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } catch (err) {
      finishTimer(list, timer, start);
      onUncaught(err);
      continue;
    }
    finishTimer(list, timer, start);
  }
  if (list === timerListMap[msecs]) {
    delete timerListMap[msecs];
    heapRemoveAt(list.priorityQueuePosition);
  }
}

function finishTimer(list, timer, start) {
  if (timer._repeat && timer._idleTimeout !== -1) {
    timer._idleTimeout = timer._repeat;
    insert(timer, timer._idleTimeout, start);
  } else if (!timer._idleNext && !timer._idlePrev && !timer._destroyed) {
    timer._destroyed = true;
    if (timer[kHasPrimitive]) delete knownTimersById[timer[asyncIdSymbol]];
    if (timer[kRefed]) refCount--;
  }
  if (listIsEmpty(list) && list === timerListMap[list.msecs]) {
    delete timerListMap[list.msecs];
    heapRemoveAt(list.priorityQueuePosition);
  }
  if (refCount === 0) toggleTimerRef(false);
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

function setImmediate(callback) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, extraArgs(arguments, 1));
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  state[kImmediateCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed]) state[kImmediateRefCount]--;
  immediate[kRefed] = null;
  // Left linked: processImmediate skips destroyed entries, so a cleared one needs no unlinking.
  immediate._onImmediate = null;
}

// Java: the check phase. Runs this iteration's immediates; ones set meanwhile wait for the next iteration.
function processImmediate() {
  const list = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = list.head;
  if (list !== outstandingQueue) immediateQueue = new ImmediateList();
  outstandingQueue = list;
  let ranAtLeastOne = false;
  while (immediate !== null) {
    const next = immediate._idleNext;
    list.head = next;
    if (next === null) list.tail = null;
    else next._idlePrev = null;
    immediate._idleNext = null;
    immediate._idlePrev = null;
    state[kImmediateOutstanding] = next !== null ? 1 : 0;
    if (!immediate._destroyed) {
      if (ranAtLeastOne) runNextTicks();
      else ranAtLeastOne = true;
      state[kImmediateCount]--;
      if (immediate[kRefed]) state[kImmediateRefCount]--;
      immediate[kRefed] = null;
      immediate._destroyed = true;
      const fn = immediate._onImmediate;
      immediate._onImmediate = null;
      const argv = immediate._argv;
      try {
        if (argv === undefined) fn();
        else fn(...argv);
      } catch (err) {
        onUncaught(err);
      }
    }
    immediate = list.head;
  }
  state[kImmediateOutstanding] = 0;
}

function getTimerCounts() {
  return { timers: refCount, immediates: state[kImmediateCount] };
}

module.exports = {
  Timeout,
  Immediate,
  TIMEOUT_MAX,
  kRefed,
  kHasPrimitive,
  asyncIdSymbol,
  triggerAsyncIdSymbol,
  setTimeout,
  setInterval,
  setImmediate,
  clearTimeout,
  clearInterval,
  clearImmediate,
  insert,
  insertGuarded,
  unenroll,
  processTimers,
  processImmediate,
  setUncaughtHandler,
  getTimerCounts,
};
