'use strict';
// What keeps the loop alive, as node reports it: process.getActiveResourcesInfo() (libuv request and handle type
// names, then one 'Timeout'/'Immediate' per ref'ed timer), process._getActiveHandles() (the handles' JS owners)
// and process._getActiveRequests() (objects named like node's req wraps).

const { activeHandles, owner_symbol } = require('internal/handle_events');
const { activeRequestTypes } = require('internal/async_requests');

// Request objects are made on demand; each class is named like the req wrap node would return.
const requestClasses = { __proto__: null };
function requestObject(className) {
  let RequestClass = requestClasses[className];
  if (RequestClass === undefined) {
    RequestClass = { [className]: class {} }[className];
    requestClasses[className] = RequestClass;
  }
  return new RequestClass();
}

// A request in flight on a handle: `type` for the resource list, `className` for _getActiveRequests.
function activeRequest(type, className = type) {
  return { type, className };
}

function pendingRequests() {
  const list = activeRequestTypes().map((type) => activeRequest(type));
  for (const handle of activeHandles()) handle.pendingRequests?.(list);
  return list;
}

function getActiveResourcesInfo() {
  const info = pendingRequests().map((r) => r.type);
  for (const handle of activeHandles()) info.push(handle.resourceType);
  const [timeouts, immediates] = require('internal/timers').refedCounts();
  for (let i = 0; i < timeouts; i++) info.push('Timeout');
  for (let i = 0; i < immediates; i++) info.push('Immediate');
  return info;
}

function _getActiveHandles() {
  const owners = [];
  for (const handle of activeHandles()) owners.push(handle[owner_symbol] ?? handle);
  return owners;
}

function _getActiveRequests() {
  return pendingRequests().map((r) => requestObject(r.className));
}

module.exports = { _getActiveHandles, _getActiveRequests, activeRequest, getActiveResourcesInfo };
