// fire.extinguisher-inspection — each extinguisher's last inspection (the later of its
// `lastInspected` and its newest log entry), as of the check date, at most the profile's interval
// ago (monthly check; GB 50444 §5.2, NFPA 10 §7.2); no inspection on record → warn. The status is
// the register's (src/rules/register/inspectionStatus.ts), so the two always agree.
import { inspectionLogIndex, latestInspection } from '../../../floorplan/register/inspectionLog.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import { findingStatusOf, inspectionState } from '../../register/inspectionStatus.ts';
import { inspectionPolicy } from '../../register/inspectionPolicy.ts';

export { daysBetween } from '../../register/inspectionStatus.ts';

export const extinguisherInspection: FloorRule = {
  id: 'fire.extinguisher-inspection',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.extinguisher.inspectionDays'], intl: ['fire.extinguisher.inspectionDays'] },
  check(ctx) {
    const { read } = ctx;
    const policy = inspectionPolicy(read.profile);
    const { days: limit, clause, advisory } = policy.intervals.extinguisher;
    const required = { value: limit, unit: 'days', comparator: '<=' as const };
    const logs = inspectionLogIndex(ctx.run.plan.inspections);
    return ctx.floor.extinguishers.map((x) => {
      const last = latestInspection(x.lastInspected, logs.get(x.id));
      const state = inspectionState(last, ctx.run.date, limit, policy.dueSoonDays);
      if (state.status === 'never') {
        return floorFinding(this, ctx, {
          status: 'warn', variant: 'missing', measured: { value: null, unit: 'days' }, required, clause,
          elementIds: [x.id], point: x.at, params: { extinguisher: x.id, date: ctx.run.date },
        });
      }
      return floorFinding(this, ctx, {
        status: findingStatusOf(state.status, advisory),
        measured: { value: state.daysSince, unit: 'days' }, required, clause,
        elementIds: [x.id], point: x.at, params: { extinguisher: x.id, lastInspected: last ?? '', date: ctx.run.date },
      });
    });
  },
};
