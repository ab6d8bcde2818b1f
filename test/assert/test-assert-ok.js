'use strict';
// assert.ok() / assert() read the failing call expression from the caller's source file.
const assert = require('assert');
const { ok } = assert;

const results = [];
function check(fn) {
  try {
    fn();
    results.push('NO THROW');
  } catch (e) {
    results.push([e.message, e.generatedMessage]);
  }
}

check(() => assert.ok(0 === 1));
check(() => assert(null));
check(() => ok(typeof 123 === 'string'));
check(() => assert.ok(false, undefined));
check(() => assert.ok(false, ''));
check(() => assert.ok(1 === 2 &&
  3 === 3));
check(() => assert(
  false
));
check(() => {
  assert.ok([1, 2].includes(3),
            undefined);
});
check(() => assert.strict.ok(0));
check(() => assert.strict(0));
check(() => assert['ok'](0));
check(() => { const a = { b: { ok: assert.ok } }; a.b.ok(''); });
check(() => eval('assert.ok(0)'));
check(() => assert.ok(''  /* comment ) */));
check(() => [0].forEach(assert.ok));
check(() => assert.ok.call(null, 0));
check(() => assert.ok(`a${')'}` === 'b'));
check(() => assert.ok('(' === ")"));
check(() => assert.ok(/\)/.test('x')));
check(() => assert.ok());
check(() => assert.ok(false, new TypeError('own')));
check(() => assert.ok(0, 'custom'));
check(() => assert.ok(1));

const header = 'The expression evaluated to a falsy value:\n\n  ';
const expected = [
  [`${header}assert.ok(0 === 1)\n`, true],
  [`${header}assert(null)\n`, true],
  [`${header}ok(typeof 123 === 'string')\n`, true],
  [`${header}assert.ok(false, undefined)\n`, true],
  ['', false],
  [`${header}assert.ok(1 === 2 &&\n  3 === 3)\n`, true],
  [`${header}assert(\n  false\n  )\n`, true],
  [`${header}assert.ok([1, 2].includes(3),\n            undefined)\n`, true],
  [`${header}assert.strict.ok(0)\n`, true],
  [`${header}assert.strict(0)\n`, true],
  [`${header}assert['ok'](0)\n`, true],
  [`${header}a.b.ok('')\n`, true],
  ['0 == true', true],
  [`${header}assert.ok(''  /* comment ) */)\n`, true],
  ['0', false],
  [`${header}assert.ok.call(null, 0)\n`, true],
  [`${header}assert.ok(\`a\${')'}\` === 'b')\n`, true],
  [`${header}assert.ok('(' === ")")\n`, true],
  [`${header}assert.ok(/\\)/.test('x'))\n`, true],
  ['No value argument passed to `assert.ok()`', true],
  ['own', undefined],
  ['custom', false],
  'NO THROW',
];
if (JSON.stringify(results) !== JSON.stringify(expected)) {
  throw new Error(`Unexpected results:\n${JSON.stringify(results, null, 1)}`);
}
