import { describe, expect, it } from 'vitest';
import { DEFAULT_THIN_POLICY, revisionsToDrop, type ThinnableRevision } from '../../src/persistence/thinRevisions.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
// a Thursday 00:00 UTC: day and week buckets are slices of epoch time
const NOW = Date.UTC(2026, 4, 28);

function revs(times: number[], named: Record<number, string> = {}): ThinnableRevision[] {
  return times.map((created, i) => ({ revision: i + 1, created, name: named[i + 1] ?? null }));
}

describe('revisionsToDrop', () => {
  it('drops nothing while there are at most 50 revisions, however close together', () => {
    const times = Array.from({ length: 50 }, (_, i) => NOW - 40 * DAY + i);
    expect(revisionsToDrop(revs(times), NOW)).toEqual([]);
  });

  it('keeps the newest 50 and thins the 51st onwards to one per hour', () => {
    // 60 revisions one minute apart, all within the last day; revision 60 is newest
    const times = Array.from({ length: 60 }, (_, i) => NOW - 2 * HOUR + i * MIN);
    // revisions 1..10 are at minutes 0..9 of the hour NOW-2h: only the newest of them (10) stays
    expect(revisionsToDrop(revs(times), NOW)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('never drops a named revision', () => {
    const times = Array.from({ length: 60 }, (_, i) => NOW - 2 * HOUR + i * MIN);
    expect(revisionsToDrop(revs(times, { 1: '报批版', 5: '评审' }), NOW)).toEqual([2, 3, 4, 6, 7, 8, 9]);
  });

  it('keeps one per day between one and thirty days old, one per week beyond', () => {
    const keepLatest = { ...DEFAULT_THIN_POLICY, keepLatest: 0 };
    const times = [
      NOW - 40 * DAY + 1 * HOUR, // 1 ┐ same week (NOW-40d .. NOW-38d, the week starting on a Thursday)
      NOW - 39 * DAY, //            2 ┘ → 2 kept
      NOW - 3 * DAY + 1 * HOUR, //  3 ┐ same day → 4 kept
      NOW - 3 * DAY + 5 * HOUR, //  4 ┘
      NOW - 23 * HOUR, //           5 ┐ two revisions in the last day but in different hours: both kept
      NOW - 2 * HOUR, //            6 ┘
    ];
    expect(revisionsToDrop(revs(times), NOW, keepLatest)).toEqual([1, 3]);
  });

  it('uses fixed buckets: the border of an hour separates two revisions one minute apart', () => {
    const keepLatest = { ...DEFAULT_THIN_POLICY, keepLatest: 0 };
    const times = [NOW - 3 * HOUR - MIN, NOW - 3 * HOUR, NOW - 3 * HOUR + MIN];
    // 1 is at 20:59, 2 and 3 at 21:00 and 21:01
    expect(revisionsToDrop(revs(times), NOW, keepLatest)).toEqual([2]);
  });
});
