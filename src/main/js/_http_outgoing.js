'use strict';
// _http_outgoing: node's legacy name for OutgoingMessage and the header checks.

const { OutgoingMessage, validateHeaderName, validateHeaderValue } = require('internal/http/outgoing');

module.exports = { OutgoingMessage, validateHeaderName, validateHeaderValue };
