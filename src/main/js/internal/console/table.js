'use strict';
// console.table: the rows and columns node derives from the data, and their box drawing (columns sized to their
// widest cell, content left-aligned like node 20's).

const { inspect, getStringWidth } = require('internal/util/inspect');
const { isMap, isSet, isMapIterator, isSetIterator } = require('internal/util/types');
const { previewEntries } = require('internal/util/own_keys');

const kIndex = '(index)';
const kIteration = '(iteration index)';
const kKey = 'Key';
const kValues = 'Values';
const hasOwn = Object.prototype.hasOwnProperty;

// `width` counts the one-space margin on each side.
function pad(text, width) {
  return ` ${text}${' '.repeat(width - getStringWidth(text) - 1)}`;
}

// head: column titles; columns: arrays of cell strings (holes are blank cells), the first one full-length.
function renderRows(head, columns) {
  const rowCount = columns[0].length;
  const widths = new Array(head.length);
  for (let i = 0; i < head.length; i++) {
    let w = getStringWidth(head[i]);
    for (const cell of columns[i]) if (cell !== undefined) w = Math.max(w, getStringWidth(cell));
    widths[i] = w + 2;
  }
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  let out = `${line('┌', '┬', '┐')}\n│${head.map((h, i) => pad(h, widths[i])).join('│')}│\n${line('├', '┼', '┤')}\n`;
  for (let r = 0; r < rowCount; r++) {
    let row = '│';
    for (let i = 0; i < columns.length; i++) {
      const cell = columns[i][r];
      row += `${pad(cell === undefined ? '' : cell, widths[i])}│`;
    }
    out += `${row}\n`;
  }
  return out + line('└', '┴', '┘');
}

// Map/Set (or their iterators') entries as a key/value table; `keyValue` entries come as flat pairs.
function renderEntries(entries, keyValue, fmt) {
  const index = [];
  const keys = [];
  const values = [];
  const step = keyValue ? 2 : 1;
  for (let i = 0; i < entries.length; i += step) {
    index.push(String(index.length));
    if (keyValue) {
      keys.push(fmt(entries[i]));
      values.push(fmt(entries[i + 1]));
    } else {
      values.push(fmt(entries[i]));
    }
  }
  return keyValue ? renderRows([kIteration, kKey, kValues], [index, keys, values]) :
    renderRows([kIteration, kValues], [index, values]);
}

function renderTable(data, properties, inspectOptions) {
  // Objects with more than two keys print as [Object]: a cell stays one short line.
  const fmt = (v) => inspect(v, {
    depth: v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0,
    maxArrayLength: 3,
    breakLength: Infinity,
    ...inspectOptions,
  });

  if (isMap(data)) {
    const flat = [];
    for (const { 0: k, 1: v } of data) flat.push(k, v);
    return renderEntries(flat, true, fmt);
  }
  if (isSet(data)) return renderEntries([...data], false, fmt);
  const mapIterator = isMapIterator(data);
  if (mapIterator || isSetIterator(data)) {
    const { 0: entries, 1: keyValue } = previewEntries(data, true);
    return renderEntries(entries, keyValue, fmt);
  }

  const index = [];
  const columnNames = [];
  // Null-prototype: column names come from user data ('__proto__' included).
  const columns = { __proto__: null };
  const values = [];
  let hasValues = false;
  // Requested columns show even when no row has them.
  if (properties !== undefined) {
    for (const key of properties) {
      if (columns[key] === undefined) {
        columns[key] = [];
        columnNames.push(key);
      }
    }
  }
  const rowKeys = Object.keys(data);
  for (let r = 0; r < rowKeys.length; r++) {
    index.push(rowKeys[r]);
    const row = data[rowKeys[r]];
    if (row === null || (typeof row !== 'object' && typeof row !== 'function')) {
      if (properties === undefined) {
        hasValues = true;
        values[r] = fmt(row);
      }
      continue;
    }
    const keys = properties ?? Object.keys(row);
    for (const key of keys) {
      let column = columns[key];
      if (column === undefined) {
        column = columns[key] = [];
        columnNames.push(key);
      }
      if (hasOwn.call(row, key)) column[r] = fmt(row[key]);
    }
  }
  const head = [kIndex];
  const cols = [index];
  for (const name of columnNames) {
    head.push(String(name));
    cols.push(columns[name]);
  }
  if (hasValues) {
    head.push(kValues);
    cols.push(values);
  }
  return renderRows(head, cols);
}

module.exports = { renderTable };
