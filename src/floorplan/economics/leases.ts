// Lease dates: whole months of a lease and whether it runs on a given day. Dates are ISO
// YYYY-MM-DD; the end day is the lease's last day (inclusive).

function parts(day: string): [number, number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

/**
 * Whole months from `start` to the day after `end` (a lease 2026-01-01 … 2028-12-31 runs 36
 * months, 2026-01-15 … 2027-01-14 runs 12); a part month at the end is dropped. Null when a date
 * is missing or malformed, 0 when the end comes before the start.
 */
export function leaseMonths(start: string | undefined, end: string | undefined): number | null {
  const a = start ? parts(start) : null;
  const e = end ? parts(end) : null;
  if (!a || !e) return null;
  const after = new Date(Date.UTC(e[0], e[1] - 1, e[2] + 1));
  const [y, m, d] = [after.getUTCFullYear(), after.getUTCMonth() + 1, after.getUTCDate()];
  const months = (y - a[0]) * 12 + (m - a[1]) - (d < a[2] ? 1 : 0);
  return Math.max(0, months);
}

export type LeaseStatus = 'future' | 'running' | 'ended';

/** Where a lease stands on `day`; a missing start or end leaves that side open. */
export function leaseStatus(lease: { leaseStart?: string; leaseEnd?: string }, day: string): LeaseStatus {
  if (lease.leaseStart && day < lease.leaseStart) return 'future';
  if (lease.leaseEnd && day > lease.leaseEnd) return 'ended';
  return 'running';
}
