'use strict';
// constants (deprecated in node): os.constants' dlopen, errno, priority and signals, fs.constants and, where
// crypto exists, crypto.constants, merged into one frozen object in node's order.

const { isImplemented } = require('internal/bootstrap/realm');
const os = require('internal/os/constants');
const { constants: fs } = require('internal/fs/utils');

const merged = {};
for (const group of [os.dlopen, os.errno, os.priority, os.signals, fs]) Object.assign(merged, group);
if (isImplemented('crypto')) Object.assign(merged, require('crypto').constants);

module.exports = Object.freeze(merged);
