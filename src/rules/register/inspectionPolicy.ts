// How often each type of fire device is to be inspected, and how early a coming inspection shows
// as "due soon": profile parameters with their clauses (src/rules/profiles/gb.ts, intl.ts), so a
// plan overrides them by id like any threshold ('fire.detector.inspectionDays': 90).
import type { FireDeviceType } from '../../floorplan/register/fireDevices.ts';
import { parameter, type ResolvedProfile } from '../profiles/parameter.ts';

/** The parameter (without the profile prefix) holding each type's interval in days. */
export const INSPECTION_INTERVAL_PARAMETERS: Record<FireDeviceType, string> = {
  extinguisher: 'fire.extinguisher.inspectionDays',
  detector: 'fire.detector.inspectionDays',
  sprinkler: 'fire.sprinkler.inspectionDays',
  fireDoor: 'fire.fireDoor.inspectionDays',
  emergencyLight: 'fire.emergencyLight.inspectionDays',
  exitSign: 'fire.exitSign.inspectionDays',
  hydrant: 'fire.hydrant.inspectionDays',
  smokeExhaust: 'fire.smokeExhaust.inspectionDays',
};

/** Days before the due date from which an inspection shows as due soon. */
export const DUE_SOON_PARAMETER = 'fire.inspection.dueSoonDays';

export interface InspectionInterval {
  days: number;
  /** the clause the interval rests on */
  clause: string;
  /** an overdue device is only a warning */
  advisory: boolean;
  /** the full parameter id ('gb.fire.detector.inspectionDays') */
  parameterId: string;
}

export interface InspectionPolicy {
  intervals: Record<FireDeviceType, InspectionInterval>;
  dueSoonDays: number;
}

function numberOf(profile: ResolvedProfile, local: string, fallback: number): { days: number; clause: string; advisory: boolean; parameterId: string } {
  const id = `${profile.base}.${local}`;
  if (!profile.parameters.has(id)) return { days: fallback, clause: '', advisory: false, parameterId: id };
  const p = parameter(profile, id);
  const days = typeof p.value === 'number' && Number.isFinite(p.value) && p.value >= 0 ? p.value : fallback;
  return { days, clause: p.clause, advisory: p.advisory === true, parameterId: id };
}

export function inspectionPolicy(profile: ResolvedProfile): InspectionPolicy {
  const intervals = {} as Record<FireDeviceType, InspectionInterval>;
  for (const [type, local] of Object.entries(INSPECTION_INTERVAL_PARAMETERS) as [FireDeviceType, string][]) {
    intervals[type] = numberOf(profile, local, 30);
  }
  return { intervals, dueSoonDays: numberOf(profile, DUE_SOON_PARAMETER, 7).days };
}
