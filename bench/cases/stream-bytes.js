'use strict';
// Byte stream pipe: Readable (16 KiB chunks, the same Buffer pushed again and again) -> PassThrough
// -> Writable via stream.pipeline; 256 MiB per pipeline, repeated for ~0.7 s. Reports MB/s of bytes
// through the pipe.
const { now, report } = require('./harness');
const { Readable, PassThrough, Writable, pipeline } = require('stream');

const CHUNK = Buffer.alloc(16 * 1024, 'x');
function run(total, done) {
  let sent = 0, got = 0;
  const src = new Readable({
    read() {
      while (sent < total) { sent += CHUNK.length; if (!this.push(CHUNK)) return; }
      this.push(null);
    },
  });
  const dst = new Writable({ write(chunk, _enc, cb) { got += chunk.length; cb(); } });
  pipeline(src, new PassThrough(), dst, (err) => {
    if (err) throw err;
    if (got !== total) throw new Error('got ' + got + ' of ' + total);
    done();
  });
}

// Whole 256 MiB pipelines, one after the other, until 700 ms have passed.
const ROUND = 256 * 1024 * 1024;
run(ROUND, () => {                  // warmup
  let bytes = 0;
  const t0 = now();
  (function next() {
    const ms = now() - t0;
    if (ms >= 700) return report('MB/s', bytes / 1e6 / (ms / 1000));
    run(ROUND, () => { bytes += ROUND; next(); });
  })();
});
