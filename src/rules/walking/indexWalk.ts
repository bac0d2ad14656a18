// Flatbush's collides() without its per-call allocation: the hot visibility and point tests call
// it hundreds of thousands of times per floor, and each call's fresh stack array was a large share
// of the garbage a check makes. Reads the index's own arrays (flatbush 4.7, pinned in package.json;
// test/rules/walking/indexWalk.test.ts compares it with collides() on random boxes).
import type Flatbush from 'flatbush';

interface FlatbushInternals {
  _boxes: Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array;
  _indices: Uint16Array | Uint32Array;
  _levelBounds: number[];
  nodeSize: number;
  numItems: number;
}

/** A reusable stack for anyItemIn (one per caller that may nest: the caller owns it). */
export class IndexStack {
  data = new Int32Array(64);
}

/** Whether any item whose box meets the query box passes `accept` (flatbush collides()). */
export function anyItemIn(index: Flatbush, stack: IndexStack, minX: number, minY: number, maxX: number, maxY: number, accept: (item: number) => boolean): boolean {
  const { _boxes: boxes, _indices: indices, _levelBounds: levelBounds, nodeSize, numItems } = index as unknown as FlatbushInternals;
  const numItems4 = numItems * 4;
  let q = stack.data;
  let top = 0;
  let nodeIndex = boxes.length - 4;
  let level = levelBounds.length - 1;
  for (;;) {
    const end = Math.min(nodeIndex + nodeSize * 4, levelBounds[level]!);
    const isNode = nodeIndex >= numItems4;
    for (let pos = nodeIndex; pos < end; pos += 4) {
      if (maxX < boxes[pos]! || maxY < boxes[pos + 1]! || minX > boxes[pos + 2]! || minY > boxes[pos + 3]!) continue;
      const item = indices[pos >> 2]! | 0;
      if (isNode) {
        if (top + 2 > q.length) {
          const grown = new Int32Array(q.length * 2);
          grown.set(q);
          stack.data = q = grown;
        }
        q[top++] = item;
        q[top++] = level - 1;
      } else if (accept(item)) {
        return true;
      }
    }
    if (top === 0) return false;
    level = q[--top]!;
    nodeIndex = q[--top]!;
  }
}
