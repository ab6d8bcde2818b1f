'use strict';
// `stream/consumers`: read a whole stream (or any async iterable) into one value.

const { Buffer } = require('buffer');
const { Blob } = require('internal/blob');
const { TextDecoder } = require('internal/encoding');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  const ret = await blob(stream);
  return ret.arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

async function text(stream) {
  const dec = new TextDecoder();
  let str = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') str += chunk;
    else str += dec.decode(chunk, { stream: true });
  }
  // Flush a character left incomplete by the last chunk.
  str += dec.decode(undefined, { stream: false });
  return str;
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = {
  arrayBuffer,
  blob,
  buffer,
  text,
  json,
};
