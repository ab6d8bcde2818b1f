'use strict';
// The net module. TCP and IPC sockets and servers come with the networking work (issue 4); what is here is
// complete: address checks and the happy-eyeballs defaults.

const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
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

module.exports = {
  isIP,
  isIPv4,
  isIPv6,
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
