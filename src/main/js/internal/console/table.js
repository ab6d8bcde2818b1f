'use strict';
// console.table's box drawing: columns sized to their widest cell, content centred like node's.

const { getStringWidth } = require('internal/util/inspect');

function pad(text, width) {
  const w = getStringWidth(text);
  const left = Math.floor((width - w) / 2);
  return ' '.repeat(left) + text + ' '.repeat(width - w - left);
}

function renderRows(head, columns) {
  const rowCount = columns.length === 0 ? 0 : Math.max(...columns.map((c) => c.length));
  const widths = head.map((h, i) => {
    let w = getStringWidth(h);
    for (const cell of columns[i]) if (cell !== undefined) w = Math.max(w, getStringWidth(cell));
    return w + 2;
  });
  const line = (l, m, r) => l + widths.map((w) => '─'.repeat(w)).join(m) + r;
  let out = `${line('┌', '┬', '┐')}\n│${head.map((h, i) => pad(h, widths[i])).join('│')}│\n${line('├', '┼', '┤')}\n`;
  for (let r = 0; r < rowCount; r++) {
    out += `│${columns.map((col, i) => pad(col[r] === undefined ? '' : col[r], widths[i])).join('│')}│\n`;
  }
  return out + line('└', '┴', '┘');
}

function renderTable(data, properties, fmt) {
  const isMap = data instanceof Map;
  const isSet = data instanceof Set;
  if (isMap || isSet) {
    const index = [];
    const keys = [];
    const values = [];
    let i = 0;
    for (const entry of data) {
      index.push(String(i++));
      if (isMap) {
        keys.push(fmt(entry[0]));
        values.push(fmt(entry[1]));
      } else {
        values.push(fmt(entry));
      }
    }
    return isMap ? renderRows(['(iteration index)', 'Key', 'Values'], [index, keys, values]) :
      renderRows(['(iteration index)', 'Values'], [index, values]);
  }
  const rowKeys = Object.keys(data);
  const index = [];
  const columnNames = [];
  const columns = new Map();
  const valuesColumn = [];
  let hasValues = false;
  rowKeys.forEach((rowKey, r) => {
    index.push(rowKey);
    const row = data[rowKey];
    const primitive = row === null || (typeof row !== 'function' && typeof row !== 'object');
    if (primitive) {
      hasValues = true;
      valuesColumn[r] = fmt(row);
      return;
    }
    const keys = properties || Object.keys(row);
    for (const key of keys) {
      if (!columns.has(key)) {
        columns.set(key, []);
        columnNames.push(key);
      }
      if (properties === undefined || Object.prototype.hasOwnProperty.call(row, key)) {
        columns.get(key)[r] = Object.prototype.hasOwnProperty.call(row, key) ? fmt(row[key]) : undefined;
      }
    }
  });
  const head = ['(index)', ...columnNames.map(String)];
  const cols = [index, ...columnNames.map((k) => columns.get(k))];
  if (hasValues) {
    head.push('Values');
    cols.push(valuesColumn);
  }
  return renderRows(head, cols);
}

module.exports = { renderTable };
