// Desk colours by the worst check status of the findings that name them (fail red, warn amber);
// read by the Workstations layer as overrides of the role colours.
import { useMemo } from 'react';
import { useChecksState } from '../../editor/EditorContext.tsx';
import { worstStatusByElement as worstOfAll, type Finding, type FindingStatus } from '../../rules/results.ts';
import { sameMap, useStable } from '../sameContent.ts';
import { useFloorFindings } from './floorFindings.ts';
import { STATUS_COLORS } from './statusColors.ts';

/** Worst status per element id, counting only fails and warnings. */
export function worstStatusByElement(findings: readonly Finding[]): Map<string, FindingStatus> {
  return worstOfAll(findings.filter((f) => f.status === 'fail' || f.status === 'warn'));
}

/** Colour overrides for the floor's desks, or null when the overlay is off. */
export function useDeskStatusColors(floorId: string): ReadonlyMap<string, string> | null {
  const on = useChecksState((s) => s.overlays.deskStatus);
  const findings = useFloorFindings(floorId);
  const colors = useMemo(() => {
    if (!on) return null;
    const colors = new Map<string, string>();
    for (const [id, status] of worstStatusByElement(findings)) colors.set(id, STATUS_COLORS[status]);
    return colors;
  }, [on, findings]);
  // a check result that leaves every desk's colour as it was repaints nothing
  return useStable(colors, sameMap);
}
