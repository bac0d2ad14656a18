import { describe, expect, it } from 'vitest';
import { deskFootprint, occupantPoint, wallFootprint } from '../../src/floorplan/geometry/elements.ts';
import { bounds, pointInPolygon, polygonArea, polygonProblem } from '../../src/floorplan/geometry/polygon.ts';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { generateDenseFloor, generatePark, generateSamplePark, generateSmallFloor } from '../../src/floorplan/generate/park.ts';
import { SEATING_USES, zoneLocator } from '../../src/floorplan/queries/zones.ts';
import { countSeats, siteSeats } from '../../src/floorplan/queries/seats.ts';
import { siteFigures } from '../../src/floorplan/queries/areas.ts';
import type { Floor, PlanDocument } from '../../src/floorplan/types.ts';
import { FLOOR_COLLECTIONS, ZONE_USES } from '../../src/floorplan/types.ts';
import { sampleText } from '../fixtures/plans.ts';
import { RunCache } from '../../src/rules/contextCache.ts';
import { resolveProfile } from '../../src/rules/profiles/resolveProfile.ts';

const park = generateSamplePark();

function floors(plan: PlanDocument): Floor[] {
  return plan.site.buildings.flatMap((b) => b.floors);
}

describe('the sample park', () => {
  it('is the committed public/samples/sample-park.callfloor.json (run `npm run samples` after changing the generator)', () => {
    expect(serializePlan(park, { indent: 0 })).toBe(sampleText('sample-park.callfloor.json'));
    expect(serializePlan(generateSmallFloor())).toBe(sampleText('small-floor.callfloor.json'));
  });

  it('has two call buildings of 6+ storeys, an amenity building and at least 5,000 seats', () => {
    const [a, b, c] = park.site.buildings;
    expect(a!.floors.length).toBeGreaterThanOrEqual(6);
    expect(b!.floors.length).toBeGreaterThanOrEqual(6);
    const cUses = new Set(c!.floors.flatMap((f) => f.zones.map((z) => z.use)));
    expect([...cUses]).toEqual(expect.arrayContaining(['canteen', 'training', 'dormitory']));
    expect(countSeats(park)).toBeGreaterThanOrEqual(5000);
  });

  it('uses every zone use somewhere', () => {
    const uses = new Set(floors(park).flatMap((f) => f.zones.map((z) => z.use)));
    expect([...uses].sort()).toEqual([...ZONE_USES].sort());
  });

  it('puts management and rest areas behind 2.4 m glass and power/cabling rooms behind fire doors on every call floor', () => {
    for (const b of park.site.buildings.slice(0, 2)) {
      for (const f of b.floors) {
        const glass = f.walls.filter((w) => w.kind === 'glass');
        expect(glass.length).toBeGreaterThan(0);
        expect(glass.every((w) => w.height === 2.4)).toBe(true);
        for (const use of ['management', 'rest', 'power', 'cabling'] as const) expect(f.zones.some((z) => z.use === use)).toBe(true);
        const power = f.zones.find((z) => z.use === 'power')!;
        const door = f.doors.find((d) => pointInPolygon(d.at, power.polygon));
        expect(door?.fireRating).toBe('A');
        expect(f.exits.length).toBeGreaterThanOrEqual(2);
        expect(f.luminaires.length).toBeGreaterThan(0);
        expect(f.airTerminals.length).toBeGreaterThan(0);
        expect(f.extinguishers.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(x.lastInspected ?? ''))).toBe(true);
      }
    }
  });

  it('meets its own planning controls', () => {
    const fig = siteFigures(park);
    const c = park.site.controls!;
    expect(fig.far).toBeLessThanOrEqual(c.maxFar!);
    expect(fig.coverage).toBeLessThanOrEqual(c.maxCoverage!);
    expect(fig.greenRatio).toBeGreaterThanOrEqual(c.minGreenRatio!);
  });

  it('has ≥ 6 m² of call area per seat (JGJ/T 67) and ≥ 30 m³/h of fresh air per seat in every call zone', () => {
    for (const f of floors(park)) {
      const loc = zoneLocator(f);
      for (const z of f.zones.filter((z) => z.use === 'work')) {
        const seats = f.workstations.filter((w) => loc.zoneAt(occupantPoint(w)) === z).length;
        if (seats === 0) continue;
        expect(polygonArea(z.polygon) / seats).toBeGreaterThanOrEqual(6);
        const air = f.airTerminals.filter((a) => pointInPolygon(a.at, z.polygon)).reduce((s, a) => s + a.freshAir, 0);
        expect(air / seats).toBeGreaterThanOrEqual(30);
      }
    }
  });

  it('lights every zone to its level by the rules\' model, within the +20 % GB 50034-2024 §4.1.5 allows (bar the planted dark rest rooms)', () => {
    const run = new RunCache(park, resolveProfile(park), '2026-11-24');
    for (const b of park.site.buildings) {
      for (const f of b.floors) {
        const lit = run.floor(b, f).lighting;
        for (const z of f.zones) {
          if (!run.read.has(`light.em.${z.use}`)) continue;
          const required = run.read.num(`light.em.${z.use}`);
          const average = lit.get(z.id)!.average;
          if (f.id === 'B-5F' && z.use === 'rest') expect(average).toBeLessThan(required);
          else expect([z.id, average / required > 1 && average / required <= 1.2]).toEqual([z.id, true]);
        }
      }
    }
  });
});

describe('every generated plan', () => {
  const plans: [string, PlanDocument][] = [
    ['sample park', park],
    ['small floor', generateSmallFloor()],
    ['5,000-seat park', generatePark({ seats: 5000, seed: 3 })],
    ['2,000-seat dense floor', generateDenseFloor(2000)],
  ];

  it.each(plans)('%s parses with no problems', (_n, plan) => {
    const r = parsePlan(serializePlan(plan, { indent: 0 }));
    expect(r.ok, r.ok ? '' : JSON.stringify(r.problems.slice(0, 3))).toBe(true);
  });

  it.each(plans)('%s: ids are unique and polygons valid', (_n, plan) => {
    const ids = new Set<string>();
    let count = 0;
    for (const f of floors(plan)) {
      expect(polygonProblem(f.outline)).toBeNull();
      for (const z of f.zones) expect(polygonProblem(z.polygon)).toBeNull();
      for (const c of FLOOR_COLLECTIONS) for (const el of f[c] as { id: string }[]) {
        ids.add(el.id);
        count++;
      }
    }
    expect(ids.size).toBe(count);
  });

  it.each(plans)('%s: every occupant point is in a seating zone, inside the outline, in no desk or wall', (_n, plan) => {
    for (const f of floors(plan)) {
      const loc = zoneLocator(f);
      const desks = f.workstations.map((w) => ({ poly: deskFootprint(w), box: bounds(deskFootprint(w)) }));
      const walls = f.walls.map((w) => wallFootprint(w));
      for (const w of f.workstations) {
        const p = occupantPoint(w);
        expect(SEATING_USES).toContain(loc.zoneAt(p)?.use);
        expect(pointInPolygon(p, f.outline)).toBe(true);
        for (const d of desks) {
          if (p[0] < d.box.minX || p[0] > d.box.maxX || p[1] < d.box.minY || p[1] > d.box.maxY) continue;
          expect(pointInPolygon(p, d.poly, 0)).toBe(false);
        }
        for (const wall of walls) expect(pointInPolygon(p, wall, 0)).toBe(false);
      }
    }
  });
});

describe('park generator for benchmarks', () => {
  it('is deterministic: the same seed gives the same plan', () => {
    expect(serializePlan(generatePark({ seats: 2000, seed: 9 }))).toBe(serializePlan(generatePark({ seats: 2000, seed: 9 })));
  });
  it.each([1000, 5000, 20000])('hits %i seats within ±10 %', (seats) => {
    const n = siteSeats(generatePark({ seats, seed: 1 })).seats;
    expect(Math.abs(n - seats) / seats).toBeLessThanOrEqual(0.1);
  });
  it('a dense floor of 2,000 seats has 2,000 ± 10 % seats on one floor', () => {
    const plan = generateDenseFloor(2000);
    expect(plan.site.buildings[0]!.floors).toHaveLength(1);
    expect(Math.abs(countSeats(plan) - 2000)).toBeLessThanOrEqual(200);
  });
});
