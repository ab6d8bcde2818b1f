'use strict';
// _http_client: node's legacy name for ClientRequest.

module.exports = { ClientRequest: require('internal/http/client').ClientRequest };
