// The edits that turn one order of keys into another: deletions, then insertions. Used both ways:
// to bring a collection's Yjs order array to the plan's order (the array may hold duplicates or
// keys of records already gone, after concurrent edits), and to turn a remote change of the order
// into `remove` / `add` patches on the plan's list. Keys kept in their relative order are never
// touched, so a concurrent insert next to them keeps its place.

export interface OrderEdits {
  /** [index, count] in the current order, highest index first: apply in this order */
  deletions: [number, number][];
  /** [index, keys] in the order after the deletions, lowest index first: apply in this order */
  insertions: [number, string[]][];
}

/** Positions (into `values`) of one longest strictly increasing subsequence. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = previous[i]!) kept.add(i);
  return kept;
}

/** `target` must not repeat a key; `current` may (later copies are deleted). */
export function orderEdits(current: readonly string[], target: readonly string[]): OrderEdits {
  const targetIndex = new Map<string, number>();
  target.forEach((key, i) => targetIndex.set(key, i));
  // first copy of each key the target keeps
  const candidates: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < current.length; i++) {
    const key = current[i]!;
    if (!targetIndex.has(key) || seen.has(key)) continue;
    seen.add(key);
    candidates.push(i);
  }
  const positions = candidates.map((i) => targetIndex.get(current[i]!)!);
  let inOrder = true;
  for (let i = 1; i < positions.length; i++) if (positions[i]! < positions[i - 1]!) inOrder = false;
  // a reorder: keep the longest run already in order, move the others (delete and insert again)
  const keptCandidates = inOrder ? null : longestIncreasing(positions);
  const keep = new Set<number>();
  candidates.forEach((index, c) => {
    if (!keptCandidates || keptCandidates.has(c)) keep.add(index);
  });

  const deletions: [number, number][] = [];
  for (let i = current.length - 1; i >= 0; ) {
    if (keep.has(i)) {
      i--;
      continue;
    }
    let start = i;
    while (start - 1 >= 0 && !keep.has(start - 1)) start--;
    deletions.push([start, i - start + 1]);
    i = start - 1;
  }

  const remaining = current.filter((_, i) => keep.has(i));
  const insertions: [number, string[]][] = [];
  let r = 0;
  for (let t = 0; t < target.length; ) {
    if (r < remaining.length && remaining[r] === target[t]) {
      r++;
      t++;
      continue;
    }
    const start = t;
    const keys: string[] = [];
    while (t < target.length && !(r < remaining.length && remaining[r] === target[t])) keys.push(target[t++]!);
    insertions.push([start, keys]);
  }
  return { deletions, insertions };
}

/** The order after the edits (what applying them gives; used by tests). */
export function applyOrderEdits(current: readonly string[], edits: OrderEdits): string[] {
  const out = [...current];
  for (const [index, count] of edits.deletions) out.splice(index, count);
  for (const [index, keys] of edits.insertions) out.splice(index, 0, ...keys);
  return out;
}
