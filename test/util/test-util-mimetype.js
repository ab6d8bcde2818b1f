'use strict';
const assert = require('assert');
const { MIMEType, MIMEParams } = require('util');

const cases = [
  ["text/html", "text/html", "text/html", []],
  ["TEXT/HTML; Charset=\"UTF-8\"", "text/html;charset=UTF-8", "text/html", [["charset","UTF-8"]]],
  [" text/plain ;charset=utf-8 ; foo=bar", "text/plain;charset=utf-8;foo=bar", "text/plain", [["charset","utf-8"],["foo","bar"]]],
  ["text/plain;charset=\"a\\\"b\"", "text/plain;charset=\"a\\\"b\"", "text/plain", [["charset","a\"b"]]],
  ["text/plain;x=", "text/plain", "text/plain", []],
  ["text/plain;x=1;x=2", "text/plain;x=1", "text/plain", [["x","1"]]],
  ["text/plain;x=\"unterminated", "text/plain;x=unterminated", "text/plain", [["x","unterminated"]]],
  ["text/plain;x=\"a\"junk;y=2", "text/plain;x=a;y=2", "text/plain", [["x","a"],["y","2"]]],
  ["text", null, "ERR_INVALID_MIME_SYNTAX", "The MIME syntax for a type in \"text\" is invalid"],
  ["text/", null, "ERR_INVALID_MIME_SYNTAX", "The MIME syntax for a subtype in \"text/\" is invalid"],
  ["/html", null, "ERR_INVALID_MIME_SYNTAX", "The MIME syntax for a type in \"/html\" is invalid"],
  ["t e/x", null, "ERR_INVALID_MIME_SYNTAX", "The MIME syntax for a type in \"t e/x\" is invalid at 1"],
  ["text/html;;;a=b", "text/html;a=b", "text/html", [["a","b"]]],
  ["text/html;a=b c", "text/html;a=\"b c\"", "text/html", [["a","b c"]]],
  ["text/html;a=é", "text/html;a=\"é\"", "text/html", [["a","é"]]],
  ["tëxt/html", null, "ERR_INVALID_MIME_SYNTAX", "The MIME syntax for a type in \"tëxt/html\" is invalid at 1"],
  ["text/html ; a = b", "text/html", "text/html", []],
  ["text/html;a=\"\\\\\"", "text/html;a=\"\\\\\"", "text/html", [["a","\\"]]],
  ["text/html;a=\"\"", "text/html;a=\"\"", "text/html", [["a",""]]],
  ["text/html;a=\"x\\", "text/html;a=\"x\\\\\"", "text/html", [["a","x\\"]]],
  ["a/b/c", null, "ERR_INVALID_MIME_SYNTAX", "The MIME syntax for a subtype in \"a/b/c\" is invalid at 1"],
  ["a/b;x=\";\"", "a/b;x=\";\"", "a/b", [["x",";"]]],
  ["a/b;x=(y)", "a/b;x=\"(y)\"", "a/b", [["x","(y)"]]],
];
for (const [input, serialized, essenceOrCode, paramsOrMessage] of cases) {
  if (serialized === null) {
    assert.throws(() => new MIMEType(input),
                  { code: essenceOrCode, name: 'TypeError', message: paramsOrMessage });
  } else {
    const mime = new MIMEType(input);
    assert.strictEqual(String(mime), serialized);
    assert.strictEqual(mime.toJSON(), serialized);
    assert.strictEqual(mime.essence, essenceOrCode);
    assert.deepStrictEqual([...mime.params], paramsOrMessage);
  }
}

const m = new MIMEType('text/html;a=b');
m.type = 'Image';
m.subtype = 'PNG';
assert.strictEqual(String(m), 'image/png;a=b');
assert.throws(() => { m.type = 'a b'; }, {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a type in "a b" is invalid at 1',
});
assert.throws(() => { m.subtype = ''; }, {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a subtype in "" is invalid',
});
const p = m.params;
assert.strictEqual(m.params, p);
p.set('C', 'x y');
p.set('d', '');
assert.strictEqual(String(m), 'image/png;a=b;C="x y";d=""');
assert.strictEqual(p.get('c'), null);
assert.strictEqual(p.get('C'), 'x y');
assert.strictEqual(p.has('d'), true);
assert.strictEqual(JSON.stringify(p), '"a=b;C=\\"x y\\";d=\\"\\""');
assert.throws(() => p.set('a b', 'x'), {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a parameter name in "a b" is invalid at 1',
});
assert.throws(() => p.set('ok', 'é\n'), {
  code: 'ERR_INVALID_MIME_SYNTAX',
  message: 'The MIME syntax for a parameter value in "é\n" is invalid at 1',
});
p.delete('C');
assert.deepStrictEqual([...p.keys()], ['a', 'd']);
assert.deepStrictEqual([...p.values()], ['b', '']);
assert.deepStrictEqual([...p.entries()], [['a', 'b'], ['d', '']]);
assert.strictEqual(MIMEParams.prototype[Symbol.iterator], MIMEParams.prototype.entries);
assert.strictEqual(new MIMEParams().toString(), '');
assert.strictEqual(String(new MIMEType({ toString() { return 'a/b'; } })), 'a/b');
