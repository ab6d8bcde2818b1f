'use strict';
// An HDR histogram (Gil Tene's High Dynamic Range design, as node's histograms use): values are counted in
// buckets whose width keeps `figures` significant decimal digits, so statistics come out bucketed exactly
// like node's. Counts live in a Map keyed by each bucket's lowest value; values stay below 2^53.

const kInt64Max = 9223372036854775807;

// floor(log2(v)) for an integer 1 <= v < 2^53, exact where Math.log2 rounds.
function floorLog2(v) {
  if (v < 0x100000000) return 31 - Math.clz32(v);
  return 63 - Math.clz32(Math.floor(v / 0x100000000));
}

class Hdr {
  constructor(lowest, highest, figures) {
    this.highest = highest;
    this.unitMagnitude = floorLog2(lowest);
    const subBucketCountMagnitude = Math.ceil(Math.log2(2 * 10 ** figures));
    this.subBucketHalfCountMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.counts = new Map();
    this.sortedKeys = null;
    this.reset();
  }

  reset() {
    this.counts.clear();
    this.sortedKeys = null;
    this.total = 0;
    this.minValue = kInt64Max;
    this.maxValue = 0;
    this.exceeds = 0;
  }

  // log2 of the width of the bucket holding v.
  #shift(v) {
    const bucket = v === 0 ? 0 : Math.max(floorLog2(v) - this.unitMagnitude - this.subBucketHalfCountMagnitude, 0);
    return bucket + this.unitMagnitude;
  }

  lowestEquivalent(v) {
    const width = 2 ** this.#shift(v);
    return Math.floor(v / width) * width;
  }

  highestEquivalent(v) {
    return this.lowestEquivalent(v) + 2 ** this.#shift(v) - 1;
  }

  medianEquivalent(v) {
    return this.lowestEquivalent(v) + Math.floor(2 ** this.#shift(v) / 2);
  }

  // Counts `count` occurrences of v; false (and one more exceed) when v is above the trackable range.
  record(v, count = 1) {
    if (v > this.highest) {
      this.exceeds++;
      return false;
    }
    const key = this.lowestEquivalent(v);
    const prior = this.counts.get(key);
    if (prior === undefined) this.sortedKeys = null;
    this.counts.set(key, (prior ?? 0) + count);
    this.total += count;
    if (v !== 0 && v < this.minValue) this.minValue = v;
    if (v > this.maxValue) this.maxValue = v;
    return true;
  }

  // Adds every value counted by other (at its bucket's lowest value), plus its exceeds.
  add(other) {
    for (const [key, count] of other.counts) this.record(key, count);
    this.exceeds += other.exceeds;
  }

  keys() {
    this.sortedKeys ??= [...this.counts.keys()].sort((a, b) => a - b);
    return this.sortedKeys;
  }

  min() {
    if (this.counts.get(0) > 0) return 0;
    return this.minValue === kInt64Max ? kInt64Max : this.lowestEquivalent(this.minValue);
  }

  max() {
    return this.maxValue === 0 ? 0 : this.highestEquivalent(this.maxValue);
  }

  mean() {
    let sum = 0;
    for (const key of this.keys()) sum += this.counts.get(key) * this.medianEquivalent(key);
    return sum / this.total;
  }

  // Summed in ascending order, squared deviation times count, for node's exact rounding.
  stddev() {
    const mean = this.mean();
    let sum = 0;
    for (const key of this.keys()) {
      const d = this.medianEquivalent(key) - mean;
      sum += (d * d) * this.counts.get(key);
    }
    return Math.sqrt(sum / this.total);
  }

  // The highest value of the bucket holding the value at percentile p (0 < p <= 100).
  percentile(p) {
    const wanted = Math.max(Math.floor((Math.min(p, 100) / 100) * this.total + 0.5), 1);
    let seen = 0;
    for (const key of this.keys()) {
      seen += this.counts.get(key);
      if (seen >= wanted) return this.highestEquivalent(key);
    }
    return this.highestEquivalent(0);
  }

  // The percentile ladder node reports: 0, 50, 75, 87.5, ... each step halving the distance to 100, every
  // step paired with the lowest value of the first bucket reaching it, then 100 once all counts are seen.
  percentiles(map, convert) {
    let target = 0;
    let seen = 0;
    let last = 0;
    for (const key of this.keys()) {
      seen += this.counts.get(key);
      last = key;
      const reached = (100 * seen) / this.total;
      while (target <= reached) {
        map.set(target, convert(key));
        const halvings = Math.floor(Math.log(100 / (100 - target)) / Math.log(2)) + 1;
        target += 100 / 2 ** halvings;
        if (seen >= this.total) break;
      }
      if (seen >= this.total) break;
    }
    map.set(100, convert(last));
    return map;
  }
}

module.exports = { Hdr, kInt64Max };
