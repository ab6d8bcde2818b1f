'use strict';
// Writes a file tree for a loader test into a fresh temp directory: { 'a/b.js': 'source', … } → its root.
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = function makeTree(files) {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'node4j-module-')));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
  process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  return root;
};
