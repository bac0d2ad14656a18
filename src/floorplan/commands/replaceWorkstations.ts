// Replace the desks of some zones of a floor with others, as one command: how an auto-layout
// is applied (one undo step restores the desks it replaced). A desk belongs to a zone when its
// occupant point or its centre lies in the zone. With `services`, the zones' luminaires and
// fresh-air outlets are replaced too, in the same step (a fixture belongs to the zones when the
// smallest zone holding its point is one of them, as the rules place it).
import { occupantPoint } from '../geometry/elements.ts';
import { pointInPolygon, polygonArea } from '../geometry/polygon.ts';
import type { AirTerminal, Luminaire, Point, Workstation, Zone } from '../types.ts';
import { refuse, type Command } from './command.ts';
import { documentIds, floorById } from './floorElements.ts';
import { workstationProblem } from './placeWorkstationArray.ts';

export interface ReplaceWorkstationsArgs {
  floorId: string;
  /** the zones whose desks are replaced */
  zoneIds: string[];
  /** the zones' desks from now on */
  workstations: Workstation[];
  /** the zones' luminaires and fresh-air outlets from now on (absent: they stay as they are) */
  services?: { luminaires: Luminaire[]; airTerminals: AirTerminal[] };
}

/** Whether a desk belongs to one of the zones (its occupant point or its centre lies in it). */
export function deskInZones(ws: Workstation, zones: readonly Pick<Zone, 'polygon'>[]): boolean {
  const p = occupantPoint(ws);
  return zones.some((z) => pointInPolygon(p, z.polygon) || pointInPolygon(ws.at, z.polygon));
}

/**
 * Whether a fixture's point belongs to one of the target zones: the smallest zone of the floor
 * holding it is one of them (a room drawn inside a work zone keeps its own fixtures).
 */
export function pointInZonesOnly(p: Point, targets: readonly Pick<Zone, 'id'>[], all: readonly Pick<Zone, 'id' | 'polygon'>[]): boolean {
  let best: Pick<Zone, 'id'> | null = null;
  let bestArea = Infinity;
  for (const z of all) {
    if (!pointInPolygon(p, z.polygon)) continue;
    const a = polygonArea(z.polygon);
    if (a < bestArea) {
      best = z;
      bestArea = a;
    }
  }
  return best !== null && targets.some((t) => t.id === best!.id);
}

export const replaceWorkstations: Command<ReplaceWorkstationsArgs> = {
  type: 'workstations/replace-in-zones',
  labelKey: 'commands.replaceWorkstations',
  apply(draft, { floorId, zoneIds, workstations, services }) {
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
    if (services) {
      const outsideFixtures = [...services.luminaires, ...services.airTerminals].filter((f) => !pointInPolygon(f.at, floor.outline)).map((f) => f.id);
      if (outsideFixtures.length) return refuse('commands.refused.outsideFloor', outsideFixtures);
      for (const f of [...floor.luminaires, ...floor.airTerminals]) if (pointInZonesOnly(f.at, zones as Zone[], floor.zones)) replaced.add(f.id);
    }
    const incoming = [...workstations, ...(services ? [...services.luminaires, ...services.airTerminals] : [])];
    const clash = incoming.filter((ws) => typeof ws.id !== 'string' || ws.id === '' || seen.has(ws.id) || (used.has(ws.id) && !replaced.has(ws.id)) || !seen.add(ws.id)).map((ws) => ws.id);
    if (clash.length) return refuse('commands.refused.duplicateId', clash);
    for (let i = floor.workstations.length - 1; i >= 0; i--) if (replaced.has(floor.workstations[i]!.id)) floor.workstations.splice(i, 1);
    for (const ws of workstations) floor.workstations.push(structuredClone(ws));
    if (services) {
      for (let i = floor.luminaires.length - 1; i >= 0; i--) if (replaced.has(floor.luminaires[i]!.id)) floor.luminaires.splice(i, 1);
      for (let i = floor.airTerminals.length - 1; i >= 0; i--) if (replaced.has(floor.airTerminals[i]!.id)) floor.airTerminals.splice(i, 1);
      for (const l of services.luminaires) floor.luminaires.push(structuredClone(l));
      for (const t of services.airTerminals) floor.airTerminals.push(structuredClone(t));
    }
    return undefined;
  },
};
