'use strict';
// The IPC channel between a parent and a forked child, on both ends, over a socket pair. `target` is the
// ChildProcess in the parent and `process` in the child; it gets send/disconnect/connected/channel and emits
// 'message', 'internalMessage' and 'disconnect', one message per tick like node. Messages are framed by the
// serialization mode: 'json' sends one JSON text per line, 'advanced' length-prefixed structured clones.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_HANDLE_TYPE, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { socketOnFd } = require('internal/net/socket');
const { deprecate } = require('internal/util');
const serialization = require('internal/child_process/serialization');

const kChannelHandle = Symbol('kChannelHandle');

// node's internal messages (cluster, handle passing) carry a cmd starting with NODE_.
function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

function emitMessage(target, message) {
  target.emit(isInternal(message) ? 'internalMessage' : 'message', message);
}

function setupChannel(target, fd, mode) {
  const socket = socketOnFd(fd, { readable: true, writable: true });
  const codec = mode === 'advanced' ? serialization.advanced() : serialization.json();
  // Pending writes keep the loop alive even on a channel that is otherwise unref'd (a child's `process.send`).
  let writesPending = 0;
  let refed = true;
  target.channel = socket;
  target[kChannelHandle] = socket._handle;
  target.connected = true;

  socket.on('data', (chunk) => {
    const messages = codec.decode(chunk);
    for (let i = 0; i < messages.length; i++) process.nextTick(deliver, target, messages[i]);
  });
  socket.on('end', () => disconnected(target));
  socket.on('error', () => disconnected(target));

  function writeDone(err, callback) {
    if (--writesPending === 0 && !refed) socket.unref();
    if (typeof callback === 'function') callback(err ?? null);
  }

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    if (!target.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    // Passing sockets and servers needs handle transfer over the channel, which node4j does not do.
    if (handle !== undefined && handle !== null) throw new ERR_INVALID_HANDLE_TYPE();
    const data = codec.encode(message);
    if (writesPending++ === 0 && !refed) socket.ref();
    socket.write(data, (err) => writeDone(err, callback));
    return socket.writableLength < 65536 * 2;
  };

  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    // Messages already written still go out; the other end sees the channel close after them.
    target.connected = false;
    socket.end();
    process.nextTick(finishDisconnect, target);
  };

  // ref()/unref() of the channel as the child's listeners decide; pending writes hold their own reference.
  return function setRefed(value) {
    refed = value;
    if (value) socket.ref();
    else if (writesPending === 0) socket.unref();
  };
}

function deliver(target, message) {
  if (target.connected) emitMessage(target, message);
}

// The other end closed the channel.
function disconnected(target) {
  if (!target.connected) return;
  target.connected = false;
  target.channel.destroy();
  process.nextTick(finishDisconnect, target);
}

const disconnectEmitted = new WeakSet();
function finishDisconnect(target) {
  if (disconnectEmitted.has(target)) return;
  disconnectEmitted.add(target);
  target.channel = null;
  target[kChannelHandle] = null;
  target.emit('disconnect');
}

// In a forked child: the channel the parent passed in NODE_CHANNEL_FD. It keeps the process alive only while
// someone listens for 'message' or 'disconnect'.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  const mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const setRefed = setupChannel(process, fd, mode);
  Object.defineProperty(process, '_channel', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get: deprecate(() => process.channel, '_channel is deprecated. Use process.channel instead.', 'DEP0129'),
  });
  setRefed(false);
  const listened = () => process.listenerCount('message') + process.listenerCount('disconnect') > 0;
  process.on('newListener', (event) => {
    if (event === 'message' || event === 'disconnect') setRefed(true);
  });
  process.on('removeListener', (event) => {
    if ((event === 'message' || event === 'disconnect') && !listened()) setRefed(false);
  });
}

module.exports = { kChannelHandle, setupChannel, setupChildChannel };
