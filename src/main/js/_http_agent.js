'use strict';
// _http_agent: node's legacy name for the Agent part of http.

const agents = require('internal/http/agent');

module.exports = { Agent: agents.Agent };
Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return agents.globalAgent; },
  set(value) { agents.globalAgent = value; },
});
