// fire.room-doors — doors of enclosed rooms: gb ≥ 2 unless the room is ≤ 120 m² (GB 50016
// §5.5.15); intl ≥ 2 when the room holds more than 49 occupants (IBC 1006.2.1).
// Exits on the room's boundary count as its doors.
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

export const roomDoors: FloorRule = {
  id: 'fire.room-doors',
  area: 'fire',
  scope: 'floor',
  parameters: { gb: ['fire.roomDoors.min', 'fire.singleDoorRoom.maxArea'], intl: ['fire.roomDoors.min', 'fire.roomDoors.maxOccupantsOneDoor'] },
  check(ctx) {
    const { read } = ctx;
    const findings: Finding[] = [];
    for (const e of ctx.enclosures.values()) {
      if (!e.enclosed) continue;
      const area = ctx.zoneIndex.area(e.zone);
      const persons = ctx.occupancy.zones.get(e.zone.id)?.persons ?? 0;
      const oneAllowed = read.base === 'gb' ? area <= read.num('fire.singleDoorRoom.maxArea') + 1e-9 : persons <= read.num('fire.roomDoors.maxOccupantsOneDoor');
      const required = oneAllowed ? 1 : read.num('fire.roomDoors.min');
      const count = e.doors.length + e.exits.length;
      findings.push(floorFinding(this, ctx, {
        status: compare(count, '>=', required),
        measured: { value: count, unit: 'count' },
        required: { value: required, unit: 'count', comparator: '>=' },
        clause: read.clause(read.base === 'gb' ? 'fire.singleDoorRoom.maxArea' : 'fire.roomDoors.maxOccupantsOneDoor'),
        elementIds: [e.zone.id],
        params: { zone: e.zone.name, area: round(area, 1), persons, doors: [...e.doors, ...e.exits].map((d) => d.id).join(', ') },
      }));
    }
    return findings;
  },
};
