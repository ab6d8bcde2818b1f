'use strict';
// What node's internal/http module offers the http family: the cached Date header value and the symbols the
// outgoing message keeps its headers under.

const { kHighWaterMark, kNeedDrain, kOutHeaders, kUniqueHeaders, utcDate } = require('internal/http/outgoing');

module.exports = { kHighWaterMark, kNeedDrain, kOutHeaders, kUniqueHeaders, utcDate };
