'use strict';
// MessagePort, MessageChannel, BroadcastChannel and the message codec of worker_threads. A port is an id of
// internalBinding('messaging'), valid on every thread of the program; a message is the structured-clone tree of
// internal/child_process/serialization as UTF-8 JSON bytes, with ports, shared and transferred memory and
// typed-array views written by the host hooks below.

const messaging = internalBinding('messaging');
const { registerHandle } = require('internal/handle_events');
const {
  Event, EventTarget, NodeEventTarget, defineEventHandler, initNodeEventTarget, kCreateEvent, kHybridDispatch,
  kNewListener, kRemoveListener,
} = require('internal/event_target');
const {
  codes: {
    ERR_CONSTRUCT_CALL_INVALID, ERR_CONSTRUCT_CALL_REQUIRED, ERR_INVALID_ARG_TYPE, ERR_INVALID_TRANSFER_OBJECT,
    ERR_MISSING_ARGS, ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST,
  },
} = require('internal/errors');
const { toTree, fromTree, dataCloneError } = require('internal/child_process/serialization');
const { isMarkedAsUntransferable } = require('internal/buffer');
const { customInspectSymbol } = require('internal/util');

const EVENT_MESSAGE = 1;
const EVENT_CLOSE = 2;
const kId = Symbol('kId');
const kClosed = Symbol('kClosed');
const kStarted = Symbol('kStarted');
// This thread's ports and broadcast channels by id.
const endpoints = new Map();

function domError(message, name) {
  const { DOMException } = require('internal/per_context/domexception');
  return new DOMException(message, name);
}

class MessageEvent extends Event {
  #data;
  #origin;
  #lastEventId;
  #source;
  #ports;

  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#data = options?.data ?? null;
    this.#origin = `${options?.origin ?? ''}`;
    this.#lastEventId = `${options?.lastEventId ?? ''}`;
    this.#source = options?.source ?? null;
    this.#ports = Object.freeze([...(options?.ports ?? [])]);
  }

  get data() { return this.#data; }
  get origin() { return this.#origin; }
  get lastEventId() { return this.#lastEventId; }
  get source() { return this.#source; }
  get ports() { return this.#ports; }
}

// ---- serialization ----

const viewTypes = {
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array,
  Float64Array, BigInt64Array, BigUint64Array, DataView,
};

function viewType(view) {
  if (view instanceof DataView) return 'DataView';
  const tag = Object.prototype.toString.call(view).slice(8, -1);
  return viewTypes[tag] === undefined ? undefined : tag;
}

function bytesToBase64(buffer) {
  return Buffer.from(new Uint8Array(buffer)).toString('base64');
}

// How worker messages differ from IPC clones: ports travel by id, SharedArrayBuffers and views keep their
// buffer (its identity, offset and kind), Buffers arrive as Uint8Arrays, and objects with state no clone can
// carry are refused.
function writerHost(transferred) {
  return {
    write(value, id, recurse) {
      if (value instanceof MessagePort) {
        if (!transferred.has(value)) throw new ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST();
        return ['P', id, value[kId]];
      }
      if (ArrayBuffer.isView(value)) {
        const type = viewType(value);
        if (type === undefined) throw dataCloneError(value);
        const length = type === 'DataView' ? value.byteLength : value.length;
        return ['V', id, type, recurse(value.buffer), value.byteOffset, length];
      }
      switch (Object.prototype.toString.call(value)) {
        case '[object SharedArrayBuffer]':
          return ['S', id, bytesToBase64(value)];
        case '[object WeakMap]':
        case '[object WeakSet]':
        case '[object WeakRef]':
        case '[object Promise]':
        case '[object Generator]':
          throw dataCloneError(`#<${value.constructor?.name ?? 'Object'}>`);
      }
      return undefined;
    },
  };
}

const readerHost = {
  read(tree, objects, recurse) {
    switch (tree[0]) {
      case 'P': return (objects[tree[1]] = adoptPort(tree[2]));
      case 'S': {
        const bytes = Buffer.from(tree[2], 'base64');
        const out = new SharedArrayBuffer(bytes.length);
        new Uint8Array(out).set(bytes);
        return (objects[tree[1]] = out);
      }
      case 'V': {
        const buffer = recurse(tree[3]);
        const Ctor = viewTypes[tree[2]];
        return (objects[tree[1]] = new Ctor(buffer, tree[4], tree[5]));
      }
    }
    throw new TypeError(`Unknown message value tag ${tree[0]}`);
  },
};

// The transfer list as node checks it: ports (not the sending one, not already gone) and ArrayBuffers.
function readTransferList(transferList, source) {
  const ports = new Set();
  const buffers = [];
  if (transferList === undefined || transferList === null) return { ports, buffers };
  if (typeof transferList === 'object' && !Array.isArray(transferList) &&
      typeof transferList[Symbol.iterator] !== 'function') {
    transferList = transferList.transfer;
    if (transferList === undefined || transferList === null) return { ports, buffers };
  }
  if (typeof transferList !== 'object' || typeof transferList[Symbol.iterator] !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('transferList', 'Array', transferList);
  }
  for (const item of transferList) {
    if (item instanceof MessagePort) {
      if (item === source) throw domError('Transfer list contains source port', 'DataCloneError');
      if (item[kClosed]) throw domError('MessagePort in transfer list is already detached', 'DataCloneError');
      if (ports.has(item)) throw domError('Transfer list contains duplicate MessagePort', 'DataCloneError');
      ports.add(item);
    } else if (Object.prototype.toString.call(item) === '[object ArrayBuffer]') {
      if (isMarkedAsUntransferable(item)) {
        throw domError('An ArrayBuffer is marked as untransferable', 'DataCloneError');
      }
      if (buffers.includes(item)) throw domError('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
      buffers.push(item);
    } else {
      throw new ERR_INVALID_TRANSFER_OBJECT();
    }
  }
  return { ports, buffers };
}

// A message as bytes; the transferred ports leave this thread and the transferred ArrayBuffers are detached.
function serializeMessage(value, transferList, source) {
  const { ports, buffers } = readTransferList(transferList, source);
  const json = JSON.stringify(toTree(value, new Map(), writerHost(ports)));
  for (const port of ports) detachPort(port);
  for (const buffer of buffers) buffer.transfer();
  return Buffer.from(json, 'utf8');
}

function deserializeMessage(arrayBuffer) {
  return fromTree(JSON.parse(Buffer.from(arrayBuffer).toString('utf8')), [], readerHost);
}

// ---- ports ----

function newPort(id) {
  const port = Object.create(MessagePort.prototype);
  initNodeEventTarget(port);
  port[kId] = id;
  port[kClosed] = false;
  port[kStarted] = false;
  endpoints.set(id, port);
  return port;
}

function adoptPort(id) {
  messaging.adopt(id);
  return newPort(id);
}

function detachPort(port) {
  messaging.detach(port[kId]);
  endpoints.delete(port[kId]);
  port[kClosed] = true;
}

function startPort(port) {
  if (port[kClosed] || port[kStarted]) return;
  port[kStarted] = true;
  messaging.start(port[kId]);
}

function checkPort(self) {
  if (!(self instanceof MessagePort) || self[kId] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('port', 'MessagePort', self);
  }
}

// A function rather than a class: called with or without new it throws node's error. Ports come from
// MessageChannel or arrive in messages.
function MessagePort() {
  throw new ERR_CONSTRUCT_CALL_INVALID();
}

class MessagePortMethods extends NodeEventTarget {
  postMessage(message, transferList) {
    checkPort(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    const bytes = serializeMessage(message, transferList, this);
    if (!this[kClosed]) messaging.post(this[kId], bytes.buffer, bytes.byteOffset, bytes.length);
  }

  start() {
    checkPort(this);
    startPort(this);
  }

  close(callback) {
    checkPort(this);
    if (typeof callback === 'function') this.once('close', callback);
    if (this[kClosed]) return;
    this[kClosed] = true;
    messaging.close(this[kId]);
  }

  ref() {
    checkPort(this);
    if (!this[kClosed]) messaging.ref(this[kId]);
    return this;
  }

  unref() {
    checkPort(this);
    if (!this[kClosed]) messaging.unref(this[kId]);
    return this;
  }

  hasRef() {
    checkPort(this);
    return !this[kClosed] && messaging.hasRef(this[kId]);
  }

  // A 'message' listener starts the port and keeps the thread alive; the last one gone lets it end.
  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type !== 'message' || this[kClosed]) return;
    if (size === 1) messaging.ref(this[kId]);
    startPort(this);
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'message' && size === 0 && !this[kClosed]) messaging.unref(this[kId]);
  }

  [kCreateEvent](data, type) {
    return type === 'close' ? new Event('close') : new MessageEvent(type, { data });
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return 'MessagePort';
    const active = !this[kClosed];
    const state = { active, refed: active && messaging.hasRef(this[kId]) };
    return `MessagePort [EventTarget] ${require('internal/util/inspect').inspect(state, options)}`;
  }
}

MessagePort.prototype = MessagePortMethods.prototype;
Object.defineProperty(MessagePort.prototype, 'constructor', {
  value: MessagePort, writable: true, enumerable: false, configurable: true,
});
Object.setPrototypeOf(MessagePort, NodeEventTarget);
defineEventHandler(MessagePort.prototype, 'message');
defineEventHandler(MessagePort.prototype, 'messageerror');
Object.defineProperty(MessagePort.prototype, Symbol.toStringTag, {
  value: 'MessagePort', writable: false, enumerable: false, configurable: true,
});

function MessageChannel() {
  if (new.target === undefined) throw new ERR_CONSTRUCT_CALL_REQUIRED('MessageChannel');
  const first = messaging.createChannel();
  this.port1 = newPort(first);
  this.port2 = newPort(first + 1);
}

function receiveMessageOnPort(port) {
  if (!(port instanceof BroadcastChannel) && (!(port instanceof MessagePort) || port[kId] === undefined)) {
    // node's native check, with its own wording
    const err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (port[kClosed]) return undefined;
  const buffer = messaging.receive(port[kId]);
  if (buffer === undefined) return undefined;
  return { message: deserializeMessage(buffer) };
}

// ---- BroadcastChannel ----

const kName = Symbol('kName');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    this[kId] = messaging.subscribe(this[kName]);
    this[kClosed] = false;
    endpoints.set(this[kId], this);
    messaging.start(this[kId]);
    messaging.ref(this[kId]);
  }

  get name() {
    checkChannel(this);
    return this[kName];
  }

  postMessage(message) {
    checkChannel(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kClosed]) throw domError('BroadcastChannel is closed.', 'InvalidStateError');
    const bytes = serializeMessage(message, undefined, this);
    messaging.post(this[kId], bytes.buffer, bytes.byteOffset, bytes.length);
  }

  close() {
    checkChannel(this);
    if (this[kClosed]) return;
    this[kClosed] = true;
    messaging.close(this[kId]);
  }

  ref() {
    checkChannel(this);
    if (!this[kClosed]) messaging.ref(this[kId]);
    return this;
  }

  unref() {
    checkChannel(this);
    if (!this[kClosed]) messaging.unref(this[kId]);
    return this;
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const state = { name: this[kName], active: !this[kClosed] };
    return `BroadcastChannel ${require('internal/util/inspect').inspect(state, options)}`;
  }
}

function checkChannel(self) {
  if (!(self instanceof BroadcastChannel) || self[kName] === undefined) {
    const { codes: { ERR_INVALID_THIS } } = require('internal/errors');
    throw new ERR_INVALID_THIS('BroadcastChannel');
  }
}

defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

// ---- delivery ----

function deliver(endpoint, buffer) {
  // A closed BroadcastChannel drops what was on its way; a closed port still gets what it had received.
  if (endpoint instanceof BroadcastChannel && endpoint[kClosed]) return;
  let data;
  try {
    data = deserializeMessage(buffer);
  } catch (err) {
    if (endpoint instanceof MessagePort) endpoint[kHybridDispatch](err, 'messageerror', undefined);
    else endpoint.dispatchEvent(new MessageEvent('messageerror', { data: err }));
    return;
  }
  if (endpoint instanceof MessagePort) endpoint[kHybridDispatch](data, 'message', undefined);
  else endpoint.dispatchEvent(new MessageEvent('message', { data }));
}

messaging.setDispatcher(registerHandle({
  onHandleEvent(event, id, buffer) {
    const endpoint = endpoints.get(id);
    if (endpoint === undefined) return;
    if (event === EVENT_MESSAGE) {
      deliver(endpoint, buffer);
    } else if (event === EVENT_CLOSE) {
      endpoints.delete(id);
      endpoint[kClosed] = true;
      if (endpoint instanceof MessagePort) endpoint[kHybridDispatch](undefined, 'close', undefined);
    }
  },
}));

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessageEvent,
  MessagePort,
  adoptPort,
  receiveMessageOnPort,
  serializeMessage,
  deserializeMessage,
  startPort,
  kId,
};
