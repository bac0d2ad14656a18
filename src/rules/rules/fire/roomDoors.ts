// fire.room-doors — doors of enclosed rooms; exits on the room's boundary count as its doors.
// gb (GB 50016 §5.5.15, GB 55037 §7.4.2): ≥ 2, but one door is enough for a room
//  - between two exits or beside a dead-end corridor: area ≤ 120 m²;
//  - at the end of a corridor: area < 50 m² with the door ≥ 0.90 m, or area ≤ 200 m² with every
//    point within 15 m (straight line) of the door and the door ≥ 1.40 m.
// A room is at a corridor end when each of its doors lies on an end edge of a `corridor` zone and
// is not between two exits (the travel rule's test: two exits more than 90° apart from the door).
// intl: ≥ 2 when the room holds more than 49 occupants (IBC 1006.2.1).
import { distanceToSegment, polygonArea, vectorLength } from '../../../floorplan/geometry/polygon.ts';
import type { Point, Zone } from '../../../floorplan/types.ts';
import { ON_BOUNDARY, type ZoneEnclosure } from '../../analysis/rooms.ts';
import type { FloorContext } from '../../context.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

export interface Opening {
  id: string;
  at: Point;
  width: number;
}

export type RoomPosition = 'corridor-end' | 'other';

export interface RoomDoorNeed {
  room: ZoneEnclosure;
  /** net area of the zone (m²) */
  area: number;
  persons: number;
  /** doors and exits on the room's boundary */
  openings: Opening[];
  /** how many doors the room needs */
  required: number;
  position: RoomPosition;
  /** corridor-end rooms: the farthest straight line from a corner of the room to its widest door (m) */
  reach: number;
  /** local id of the parameter that decided `required` */
  clauseId: string;
}

/** Slack (m) beyond a corridor's width for the length of its end edge (drawing slack). */
const END_SLACK = 0.3;

/**
 * Width of a corridor zone of constant width w along a centre line of length L (a strip,
 * straight or bent at right angles): area = w·L and half the perimeter = L + w.
 */
function corridorWidth(polygon: readonly Point[]): { width: number; length: number } {
  const area = polygonArea(polygon);
  let perimeter = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    perimeter += vectorLength(b[0] - a[0], b[1] - a[1]);
  }
  const half = perimeter / 2;
  const width = (half - Math.sqrt(Math.max(0, half * half - 4 * area))) / 2;
  return { width, length: width > 0 ? area / width : 0 };
}

/** Whether a point lies on an end edge of the corridor: an edge no longer than its width, of a corridor longer than wide. */
function atCorridorEnd(at: Point, corridor: Zone): boolean {
  const { width, length } = corridorWidth(corridor.polygon);
  if (!(width > 0) || length <= width + END_SLACK) return false;
  const poly = corridor.polygon;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    if (distanceToSegment(at, a, b) > ON_BOUNDARY) continue;
    if (vectorLength(b[0] - a[0], b[1] - a[1]) <= width + END_SLACK) return true;
  }
  return false;
}

function farthestCorner(polygon: readonly Point[], from: Point): number {
  let best = 0;
  for (const p of polygon) best = Math.max(best, vectorLength(p[0] - from[0], p[1] - from[1]));
  return best;
}

/** What each enclosed room of the floor needs (shared with fire.room-door-separation). */
export function roomDoorNeeds(ctx: FloorContext): RoomDoorNeed[] {
  const { read } = ctx;
  const gb = read.base === 'gb';
  const corridors = ctx.floor.zones.filter((z) => z.use === 'corridor');
  const betweenExits = gb ? new Map(ctx.egress.doors.map((d) => [d.door.id, d.betweenExits])) : new Map<string, boolean>();
  const needs: RoomDoorNeed[] = [];
  for (const room of ctx.enclosures.values()) {
    if (!room.enclosed) continue;
    const area = ctx.zoneIndex.area(room.zone);
    const persons = ctx.occupancy.zones.get(room.zone.id)?.persons ?? 0;
    const openings: Opening[] = [...room.doors, ...room.exits].map((d) => ({ id: d.id, at: d.at, width: d.width }));
    const min = read.num('fire.roomDoors.min');
    if (!gb) {
      const one = persons <= read.num('fire.roomDoors.maxOccupantsOneDoor');
      needs.push({ room, area, persons, openings, required: one ? 1 : min, position: 'other', reach: 0, clauseId: 'fire.roomDoors.maxOccupantsOneDoor' });
      continue;
    }
    const endDoor = (d: Opening) => room.doors.some((x) => x.id === d.id) && betweenExits.get(d.id) !== true && corridors.some((z) => atCorridorEnd(d.at, z));
    const corridorEnd = openings.length > 0 && openings.every(endDoor);
    if (!corridorEnd) {
      const one = area <= read.num('fire.singleDoorRoom.maxArea') + 1e-9;
      needs.push({ room, area, persons, openings, required: one ? 1 : min, position: 'other', reach: 0, clauseId: 'fire.singleDoorRoom.maxArea' });
      continue;
    }
    const door = openings.reduce((w, d) => (d.width > w.width ? d : w));
    const reach = farthestCorner(room.zone.polygon, door.at);
    const eps = 1e-9;
    const small = area < read.num('fire.singleDoorRoom.endMaxArea') - eps && door.width >= read.num('fire.singleDoorRoom.endDoorWidth') - eps;
    const near = area <= read.num('fire.singleDoorRoom.endReachMaxArea') + eps && reach <= read.num('fire.singleDoorRoom.endReach') + eps && door.width >= read.num('fire.singleDoorRoom.endReachDoorWidth') - eps;
    needs.push({
      room, area, persons, openings, required: small || near ? 1 : min, position: 'corridor-end', reach,
      clauseId: near && !small ? 'fire.singleDoorRoom.endReach' : 'fire.singleDoorRoom.endMaxArea',
    });
  }
  return needs;
}

/** The corridor-end limits, for the message. */
function endLimits(ctx: FloorContext): Record<string, number> {
  const n = (id: string) => ctx.read.num(`fire.singleDoorRoom.${id}`);
  return { endMaxArea: n('endMaxArea'), endDoorWidth: n('endDoorWidth'), endReach: n('endReach'), endReachMaxArea: n('endReachMaxArea'), endReachDoorWidth: n('endReachDoorWidth') };
}

export const roomDoors: FloorRule = {
  id: 'fire.room-doors',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: [
      'fire.roomDoors.min', 'fire.singleDoorRoom.maxArea', 'fire.singleDoorRoom.endMaxArea', 'fire.singleDoorRoom.endDoorWidth',
      'fire.singleDoorRoom.endReach', 'fire.singleDoorRoom.endReachMaxArea', 'fire.singleDoorRoom.endReachDoorWidth',
    ],
    intl: ['fire.roomDoors.min', 'fire.roomDoors.maxOccupantsOneDoor'],
  },
  check(ctx) {
    const findings: Finding[] = [];
    for (const n of roomDoorNeeds(ctx)) {
      const count = n.openings.length;
      const status = compare(count, '>=', n.required);
      const widest = n.openings.reduce((w, d) => Math.max(w, d.width), 0);
      findings.push(floorFinding(this, ctx, {
        status,
        variant: n.position === 'corridor-end' ? `corridor-end-${status}` : undefined,
        measured: { value: count, unit: 'count' },
        required: { value: n.required, unit: 'count', comparator: '>=' },
        clause: ctx.read.clause(n.clauseId),
        elementIds: [n.room.zone.id],
        params: {
          zone: n.room.zone.name, area: round(n.area, 1), persons: n.persons, doors: n.openings.map((d) => d.id).join(', '),
          doorWidth: round(widest, 2), reach: round(n.reach, 2),
          ...(n.position === 'corridor-end' ? endLimits(ctx) : {}),
        },
      }));
    }
    return findings;
  },
};
