'use strict';
// Intrusive circular doubly linked lists through `_idleNext` / `_idlePrev`; the list object is its own sentinel.
// Walking `_idlePrev` from the list goes oldest → newest (peek gives the oldest); timers rely on that order.

function init(list) {
  list._idleNext = list;
  list._idlePrev = list;
  return list;
}

// The oldest item of `list`, or null when it is empty; on an item, the one appended after it.
function peek(list) {
  if (list._idlePrev === list) return null;
  return list._idlePrev;
}

function remove(item) {
  if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
  if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
  item._idleNext = null;
  item._idlePrev = null;
}

// Adds `item` as the newest entry, taking it out of any list it was in.
function append(list, item) {
  if (item._idleNext || item._idlePrev) remove(item);
  item._idleNext = list._idleNext;
  list._idleNext._idlePrev = item;
  item._idlePrev = list;
  list._idleNext = item;
}

function isEmpty(list) {
  return list._idleNext === list;
}

module.exports = { init, peek, remove, append, isEmpty };
