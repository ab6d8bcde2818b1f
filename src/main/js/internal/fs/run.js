'use strict';
// Compound fs operations (mkdir -p, rm -r, readdir -r, realpath, cp, readFile, …) are written once, as generators
// that yield binding calls `[name, ...args]` and receive the raw result (a value, or a negative errno). runSync
// performs each call at once; runAsync performs it on the thread pool and resumes the generator when it completes.
// `['call', fn, ...args]` calls a user function (awaited in the async driver).

const binding = internalBinding('fs');
const { newRequest } = require('internal/async_requests');

const statValues = new Float64Array(binding.statValues);

function callSync(op) {
  const name = op[0];
  switch (op.length) {
    case 2: return binding[name](op[1]);
    case 3: return binding[name](op[1], op[2]);
    case 4: return binding[name](op[1], op[2], op[3]);
    case 5: return binding[name](op[1], op[2], op[3], op[4]);
    case 6: return binding[name](op[1], op[2], op[3], op[4], op[5]);
    default: return binding[name](...op.slice(1));
  }
}

function runSync(gen) {
  let step = gen.next();
  while (!step.done) {
    const op = step.value;
    let result;
    if (op[0] === 'call') {
      result = op[1](...op.slice(2));
    } else {
      result = callSync(op);
      // A synchronous stat leaves its fields in the shared array.
      if (result === 0 && (op[0] === 'stat' || op[0] === 'lstat' || op[0] === 'fstat')) result = statValues;
    }
    step = gen.next(result);
  }
  return step.value;
}

function callAsync(op) {
  if (op[0] === 'call') return Promise.resolve(op[1](...op.slice(2)));
  return new Promise((resolve) => {
    binding[op[0]](...op.slice(1), newRequest(resolve, 'FSReqPromise'));
  });
}

async function runAsync(gen) {
  let step = gen.next();
  while (!step.done) {
    let result;
    try {
      result = await callAsync(step.value);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(result);
  }
  return step.value;
}

module.exports = { runSync, runAsync };
