'use strict';
// Carries AsyncLocalStorage contexts into the runtime's own callbacks (timers, immediates): a callback captures
// the current frame when it is scheduled and runs inside it. async_hooks owns the frame (a Map of stores, never
// mutated once current) and installs its accessors when it loads; before that no store exists to carry.

const emptyFrame = new Map();
let getFrame = null;
let setFrame = null;

function install(get, set) {
  getFrame = get;
  setFrame = set;
}

function isInstalled() {
  return getFrame !== null;
}

// The frame for a callback scheduled now, or undefined when no store is set (the common case: nothing to keep).
function captureFrame() {
  if (getFrame === null) return undefined;
  const frame = getFrame();
  return frame.size === 0 ? undefined : frame;
}

// Makes `frame` (undefined: no stores) current; returns the frame to give back to exitFrame. Installed only.
function enterFrame(frame) {
  const previous = getFrame();
  setFrame(frame ?? emptyFrame);
  return previous;
}

function exitFrame(previous) {
  setFrame(previous);
}

module.exports = { install, isInstalled, captureFrame, enterFrame, exitFrame };
