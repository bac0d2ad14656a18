// fire.extinguisher-inspection — days since each extinguisher's last inspection, as of the check
// date, ≤ 30 (monthly check; GB 50444 §5.2, NFPA 10 §7.2); no date recorded → warn.
import { compare } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';

const DAY_MS = 86_400_000;

/** Whole days from one ISO date to another (UTC calendar days); null when either is not a date. */
export function daysBetween(from: string, to: string): number | null {
  const a = Date.parse(from.slice(0, 10));
  const b = Date.parse(to.slice(0, 10));
  if (Number.isNaN(a) || Number.isNaN(b)) return null;
  return Math.round((b - a) / DAY_MS);
}

export const extinguisherInspection: FloorRule = {
  id: 'fire.extinguisher-inspection',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.extinguisher.inspectionDays'], intl: ['fire.extinguisher.inspectionDays'] },
  check(ctx) {
    const { read } = ctx;
    const limit = read.num('fire.extinguisher.inspectionDays');
    const required = { value: limit, unit: 'days', comparator: '<=' as const };
    return ctx.floor.extinguishers.map((x) => {
      const days = x.lastInspected ? daysBetween(x.lastInspected, ctx.run.date) : null;
      if (days === null) {
        return floorFinding(this, ctx, {
          status: 'warn', variant: 'missing', measured: { value: null, unit: 'days' }, required, clause: read.clause('fire.extinguisher.inspectionDays'),
          elementIds: [x.id], point: x.at, params: { extinguisher: x.id, date: ctx.run.date },
        });
      }
      return floorFinding(this, ctx, {
        status: compare(days, '<=', limit, read.advisory('fire.extinguisher.inspectionDays')),
        measured: { value: days, unit: 'days' }, required, clause: read.clause('fire.extinguisher.inspectionDays'),
        elementIds: [x.id], point: x.at, params: { extinguisher: x.id, lastInspected: x.lastInspected ?? '', date: ctx.run.date },
      });
    });
  },
};
