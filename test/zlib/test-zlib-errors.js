'use strict';
// node's errors: zlib's messages with errno and code for bad data, maxOutputLength, option and argument checks.
const assert = require('assert');
const zlib = require('zlib');

function dataError(fn, message, errno, code) {
  assert.throws(fn, (err) => {
    assert.strictEqual(err.constructor, Error);
    assert.strictEqual(err.message, message);
    assert.strictEqual(err.errno, errno);
    assert.strictEqual(err.code, code);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code']);
    return true;
  });
}
dataError(() => zlib.inflateSync(Buffer.from('garbage')), 'incorrect header check', -3, 'Z_DATA_ERROR');
dataError(() => zlib.gunzipSync(Buffer.from('garbage')), 'incorrect header check', -3, 'Z_DATA_ERROR');
dataError(() => zlib.unzipSync(Buffer.from('garbage')), 'incorrect header check', -3, 'Z_DATA_ERROR');
dataError(() => zlib.gunzipSync(zlib.gzipSync('abc').subarray(0, 5)), 'unexpected end of file', -5, 'Z_BUF_ERROR');
dataError(() => zlib.inflateSync(Buffer.alloc(0)), 'unexpected end of file', -5, 'Z_BUF_ERROR');
dataError(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff])), 'invalid block type', -3, 'Z_DATA_ERROR');
dataError(() => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 0xff, 0xff])), 'unknown compression method', -3,
          'Z_DATA_ERROR');
dataError(() => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 8, 0xe0])), 'unknown header flags set', -3, 'Z_DATA_ERROR');
const badCrc = zlib.gzipSync('abc');
badCrc[badCrc.length - 8] ^= 1;
dataError(() => zlib.gunzipSync(badCrc), 'incorrect data check', -3, 'Z_DATA_ERROR');
const badLength = zlib.gzipSync('abc');
badLength[badLength.length - 1] ^= 1;
dataError(() => zlib.gunzipSync(badLength), 'incorrect length check', -3, 'Z_DATA_ERROR');
const withDict = zlib.deflateSync('hello', { dictionary: Buffer.from('abc') });
dataError(() => zlib.inflateSync(withDict), 'Missing dictionary', 2, 'Z_NEED_DICT');
dataError(() => zlib.inflateSync(withDict, { dictionary: Buffer.from('abd') }), 'Bad dictionary', 2, 'Z_NEED_DICT');
dataError(() => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello').subarray(0, 3)), 'unexpected end of file',
          -5, 'Z_BUF_ERROR');
// Garbage after a gzip member that starts like another member is read as one.
dataError(() => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('abc'), Buffer.from([0x1f, 0x8b, 0xff, 0xff])])),
          'unknown compression method', -3, 'Z_DATA_ERROR');

// maxOutputLength, sync and async.
const tooLarge = { code: 'ERR_BUFFER_TOO_LARGE', name: 'RangeError', message: 'Cannot create a Buffer larger than 5 bytes' };
assert.throws(() => zlib.deflateSync('x'.repeat(1000), { maxOutputLength: 5 }), tooLarge);
assert.throws(() => zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 5 }), tooLarge);
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 1000 }).length, 1000);
let asyncErrors = 0;
zlib.inflate(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 5 }, (err, out) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(out, undefined);
  asyncErrors++;
});
zlib.gunzip(Buffer.from('abc'), (err) => {
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  asyncErrors++;
});
const stream = zlib.createInflate();
stream.on('error', (err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(stream.destroyed, true);
  asyncErrors++;
});
stream.end(Buffer.from('not zlib'));
process.on('exit', () => assert.strictEqual(asyncErrors, 3));

// Option checks.
const range = (name, text, received) => ({
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${text}. Received ${received}`,
});
assert.throws(() => zlib.deflateSync('x', { level: 10 }), range('options.level', '>= -1 and <= 9', 10));
assert.throws(() => zlib.deflateSync('x', { level: Infinity }), range('options.level', 'a finite number', 'Infinity'));
assert.throws(() => zlib.deflateSync('x', { chunkSize: 10 }), range('options.chunkSize', '>= 64', 10));
assert.throws(() => zlib.createGzip({ windowBits: 8 }), range('options.windowBits', '>= 9 and <= 15', 8));
assert.throws(() => zlib.createDeflate({ windowBits: 0 }), range('options.windowBits', '>= 8 and <= 15', 0));
assert.throws(() => zlib.createDeflate({ memLevel: 0 }), range('options.memLevel', '>= 1 and <= 9', 0));
assert.throws(() => zlib.createDeflate({ strategy: 5 }), range('options.strategy', '>= 0 and <= 4', 5));
assert.throws(() => zlib.createDeflate({ flush: 6 }), range('options.flush', '>= 0 and <= 5', 6));
assert.throws(() => zlib.createDeflate({ maxOutputLength: 0 }),
              range('options.maxOutputLength', '>= 1 and <= 4294967296', 0));
zlib.createInflate({ windowBits: 0 }).close();
zlib.createDeflate({ level: NaN }).close();
assert.throws(() => zlib.deflateSync('x', { level: 'a' }), {
  code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError',
  message: 'The "options.level" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => zlib.createDeflate({ dictionary: 'abc' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.dictionary" property must be an instance of Buffer, TypedArray, DataView, or ArrayBuffer.' +
    ' Received type string (\'abc\')',
});
assert.throws(() => zlib.deflateSync(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, DataView, or ' +
    'ArrayBuffer. Received type number (5)',
});
assert.throws(() => zlib.deflate('x'), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => zlib.brotliCompressSync('x', { params: { 99: 1 } }), {
  code: 'ERR_BROTLI_INVALID_PARAM', name: 'RangeError', message: '99 is not a valid Brotli parameter',
});
assert.throws(() => zlib.brotliCompressSync('x', { params: { 1: 'a' } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. Received type string (\'a\')',
});
assert.throws(() => zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING]: 42 } }),
              { code: 'ERR_ZLIB_INITIALIZATION_FAILED', name: 'Error', message: 'Initialization failed' });
assert.throws(() => zlib.crc32(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.crc32('a', -1), { code: 'ERR_OUT_OF_RANGE' });
