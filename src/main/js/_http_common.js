'use strict';
// _http_common: node's legacy module of HTTP helpers.

const { METHODS, checkInvalidHeaderChar, checkIsHttpToken } = require('internal/http/common');
const { HTTPParser } = require('internal/http/parser');

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  methods: METHODS.slice().sort(),
  HTTPParser,
};
