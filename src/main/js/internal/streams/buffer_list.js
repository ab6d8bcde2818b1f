'use strict';
// The queue behind a Readable: a singly linked list of chunks (Buffers, strings once a decoder is set,
// or any values in object mode) with O(1) push/unshift/shift and partial reads that split a chunk.

const { Buffer } = require('buffer');

class BufferList {
  constructor() {
    this.head = null;
    this.tail = null;
    this.length = 0;
  }

  push(v) {
    const node = { data: v, next: null };
    if (this.length === 0) this.head = node;
    else this.tail.next = node;
    this.tail = node;
    this.length++;
  }

  unshift(v) {
    const node = { data: v, next: this.head };
    if (this.length === 0) this.tail = node;
    this.head = node;
    this.length++;
  }

  shift() {
    const head = this.head;
    if (head === null) return undefined;
    this.head = head.next;
    if (--this.length === 0) this.tail = null;
    return head.data;
  }

  clear() {
    this.head = this.tail = null;
    this.length = 0;
  }

  first() {
    return this.head.data;
  }

  join(separator) {
    let out = '';
    for (let p = this.head; p !== null; p = p.next) {
      out += p === this.head ? `${p.data}` : `${separator}${p.data}`;
    }
    return out;
  }

  // Copies all chunks into one Buffer of `n` bytes (the caller passes the total length).
  concat(n) {
    if (this.length === 0) return Buffer.alloc(0);
    const out = Buffer.allocUnsafe(n >>> 0);
    let offset = 0;
    for (let p = this.head; p !== null; p = p.next) {
      const d = p.data;
      out.set(d, offset);
      offset += d.length;
    }
    return out;
  }

  // Removes and returns the first `n` bytes (or characters when the chunks are strings).
  consume(n, hasStrings) {
    const data = this.head.data;
    if (n < data.length) {
      this.head.data = data.slice(n);
      return data.slice(0, n);
    }
    if (n === data.length) return this.shift();
    return hasStrings ? this.takeString(n) : this.takeBuffer(n);
  }

  takeString(n) {
    let out = '';
    let p = this.head;
    let dropped = 0;
    while (p !== null) {
      const str = p.data;
      if (n >= str.length) {
        out += str;
        n -= str.length;
        dropped++;
        p = p.next;
        if (n === 0) break;
      } else {
        out += str.slice(0, n);
        p.data = str.slice(n);
        break;
      }
    }
    this.dropNodes(dropped, p);
    return out;
  }

  takeBuffer(n) {
    const out = Buffer.allocUnsafe(n);
    const total = n;
    let p = this.head;
    let dropped = 0;
    while (p !== null) {
      const buf = p.data;
      const offset = total - n;
      if (n >= buf.length) {
        out.set(buf, offset);
        n -= buf.length;
        dropped++;
        p = p.next;
        if (n === 0) break;
      } else {
        out.set(new Uint8Array(buf.buffer, buf.byteOffset, n), offset);
        p.data = buf.slice(n);
        break;
      }
    }
    this.dropNodes(dropped, p);
    return out;
  }

  dropNodes(count, newHead) {
    this.length -= count;
    this.head = newHead;
    if (newHead === null) this.tail = null;
  }

  *[Symbol.iterator]() {
    for (let p = this.head; p !== null; p = p.next) yield p.data;
  }
}

module.exports = BufferList;
