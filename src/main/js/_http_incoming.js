'use strict';
// _http_incoming: node's legacy name for IncomingMessage.

const { IncomingMessage, readStart, readStop } = require('internal/http/incoming');

module.exports = { IncomingMessage, readStart, readStop };
