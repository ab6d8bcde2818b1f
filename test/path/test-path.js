'use strict';
// path (POSIX): expected values are what node v20 prints.
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.posix, path);
assert.strictEqual(path.join('/a', 'b', '../c', './d'), '/a/c/d');
assert.strictEqual(path.join(''), '.');
assert.strictEqual(path.normalize('a//b/../../..'), '..');
assert.strictEqual(path.normalize('/a/b/'), '/a/b/');
assert.strictEqual(path.resolve('/a', 'b', '/c', 'd'), '/c/d');
assert.strictEqual(path.resolve(''), process.cwd());
assert.strictEqual(path.relative('/a/b/c', '/a/d'), '../../d');
assert.strictEqual(path.relative('/a', '/a'), '');
assert.strictEqual(path.isAbsolute('/x'), true);
assert.strictEqual(path.isAbsolute('x/'), false);
assert.strictEqual(path.dirname('/a/b/'), '/a');
assert.strictEqual(path.dirname('a'), '.');
assert.strictEqual(path.dirname('//a'), '//');
assert.strictEqual(path.basename('/a/b.js', '.js'), 'b');
assert.strictEqual(path.basename('/a/b/'), 'b');
assert.strictEqual(path.basename('.js', '.js'), '');
assert.strictEqual(path.basename('a.js', 'a.js'), '');
assert.strictEqual(path.basename('/x/a.js', 'a.js'), 'a.js');
assert.strictEqual(path.extname('a/b.c.d'), '.d');
assert.strictEqual(path.extname('.profile'), '');
assert.strictEqual(path.extname('a.'), '.');
assert.strictEqual(path.extname('/a/b.txt/'), '.txt');
assert.throws(() => path.basename(1), { code: 'ERR_INVALID_ARG_TYPE' });

// parse() and format() round trips, trailing slashes and dot files included.
for (const [p, parsed] of [
  ['/home/user/file.txt', { root: '/', dir: '/home/user', base: 'file.txt', ext: '.txt', name: 'file' }],
  ['/home/user/dir/', { root: '/', dir: '/home/user', base: 'dir', ext: '', name: 'dir' }],
  ['.bashrc', { root: '', dir: '', base: '.bashrc', ext: '', name: '.bashrc' }],
  ['a/b.tar.gz', { root: '', dir: 'a', base: 'b.tar.gz', ext: '.gz', name: 'b.tar' }],
  ['/', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['/..', { root: '/', dir: '/', base: '..', ext: '.', name: '.' }],
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
]) {
  assert.deepStrictEqual(path.parse(p), parsed, p);
}
assert.strictEqual(path.format(path.parse('/x/y.js')), '/x/y.js');
assert.strictEqual(path.format({ dir: 'a', name: 'b', ext: 'c' }), 'a/b.c');
assert.strictEqual(path.toNamespacedPath('/x'), '/x');
