'use strict';
// Messages and properties of assertion errors, compared with what node v20 produces. The checks do
// not use assert itself so a broken assert cannot hide its own failures.
const assert = require('assert');

const cases = [
  [() => assert.throws(() => {}),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Missing expected exception.","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => {}, TypeError),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Missing expected exception (TypeError).","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => {}, /x/),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Missing expected exception.","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => {}, { message: 'x' }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Missing expected exception.","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => {}, 'msg'),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Missing expected exception: msg","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => {}, TypeError, 'msg'),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Missing expected exception (TypeError): msg","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, TypeError),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"The error is expected to be an instance of \"TypeError\". Received \"Error\"\n\nError message:\n\nx","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, /y/),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"The input did not match the regular expression /y/. Input:\n\n'Error: x'\n","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, /x/),
   null],
  [() => assert.throws(() => { throw new Error('x'); }, /y/, 'custom'),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"custom","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x'\n-   message: 'y'\n  }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, { message: 'y', name: 'Error' }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x',\n-   message: 'y',\n    name: 'Error'\n  }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, { message: /y/ }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x'\n-   message: /y/\n  }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('xyz'); }, { message: /y/, name: 'Error' }),
   null],
  [() => assert.throws(() => { throw new Error('x'); }, { code: 'E' }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ Comparison {}\n- Comparison {\n-   code: 'E'\n- }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, { message: 'y' }, 'custom'),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"custom","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, () => false),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"The validation function is expected to return \"true\". Received false\n\nCaught error:\n\nError: x","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, function check() { return 1; }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"The \"check\" validation function is expected to return \"true\". Received 1\n\nCaught error:\n\nError: x","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, () => { throw new TypeError('inner'); }),
   {"name":"TypeError","message":"inner"}],
  [() => assert.throws(() => { throw new Error('x'); }, () => false, 'custom'),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"custom","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, () => true),
   null],
  [() => assert.throws(() => { throw new Error('x'); }, Error),
   null],
  [() => assert.throws(() => { throw new TypeError('x'); }, Error),
   null],
  [() => assert.throws(() => { throw 'str'; }, { message: 'x' }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ 'str'\n- {\n-   message: 'x'\n- }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw null; }, { message: 'x' }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n+ null\n- {\n-   message: 'x'\n- }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw 'str'; }, TypeError),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"The error is expected to be an instance of \"TypeError\". Received \"'str'\"","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw 'str'; }, /x/),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"The input did not match the regular expression /x/. Input:\n\n'str'\n","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw { name: 'x' }; }, TypeError),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"The error is expected to be an instance of \"TypeError\". Received \"[Object]\"","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw Object.create(null); }, TypeError),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"The error is expected to be an instance of \"TypeError\". Received \"[Object: null prototype] {}\"","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, 'x'),
   {"code":"ERR_AMBIGUOUS_ARGUMENT","name":"TypeError","message":"The \"error/message\" argument is ambiguous. The error message \"x\" is identical to the message."}],
  [() => assert.throws(() => { throw 'x'; }, 'x'),
   {"code":"ERR_AMBIGUOUS_ARGUMENT","name":"TypeError","message":"The \"error/message\" argument is ambiguous. The error \"x\" is identical to the message."}],
  [() => assert.throws(() => { throw new Error('x'); }, new Error('x')),
   null],
  [() => assert.throws(() => { throw new Error('x'); }, new Error('y')),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x',\n-   message: 'y',\n    name: 'Error'\n  }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, new TypeError('x')),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n    message: 'x',\n+   name: 'Error'\n-   name: 'TypeError'\n  }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, {}),
   {"code":"ERR_INVALID_ARG_VALUE","name":"TypeError","message":"The argument 'error' may not be an empty object. Received {}"}],
  [() => assert.throws(() => { throw new Error('x'); }, 1),
   {"code":"ERR_INVALID_ARG_TYPE","name":"TypeError","message":"The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (1)"}],
  [() => assert.throws(1),
   {"code":"ERR_INVALID_ARG_TYPE","name":"TypeError","message":"The \"fn\" argument must be of type function. Received type number (1)"}],
  [() => assert.throws(() => {}, 'x', 'y'),
   {"code":"ERR_INVALID_ARG_TYPE","name":"TypeError","message":"The \"error\" argument must be of type function or an instance of Error, RegExp, or Object. Received type string ('x')"}],
  [() => assert.throws(() => { throw new TypeError('x'); }, RangeError, 'custom'),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"custom","generatedMessage":false,"operator":"throws"}],
  [() => assert.throws(() => { throw new TypeError('x'); }, class A {}),
   {"name":"TypeError","message":"Class constructor A cannot be invoked without 'new'"}],
  [() => assert.throws(() => { throw { a: 1 }; }, { a: 2 }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   a: 1\n-   a: 2\n  }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw { a: 1, b: 2 }; }, { a: 1 }),
   null],
  [() => assert.throws(() => { throw new Error('x'); }, { message: 'x', foo: undefined }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n-   foo: undefined,\n    message: 'x'\n  }","generatedMessage":true,"operator":"throws"}],
  [() => assert.throws(() => { throw new Error('x'); }, { message: 'x' }, new RangeError('own')),
   null],
  [() => assert.doesNotThrow(() => {}),
   null],
  [() => assert.doesNotThrow(() => { throw new Error('x'); }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Got unwanted exception.\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow"}],
  [() => assert.doesNotThrow(() => { throw new Error('x'); }, 'msg'),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Got unwanted exception: msg\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow"}],
  [() => assert.doesNotThrow(() => { throw new Error('x'); }, TypeError),
   {"name":"Error","message":"x"}],
  [() => assert.doesNotThrow(() => { throw new TypeError('x'); }, TypeError),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Got unwanted exception.\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow"}],
  [() => assert.doesNotThrow(() => { throw new TypeError('x'); }, TypeError, 'custom'),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Got unwanted exception: custom\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow"}],
  [() => assert.doesNotThrow(() => { throw new TypeError('x'); }, /x/),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Got unwanted exception.\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow"}],
  [() => assert.doesNotThrow(() => { throw new TypeError('x'); }, /q/),
   {"name":"TypeError","message":"x"}],
  [() => assert.doesNotThrow(() => { throw new TypeError('x'); }, () => true),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Got unwanted exception.\nActual message: \"x\"","generatedMessage":false,"operator":"doesNotThrow"}],
  [() => assert.doesNotThrow(() => { throw new TypeError('x'); }, {}),
   {"code":"ERR_INVALID_ARG_TYPE","name":"TypeError","message":"The \"expected\" argument must be of type function or an instance of RegExp. Received an instance of Object"}],
  [() => assert.doesNotThrow(() => {}, { a: 1 }),
   null],
  [() => assert.doesNotThrow(1),
   {"code":"ERR_INVALID_ARG_TYPE","name":"TypeError","message":"The \"fn\" argument must be of type function. Received type number (1)"}],
  [() => assert.doesNotThrow(() => { throw 'str'; }),
   {"code":"ERR_ASSERTION","name":"AssertionError","message":"Got unwanted exception.\nActual message: \"undefined\"","generatedMessage":false,"operator":"doesNotThrow"}],
];

for (const [fn, expected] of cases) {
  if (expected === null) {
    fn();
    continue;
  }
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  if (caught === undefined) throw new Error(`Missing exception: ${fn}`);
  const actual = { code: caught.code, name: caught.name, message: caught.message };
  if (expected.generatedMessage !== undefined) {
    actual.generatedMessage = caught.generatedMessage;
    actual.operator = caught.operator;
  }
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`Mismatch for ${fn}\n${JSON.stringify(actual)}\n${JSON.stringify(expected)}`);
  }
}

// Errors from rejects()/doesNotReject(), and the thrown value itself.
const boom = new Error('boom');
assert.throws(() => { throw boom; }, (err) => err === boom);
let thrown;
try {
  assert.doesNotThrow(() => { throw boom; }, TypeError);
} catch (err) {
  thrown = err;
}
if (thrown !== boom) throw new Error('doesNotThrow must rethrow non-matching errors');

const asyncChecks = [
  [() => assert.rejects(Promise.resolve()), 'Missing expected rejection.'],
  [() => assert.rejects(async () => {}, TypeError), 'Missing expected rejection (TypeError).'],
  [() => assert.rejects(Promise.reject(new Error('x')), { message: 'y' }),
   "Expected values to be strictly deep-equal:\n+ actual - expected\n\n  Comparison {\n+   message: 'x'\n-   message: 'y'\n  }"],
  [() => assert.doesNotReject(Promise.reject(new Error('x'))), 'Got unwanted rejection.\nActual message: "x"'],
  [() => assert.doesNotReject(async () => { throw new Error('x'); }, 'msg'),
   'Got unwanted rejection: msg\nActual message: "x"'],
  [() => assert.rejects(() => 1),
   'The promiseFn argument must be of type function or an instance of Promise. Received 1'],
];
const expectedCodes = ['ERR_ASSERTION', 'ERR_ASSERTION', 'ERR_ASSERTION', 'ERR_ASSERTION', 'ERR_ASSERTION',
                       'ERR_INVALID_RETURN_VALUE'];
process.exitCode = 1;
Promise.all(asyncChecks.map(([fn, message], i) => fn().then(
  () => { throw new Error(`Missing rejection ${i}`); },
  (err) => {
    if (err.code !== expectedCodes[i]) throw new Error(`Code ${err.code} for ${i}`);
    if (i < 5 && err.message !== message) throw new Error(`Message ${JSON.stringify(err.message)} for ${i}`);
  }))).then(() => assert.rejects(Promise.reject(new Error('ok')), /ok/))
  .then(() => assert.doesNotReject(Promise.resolve(1)))
  .then(() => assert.rejects(1).then(() => { throw new Error('no rejection'); }, (err) => {
    if (err.message !== 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
        'Received type number (1)') {
      throw err;
    }
  }))
  .then(() => { process.exitCode = 0; });
