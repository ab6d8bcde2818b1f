'use strict';

// util.parseArgs(): splits command line arguments into tokens (options, positionals and the `--`
// terminator), then checks them against the option definitions and collects the values.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateObject,
  validateString,
} = require('internal/validators');

function getOwn(obj, key) {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

function optionConfigValue(options, longOption, key) {
  return Object.hasOwn(options, longOption) ? getOwn(options[longOption], key) : undefined;
}

// The user arguments of the running program: after the executable and the script, or only after
// the executable when the code came from -e/-p.
function getMainArgs() {
  const evalFlags = ['-e', '--eval', '-p', '--print'];
  if (process.execArgv.some((arg) => evalFlags.includes(arg))) return process.argv.slice(1);
  return process.argv.slice(2);
}

function isOptionLikeValue(value) {
  return typeof value === 'string' && value.length > 1 && value[0] === '-';
}

function findLongOptionForShort(shortOption, options) {
  for (const longOption of Object.keys(options)) {
    if (optionConfigValue(options, longOption, 'short') === shortOption) return longOption;
  }
  return shortOption;
}

function isLoneShortOption(arg) {
  return arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
}

function isLongOption(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] === '-';
}

function isShortOptionCluster(arg) {
  return arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
}

function typeOfShort(shortOption, options) {
  return optionConfigValue(options, findLongOptionForShort(shortOption, options), 'type');
}

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  // Arguments expanded from a short option group share the index of the group.
  let groupCount = 0;

  while (remaining.length > 0) {
    const arg = remaining.shift();
    const nextArg = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const value of remaining) tokens.push({ kind: 'positional', index: ++index, value });
      break;
    }

    if (isLoneShortOption(arg)) {
      const name = findLongOptionForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionConfigValue(options, name, 'type') === 'string' && nextArg !== undefined) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }

    if (isShortOptionCluster(arg)) {
      if (typeOfShort(arg[1], options) === 'string') {
        // `-bVALUE`: a string option with its value attached.
        const name = findLongOptionForShort(arg[1], options);
        tokens.push({
          kind: 'option', name, rawName: `-${arg[1]}`, index, value: arg.slice(2), inlineValue: true,
        });
        continue;
      }
      // `-abc`: a group of short options; a string option takes the rest of the group as value.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        if (typeOfShort(arg[i], options) !== 'string' || i === arg.length - 1) {
          expanded.push(`-${arg[i]}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isLongOption(arg)) {
      const equals = arg.indexOf('=', 3);
      if (equals !== -1) {
        const name = arg.slice(2, equals);
        tokens.push({
          kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(equals + 1),
          inlineValue: true,
        });
        continue;
      }
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionConfigValue(options, name, 'type') === 'string' && nextArg !== undefined) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value !== undefined) index++;
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(options, token, allowPositionals, allowNegative) {
  let name = token.name;
  if (!Object.hasOwn(options, name)) {
    // `--no-x` is known as the negation of the boolean option `x`.
    const positive = name.slice(3);
    if (!allowNegative || !name.startsWith('no-') ||
        optionConfigValue(options, positive, 'type') !== 'boolean') {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, allowPositionals);
    }
    name = positive;
  }
  const short = optionConfigValue(options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionConfigValue(options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(name, value, options, values) {
  // Never let an argument reach the prototype of the result.
  if (name === '__proto__') return;
  if (optionConfigValue(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [value];
    else values[name].push(value);
  } else {
    values[name] = value;
  }
}

function validateArrayOf(value, name, type) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) {
    if (typeof value[i] !== type) throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, value[i]);
  }
}

function validateOptions(options) {
  for (const { 0: longOption, 1: optionConfig } of Object.entries(options)) {
    const prefix = `options.${longOption}`;
    validateObject(optionConfig, prefix);

    const type = getOwn(optionConfig, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`${prefix}.type`, "('string|boolean')", type);
    }
    if (Object.hasOwn(optionConfig, 'short')) {
      const short = optionConfig.short;
      validateString(short, `${prefix}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`${prefix}.short`, short, 'must be a single character');
      }
    }
    const multiple = getOwn(optionConfig, 'multiple');
    if (Object.hasOwn(optionConfig, 'multiple')) validateBoolean(multiple, `${prefix}.multiple`);

    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      const name = `${prefix}.default`;
      if (multiple) validateArrayOf(defaultValue, name, type);
      else if (type === 'string') validateString(defaultValue, name);
      else validateBoolean(defaultValue, name);
    }
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = getOwn(config, 'args') ?? getMainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  validateOptions(options);

  const tokens = tokenize(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(options, token, allowPositionals, allowNegative);
        checkOptionLikeValue(token);
      }
      let value = token.value ?? true;
      if (allowNegative && token.value === undefined && token.name.startsWith('no-')) {
        // The token reports the negated option's own name.
        token.name = token.name.slice(3);
        value = false;
      }
      storeOption(token.name, value, options, result.values);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  for (const longOption of Object.keys(options)) {
    const defaultValue = getOwn(options[longOption], 'default');
    if (defaultValue !== undefined && result.values[longOption] === undefined) {
      result.values[longOption] = defaultValue;
    }
  }
  return result;
}

module.exports = { parseArgs };
