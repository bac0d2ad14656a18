// Add a functional zone (rectangle or polygon) with its use and name.
import { ZONE_USES, type Zone } from '../types.ts';
import { isValidPolygonValue, refuseUsedIds } from './checks.ts';
import { refuse, type Command } from './command.ts';
import { floorById } from './floorElements.ts';

export interface AddZoneArgs {
  floorId: string;
  zone: Zone;
}

export function zoneProblem(zone: Zone): string | null {
  if (typeof zone.name !== 'string' || zone.name.trim() === '') return 'commands.refused.noName';
  if (!ZONE_USES.includes(zone.use)) return 'commands.refused.badKind';
  if (!isValidPolygonValue(zone.polygon)) return 'commands.refused.badPolygon';
  return null;
}

export const addZone: Command<AddZoneArgs> = {
  type: 'zones/add',
  labelKey: 'commands.addZone',
  apply(draft, { floorId, zone }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const problem = zoneProblem(zone);
    if (problem) return refuse(problem, [zone.id]);
    const clash = refuseUsedIds(draft, [zone.id]);
    if (clash) return clash;
    floor.zones.push(structuredClone(zone));
    return undefined;
  },
};
