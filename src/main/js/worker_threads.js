'use strict';
// worker_threads as seen from the main thread. Worker, MessageChannel and BroadcastChannel come with the
// worker work (issue 3); the facts about the current thread and the environment data are complete here.

const { markAsUntransferable, isMarkedAsUntransferable } = require('internal/buffer');

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

module.exports = {
  isMainThread: true,
  parentPort: null,
  resourceLimits: {},
  threadId: 0,
  workerData: null,
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  markAsUntransferable,
  isMarkedAsUntransferable,
  getEnvironmentData,
  setEnvironmentData,
};
