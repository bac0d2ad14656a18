import { describe, expect, it } from 'vitest';
import { runRules } from '../../src/rules/runRules.ts';
import { floorPlan, makeRoom, rect, seatAt } from './fixtures.ts';

describe('capacity', () => {
  // 2 storeys, grade 2: 0.65 m per 100 persons. A 20 × 10 work zone with 20 seats; exits 0.9 + 0.9 m;
  // 300 m³/h of outdoor air.
  const seats = Array.from({ length: 20 }, (_, i) => seatAt(`s${i}`, [1 + (i % 10) * 2, 2 + Math.floor(i / 10) * 5]));
  const plan = floorPlan({
    level: 2, outline: rect(0, 0, 20, 10), zones: [makeRoom('z', 'work', 0, 0, 20, 10)], workstations: seats,
    exits: [{ id: 'a', at: [0, 5], width: 0.9, kind: 'stair' }, { id: 'b', at: [20, 5], width: 0.9, kind: 'stair' }],
    airTerminals: [{ id: 't', at: [10, 5], freshAir: 300 }],
  }, {}, { overrides: { 'fire.travel.gridStep': 1000 } });
  const cap = runRules(plan, { date: '2026-05-01' }).capacity;
  const floor = cap.buildings[0]!.floors[0]!;

  it('seats by role, areas and m² per seat', () => {
    expect(floor).toMatchObject({ seats: 20, byRole: { agent: 20, leader: 0, supervisor: 0 }, persons: 20, zoneArea: 200, netArea: 200, grossArea: 200, netAreaPerSeat: 10 });
    expect(floor.zones[0]).toMatchObject({ id: 'z', seats: 20, areaPerSeat: 10 });
  });

  it('each limit: exit width 1.8 / 0.65 × 100 = 276; area 200 / 6 = 33; fresh air 300 / 30 = 10 binds', () => {
    const byId = Object.fromEntries(floor.limits.map((l) => [l.id, l]));
    expect(byId['exit-width']).toMatchObject({ allows: 276, unit: 'm', have: 1.8, needed: 0.13, shortfall: 0 });
    expect(byId['exit-count']!.allows).toBeNull();
    const zone = Object.fromEntries(floor.zones[0]!.limits.map((l) => [l.id, l]));
    expect(zone['area-per-seat']).toMatchObject({ allows: 33, needed: 120, shortfall: 0 });
    expect(zone['fresh-air']).toMatchObject({ allows: 10, have: 300, needed: 600, shortfall: 300 });
    expect(floor.zones[0]).toMatchObject({ capacity: 10, binding: 'fresh-air' });
    expect(floor).toMatchObject({ capacity: 10, binding: 'zones' });
  });

  it('building and site add up their floors', () => {
    expect(cap.buildings[0]).toMatchObject({ seats: 20, persons: 20, capacity: 10, binding: 'zones' });
    expect(cap).toMatchObject({ seats: 20, capacity: 10, grossArea: 200 });
  });
});
