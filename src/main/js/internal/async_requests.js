'use strict';
// Requests that complete later (libuv's uv_req_t): JS registers a callback under an integer id, hands the id to
// a native that starts the work (usually on the thread pool), and Java calls back with (id, result).

const pending = new Map();
// The libuv request type of each pending request that is not a plain fs callback (process.getActiveResourcesInfo).
const types = new Map();
let lastId = 0;

// Returns the id to pass to the native. `type` names the request like node's req wraps do.
function newRequest(callback, type = 'FSReqCallback') {
  lastId = (lastId % 0x7fffffff) + 1;
  const id = lastId;
  pending.set(id, callback);
  if (type !== 'FSReqCallback') types.set(id, type);
  return id;
}

function onRequestComplete(id, result) {
  const callback = pending.get(id);
  if (callback === undefined) return;
  pending.delete(id);
  types.delete(id);
  callback(result);
}

// The type names of the pending requests, oldest first.
function activeRequestTypes() {
  const list = [];
  for (const id of pending.keys()) list.push(types.get(id) ?? 'FSReqCallback');
  return list;
}

module.exports = { activeRequestTypes, newRequest, onRequestComplete };
