'use strict';
// Object-mode stream pipe: Readable -> Transform -> Writable via stream.pipeline, 200k small objects
// (default objectMode highWaterMark 16). Reports ms for 200k: the median of 5 measured pipelines.
const { now, report } = require('./harness');
const { Readable, Transform, Writable, pipeline } = require('stream');

// Runs measure(done(ms)) `reps` times one after the other, then reports the median ms.
function repeat(reps, measure) {
  const times = [];
  (function next() {
    if (times.length === reps) {
      times.sort((a, b) => a - b);
      const m = reps >> 1;
      return report('ms', reps % 2 ? times[m] : (times[m - 1] + times[m]) / 2);
    }
    measure((ms) => { times.push(ms); next(); });
  })();
}

function run(n, done) {
  let i = 0, sum = 0;
  const src = new Readable({
    objectMode: true,
    read() {
      while (i < n) { if (!this.push({ i: i++ })) return; }
      this.push(null);
    },
  });
  const map = new Transform({ objectMode: true, transform(o, _enc, cb) { cb(null, { v: o.i * 2 }); } });
  const sinkStream = new Writable({ objectMode: true, write(o, _enc, cb) { sum += o.v; cb(); } });
  pipeline(src, map, sinkStream, (err) => {
    if (err) throw err;
    if (sum !== n * (n - 1)) throw new Error('bad sum ' + sum);
    done();
  });
}

run(20000, () => {                  // warmup
  repeat(5, (done) => {
    const t0 = now();
    run(200000, () => done(now() - t0));
  });
});
