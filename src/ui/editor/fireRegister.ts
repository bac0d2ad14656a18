// Rows of the fire equipment register (pure): every extinguisher, detector and sprinkler of a
// building or floor, with its place and whether its inspection is overdue.
import { FIRE_EQUIPMENT, type FireEquipmentCollection } from '../../floorplan/commands/markInspected.ts';
import { zoneOfPoint } from '../../floorplan/queries/zones.ts';
import type { Building, Point } from '../../floorplan/types.ts';

/** An inspection older than this many days is overdue. */
export const INSPECTION_INTERVAL_DAYS = 30;

export interface FireRow {
  id: string;
  kind: FireEquipmentCollection;
  floorId: string;
  floorName: string;
  zoneName: string | null;
  at: Point;
  rating: string | null;
  lastInspected: string | null;
  overdue: boolean;
}

const DAY = 86_400_000;

export function isOverdue(lastInspected: string | null, today: string): boolean {
  if (!lastInspected) return true;
  return (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${lastInspected}T00:00:00Z`)) / DAY > INSPECTION_INTERVAL_DAYS;
}

export function fireRows(building: Building, floorId: string | null, today: string): FireRow[] {
  const rows: FireRow[] = [];
  for (const floor of building.floors) {
    if (floorId && floor.id !== floorId) continue;
    for (const kind of FIRE_EQUIPMENT) {
      for (const device of floor[kind]) {
        const last = device.lastInspected ?? null;
        rows.push({
          id: device.id,
          kind,
          floorId: floor.id,
          floorName: floor.name,
          zoneName: zoneOfPoint(floor, device.at)?.name ?? null,
          at: device.at,
          rating: 'rating' in device && typeof device.rating === 'string' ? device.rating : null,
          lastInspected: last,
          overdue: isOverdue(last, today),
        });
      }
    }
  }
  return rows;
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);
