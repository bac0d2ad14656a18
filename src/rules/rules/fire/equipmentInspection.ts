// fire.equipment-inspection — every other fire device the register lists (detectors, sprinklers,
// fire doors, emergency luminaires, exit signs, hydrants, smoke exhaust inlets) inspected at most
// its type's interval ago (profile parameters with their clauses), as of the check date. An
// overdue device fails, one finding each; the devices in date pass as one finding per floor; the
// devices with no inspection on record are one n/a finding per floor that counts them (the
// register lists each as "never inspected"; plans that do not keep these records are not flooded
// with a warning per sprinkler). Statuses from the register's function, so the two agree.
import { fireDevicesOf } from '../../../floorplan/register/fireDevices.ts';
import { inspectionLogIndex, latestInspection } from '../../../floorplan/register/inspectionLog.ts';
import type { Finding } from '../../types.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import { INSPECTION_INTERVAL_PARAMETERS, inspectionPolicy } from '../../register/inspectionPolicy.ts';
import { findingStatusOf, inspectionState, type InspectionState } from '../../register/inspectionStatus.ts';

const OWN = Object.entries(INSPECTION_INTERVAL_PARAMETERS)
  .filter(([type]) => type !== 'extinguisher')
  .map(([, id]) => id);
const PARAMETERS = [...OWN, 'fire.inspection.dueSoonDays'];

export const equipmentInspection: FloorRule = {
  id: 'fire.equipment-inspection',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: PARAMETERS, intl: PARAMETERS },
  check(ctx) {
    const policy = inspectionPolicy(ctx.read.profile);
    const logs = inspectionLogIndex(ctx.run.plan.inspections);
    const findings: Finding[] = [];
    let inDate = 0;
    let never = 0;
    let shortest = Infinity;
    // a floor's thousands of devices share a few inspection dates: each date and interval is dated once
    const states = new Map<string | null, Map<number, InspectionState>>();
    const stateOf = (last: string | null, days: number): InspectionState => {
      let byDays = states.get(last);
      if (!byDays) states.set(last, (byDays = new Map()));
      let state = byDays.get(days);
      if (!state) byDays.set(days, (state = inspectionState(last, ctx.run.date, days, policy.dueSoonDays)));
      return state;
    };
    for (const d of fireDevicesOf(ctx.floor)) {
      if (d.type === 'extinguisher') continue;
      const interval = policy.intervals[d.type];
      shortest = Math.min(shortest, interval.days);
      const last = latestInspection(d.element.lastInspected, logs.get(d.id));
      const state = stateOf(last, interval.days);
      if (state.status === 'never') {
        never++;
        continue;
      }
      const status = findingStatusOf(state.status, interval.advisory);
      if (status === 'pass') {
        inDate++;
        continue;
      }
      findings.push(
        floorFinding(this, ctx, {
          status,
          measured: { value: state.daysSince, unit: 'days' },
          required: { value: interval.days, unit: 'days', comparator: '<=' },
          clause: interval.clause,
          elementIds: [d.id],
          point: d.at,
          params: { device: d.id, lastInspected: last ?? '', nextDue: state.nextDue ?? '', date: ctx.run.date },
        }),
      );
    }
    if (inDate + never > 0) {
      // one summary per floor: the devices in date, and those with no inspection on record
      findings.push(
        floorFinding(this, ctx, {
          status: inDate > 0 ? 'pass' : 'n/a',
          variant: inDate > 0 ? (never > 0 ? 'pass-some-unrecorded' : 'pass') : 'na-unrecorded',
          measured: { value: inDate, unit: 'count' },
          required: { value: Number.isFinite(shortest) ? shortest : null, unit: 'days', comparator: '<=' },
          clause: ctx.read.clause('fire.detector.inspectionDays'),
          elementIds: [],
          params: { inDate, never, date: ctx.run.date },
        }),
      );
    }
    return findings;
  },
};
