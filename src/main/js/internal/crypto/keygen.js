'use strict';
// generateKeyPair(Sync) and generateKey(Sync): the JDK's generators (the async forms on the thread pool).

const { codes: { ERR_INVALID_ARG_VALUE } } = require('internal/errors');
const {
  validateFunction, validateInteger, validateObject, validateOneOf, validateString, validateUint32,
} = require('internal/validators');
const { newRequest } = require('internal/async_requests');
const { binding } = require('internal/crypto/util');
const { checked, createSecretKey, fromDescription } = require('internal/crypto/keys');
const { randomBytes } = require('internal/crypto/random');

const keyTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];

function parameters(type, options) {
  validateString(type, 'type');
  if (!keyTypes.includes(type)) throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  if (options !== undefined) validateObject(options, 'options');
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength, publicExponent = 0x10001 } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      validateUint32(publicExponent, 'options.publicExponent');
      return [type, modulusLength, `${publicExponent}`, null];
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = options;
      validateString(namedCurve, 'options.namedCurve');
      return [type, 0, '0', namedCurve];
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      return [type, 0, '0', null];
    default:
      throw new Error(`node4j does not implement ${type} keys yet`);
  }
}

function encodingOption(options, name) {
  const encoding = options?.[name];
  if (encoding === undefined) return undefined;
  validateObject(encoding, `options.${name}`);
  return encoding;
}

function finishPair([publicDescription, privateDescription], options) {
  const publicKey = fromDescription(publicDescription);
  const privateKey = fromDescription(privateDescription);
  const pub = encodingOption(options, 'publicKeyEncoding');
  const priv = encodingOption(options, 'privateKeyEncoding');
  return {
    publicKey: pub === undefined ? publicKey : publicKey.export(pub),
    privateKey: priv === undefined ? privateKey : privateKey.export(priv),
  };
}

function generateKeyPairSync(type, options) {
  const params = parameters(type, options);
  return finishPair(checked(binding.keyGenerate(...params, 0)), options);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const params = parameters(type, options);
  const req = newRequest((result) => {
    let pair;
    try {
      pair = finishPair(checked(result), options);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
  binding.keyGenerate(...params, req);
}

function secretLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  if (type === 'hmac') {
    validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
  } else if (type === 'aes') {
    validateOneOf(length, 'options.length', [128, 192, 256]);
  } else {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  return createSecretKey(randomBytes(secretLength(type, options)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const n = secretLength(type, options);
  randomBytes(n, (err, bytes) => callback(err, err ? undefined : createSecretKey(bytes)));
}

module.exports = { generateKey, generateKeyPair, generateKeyPairSync, generateKeySync };
