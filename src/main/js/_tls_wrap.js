'use strict';
// node's _tls_wrap: TLSSocket, Server, createServer and connect.

const { TLSSocket } = require('internal/tls/socket');
const { Server, createServer } = require('internal/tls/server');
const { connect } = require('internal/tls/connect');

module.exports = { Server, TLSSocket, connect, createServer };
