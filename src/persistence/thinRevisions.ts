// Which revisions to forget as a project ages. Every save point is kept at first; older ones are
// thinned to the newest per hour (first day), per day (first 30 days), then per week. The
// newest `keepLatest` revisions and every named revision are never dropped. Buckets are fixed
// slices of epoch time, so thinning again later never drops a revision it kept for a coarser
// bucket: the newest of an hour that is also the newest of its day stays.

export interface ThinnableRevision {
  revision: number;
  /** ms since epoch */
  created: number;
  name: string | null;
}

export interface ThinPolicy {
  keepLatest: number;
  /** ages below this keep one per hour */
  hourlyFor: number;
  /** ages below this (and above hourlyFor) keep one per day; older keep one per week */
  dailyFor: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

export const DEFAULT_THIN_POLICY: ThinPolicy = { keepLatest: 50, hourlyFor: DAY, dailyFor: 30 * DAY };

function bucketOf(created: number, now: number, policy: ThinPolicy): string {
  const age = now - created;
  if (age < policy.hourlyFor) return `h${Math.floor(created / HOUR)}`;
  if (age < policy.dailyFor) return `d${Math.floor(created / DAY)}`;
  return `w${Math.floor(created / WEEK)}`;
}

/** Revision numbers to delete, ascending. */
export function revisionsToDrop(revisions: readonly ThinnableRevision[], now: number, policy: ThinPolicy = DEFAULT_THIN_POLICY): number[] {
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  const seenBuckets = new Set<string>();
  const drop: number[] = [];
  newestFirst.forEach((r, index) => {
    if (index < policy.keepLatest || r.name !== null) return;
    const bucket = bucketOf(r.created, now, policy);
    if (seenBuckets.has(bucket)) drop.push(r.revision);
    else seenBuckets.add(bucket);
  });
  return drop.sort((a, b) => a - b);
}
