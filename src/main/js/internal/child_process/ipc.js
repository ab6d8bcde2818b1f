'use strict';
// The IPC channel between a parent and a forked child, on both ends: messages are JSON texts, one per line, over
// a socket pair (node's 'json' serialization). `target` is the ChildProcess in the parent and `process` in the
// child; it gets send/disconnect/connected/channel and emits 'message', 'internalMessage' and 'disconnect'.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_HANDLE_TYPE, ERR_IPC_CHANNEL_CLOSED, ERR_IPC_DISCONNECTED, ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { socketOnFd } = require('internal/net/socket');
const { StringDecoder } = require('string_decoder');

// node's internal messages (cluster, handle passing) carry a cmd starting with NODE_.
function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
    message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

function setupChannel(target, fd) {
  const socket = socketOnFd(fd, { readable: true, writable: true });
  const decoder = new StringDecoder('utf8');
  let pending = '';
  target.channel = socket;
  target.connected = true;

  socket.on('data', (chunk) => {
    pending += decoder.write(chunk);
    let newline;
    while (target.connected && (newline = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, newline);
      pending = pending.slice(newline + 1);
      const message = JSON.parse(line);
      if (isInternal(message)) target.emit('internalMessage', message);
      else target.emit('message', message);
    }
  });
  socket.on('end', () => disconnected(target));
  socket.on('error', () => disconnected(target));

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' &&
        typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE('message', ['string', 'object', 'number', 'boolean'], message);
    }
    // Passing sockets and servers needs handle transfer over the channel, which node4j does not do yet.
    if (handle !== undefined && handle !== null) throw new ERR_INVALID_HANDLE_TYPE();
    if (!target.connected) {
      const err = new ERR_IPC_CHANNEL_CLOSED();
      if (typeof callback === 'function') process.nextTick(callback, err);
      else process.nextTick(() => target.emit('error', err));
      return false;
    }
    return socket.write(`${JSON.stringify(message)}\n`, (err) => {
      if (typeof callback === 'function') callback(err ?? null);
    });
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

  return socket;
}

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
  target.emit('disconnect');
}

// In a forked child: the channel the parent passed in NODE_CHANNEL_FD. It keeps the process alive only while
// someone listens for 'message' or 'disconnect'.
function setupChildChannel() {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!Number.isInteger(fd) || fd < 0) return;
  const socket = setupChannel(process, fd);
  socket.unref();
  const listened = () => process.listenerCount('message') + process.listenerCount('disconnect') > 0;
  process.on('newListener', (event) => {
    if (event === 'message' || event === 'disconnect') socket.ref();
  });
  process.on('removeListener', (event) => {
    if ((event === 'message' || event === 'disconnect') && !listened()) socket.unref();
  });
}

module.exports = { setupChannel, setupChildChannel };
