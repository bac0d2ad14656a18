// space.area-per-seat — work and management zones: gb zone area ÷ seats ≥ 6 m² (JGJ/T 67-2019,
// warn); intl volume per person (height capped at 3 m) ≥ 11 m³ (UK Workplace Regulations, warn).
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

export const areaPerSeat: FloorRule = {
  id: 'space.area-per-seat',
  area: 'space',
  scope: 'floor',
  parameters: { gb: ['space.areaPerSeat'], intl: ['space.volumePerPerson', 'space.volumeHeightCap'] },
  check(ctx) {
    const { read } = ctx;
    const findings: Finding[] = [];
    for (const zone of ctx.floor.zones) {
      if (zone.use !== 'work' && zone.use !== 'management') continue;
      const occ = ctx.occupancy.zones.get(zone.id)!;
      const area = occ.area;
      const id = read.base === 'gb' ? 'space.areaPerSeat' : 'space.volumePerPerson';
      const unit = read.base === 'gb' ? 'm²/seat' : 'm³/p';
      const limit = read.num(id);
      const count = read.base === 'gb' ? occ.seats.length : occ.persons;
      if (count === 0) {
        findings.push(floorFinding(this, ctx, { status: 'n/a', variant: 'na-no-seats', measured: { value: null, unit }, required: { value: limit, unit, comparator: '>=' }, clause: read.clause(id), elementIds: [zone.id], params: { zone: zone.name, input: 'workstations' } }));
        continue;
      }
      const height = Math.min(ctx.floor.clearHeight, read.base === 'gb' ? Infinity : read.num('space.volumeHeightCap'));
      const value = read.base === 'gb' ? area / count : (area * height) / count;
      findings.push(floorFinding(this, ctx, {
        status: compare(value, '>=', limit, read.advisory(id)),
        measured: { value: round(value, 2), unit },
        required: { value: limit, unit, comparator: '>=' },
        clause: read.clause(id),
        elementIds: [zone.id],
        params: { zone: zone.name, area: round(area, 1), seats: count },
      }));
    }
    return findings;
  },
};
