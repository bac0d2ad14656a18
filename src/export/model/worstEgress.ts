// The worst egress path of a floor: the longest walk from any seat to its nearest exit, drawn
// on the compliance plan. Reuses the rules' navigation; only one path per floor is traced.
import { occupantPoint } from '../../floorplan/geometry/elements.ts';
import type { Floor, Point } from '../../floorplan/types.ts';
import { buildFloorNavigation } from '../../rules/walking/navigation.ts';
import type { ReportedFloorAnalysis } from '../../rules/results.ts';

export interface EgressPath {
  workstationId: string;
  walking: number;
  path: Point[];
}

/**
 * With the rules' per-seat distances the worst seat is known and one query traces it; without
 * them every seat is queried (a floor of 400 seats takes a few tens of ms).
 */
export function worstEgressPath(floor: Floor, analysis?: ReportedFloorAnalysis): EgressPath | null {
  if (floor.exits.length === 0 || floor.workstations.length === 0) return null;
  const field = buildFloorNavigation(floor).field(floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width })));
  const known = analysis?.workstations.filter((w) => w.walking !== null && Number.isFinite(w.walking));
  if (known && known.length > 0) {
    const worst = known.reduce((a, b) => ((b.walking ?? 0) > (a.walking ?? 0) ? b : a));
    const r = field.query(worst.occupant);
    return Number.isFinite(r.walking) ? { workstationId: worst.id, walking: r.walking, path: r.path } : null;
  }
  let best: EgressPath | null = null;
  for (const ws of floor.workstations) {
    const r = field.query(occupantPoint(ws));
    if (Number.isFinite(r.walking) && (!best || r.walking > best.walking)) best = { workstationId: ws.id, walking: r.walking, path: r.path };
  }
  return best;
}
