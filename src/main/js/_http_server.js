'use strict';
// _http_server: node's legacy name for the server side of http.

const { STATUS_CODES } = require('internal/http/common');
const { Server, ServerResponse, connectionListener } = require('internal/http/server');

module.exports = { STATUS_CODES, Server, ServerResponse, _connectionListener: connectionListener };
