'use strict';
const assert = require('assert');
const { parseArgs } = require('util');

const o = {
  foo: { type: 'boolean', short: 'f' },
  bar: { type: 'string', short: 'b' },
  m: { type: 'string', multiple: true, short: 'M' },
};

function check(config, expected) {
  const result = parseArgs(config);
  assert.strictEqual(Object.getPrototypeOf(result.values), null);
  assert.deepStrictEqual({ ...result, values: { ...result.values } }, expected);
}

function fails(config, code, message) {
  assert.throws(() => parseArgs(config), { code, message });
}

check({ args: ['-f', '--bar', 'x', 'pos'], options: o, allowPositionals: true }, {"values":{"foo":true,"bar":"x"},"positionals":["pos"]});
fails({ args: ['-f', '--bar', 'x', 'pos'], options: o }, "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL", "Unexpected argument 'pos'. This command does not take positional arguments");
fails({ args: ['--unknown'], options: o }, "ERR_PARSE_ARGS_UNKNOWN_OPTION", "Unknown option '--unknown'");
fails({ args: ['-fu'], options: o }, "ERR_PARSE_ARGS_UNKNOWN_OPTION", "Unknown option '-u'");
fails({ args: ['--bar'], options: o }, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", "Option '-b, --bar <value>' argument missing");
fails({ args: ['--bar', '--foo'], options: o }, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", "Option '--bar' argument is ambiguous.\nDid you forget to specify the option argument for '--bar'?\nTo specify an option argument starting with a dash use '--bar=-XYZ'.");
fails({ args: ['--foo=x'], options: o }, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", "Option '-f, --foo' does not take an argument");
check({ args: ['--bar=x=y', '-bz'], options: o }, {"values":{"bar":"z"},"positionals":[]});
check({ args: ['-fb', 'v'], options: o }, {"values":{"foo":true,"bar":"v"},"positionals":[]});
check({ args: ['-fbv'], options: o }, {"values":{"foo":true,"bar":"v"},"positionals":[]});
check({ args: ['-M', 'a', '--m', 'b', '--m=c'], options: o }, {"values":{"m":["a","b","c"]},"positionals":[]});
check({ args: ['--', '--foo', '-f'], options: o, allowPositionals: true }, {"values":{},"positionals":["--foo","-f"]});
check({ args: ['-'], options: o, allowPositionals: true }, {"values":{},"positionals":["-"]});
fails({ args: ['--bar', '-5'], options: o }, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", "Option '--bar' argument is ambiguous.\nDid you forget to specify the option argument for '--bar'?\nTo specify an option argument starting with a dash use '--bar=-XYZ'.");
fails({ args: ['-5'], options: o, allowPositionals: true }, "ERR_PARSE_ARGS_UNKNOWN_OPTION", "Unknown option '-5'. To specify a positional argument starting with a '-', place it at the end of the command after '--', as in '-- \"-5\"");
fails({ args: ['-b', '--'], options: o }, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", "Option '-b' argument is ambiguous.\nDid you forget to specify the option argument for '-b'?\nTo specify an option argument starting with a dash use '--bar=-XYZ' or '-b-XYZ'.");
check({ args: ['--x', '-yz', 'a', '--w=1', '--', 'b'], strict: false }, {"values":{"x":true,"y":true,"z":true,"w":"1"},"positionals":["a","b"]});
check({ args: ['-f', '--bar', 'x', 'p', '--', 'q'], options: o, tokens: true, allowPositionals: true }, {"values":{"foo":true,"bar":"x"},"positionals":["p","q"],"tokens":[{"kind":"option","name":"foo","rawName":"-f","index":0,"value":undefined,"inlineValue":undefined},{"kind":"option","name":"bar","rawName":"--bar","index":1,"value":"x","inlineValue":false},{"kind":"positional","index":3,"value":"p"},{"kind":"option-terminator","index":4},{"kind":"positional","index":5,"value":"q"}]});
check({ args: ['-fb', 'v', '--bar=w', '-bx'], options: o, tokens: true }, {"values":{"foo":true,"bar":"x"},"positionals":[],"tokens":[{"kind":"option","name":"foo","rawName":"-f","index":0,"value":undefined,"inlineValue":undefined},{"kind":"option","name":"bar","rawName":"-b","index":0,"value":"v","inlineValue":false},{"kind":"option","name":"bar","rawName":"--bar","index":2,"value":"w","inlineValue":true},{"kind":"option","name":"bar","rawName":"-b","index":3,"value":"x","inlineValue":true}]});
check({ args: [], options: { a: { type: 'string', default: 'd' }, b: { type: 'boolean', default: true }, c: { type: 'string', multiple: true, default: ['x'] } } }, {"values":{"a":"d","b":true,"c":["x"]},"positionals":[]});
fails({ args: [], options: { a: { type: 'string', default: 1 } } }, "ERR_INVALID_ARG_TYPE", "The \"options.a.default\" property must be of type string. Received type number (1)");
fails({ args: [], options: { a: { type: 'string', multiple: true, default: ['x', 1] } } }, "ERR_INVALID_ARG_TYPE", "The \"options.a.default[1]\" property must be of type string. Received type number (1)");
fails({ args: [], options: { a: { type: 'bool' } } }, "ERR_INVALID_ARG_TYPE", "The \"options.a.type\" property must be ('string|boolean'). Received type string ('bool')");
fails({ args: [], options: { a: { type: 'string', short: 'ab' } } }, "ERR_INVALID_ARG_VALUE", "The property 'options.a.short' must be a single character. Received 'ab'");
fails({ args: [], options: { a: 1 } }, "ERR_INVALID_ARG_TYPE", "The \"options.a\" property must be of type object. Received type number (1)");
fails({ args: 1 }, "ERR_INVALID_ARG_TYPE", "The \"args\" argument must be an instance of Array. Received type number (1)");
fails({ args: [], strict: 1 }, "ERR_INVALID_ARG_TYPE", "The \"strict\" argument must be of type boolean. Received type number (1)");
fails({ args: ['-f=x'], options: o }, "ERR_PARSE_ARGS_UNKNOWN_OPTION", "Unknown option '-='");
check({ args: ['--no-foo'], options: o, allowNegative: true, tokens: true }, {"values":{"foo":false},"positionals":[],"tokens":[{"kind":"option","name":"foo","rawName":"--no-foo","index":0,"value":undefined,"inlineValue":undefined}]});
fails({ args: ['--no-bar'], options: o, allowNegative: true }, "ERR_PARSE_ARGS_UNKNOWN_OPTION", "Unknown option '--no-bar'");
fails({ args: ['--no-foo=1'], options: o, allowNegative: true }, "ERR_PARSE_ARGS_INVALID_OPTION_VALUE", "Option '-f, --foo' does not take an argument");
check({ args: ['--no-bar', 'v'], options: o, allowNegative: true, strict: false }, {"values":{"bar":false},"positionals":["v"]});
check({ args: ['--bar', '--foo'], options: o, strict: false }, {"values":{"bar":"--foo"},"positionals":[]});
check({ args: ['--__proto__', 'x'], strict: false }, {"values":{},"positionals":["x"]});
