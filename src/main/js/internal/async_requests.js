'use strict';
// Requests that complete later (libuv's uv_req_t): JS registers a callback under an integer id, hands the id to
// a native that starts the work (usually on the thread pool), and Java calls back with (id, result).

const pending = new Map();
let lastId = 0;

// Returns the id to pass to the native.
function newRequest(callback) {
  lastId = (lastId % 0x7fffffff) + 1;
  const id = lastId;
  pending.set(id, callback);
  return id;
}

function onRequestComplete(id, result) {
  const callback = pending.get(id);
  if (callback === undefined) return;
  pending.delete(id);
  callback(result);
}

module.exports = { newRequest, onRequestComplete };
