// Replace the desks of some zones of a floor with others, as one command: how an auto-layout
// is applied (one undo step restores the desks it replaced). A desk belongs to a zone when its
// occupant point or its centre lies in the zone.
import { occupantPoint } from '../geometry/elements.ts';
import { pointInPolygon } from '../geometry/polygon.ts';
import type { Workstation, Zone } from '../types.ts';
import { refuse, type Command } from './command.ts';
import { documentIds, floorById } from './floorElements.ts';
import { workstationProblem } from './placeWorkstationArray.ts';

export interface ReplaceWorkstationsArgs {
  floorId: string;
  /** the zones whose desks are replaced */
  zoneIds: string[];
  /** the zones' desks from now on */
  workstations: Workstation[];
}

/** Whether a desk belongs to one of the zones (its occupant point or its centre lies in it). */
export function deskInZones(ws: Workstation, zones: readonly Pick<Zone, 'polygon'>[]): boolean {
  const p = occupantPoint(ws);
  return zones.some((z) => pointInPolygon(p, z.polygon) || pointInPolygon(ws.at, z.polygon));
}

export const replaceWorkstations: Command<ReplaceWorkstationsArgs> = {
  type: 'workstations/replace-in-zones',
  labelKey: 'commands.replaceWorkstations',
  apply(draft, { floorId, zoneIds, workstations }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const zones = zoneIds.map((id) => floor.zones.find((z) => z.id === id));
    const missing = zoneIds.filter((_, i) => !zones[i]);
    if (missing.length || zones.length === 0) return refuse('commands.refused.notFound', missing);
    for (const ws of workstations) {
      const problem = workstationProblem(ws);
      if (problem) return refuse(problem, [ws.id]);
    }
    const outside = workstations.filter((ws) => !pointInPolygon(ws.at, floor.outline)).map((ws) => ws.id);
    if (outside.length) return refuse('commands.refused.outsideFloor', outside);
    const replaced = new Set(floor.workstations.filter((ws) => deskInZones(ws, zones as Zone[])).map((ws) => ws.id));
    // the new desks may take the ids of the desks they replace, no other id in use
    const used = documentIds(draft);
    const seen = new Set<string>();
    const clash = workstations.filter((ws) => typeof ws.id !== 'string' || ws.id === '' || seen.has(ws.id) || (used.has(ws.id) && !replaced.has(ws.id)) || !seen.add(ws.id)).map((ws) => ws.id);
    if (clash.length) return refuse('commands.refused.duplicateId', clash);
    for (let i = floor.workstations.length - 1; i >= 0; i--) if (replaced.has(floor.workstations[i]!.id)) floor.workstations.splice(i, 1);
    for (const ws of workstations) floor.workstations.push(structuredClone(ws));
    return undefined;
  },
};
