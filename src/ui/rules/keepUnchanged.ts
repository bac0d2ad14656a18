// The rule panel's lists keep their objects across results: a row whose findings are the same
// objects as before (the checks client keeps an unchanged finding's object, src/editor/checks.ts)
// stays the row object it was, so its memoized component skips rendering. A 2,000-seat floor has
// hundreds of findings, and a desk nudge changes a few of them.
import type { FindingGroup } from '../../rules/findingGroups.ts';
import type { Finding } from '../../rules/results.ts';
import type { AreaGroup } from './scope.ts';

/** The same findings (the same objects) in the same order. */
export function sameFindings(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `next`, with each item equal to one of `previous` (same key, `same`) replaced by that one; the
 * previous list itself when every item is kept in the same order.
 */
export function keepUnchanged<T>(previous: readonly T[] | null, next: T[], keyOf: (item: T) => string, same: (a: T, b: T) => boolean): T[] {
  if (!previous || previous.length === 0) return next;
  const byKey = new Map(previous.map((item) => [keyOf(item), item]));
  let all = next.length === previous.length;
  const kept = next.map((item, i) => {
    const old = byKey.get(keyOf(item));
    const keep = old !== undefined && same(old, item) ? old : item;
    if (keep !== previous[i]) all = false;
    return keep;
  });
  return all ? (previous as T[]) : kept;
}

export const keepAreaGroups = (previous: readonly AreaGroup[] | null, next: AreaGroup[]): AreaGroup[] =>
  keepUnchanged(
    previous,
    next,
    (g) => g.area,
    (a, b) => a.counts.fail === b.counts.fail && a.counts.warn === b.counts.warn && a.counts.pass === b.counts.pass && a.counts.na === b.counts.na && sameFindings(a.findings, b.findings),
  );

// a row is its findings: rule, status, requirement and clause are theirs
export const keepFindingRows = (previous: readonly FindingGroup[] | null, next: FindingGroup[]): FindingGroup[] =>
  keepUnchanged(previous, next, (g) => g.key, (a, b) => sameFindings(a.findings, b.findings));
