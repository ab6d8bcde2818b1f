'use strict';
// Long-lived native handles (child processes, pipes) report events through one entry point: Java calls
// onHandleEvent(id, event, a, b, c, d, e) and the JS owner registered under that id handles it. Java never holds the JS
// objects; the id is the link.

const owners = new Map();
// A native handle's JS owner (the net.Socket, net.Server or ChildProcess using it), as in node.
const owner_symbol = Symbol('owner_symbol');
let lastId = 0;

// Registers `owner` (an object with an `onHandleEvent(event, a, b, c, d, e)` method); returns its id for the natives.
function registerHandle(owner) {
  do {
    lastId = (lastId % 0x7fffffff) + 1;
  } while (owners.has(lastId));
  owners.set(lastId, owner);
  return lastId;
}

function unregisterHandle(id) {
  owners.delete(id);
}

// The ref'ed handles, for process._getActiveHandles/getActiveResourcesInfo: owners whose `resourceType` (a
// libuv-style handle name) is defined while they are open and ref'ed, closing ones included as in node.
function activeHandles() {
  const active = [];
  for (const owner of owners.values()) {
    if (owner.resourceType !== undefined) active.push(owner);
  }
  return active;
}

function onHandleEvent(id, event, a, b, c, d, e) {
  const owner = owners.get(id);
  if (owner !== undefined) owner.onHandleEvent(event, a, b, c, d, e);
}

module.exports = { activeHandles, owner_symbol, onHandleEvent, registerHandle, unregisterHandle };
