import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deskFootprint, occupantPoint } from '../../../src/floorplan/geometry/elements.ts';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { distanceToPolygonBoundary, pointInPolygon, polygonDistance } from '../../../src/floorplan/geometry/polygon.ts';
import type { Floor, PlanDocument } from '../../../src/floorplan/types.ts';
import { autoLayout, deskEnvelope, type LayoutResult } from '../../../src/rules/layout/autoLayout.ts';
import { planWithDesks } from '../../../src/rules/layout/judge.ts';
import { DEFAULT_LAYOUT_OPTIONS } from '../../../src/rules/layout/options.ts';
import { EQUIPMENT_CLEARANCE } from '../../../src/rules/layout/site.ts';
import { runFloorRules } from '../../../src/rules/runRules.ts';
import { atriumFloor, CHECK_DATE, columnsFloor, lShapeFloor, planOf, rectangleFloor } from './layoutFloors.ts';

const o = DEFAULT_LAYOUT_OPTIONS;

function laidOut(plan: PlanDocument, floor: Floor): LayoutResult {
  const result = autoLayout(plan, { floorId: floor.id, run: { date: CHECK_DATE } });
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

/** Fresh air of the work zone ÷ 30 m³/h per person (GB 50736 §3.0.6): the persons it serves. */
function freshAirPersons(floor: Floor): number {
  const work = floor.zones.find((z) => z.use === 'work')!;
  const air = floor.airTerminals.filter((a) => pointInPolygon(a.at, work.polygon)).reduce((s, a) => s + a.freshAir, 0);
  return Math.floor(air / 30);
}

describe.each([
  ['rectangle', rectangleFloor],
  ['L-shape', lShapeFloor],
  ['with columns', columnsFloor],
  ['with an atrium (a shaft core)', atriumFloor],
])('auto-layout of a %s floor', (_name, make) => {
  const floor = make();
  const plan = planOf(floor);
  const result = laidOut(plan, floor);
  const best = result.variants[0]!;
  const desks = best.workstations;
  const work = floor.zones.find((z) => z.use === 'work')!;

  it('seats the most the fresh air allows, and says fresh air binds', () => {
    // the generator sizes the call area's outdoor air for its own benches (+10 %); more desks fit
    expect(best.geometricSeats).toBeGreaterThan(freshAirPersons(floor));
    expect(best.seats).toBe(freshAirPersons(floor));
    expect(best.bindings).toEqual([expect.objectContaining({ ruleId: 'vent.fresh-air', limit: 'fresh-air', allows: freshAirPersons(floor), zoneId: work.id })]);
  });

  it('puts every desk and its chair inside the work zone, off columns and cores', () => {
    for (const ws of desks) {
      const envelope = deskEnvelope(ws, o.chairSpace);
      expect(envelope.every((p) => pointInPolygon(p, work.polygon))).toBe(true);
      expect(pointInPolygon(occupantPoint(ws), work.polygon)).toBe(true);
      for (const c of [...floor.columns.map((x) => x.polygon), ...floor.cores.map((x) => x.polygon)]) {
        expect(polygonDistance(envelope, c)).toBeGreaterThanOrEqual(o.columnClearance - 1e-6);
      }
    }
  });

  it('keeps door and exit swings clear, and the façade band', () => {
    for (const ws of desks) {
      const foot = deskFootprint(ws);
      for (const d of [...floor.doors, ...floor.exits]) {
        const gap = Math.min(...foot.map((p) => Math.hypot(p[0] - d.at[0], p[1] - d.at[1])), polygonDistance(foot, [d.at, d.at, d.at]));
        expect(gap).toBeGreaterThanOrEqual(d.width + o.doorClearance - 1e-6);
      }
      for (const p of deskEnvelope(ws, o.chairSpace)) expect(distanceToPolygonBoundary(p, floor.outline)).toBeGreaterThanOrEqual(o.facadeBand - 1e-6);
    }
  });

  it('keeps extinguishers and hydrants in reach: no desk within 1 m of one', () => {
    const equipment = [...floor.extinguishers, ...floor.hydrants];
    expect(equipment.length).toBeGreaterThan(0);
    for (const ws of desks) {
      const foot = deskFootprint(ws);
      for (const x of equipment) expect(polygonDistance(foot, [x.at, x.at, x.at])).toBeGreaterThanOrEqual(EQUIPMENT_CLEARANCE - 1e-6);
    }
  });

  it('leaves aisles: two desks with their chairs touch (one bench) or stand an aisle apart', () => {
    const envelopes = desks.map((ws) => deskEnvelope(ws, o.chairSpace));
    const aisle = Math.min(o.secondaryAisle, o.mainAisle);
    for (let i = 0; i < envelopes.length; i++) {
      for (let j = i + 1; j < envelopes.length; j++) {
        const a = envelopes[i]!;
        const b = envelopes[j]!;
        // far apart: skip the exact distance
        if (Math.abs(a[0]![0] - b[0]![0]) > 6 || Math.abs(a[0]![1] - b[0]![1]) > 6) continue;
        const gap = polygonDistance(a, b);
        if (gap > 1e-6) expect(gap).toBeGreaterThanOrEqual(aisle - 1e-6);
      }
    }
  });

  it('passes every rule of the floor: no failing finding, every seat reachable', () => {
    const after = planWithDesks(plan, 'T', floor.id, [...floor.workstations.filter((w) => !pointInPolygon(w.at, work.polygon)), ...desks]);
    const check = runFloorRules(after, 'T', floor.id, { date: CHECK_DATE });
    expect(check.findings.filter((f) => f.status === 'fail').map((f) => f.key)).toEqual([]);
    expect(check.findings.find((f) => f.ruleId === 'fire.seat-access')).toMatchObject({ status: 'pass', measured: { value: 0 } });
    expect(result.preexisting).toEqual([]);
    expect(best.passes).toBe(true);
  });
});

describe('auto-layout: a limit on persons binds', () => {
  it('exit width: trims to exactly what 3 × 0.9 m of exits allow (0.75 m per 100 persons, 3 storeys)', () => {
    const floor = rectangleFloor();
    for (const a of floor.airTerminals) a.freshAir *= 4;
    for (const e of floor.exits) e.width = 0.9;
    const plan = planOf(floor);
    const result = laidOut(plan, floor);
    const best = result.variants[0]!;
    // GB 50016 Table 5.5.21-1, grade 2, 3 storeys: 0.75 m per 100 → 2.7 / 0.75 × 100 = 360 persons
    expect(best.bindings[0]).toMatchObject({ ruleId: 'fire.egress-width', limit: 'exit-width', allows: 360 });
    expect(best.persons).toBe(360);
    expect(best.passes).toBe(true);
  });
});

describe('auto-layout of the sample park', () => {
  const parsed = parsePlan(readFileSync(new URL('../../../public/samples/sample-park.callfloor.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('sample park does not parse');
  const plan = parsed.plan;
  const floor = plan.site.buildings.find((b) => b.id === 'A')!.floors.find((f) => f.id === 'A-3F')!;

  it('seats more on A-3F than the hand-made layout (466), within the fresh air of the call area', () => {
    const result = autoLayout(plan, { floorId: 'A-3F', variants: ['most-seats', 'fewest-changes'] });
    if ('problem' in result) throw new Error(result.problem);
    expect(floor.workstations.length).toBe(466);
    // 456 desks in the call area now, 10 in the management office (not laid out)
    expect(result.currentSeats).toBe(456);
    const [most, fewest] = result.variants;
    expect(most!.seats).toBe(freshAirPersons(floor));
    expect(most!.seats + 10).toBeGreaterThanOrEqual(466);
    expect(most!.passes).toBe(true);
    expect(most!.newFailures).toEqual([]);
    // the sample's failing findings (overdue inspections, a class C door) do not depend on desks
    expect(result.preexisting.every((f) => ['fire.extinguisher-inspection', 'fire.equipment-inspection', 'fire.door-rating'].includes(f.ruleId))).toBe(true);
    // fewest changes: every desk of the hand-made layout stays, new benches fill to the same limit
    expect(fewest!.kept).toBe(456);
    expect(fewest!.seats).toBe(most!.seats);
  }, 30_000);

  it('says what is wrong with the input', () => {
    expect(autoLayout(plan, { floorId: 'nope' })).toEqual({ problem: 'noFloor', detail: 'nope' });
    expect(autoLayout(plan, { floorId: 'A-3F', zoneIds: ['zz'] })).toEqual({ problem: 'badZone', detail: 'zz' });
    expect(autoLayout(plan, { floorId: 'A-3F', options: { deskWidth: -1 } })).toEqual({ problem: 'badOptions', detail: 'badSize' });
  });
});
