'use strict';
// node's _tls_common: SecureContext and createSecureContext.

const { SecureContext, createSecureContext } = require('internal/tls/secure_context');
const { toCertificate } = require('internal/tls/certificate');

module.exports = { SecureContext, createSecureContext, translatePeerCertificate: (c) => (c ? toCertificate(c) : null) };
