'use strict';
// emitKeypressEvents: turns a stream's input into 'keypress' events (the character, and a key description:
// sequence, name, ctrl, meta, shift), decoding the usual terminal escape sequences for arrows and editing keys.

const { StringDecoder } = require('string_decoder');

const kDecoder = Symbol('keypressDecoder');

const CSI_KEYS = {
  __proto__: null,
  'A': 'up', 'B': 'down', 'C': 'right', 'D': 'left', 'E': 'clear', 'F': 'end', 'H': 'home', 'Z': 'tab',
  '1~': 'home', '2~': 'insert', '3~': 'delete', '4~': 'end', '5~': 'pageup', '6~': 'pagedown', '7~': 'home',
  '8~': 'end', '11~': 'f1', '12~': 'f2', '13~': 'f3', '14~': 'f4', '15~': 'f5', '17~': 'f6', '18~': 'f7',
  '19~': 'f8', '20~': 'f9', '21~': 'f10', '23~': 'f11', '24~': 'f12',
};
const SS3_KEYS = { __proto__: null, 'P': 'f1', 'Q': 'f2', 'R': 'f3', 'S': 'f4', 'A': 'up', 'B': 'down',
  'C': 'right', 'D': 'left', 'H': 'home', 'F': 'end' };

function emitKeypressEvents(stream) {
  if (stream[kDecoder]) return;
  stream[kDecoder] = new StringDecoder('utf8');
  function onData(input) {
    if (stream.listenerCount('keypress') > 0) {
      const text = typeof input === 'string' ? input : stream[kDecoder].write(input);
      for (const [ch, key] of decode(text)) stream.emit('keypress', ch, key);
    } else {
      // Nobody listens yet: check again when someone does.
      stream.removeListener('data', onData);
      stream.on('newListener', onNewListener);
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

function key(sequence, name, ctrl = false, meta = false, shift = false, code = undefined) {
  const k = { sequence, name, ctrl, meta, shift };
  if (code !== undefined) k.code = code;
  return k;
}

// The keys in `text`, as [character or undefined, key] pairs.
function* decode(text) {
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\x1b' && i + 1 < text.length && (text[i + 1] === '[' || text[i + 1] === 'O')) {
      const ss3 = text[i + 1] === 'O';
      let j = i + 2;
      while (j < text.length && /[0-9;]/.test(text[j])) j++;
      const end = Math.min(j + 1, text.length);
      const body = text.slice(i + 2, end);
      const sequence = text.slice(i, end);
      const params = body.slice(0, -1).split(';');
      const code = `${params[0]}${body.at(-1)}`.replace(/^;/, '');
      const modifier = (Number(params[1]) || 1) - 1;
      const name = ss3 ? SS3_KEYS[body.at(-1)] : CSI_KEYS[body.at(-1) === '~' ? code : body.at(-1)];
      yield [undefined, key(sequence, name ?? 'undefined', Boolean(modifier & 4), Boolean(modifier & 10),
                            Boolean(modifier & 1) || body.at(-1) === 'Z', text.slice(i + 1, end))];
      i = end - 1;
      continue;
    }
    let meta = false;
    let c = ch;
    if (ch === '\x1b' && i + 1 < text.length) {
      meta = true;
      c = text[++i];
    }
    const sequence = meta ? `\x1b${c}` : c;
    const code = c.charCodeAt(0);
    let k;
    if (c === '\r') k = key(sequence, 'return', false, meta);
    else if (c === '\n') k = key(sequence, 'enter', false, meta);
    else if (c === '\t') k = key(sequence, 'tab', false, meta);
    else if (c === '\b' || c === '\x7f') k = key(sequence, 'backspace', false, meta);
    else if (c === '\x1b') k = key(sequence, 'escape', false, meta);
    else if (c === ' ') k = key(sequence, 'space', false, meta);
    else if (code <= 0x1a) k = key(sequence, String.fromCharCode(code + 96), true, meta);
    else if (/^[0-9]$/.test(c)) k = key(sequence, c, false, meta);
    else if (/^[a-z]$/.test(c)) k = key(sequence, c, false, meta);
    else if (/^[A-Z]$/.test(c)) k = key(sequence, c.toLowerCase(), false, meta, true);
    else k = key(sequence, undefined, false, meta);
    yield [meta ? undefined : c, k];
  }
}

module.exports = { emitKeypressEvents };
