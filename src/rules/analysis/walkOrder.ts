// The order the aisle analysis walks its seats in (aisleWidth.ts): the longest walk first, the
// seats that reach no exit (a walk that is not finite) last, ties by index. The comparison is a
// strict total order, so the order is unique: any correct sort gives it. A merge sort of the
// indices, comparing inline, where the engine's sort calls a comparison function some n log n
// times (the from-nothing check sorts every seat).

/** Whether seat a comes before seat b (by their walks, then their indices). */
export function walksBefore(walking: Float64Array, a: number, b: number): boolean {
  const wa = walking[a]!;
  const wb = walking[b]!;
  const fa = Number.isFinite(wa);
  if (fa !== Number.isFinite(wb)) return fa;
  // finite walks that differ (-0 and +0 do not): the longer first
  if (fa && wa !== wb) return wa > wb;
  return a < b;
}

/** Sorts `order` (seat indices) by walksBefore; `scratch` at least as long as `order`. */
export function sortByWalk(order: number[], walking: Float64Array, scratch: Int32Array = new Int32Array(order.length)): void {
  const n = order.length;
  // runs of 8 by insertion, then merged pairwise between order and scratch
  for (let from = 0; from < n; from += 8) {
    const to = Math.min(n, from + 8);
    for (let i = from + 1; i < to; i++) {
      const s = order[i]!;
      let j = i - 1;
      while (j >= from && walksBefore(walking, s, order[j]!)) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = s;
    }
  }
  let source: ArrayLike<number> & { [i: number]: number } = order;
  let target: ArrayLike<number> & { [i: number]: number } = scratch;
  for (let width = 8; width < n; width *= 2) {
    for (let from = 0; from < n; from += 2 * width) {
      const middle = Math.min(n, from + width);
      const to = Math.min(n, from + 2 * width);
      let i = from;
      let j = middle;
      let k = from;
      while (i < middle && j < to) target[k++] = walksBefore(walking, source[j]!, source[i]!) ? source[j++]! : source[i++]!;
      while (i < middle) target[k++] = source[i++]!;
      while (j < to) target[k++] = source[j++]!;
    }
    const swap = source;
    source = target;
    target = swap;
  }
  if (source !== order) for (let i = 0; i < n; i++) order[i] = source[i]!;
}
