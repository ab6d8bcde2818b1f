'use strict';
// worker_threads: workers on their own isolates and threads, message ports between any of them, and the facts
// of the current thread.

const { markAsUntransferable, isMarkedAsUntransferable } = require('internal/buffer');
const {
  BroadcastChannel, MessageChannel, MessagePort, receiveMessageOnPort,
} = require('internal/worker/io');
const { SHARE_ENV, Worker, thread, getEnvironmentData, setEnvironmentData } = require('internal/worker');

module.exports = {
  isMainThread: thread.isMainThread,
  MessagePort,
  MessageChannel,
  markAsUntransferable,
  isMarkedAsUntransferable,
  parentPort: thread.parentPort,
  receiveMessageOnPort,
  resourceLimits: thread.resourceLimits,
  threadId: thread.threadId,
  SHARE_ENV,
  Worker,
  workerData: thread.workerData,
  BroadcastChannel,
  getEnvironmentData,
  setEnvironmentData,
};
