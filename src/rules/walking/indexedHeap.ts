// A binary min-heap of items 0 … n-1, each held at most once, whose keys can move either way:
// the distance field's Dijkstra queue. With a plain heap every improved bound was pushed again,
// so the heap of a big floor grew to millions of stale entries and popping them was most of the
// settle's own time.

import { ScratchArrays } from './scratchArrays.ts';

export class IndexedHeap {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  /** per item: its place in the heap, -1 when out */
  private readonly place: Int32Array;
  private size = 0;

  /** scratch: where the arrays come from (else they are allocated) */
  constructor(capacity: number, scratch = new ScratchArrays()) {
    this.items = scratch.int32(capacity);
    this.keys = scratch.float64(capacity);
    this.place = scratch.int32(capacity, -1);
  }

  get length(): number {
    return this.size;
  }

  /** The smallest key; the heap must not be empty (a number alone: number-or-undefined came back boxed, one allocation a pop). */
  peekKey(): number {
    return this.keys[0]!;
  }

  /** Put the item in with this key, or move it to this key when it is in already. */
  set(item: number, key: number): void {
    let at = this.place[item]!;
    if (at < 0) {
      at = this.size++;
      this.items[at] = item;
      this.place[item] = at;
    } else if (key > this.keys[at]!) {
      this.keys[at] = key;
      this.down(at);
      return;
    }
    this.keys[at] = key;
    this.up(at);
  }

  /** Take out the item with the smallest key (ties: no promised order). */
  pop(): number {
    const top = this.items[0]!;
    this.place[top] = -1;
    const last = --this.size;
    if (last > 0) {
      this.items[0] = this.items[last]!;
      this.keys[0] = this.keys[last]!;
      this.place[this.items[0]!] = 0;
      this.down(0);
    }
    return top;
  }

  private up(at: number): void {
    const { items, keys, place } = this;
    const item = items[at]!;
    const key = keys[at]!;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (keys[parent]! <= key) break;
      items[at] = items[parent]!;
      keys[at] = keys[parent]!;
      place[items[at]!] = at;
      at = parent;
    }
    items[at] = item;
    keys[at] = key;
    place[item] = at;
  }

  private down(at: number): void {
    const { items, keys, place } = this;
    const item = items[at]!;
    const key = keys[at]!;
    const half = this.size >> 1;
    while (at < half) {
      let child = 2 * at + 1;
      if (child + 1 < this.size && keys[child + 1]! < keys[child]!) child++;
      if (keys[child]! >= key) break;
      items[at] = items[child]!;
      keys[at] = keys[child]!;
      place[items[at]!] = at;
      at = child;
    }
    items[at] = item;
    keys[at] = key;
    place[item] = at;
  }
}
