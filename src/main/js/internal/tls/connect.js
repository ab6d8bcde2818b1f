'use strict';
// tls.connect: a client TLSSocket over a new TCP (or Unix) connection or over a given socket, with node's
// defaults (verification on unless NODE_TLS_REJECT_UNAUTHORIZED=0, tls.checkServerIdentity) and argument forms
// (port[, host][, options], path[, options], options; then the 'secureConnect' callback).

const net = require('net');
const { TLSSocket, kConnectOptions, onConnectEnd, onConnectSecure } = require('internal/tls/socket');
const { createSecureContext } = require('internal/tls/secure_context');
const { checkServerIdentity } = require('internal/tls/identity');
const { validateFunction } = require('internal/validators');

let insecureWarned = false;
let ipServernameWarned = false;

function normalizeConnectArgs(list) {
  const [options, cb] = net._normalizeArgs(list);
  if (list[1] !== null && typeof list[1] === 'object') Object.assign(options, list[1]);
  else if (list[2] !== null && typeof list[2] === 'object') Object.assign(options, list[2]);
  return [options, cb];
}

function rejectUnauthorizedDefault() {
  if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0') return true;
  if (!insecureWarned) {
    insecureWarned = true;
    process.emitWarning("Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to '0' makes TLS " +
                        'connections and HTTPS requests insecure by disabling certificate verification.');
  }
  return false;
}

function connect(...args) {
  let [options, cb] = normalizeConnectArgs(args);
  options = {
    rejectUnauthorized: rejectUnauthorizedDefault(),
    checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  const context = options.secureContext || createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: Boolean(options.path),
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);
  if (options.servername) {
    if (!ipServernameWarned && net.isIP(options.servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by RFC 6066. ' +
                          'This will be ignored in a future version.', 'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    tlssock.setServername(options.servername);
  }
  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect({
      port: options.port,
      host: options.host,
      family: options.family,
      localAddress: options.localAddress,
      localPort: options.localPort,
      path: options.path,
      lookup: options.lookup,
      hints: options.hints,
      autoSelectFamily: options.autoSelectFamily,
      autoSelectFamilyAttemptTimeout: options.autoSelectFamilyAttemptTimeout,
      noDelay: options.noDelay,
      keepAlive: options.keepAlive,
      keepAliveInitialDelay: options.keepAliveInitialDelay,
    }, () => tlssock._start());
  }
  tlssock._releaseControl();
  if (options.session) tlssock.setSession(options.session);
  if (options.socket) tlssock._start();
  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

module.exports = { connect };
