'use strict';
// Stream methods and properties: flush kinds, params(), reset(), close(), bytesWritten, info, the constants and
// legacy top-level constants, crc32, and classes callable without new.
const assert = require('assert');
const zlib = require('zlib');

const done = [];
process.on('exit', () => assert.deepStrictEqual(done.sort(), ['close', 'flush', 'info', 'params', 'reset']));

// flush() makes everything written so far decodable.
{
  const d = zlib.createDeflate();
  const chunks = [];
  d.on('data', (c) => chunks.push(c));
  d.write('first part ');
  d.flush(() => {
    const soFar = Buffer.concat(chunks);
    assert.strictEqual(zlib.inflateSync(soFar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(), 'first part ');
    assert.strictEqual(d.bytesWritten, 11);
    d.on('end', () => {
      assert.strictEqual(zlib.inflateSync(Buffer.concat(chunks)).toString(), 'first part second');
      done.push('flush');
    });
    d.end('second');
  });
}

// params() changes the level between flushed parts; the stream stays one valid stream.
{
  const d = zlib.createDeflate({ level: 1 });
  const chunks = [];
  d.on('data', (c) => chunks.push(c));
  d.write('a'.repeat(5000));
  d.params(0, zlib.constants.Z_DEFAULT_STRATEGY, () => {
    d.end('b'.repeat(5000));
  });
  d.on('end', () => {
    const all = Buffer.concat(chunks);
    assert.strictEqual(zlib.inflateSync(all).toString(), 'a'.repeat(5000) + 'b'.repeat(5000));
    assert.ok(all.length > 5000, 'level 0 stores the second part');
    done.push('params');
  });
  assert.throws(() => d.params(10, 0), { code: 'ERR_OUT_OF_RANGE' });
}

// reset() starts a new stream on the same object.
{
  const inflate = zlib.createInflate();
  const out = [];
  inflate.on('data', (c) => out.push(c));
  inflate.write(zlib.deflateSync('abc').subarray(0, 4), () => {
    inflate.reset();
    inflate.end(zlib.deflateSync('xyz'));
  });
  inflate.on('end', () => {
    assert.ok(Buffer.concat(out).toString().endsWith('xyz'));
    done.push('reset');
  });
}

// close() destroys the stream and calls back once it closed.
{
  const g = zlib.createGzip();
  assert.strictEqual(g._closed, false);
  g.close(() => {
    assert.strictEqual(g._closed, true);
    assert.strictEqual(g.destroyed, true);
    assert.throws(() => g.reset(), /zlib binding closed/);
    done.push('close');
  });
}

// info: the engine comes back with the buffer.
{
  const { buffer, engine } = zlib.gzipSync('abc', { info: true });
  assert.ok(engine instanceof zlib.Gzip);
  assert.strictEqual(engine.bytesWritten, 3);
  assert.strictEqual(zlib.gunzipSync(buffer).toString(), 'abc');
  zlib.deflate('abc', { info: true }, (err, result) => {
    assert.ifError(err);
    assert.ok(result.engine instanceof zlib.Deflate);
    assert.strictEqual(zlib.inflateSync(result.buffer).toString(), 'abc');
    done.push('info');
  });
}

// Classes, inheritance and calls without new.
assert.ok(zlib.Deflate() instanceof zlib.Deflate);
assert.ok(new zlib.DeflateRaw() instanceof require('stream').Transform);
assert.strictEqual(Object.getPrototypeOf(zlib.Gunzip.prototype), Object.getPrototypeOf(zlib.Gzip.prototype));
assert.strictEqual(zlib.createUnzip().constructor, zlib.Unzip);

// Constants: node's values; legacy copies are hidden and read-only; codes map both ways.
assert.strictEqual(zlib.constants.Z_DEFAULT_CHUNK, 16384);
assert.strictEqual(zlib.constants.BROTLI_DEFAULT_QUALITY, 11);
assert.strictEqual(zlib.constants.Z_MAX_CHUNK, Infinity);
assert.strictEqual(Object.keys(zlib.constants).length, 107);
assert.strictEqual(zlib.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.Z_MAX_CHUNK, Infinity);
assert.strictEqual(zlib.BROTLI_DECODE, undefined);
assert.ok(!Object.keys(zlib).includes('Z_OK'));
assert.strictEqual(Object.getOwnPropertyDescriptor(zlib, 'Z_OK').writable, false);
assert.strictEqual(Object.getOwnPropertyDescriptor(zlib.constants, 'Z_OK').writable, false);
assert.strictEqual(zlib.codes.Z_BUF_ERROR, -5);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');

// crc32 continues from a previous value like zlib's.
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('hello', 12345), 1779074256);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32(Buffer.alloc(0), 7), 7);
assert.strictEqual(zlib.crc32(new Uint8Array([1, 2, 3])), 1438416925);
assert.strictEqual(zlib.crc32('ü'), zlib.crc32(Buffer.from('ü', 'utf8')));

// encoding and objectMode options do not reach the stream: output stays Buffers, objects are refused.
{
  const g = zlib.createGunzip({ encoding: 'utf8' });
  g.on('data', (d) => assert.ok(Buffer.isBuffer(d)));
  g.end(zlib.gzipSync('héllo'));
  assert.throws(() => zlib.createGunzip({ objectMode: true }).write({}), { code: 'ERR_INVALID_ARG_TYPE' });
}
