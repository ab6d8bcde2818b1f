'use strict';
// HTTPParser: JS face of internalBinding('http_parser') (the Java parser in llhttp's role). One execute() is one
// crossing: Java parses the whole chunk and reports what happened as a list of events in a shared Int32Array
// (`events`: count, more, consumed, used length, then the events) plus one string holding every text field separated by NUL; this decodes them and calls
//   onHeaders({ versionMajor, versionMinor, method, url, statusCode, statusMessage, headers, upgrade,
//               shouldKeepAlive }) → true to skip the body (a response to HEAD),
//   onBody(buffer) with a view of the input (no copy), onMessageComplete(trailers or null).
// Errors come back as Error objects with node's code (HPE_*), reason and bytesParsed.

const binding = internalBinding('http_parser');
const events = new Int32Array(binding.events);

const EVENT_HEADERS = 1;
const EVENT_BODY = 2;
const EVENT_COMPLETE = 3;
const EVENT_ERROR = 4;
const EVENT_TRAILERS = 5;
const FLAG_UPGRADE = 1;
const FLAG_KEEP_ALIVE = 2;

class HTTPParser {
  static REQUEST = 0;
  static RESPONSE = 1;

  constructor(type, maxHeaderSize, lenient) {
    this.type = type;
    this._id = binding.create(type, maxHeaderSize ?? 0, Boolean(lenient));
    this._current = null;
    this.onHeaders = null;
    this.onBody = null;
    this.onMessageComplete = null;
    this.upgraded = false;
    this.trailers = null;
    // For responses: the next one answers a HEAD request, so it has no body whatever its headers say.
    this.expectHead = false;
  }

  // Parses `buf`; returns the number of bytes consumed (less than buf.length after an upgrade) or an Error.
  execute(buf) {
    this._current = buf;
    let offset = 0;
    const end = buf.length;
    const base = buf.byteOffset;
    do {
      const texts = binding.execute(this._id, buf.buffer, base + offset, end - offset, this.expectHead);
      // Java stops early when its event list is full; it then goes on from where it stopped.
      const more = events[1] === 1;
      const result = this._dispatch(texts, buf, offset);
      if (typeof result !== 'number') {
        this._current = null;
        return result;
      }
      offset += result;
      if (!more || result === 0 || this.upgraded) break;
    } while (offset < end);
    this._current = null;
    return offset;
  }

  finish() {
    const texts = binding.finish(this._id);
    const result = this._dispatch(texts, null, 0);
    return typeof result === 'number' ? undefined : result;
  }

  getCurrentBuffer() {
    return this._current;
  }

  free() {
    if (this._id !== -1) binding.free(this._id);
    this._id = -1;
  }

  // Walks the event list of the last call; returns the consumed count or an Error.
  _dispatch(texts, buf, bufOffset) {
    const count = events[0];
    const consumed = events[2];
    // A copy: callbacks may run other parsers, which reuse the shared list.
    const list = events.slice(4, 4 + events[3]);
    let at = 0;
    let t = 0;
    const fields = texts === '' ? null : texts.split('\0');
    for (let e = 0; e < count; e++) {
      switch (list[at++]) {
        case EVENT_HEADERS: {
          const versionMajor = list[at++];
          const versionMinor = list[at++];
          const statusCode = list[at++];
          const flags = list[at++];
          const headerCount = list[at++];
          const method = fields[t++];
          const url = fields[t++];
          const statusMessage = fields[t++];
          const headers = fields.slice(t, t + headerCount * 2);
          t += headerCount * 2;
          if ((flags & FLAG_UPGRADE) !== 0) this.upgraded = true;
          this.onHeaders({
            versionMajor,
            versionMinor,
            method: this.type === HTTPParser.REQUEST ? method : undefined,
            url: this.type === HTTPParser.REQUEST ? url : '',
            statusCode: this.type === HTTPParser.RESPONSE ? statusCode : undefined,
            statusMessage: this.type === HTTPParser.RESPONSE ? statusMessage : undefined,
            headers,
            upgrade: (flags & FLAG_UPGRADE) !== 0,
            shouldKeepAlive: (flags & FLAG_KEEP_ALIVE) !== 0,
          });
          break;
        }
        case EVENT_BODY: {
          const start = list[at++];
          const length = list[at++];
          if (this.onBody !== null) this.onBody(buf.subarray(bufOffset + start, bufOffset + start + length));
          break;
        }
        case EVENT_TRAILERS: {
          const n = list[at++] * 2;
          this.trailers = fields.slice(t, t + n);
          t += n;
          break;
        }
        case EVENT_COMPLETE: {
          const trailers = this.trailers;
          this.trailers = null;
          if (this.onMessageComplete !== null) this.onMessageComplete(trailers);
          break;
        }
        case EVENT_ERROR: {
          const bytesParsed = list[at++];
          const err = new Error(`Parse Error: ${fields[t + 1]}`);
          err.bytesParsed = bufOffset + bytesParsed;
          err.code = fields[t];
          err.reason = fields[t + 1];
          t += 2;
          return err;
        }
      }
    }
    return consumed;
  }
}

module.exports = { HTTPParser };
