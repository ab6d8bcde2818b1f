'use strict';
// The net module: TCP and Unix-socket clients and servers (internal/net/socket, internal/net/server), address
// checks and the happy-eyeballs defaults.

const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { Socket, connect, normalizeArgs } = require('internal/net/socket');
const { Server, createServer } = require('internal/net/server');
const { validateBoolean, validateInt32 } = require('internal/validators');

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

function getDefaultAutoSelectFamily() {
  return autoSelectFamily;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamily = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeout;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
}

let simultaneousAcceptsWarned = false;
// A Windows-only tuning knob node keeps as a deprecated no-op.
function _setSimultaneousAccepts() {
  if (simultaneousAcceptsWarned) return;
  simultaneousAcceptsWarned = true;
  process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.', 'DeprecationWarning',
                      'DEP0121');
}

module.exports = {
  _setSimultaneousAccepts,
  _normalizeArgs: normalizeArgs,
  connect,
  createConnection: connect,
  createServer,
  Server,
  Socket,
  Stream: Socket,
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
