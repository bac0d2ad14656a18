import { describe, expect, it } from 'vitest';
import { floorGrossArea, siteFigures } from '../../src/floorplan/queries/areas.ts';
import { findFloor, storeys } from '../../src/floorplan/queries/lookup.ts';
import { countSeats, floorSeats, siteSeats } from '../../src/floorplan/queries/seats.ts';
import { zoneOfPoint, zoneOfWorkstation } from '../../src/floorplan/queries/zones.ts';
import { examplePlan } from '../fixtures/plans.ts';

describe('site figures of the spec example', () => {
  // Parcel 200 × 150 = 30,000 m²; footprint 60 × 30 = 1,800 m²; one floor → GFA 1,800 m²;
  // green 50 × 40 = 2,000 m².
  const fig = siteFigures(examplePlan());
  it('areas', () => {
    expect(fig.parcelArea).toBe(30000);
    expect(fig.footprintArea).toBe(1800);
    expect(fig.grossFloorArea).toBe(1800);
    expect(fig.greenArea).toBe(2000);
  });
  it('ratios: FAR 0.06, coverage 0.06, green 0.0667', () => {
    expect(fig.far).toBeCloseTo(0.06, 12);
    expect(fig.coverage).toBeCloseTo(0.06, 12);
    expect(fig.greenRatio).toBeCloseTo(2000 / 30000, 12);
  });
  it('a floor with grossArea uses it instead of the footprint', () => {
    const plan = examplePlan();
    const floor = plan.site.buildings[0]!.floors[0]!;
    floor.grossArea = 1500;
    expect(floorGrossArea(plan.site.buildings[0]!, floor)).toBe(1500);
    expect(siteFigures(plan).far).toBeCloseTo(0.05, 12);
  });
});

describe('zones and seats', () => {
  it('the occupant of s1 (30, 29.2) sits in 话务一区', () => {
    const plan = examplePlan();
    const floor = plan.site.buildings[0]!.floors[0]!;
    expect(zoneOfWorkstation(floor, floor.workstations[0]!)?.name).toBe('话务一区');
    expect(zoneOfPoint(floor, [70, 30])?.id).toBe('z2');
    expect(zoneOfPoint(floor, [100, 30])).toBeUndefined();
  });
  it('the smaller of two overlapping zones owns the point', () => {
    const plan = examplePlan();
    const floor = plan.site.buildings[0]!.floors[0]!;
    floor.zones.push({ id: 'room', name: '会议室', use: 'meeting', polygon: [[25, 25], [35, 25], [35, 35], [25, 35]] });
    expect(zoneOfPoint(floor, [30, 30])?.id).toBe('room');
  });
  it('counts seats by zone, floor, building and site', () => {
    const plan = examplePlan();
    const floor = plan.site.buildings[0]!.floors[0]!;
    floor.workstations.push(
      { id: 's2', at: [70, 30], rotation: 0, size: [1.2, 0.7], role: 'leader' },
      { id: 's3', at: [40, 40], rotation: 180, size: [1.4, 0.7], role: 'agent' },
      { id: 's4', at: [200, 200], rotation: 0, size: [1.2, 0.7], role: 'supervisor' },
    );
    const fs = floorSeats(plan.site.buildings[0]!, floor);
    expect(fs.seats).toBe(4);
    expect(fs.zones.find((z) => z.zoneId === 'z1')!.seats).toBe(2);
    expect(fs.zones.find((z) => z.zoneId === 'z2')!.seats).toBe(1);
    expect(fs.unzoned).toBe(1);
    expect(fs.byRole).toEqual({ agent: 2, leader: 1, supervisor: 1 });
    expect(fs.byUse.work.seats).toBe(2);
    // 话务一区 39.8 × 29.6 = 1,178.08 m²
    expect(fs.byUse.work.area).toBeCloseTo(1178.08, 6);
    const ss = siteSeats(plan);
    expect(ss.seats).toBe(4);
    expect(ss.buildings[0]!.seats).toBe(4);
    expect(countSeats(plan)).toBe(4);
  });
  it('finds floors by id and counts storeys as the highest level', () => {
    const plan = examplePlan();
    expect(findFloor(plan, 'A-3F')?.building.id).toBe('A');
    expect(findFloor(plan, 'nope')).toBeUndefined();
    expect(storeys(plan.site.buildings[0]!)).toBe(3);
  });
});
