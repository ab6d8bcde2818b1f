'use strict';
// path.win32 on a POSIX host: expected values are what node v20 prints.
const assert = require('assert');
const path = require('path');

const win32 = path.win32;

// Module identity.
assert.strictEqual(require('path/win32'), win32);
assert.strictEqual(require('node:path/win32'), win32);
assert.strictEqual(require('path/posix'), path);
assert.strictEqual(win32.posix, path);
assert.strictEqual(win32.win32, win32);
assert.strictEqual(path.posix.win32, win32);
assert.strictEqual(win32.sep, '\\');
assert.strictEqual(win32.delimiter, ';');
assert.strictEqual(win32._makeLong, win32.toNamespacedPath);
assert.deepStrictEqual(Object.keys(win32).filter((k) => k !== 'matchesGlob'), [
  'resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename',
  'extname', 'format', 'parse', 'sep', 'delimiter', 'win32', 'posix', '_makeLong',
]);

function table(fn, cases) {
  const failures = [];
  for (const [args, expected] of cases) {
    const actual = fn(...args);
    if (actual !== expected) {
      failures.push(`${fn.name}(${args.map((a) => JSON.stringify(a)).join(', ')}): ` +
                    `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
    }
  }
  assert.strictEqual(failures.length, 0, failures.join('\n'));
}

const cwd = process.cwd().replace(/\//g, '\\');

table(win32.resolve, [
  [['c:/blah\\blah', 'd:/games', 'c:../a'], 'c:\\blah\\a'],
  [['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], 'd:\\e.exe'],
  [['c:/ignore', 'c:/some/file'], 'c:\\some\\file'],
  [['d:/ignore', 'd:some/dir//'], 'd:\\ignore\\some\\dir'],
  [['//server/share', '..', 'relative\\'], '\\\\server\\share\\relative'],
  [['c:/', '//'], 'c:\\'],
  [['c:/', '//dir'], 'c:\\dir'],
  [['c:/', '//server/share'], '\\\\server\\share\\'],
  [['c:/', '//server//share'], '\\\\server\\share\\'],
  [['c:/', '///some//dir'], 'c:\\some\\dir'],
  [['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], 'C:\\foo\\tmp.3\\cycles\\root.js'],
  [['.'], cwd],
  [[''], cwd],
  [[], cwd],
  [['foo'], `${cwd}\\foo`],
  [['/x'], '\\x'],
  [['/x', '..', '..'], '\\'],
  [['C:foo'], `C:${cwd}\\foo`],
  [['C:'], `C:${cwd}`],
  [['C:\\'], 'C:\\'],
  [['c:\\a', 'C:b'], 'C:\\a\\b'],
  [['\\\\server\\share\\a', 'b', '..\\..\\c'], '\\\\server\\share\\c'],
  [['\\\\server\\share'], '\\\\server\\share\\'],
  [['//server'], '\\server'],
  [['a/b', 'C:/x'], 'C:\\x'],
]);

table(win32.normalize, [
  [['./fixtures///b/../b/c.js'], 'fixtures\\b\\c.js'],
  [['/foo/../../../bar'], '\\bar'],
  [['a//b//../b'], 'a\\b'],
  [['a//b//./c'], 'a\\b\\c'],
  [['a//b//.'], 'a\\b'],
  [['//server/share/dir/file.ext'], '\\\\server\\share\\dir\\file.ext'],
  [['/a/b/c/../../../x/y/z'], '\\x\\y\\z'],
  [['C:'], 'C:.'],
  [['C:..\\abc'], 'C:..\\abc'],
  [['C:..\\..\\abc\\..\\def'], 'C:..\\..\\def'],
  [['C:\\.'], 'C:\\'],
  [['file:stream'], 'file:stream'],
  [['bar\\foo..\\..\\'], 'bar\\'],
  [['bar\\foo..\\..'], 'bar'],
  [['bar\\foo..\\..\\baz'], 'bar\\baz'],
  [['bar\\foo..\\'], 'bar\\foo..\\'],
  [['bar\\foo..'], 'bar\\foo..'],
  [['..\\foo..\\..\\..\\bar'], '..\\..\\bar'],
  [['..\\...\\..\\.\\...\\..\\..\\bar'], '..\\..\\bar'],
  [['../../../foo/../../../bar'], '..\\..\\..\\..\\..\\bar'],
  [['../../../foo/../../../bar/../../'], '..\\..\\..\\..\\..\\..\\'],
  [['../foobar/barfoo/foo/../../../bar/../../'], '..\\..\\'],
  [['../.../../foobar/../../../bar/../../baz'], '..\\..\\..\\..\\baz'],
  [['foo/bar\\baz'], 'foo\\bar\\baz'],
  [[''], '.'],
  [['/'], '\\'],
  [['x'], 'x'],
  [['\\\\server\\share'], '\\\\server\\share\\'],
  [['\\\\server\\share\\'], '\\\\server\\share\\'],
  [['//server'], '\\server'],
  [['./'], '.\\'],
  [['c:/x/../..'], 'c:\\'],
  [['c:x/../..'], 'c:..'],
]);

table(win32.isAbsolute, [
  [['/'], true], [['//'], true], [['//server'], true], [['//server/file'], true],
  [['\\\\server\\file'], true], [['\\\\server'], true], [['\\\\'], true], [['c'], false], [['c:'], false],
  [['c:\\'], true], [['c:/'], true], [['c://'], true], [['C:/Users/'], true], [['C:\\Users\\'], true],
  [['C:cwd/another'], false], [['C:cwd\\another'], false], [['directory/directory'], false],
  [['directory\\directory'], false], [[''], false], [['1:\\'], false],
]);

table(win32.join, [
  [['.', 'x/b', '..', '/b/c.js'], 'x\\b\\c.js'],
  [[], '.'],
  [['/.', 'x/b', '..', '/b/c.js'], '\\x\\b\\c.js'],
  [['/foo', '../../../bar'], '\\bar'],
  [['foo', '../../../bar'], '..\\..\\bar'],
  [['foo/x', './bar'], 'foo\\x\\bar'],
  [['./'], '.\\'],
  [['.', '/////./', '.'], '.'],
  [['', '.'], '.'],
  [['foo', '/bar'], 'foo\\bar'],
  [['', '', '/foo'], '\\foo'],
  [['foo/', ''], 'foo\\'],
  [['./', '..', '..', '/foo'], '..\\..\\foo'],
  [['/', '..', '..'], '\\'],
  [[' ', '/'], ' \\'],
  [['//foo/bar'], '\\\\foo\\bar\\'],
  [['\\/foo/bar'], '\\\\foo\\bar\\'],
  [['//foo', 'bar'], '\\\\foo\\bar\\'],
  [['//foo/', '', '/bar'], '\\\\foo\\bar\\'],
  [['', '//foo', 'bar'], '\\\\foo\\bar\\'],
  [['\\', 'foo/bar'], '\\foo\\bar'],
  [['', '/', '/foo/bar'], '\\foo\\bar'],
  [['//', 'foo/bar'], '\\foo\\bar'],
  [['\\\\', '/', '/foo/bar'], '\\foo\\bar'],
  [['//'], '\\'],
  [['//foo'], '\\foo'],
  [['//foo/'], '\\foo\\'],
  [['//foo', '', '/'], '\\foo\\'],
  [['///foo/bar'], '\\foo\\bar'],
  [['\\\\\\/foo/bar'], '\\foo\\bar'],
  [['c:'], 'c:.'],
  [['', 'c:'], 'c:.'],
  [['c:.', '/'], 'c:.\\'],
  [['c:.', 'file'], 'c:file'],
  [['c:', '/'], 'c:\\'],
  [['c:', 'file'], 'c:\\file'],
]);

table(win32.relative, [
  ['c:/blah\\blah', 'd:/games', 'd:\\games'],
  ['c:/aaaa/bbbb', 'c:/aaaa', '..'],
  ['c:/aaaa/bbbb', 'c:/cccc', '..\\..\\cccc'],
  ['c:/aaaa/bbbb', 'c:/aaaa/bbbb', ''],
  ['c:/aaaa/bbbb', 'c:/aaaa/cccc', '..\\cccc'],
  ['c:/aaaa/', 'c:/aaaa/cccc', 'cccc'],
  ['c:/', 'c:\\aaaa\\bbbb', 'aaaa\\bbbb'],
  ['c:/aaaa/bbbb', 'd:\\', 'd:\\'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb', ''],
  ['c:/aaaaa/', 'c:/aaaa/cccc', '..\\aaaa\\cccc'],
  ['C:\\foo\\bar\\baz\\quux', 'C:\\', '..\\..\\..\\..'],
  ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json', 'bar\\package.json'],
  ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz', '..\\baz'],
  ['C:\\foo\\bar\\baz', 'C:\\foo\\bar\\baz-quux', '..\\baz-quux'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz', 'baz'],
  ['\\\\foo\\bar\\baz', '\\\\foo\\bar', '..'],
  ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz', '..\\baz'],
  ['\\\\foo\\baz-quux', '\\\\foo\\baz', '..\\baz'],
  ['C:\\baz', '\\\\foo\\bar\\baz', '\\\\foo\\bar\\baz'],
  ['\\\\foo\\bar\\baz', 'C:\\baz', 'C:\\baz'],
  ['C:\\a\\B', 'c:\\A\\b\\C', 'C'],
  ['\\a\\b', '\\a\\c', '..\\c'],
  ['\\a', '\\', '..'],
  ['x', 'x/y', 'y'],
].map(([from, to, expected]) => [[from, to], expected]));

table(win32.toNamespacedPath, [
  [['C:\\foo'], '\\\\?\\C:\\foo'],
  [['C:/foo'], '\\\\?\\C:\\foo'],
  [['\\\\foo\\bar'], '\\\\?\\UNC\\foo\\bar\\'],
  [['//foo//bar'], '\\\\?\\UNC\\foo\\bar\\'],
  [['\\\\?\\foo'], '\\\\?\\foo'],
  [['\\\\.\\pipe\\x'], '\\\\.\\pipe\\x'],
  [[''], ''],
  [['/x'], '/x'],
]);
// A relative path is made absolute against the current directory first.
assert.strictEqual(win32.toNamespacedPath('foo\\bar'), win32.resolve('foo\\bar'));
for (const value of [null, true, 1, undefined, path]) assert.strictEqual(win32.toNamespacedPath(value), value);

table(win32.dirname, [
  [['c:\\'], 'c:\\'], [['c:\\foo'], 'c:\\'], [['c:\\foo\\'], 'c:\\'], [['c:\\foo\\bar'], 'c:\\foo'],
  [['c:\\foo\\bar\\'], 'c:\\foo'], [['c:\\foo bar\\baz'], 'c:\\foo bar'], [['\\'], '\\'], [['\\foo'], '\\'],
  [['\\foo\\bar\\'], '\\foo'], [['c:'], 'c:'], [['c:foo'], 'c:'], [['c:foo\\'], 'c:'], [['c:foo\\bar'], 'c:foo'],
  [['file:stream'], '.'], [['dir\\file:stream'], 'dir'], [['\\\\unc\\share'], '\\\\unc\\share'],
  [['\\\\unc\\share\\foo'], '\\\\unc\\share\\'], [['\\\\unc\\share\\foo\\'], '\\\\unc\\share\\'],
  [['\\\\unc\\share\\foo\\bar'], '\\\\unc\\share\\foo'], [['/a/b/'], '/a'], [['/a'], '/'], [[''], '.'],
  [['/'], '/'], [['////'], '/'], [['foo'], '.'], [['x'], '.'], [['//a'], '/'],
]);

table(win32.basename, [
  [['\\dir\\basename.ext'], 'basename.ext'], [['basename.ext\\\\'], 'basename.ext'],
  [['aaa\\bbb', '\\bbb'], 'bbb'], [['aaa\\bbb', 'a\\bbb'], 'bbb'], [['aaa\\bbb', 'bbb'], 'bbb'],
  [['aaa\\bbb\\\\\\\\', 'bbb'], 'bbb'], [['aaa\\bbb', 'bb'], 'b'], [['aaa\\bbb', 'b'], 'bb'], [['C:'], ''],
  [['C:.'], '.'], [['C:\\'], ''], [['C:\\dir\\base.ext'], 'base.ext'], [['C:basename.ext'], 'basename.ext'],
  [['C:basename.ext\\\\'], 'basename.ext'], [['C:foo'], 'foo'], [['file:stream'], 'file:stream'],
  [['a', 'a'], ''], [['/dir/a.js', '.js'], 'a'], [['a/', 'a'], 'a'], [['x\\.js', '.js'], '.js'],
  [['', ''], ''], [['foo.js', ''], 'foo.js'],
]);

table(win32.extname, [
  [['C:\\path\\to\\file.ext'], '.ext'], [['.\\'], ''], [['..\\'], ''], [['file.ext\\'], '.ext'],
  [['file.ext\\\\'], '.ext'], [['file\\'], ''], [['file.\\'], '.'], [['C:.x'], ''], [['C:a.x'], '.x'],
  [['..'], ''], [['...'], '.'], [['.file'], ''], [['..file'], '.file'], [[''], ''],
]);

const parseCases = [
  ['C:\\path\\dir\\index.html',
    { root: 'C:\\', dir: 'C:\\path\\dir', base: 'index.html', ext: '.html', name: 'index' },
    'C:\\path\\dir\\index.html'],
  ['\\\\server\\share\\file_path',
    { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'file_path', ext: '', name: 'file_path' },
    '\\\\server\\share\\file_path'],
  ['\\\\?\\UNC\\server\\share',
    { root: '\\\\?\\UNC\\', dir: '\\\\?\\UNC\\server', base: 'share', ext: '', name: 'share' },
    '\\\\?\\UNC\\server\\share'],
  ['\\\\server\\share',
    { root: '\\\\server\\share', dir: '\\\\server\\share', base: '', ext: '', name: '' },
    '\\\\server\\share'],
  ['C:', { root: 'C:', dir: 'C:', base: '', ext: '', name: '' }, 'C:'],
  ['C:\\', { root: 'C:\\', dir: 'C:\\', base: '', ext: '', name: '' }, 'C:\\'],
  ['C:abc', { root: 'C:', dir: 'C:', base: 'abc', ext: '', name: 'abc' }, 'C:abc'],
  ['C:..', { root: 'C:', dir: 'C:', base: '..', ext: '', name: '..' }, 'C:..'],
  ['\\..', { root: '\\', dir: '\\', base: '..', ext: '', name: '..' }, '\\..'],
  ['t', { root: '', dir: '', base: 't', ext: '', name: 't' }, 't'],
  ['/foo/bar', { root: '/', dir: '/foo', base: 'bar', ext: '', name: 'bar' }, '/foo\\bar'],
  ['.\\', { root: '', dir: '', base: '.', ext: '', name: '.' }, '.'],
  ['\\\\', { root: '\\', dir: '\\', base: '', ext: '', name: '' }, '\\'],
  ['c:\\foo\\\\\\', { root: 'c:\\', dir: 'c:\\', base: 'foo', ext: '', name: 'foo' }, 'c:\\foo'],
  ['D:\\foo\\\\\\bar.baz',
    { root: 'D:\\', dir: 'D:\\foo\\\\', base: 'bar.baz', ext: '.baz', name: 'bar' },
    'D:\\foo\\\\\\bar.baz'],
  ['', { root: '', dir: '', base: '', ext: '', name: '' }, ''],
  ['\\', { root: '\\', dir: '\\', base: '', ext: '', name: '' }, '\\'],
  ['x', { root: '', dir: '', base: 'x', ext: '', name: 'x' }, 'x'],
  ['\\foo\\C:', { root: '\\', dir: '\\foo', base: 'C:', ext: '', name: 'C:' }, '\\foo\\C:'],
];
for (const [input, expected, formatted] of parseCases) {
  const parsed = win32.parse(input);
  assert.deepStrictEqual(parsed, expected, input);
  assert.strictEqual(win32.format(parsed), formatted, input);
}

table(win32.format, [
  [[{ dir: 'some\\dir' }], 'some\\dir\\'],
  [[{ base: 'index.html' }], 'index.html'],
  [[{ root: 'C:\\' }], 'C:\\'],
  [[{ name: 'index', ext: '.html' }], 'index.html'],
  [[{ dir: 'some\\dir', name: 'index', ext: '.html' }], 'some\\dir\\index.html'],
  [[{ root: 'C:\\', name: 'index', ext: '.html' }], 'C:\\index.html'],
  [[{ name: 'x', ext: 'png' }], 'x.png'],
  [[{}], ''],
]);

// Argument validation.
for (const bad of [true, false, 7, null, {}, undefined, [], NaN]) {
  for (const fn of [win32.join, win32.resolve, win32.normalize, win32.isAbsolute, win32.parse, win32.dirname,
                    win32.basename, win32.extname]) {
    assert.throws(() => fn(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
  }
  assert.throws(() => win32.relative(bad, 'foo'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => win32.relative('foo', bad), { code: 'ERR_INVALID_ARG_TYPE' });
  if (bad !== undefined) assert.throws(() => win32.basename('foo', bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => win32.resolve('a', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "paths[1]" argument must be of type string. Received type number (1)',
});
assert.throws(() => win32.join('a', null), {
  message: 'The "path" argument must be of type string. Received null',
});
assert.throws(() => win32.relative('a', 2), { message: /^The "to" argument must be of type string/ });
assert.throws(() => win32.basename('a', 2), { message: /^The "suffix" argument must be of type string/ });
assert.throws(() => win32.format('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pathObject" argument must be of type object. Received type string (\'x\')',
});
