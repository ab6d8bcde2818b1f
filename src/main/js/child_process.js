'use strict';

const { execFileSync, execSync, spawnSync } = require('internal/child_process/sync');

module.exports = { execFileSync, execSync, spawnSync };
