// Desk colours by the worst check status of the findings that name them (fail red, warn amber);
// read by the Workstations layer as overrides of the role colours.
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { checksStore } from '../../editor/checks.ts';
import type { Finding, FindingStatus } from '../../rules/types.ts';
import { useFloorFindings } from './floorFindings.ts';
import { STATUS_COLORS, worseStatus } from './statusColors.ts';

/** Worst status per element id, counting only fails and warnings. */
export function worstStatusByElement(findings: readonly Finding[]): Map<string, FindingStatus> {
  const worst = new Map<string, FindingStatus>();
  for (const f of findings) {
    if (f.status !== 'fail' && f.status !== 'warn') continue;
    for (const id of f.where.elementIds) worst.set(id, worseStatus(worst.get(id), f.status));
  }
  return worst;
}

/** Colour overrides for the floor's desks, or null when the overlay is off. */
export function useDeskStatusColors(floorId: string): ReadonlyMap<string, string> | null {
  const on = useStore(checksStore, (s) => s.overlays.deskStatus);
  const findings = useFloorFindings(floorId);
  return useMemo(() => {
    if (!on) return null;
    const colors = new Map<string, string>();
    for (const [id, status] of worstStatusByElement(findings)) colors.set(id, STATUS_COLORS[status]);
    return colors;
  }, [on, findings]);
}
