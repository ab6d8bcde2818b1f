'use strict';
// require() resolution: relative files and extensions, directories, node_modules up the tree, package.json main,
// exports/imports with conditions and patterns, self-reference, require.resolve with paths, and node's errors.

const assert = require('assert');
const path = require('path');
const Module = require('module');
const makeTree = require('./tree');

const root = makeTree({
  'app/main.js': 'module.exports = require("./lib");',
  'app/lib/index.js': 'module.exports = "lib/index";',
  'app/data.json': { answer: 42 },
  'app/common.cjs': 'module.exports = "cjs";',
  'app/both.js': 'module.exports = "js wins";',
  'app/both.json': '"json loses"',
  'app/mainpkg/package.json': { main: './entry' },
  'app/mainpkg/entry.js': 'module.exports = "main field";',
  'app/badmain/package.json': { main: './missing.js' },
  'app/badmain/index.js': 'module.exports = "index fallback";',
  'node_modules/plain/index.js': 'module.exports = "plain";',
  'node_modules/plain/extra.js': 'module.exports = "plain/extra";',
  'node_modules/cond/package.json': {
    name: 'cond',
    exports: {
      '.': { import: './esm.mjs', require: './req.js', default: './def.js' },
      './feature': { node: './feature-node.js', default: './feature-default.js' },
      './lib/*': './src/*.js',
      './lib/private/*': null,
      './package.json': './package.json',
    },
  },
  'node_modules/cond/req.js': 'module.exports = "cond require";',
  'node_modules/cond/feature-node.js': 'module.exports = "feature node";',
  'node_modules/cond/src/util.js': 'module.exports = "pattern util";',
  'node_modules/cond/src/private/x.js': 'module.exports = "private";',
  'node_modules/cond/hidden.js': 'module.exports = "hidden";',
  'node_modules/sugar/package.json': { exports: './only.js' },
  'node_modules/sugar/only.js': 'module.exports = "sugar";',
  'node_modules/@scope/pkg/package.json': { main: 'main.js' },
  'node_modules/@scope/pkg/main.js': 'module.exports = "scoped";',
  'self/package.json': { name: 'selfish', exports: { '.': './index.js', './sub': './sub.js' }, imports: { '#dep': './dep.js', '#int/*': './internal/*.js' } },
  'self/index.js': 'module.exports = require("selfish/sub") + "+" + require("#dep") + "+" + require("#int/x");',
  'self/sub.js': 'module.exports = "sub";',
  'self/dep.js': 'module.exports = "dep";',
  'self/internal/x.js': 'module.exports = "int-x";',
  'elsewhere/node_modules/only-here/index.js': 'module.exports = "only here";',
});
const app = path.join(root, 'app');
const req = Module.createRequire(path.join(app, 'main.js'));

assert.strictEqual(req('./main'), 'lib/index');
assert.strictEqual(req('./main.js'), 'lib/index');
assert.deepStrictEqual(req('./data'), { answer: 42 });
assert.strictEqual(req('./common.cjs'), 'cjs');
assert.strictEqual(req('./both'), 'js wins');
assert.strictEqual(req('./mainpkg'), 'main field');
assert.strictEqual(req('plain'), 'plain');
assert.strictEqual(req('plain/extra'), 'plain/extra');
assert.strictEqual(req('@scope/pkg'), 'scoped');
assert.strictEqual(req('cond'), 'cond require');
assert.strictEqual(req('cond/feature'), 'feature node');
assert.strictEqual(req('cond/lib/util'), 'pattern util');
assert.strictEqual(req('cond/package.json').name, 'cond');
assert.strictEqual(req('sugar'), 'sugar');
assert.strictEqual(req(path.join(root, 'self')), 'sub+dep+int-x');
assert.strictEqual(req.resolve('plain'), path.join(root, 'node_modules/plain/index.js'));
assert.strictEqual(req.resolve('only-here', { paths: [path.join(root, 'elsewhere')] }),
                   path.join(root, 'elsewhere/node_modules/only-here/index.js'));
assert.strictEqual(req.resolve('fs'), 'fs');
assert.strictEqual(req.resolve('node:fs'), 'node:fs');
assert.ok(req.resolve.paths('x').includes(path.join(root, 'node_modules')));
assert.deepStrictEqual(req.resolve.paths('./x'), [app]);
assert.strictEqual(req.resolve.paths('fs'), null);

// A package.json main that does not exist falls back to index.js, with node's deprecation warning.
const warnings = [];
process.on('warning', (w) => warnings.push(w.code));
assert.strictEqual(req('./badmain'), 'index fallback');

// Errors.
assert.throws(() => req('./nope'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message, `Cannot find module './nope'\nRequire stack:\n- ${path.join(app, 'main.js')}`);
  assert.deepStrictEqual(err.requireStack, [path.join(app, 'main.js')]);
  return true;
});
assert.throws(() => req('cond/hidden.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './hidden.js' is not defined by "exports" in ${path.join(root, 'node_modules/cond/package.json')}`,
});
assert.throws(() => req('cond/lib/private/x'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
assert.throws(() => req('#dep'), { code: 'MODULE_NOT_FOUND' });
assert.throws(() => Module.createRequire(path.join(root, 'self/index.js'))('#nope'), {
  code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  message: `Package import specifier "#nope" is not defined in package ${path.join(root, 'self/package.json')} imported from ${path.join(root, 'self/index.js')}`,
});
assert.throws(() => req('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: node:nope' });

process.on('exit', () => assert.deepStrictEqual(warnings, ['DEP0128']));
