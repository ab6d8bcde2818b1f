'use strict';

// Parser for .env content (util.parseEnv): `KEY=value` lines, optional `export ` prefix, `#`
// comments, and values quoted with ", ' or ` that may span lines (only "..." expands `\n`).

function skipLine(src, pos) {
  const next = src.indexOf('\n', pos);
  return next === -1 ? src.length : next + 1;
}

function parse(content) {
  const src = content.replace(/\r\n/g, '\n');
  const result = {};
  const length = src.length;
  let pos = 0;
  while (pos < length) {
    let lineEnd = src.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = length;
    const line = src.slice(pos, lineEnd);
    const trimmed = line.trim();
    const eq = line.indexOf('=');
    if (trimmed.length === 0 || trimmed[0] === '#' || eq === -1) {
      pos = lineEnd + 1;
      continue;
    }
    let key = line.slice(0, eq).trim();
    if (key.startsWith('export ')) key = key.slice(7);
    if (key.length === 0) {
      pos = lineEnd + 1;
      continue;
    }

    let start = pos + eq + 1;
    while (start < lineEnd && (src[start] === ' ' || src[start] === '\t')) start++;
    const quote = src[start];
    if (quote === '"' || quote === '\'' || quote === '`') {
      const close = src.indexOf(quote, start + 1);
      if (close !== -1) {
        const value = src.slice(start + 1, close);
        result[key] = quote === '"' ? value.replaceAll('\\n', '\n') : value;
        // Anything after the closing quote on its line is ignored.
        pos = skipLine(src, close);
        continue;
      }
    }
    let value = src.slice(start, lineEnd);
    const hash = value.indexOf('#');
    if (hash !== -1) value = value.slice(0, hash);
    result[key] = value.trim();
    pos = lineEnd + 1;
  }
  return result;
}

module.exports = { parse };
