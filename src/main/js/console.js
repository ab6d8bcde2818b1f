'use strict';

module.exports = require('internal/console/global_console').console;
