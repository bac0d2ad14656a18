// Auto-layout with services (luminaires and fresh-air outlets placed with the desks), the layout
// of a whole building, and the seats needed by the plan's demand against the seats laid out.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEditorStore } from '../../../src/editor/store.ts';
import { replaceWorkstations } from '../../../src/floorplan/commands/replaceWorkstations.ts';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { generateTower } from '../../../src/floorplan/generate/tower.ts';
import { occupantPoint } from '../../../src/floorplan/geometry/elements.ts';
import { pointInPolygon } from '../../../src/floorplan/geometry/polygon.ts';
import type { DemandProfile, Floor, PlanDocument } from '../../../src/floorplan/types.ts';
import { demandTarget } from '../../../src/rules/demand/demandTargets.ts';
import { layoutBuilding, planWithLayout } from '../../../src/rules/layout/applyLayout.ts';
import { autoLayout, type LayoutResult } from '../../../src/rules/layout/autoLayout.ts';
import { demandText } from '../../../src/rules/layout/describe.ts';
import { OUTLET_DETECTOR_CLEARANCE } from '../../../src/rules/layout/services.ts';
import { runFloorRules } from '../../../src/rules/runRules.ts';
import { CHECK_DATE, planOf, rectangleFloor } from './layoutFloors.ts';

const SAMPLE_DATE = '2026-11-24';

function layout(plan: PlanDocument, floorId: string, services: boolean, date = CHECK_DATE): LayoutResult {
  const result = autoLayout(plan, { floorId, services, run: { date } });
  if ('problem' in result) throw new Error(result.problem);
  return result;
}

const floorOf = (plan: PlanDocument, id: string): Floor => plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
const failKeys = (plan: PlanDocument, buildingId: string, floorId: string, date: string): Set<string> =>
  new Set(runFloorRules(plan, buildingId, floorId, { date }).findings.filter((f) => f.status === 'fail').map((f) => f.key));

describe('auto-layout with services on the sample park A-3F', () => {
  const parsed = parsePlan(readFileSync(new URL('../../../public/samples/sample-park.callfloor.json', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error('sample park does not parse');
  const plan = parsed.plan;
  const floor = floorOf(plan, 'A-3F');
  const work = floor.zones.find((z) => z.use === 'work')!;
  const without = layout(plan, 'A-3F', false, SAMPLE_DATE);
  const withServices = layout(plan, 'A-3F', true, SAMPLE_DATE);
  const v = withServices.variants[0]!;

  it('fresh air binds without services; with them it does not, and more seats pass', () => {
    expect(without.variants[0]!.bindings.map((b) => b.limit)).toContain('fresh-air');
    expect(without.variants[0]!.seats).toBe(498);
    expect(v.passes).toBe(true);
    expect(v.bindings.map((b) => b.limit)).not.toContain('fresh-air');
    expect(v.seats).toBeGreaterThan(without.variants[0]!.seats);
    // what binds then: the floor's exits and the stairs (650 persons: the desks + the other zones' persons)
    expect(v.bindings.map((b) => b.limit)).toContain('stair-width');
    expect(v.persons).toBeLessThanOrEqual(v.bindings.find((b) => b.limit === 'stair-width')!.allows!);
    expect(without.variants[0]!.services).toBeNull();
  });

  it('places outlets ≥ 1.6 m from every smoke detector, with ≥ 30 m³/h per person + 10 %, and luminaires in the zone', () => {
    const services = v.services!;
    expect(services.airTerminals.length).toBeGreaterThan(60);
    expect(services.luminaires.length).toBeGreaterThan(300);
    for (const t of services.airTerminals) {
      expect(pointInPolygon(t.at, work.polygon)).toBe(true);
      for (const d of floor.detectors) expect(Math.hypot(d.at[0] - t.at[0], d.at[1] - t.at[1])).toBeGreaterThanOrEqual(OUTLET_DETECTOR_CLEARANCE - 1e-9);
    }
    const air = services.airTerminals.reduce((s, t) => s + t.freshAir, 0);
    const persons = v.workstations.filter((w) => pointInPolygon(occupantPoint(w), work.polygon)).length;
    expect(air).toBeGreaterThanOrEqual(persons * 30 * 1.1);
    // each outlet's flow is the need shared evenly, rounded up to 10 m³/h: no more than 10 over it
    expect(air).toBeLessThan(persons * 30 * 1.1 + 10 * services.airTerminals.length);
    for (const l of services.luminaires) expect(pointInPolygon(l.at, work.polygon)).toBe(true);
    expect(withServices.replacedServices!.airTerminals).toBe(floor.airTerminals.filter((t) => pointInPolygon(t.at, work.polygon)).length);
  });

  it('the applied floor has no failing finding the sample floor does not have, and its lighting passes', () => {
    const applied = planWithLayout(plan, withServices);
    const before = failKeys(plan, 'A', 'A-3F', SAMPLE_DATE);
    const result = runFloorRules(applied, 'A', 'A-3F', { date: SAMPLE_DATE });
    const newFails = result.findings.filter((f) => f.status === 'fail' && !before.has(f.key));
    expect(newFails.map((f) => f.key)).toEqual([]);
    const zoneFindings = result.findings.filter((f) => f.where.elementIds.includes(work.id));
    for (const rule of ['light.illuminance', 'light.uniformity', 'vent.fresh-air']) {
      expect(zoneFindings.find((f) => f.ruleId === rule)?.status, rule).toBe('pass');
    }
    expect(['pass', 'warn']).toContain(zoneFindings.find((f) => f.ruleId === 'light.power-density')?.status);
    expect(floorOf(applied, 'A-3F').workstations.length).toBe(v.seats + withServices.otherSeats);
  });
});

describe('services on a generated rectangle floor', () => {
  const floor = rectangleFloor();
  const plan = planOf(floor);
  const plain = layout(plan, floor.id, false);
  const result = layout(plan, floor.id, true);
  const v = result.variants[0]!;

  it('seats more than without (fresh air bound there) and the whole floor passes with no fail', () => {
    expect(plain.variants[0]!.bindings[0]!.limit).toBe('fresh-air');
    expect(v.seats).toBeGreaterThan(plain.variants[0]!.seats);
    expect(v.passes).toBe(true);
    const check = runFloorRules(planWithLayout(plan, result), 'T', floor.id, { date: CHECK_DATE });
    expect(check.findings.filter((f) => f.status === 'fail').map((f) => f.key)).toEqual([]);
  });

  it('Apply replaces desks, luminaires and outlets as one undo step', () => {
    const store = createEditorStore('en');
    store.getState().load(plan);
    const work = floor.zones.find((z) => z.use === 'work')!;
    const args = { floorId: floor.id, zoneIds: result.zoneIds, workstations: v.workstations, services: v.services! };
    expect(store.getState().execute(replaceWorkstations, args)).toEqual({ ok: true });
    const after = floorOf(store.getState().plan!, floor.id);
    const inWork = <T extends { at: [number, number] }>(list: T[]) => list.filter((x) => pointInPolygon(x.at, work.polygon));
    expect(inWork(after.airTerminals).map((t) => t.id).sort()).toEqual(v.services!.airTerminals.map((t) => t.id).sort());
    expect(inWork(after.luminaires).length).toBe(v.services!.luminaires.length);
    // the other zones keep theirs
    expect(after.luminaires.length - inWork(after.luminaires).length).toBe(floor.luminaires.length - inWork(floor.luminaires).length);
    store.getState().undo();
    const undone = floorOf(store.getState().plan!, floor.id);
    expect(undone.luminaires.length).toBe(floor.luminaires.length);
    expect(undone.airTerminals.map((t) => t.id)).toEqual(floor.airTerminals.map((t) => t.id));
    expect(undone.workstations.length).toBe(floor.workstations.length);
  });
});

describe('demand against the layout', () => {
  const profile = (id: string, floorId: string, calls: number): DemandProfile => ({
    id, name: id, scope: { floorId }, intervals: [{ start: '09:00', callsPerHour: calls }], ahtSeconds: 280,
    serviceLevel: { percent: 80, seconds: 20 }, shrinkage: 0.3, hoursOfOperation: { open: '08:00', close: '20:00' }, shiftHours: 8,
  });

  it('words the balance both ways', () => {
    expect(demandText(412, 498, 'en')).toBe('needs 412, layout gives 498: 86 spare');
    expect(demandText(412, 400, 'en')).toBe('needs 412, layout gives 400: short by 12');
    expect(demandText(412, 498, 'zh-CN')).toBe('需求 412 座，布置得 498 座：富余 86 座');
    expect(demandText(412, 400, 'zh-CN')).toBe('需求 412 座，布置得 400 座：缺 12 座');
  });

  it("the result carries the floor's seats needed and the desks outside the zones", () => {
    const floor = rectangleFloor();
    const plan: PlanDocument = { ...planOf(floor), demand: [profile('d1', floor.id, 1200)] };
    const result = layout(plan, floor.id, false);
    const needed = demandTarget(plan, { kind: 'floor', floorId: floor.id });
    expect(needed).toBeGreaterThan(0);
    expect(result.seatsNeeded).toBe(needed);
    // the 8 management desks stay outside the work zone
    expect(result.otherSeats).toBe(8);
    expect(layout(planOf(floor), floor.id, false).seatsNeeded).toBeNull();
  });
});

describe('layout of a whole building', () => {
  it('lays out every floor in turn: each passes, the building holds their seats', () => {
    const plan = generateTower({ storeys: 3 });
    const laid = layoutBuilding(plan, 'T', { run: { date: CHECK_DATE } });
    if ('problem' in laid) throw new Error(laid.problem);
    expect(laid.floors.map((f) => f.floorId)).toEqual(['T-1F', 'T-2F', 'T-3F']);
    let seats = 0;
    for (const { result } of laid.floors) {
      if ('problem' in result) throw new Error(result.problem);
      expect(result.variants[0]!.passes).toBe(true);
      seats += result.variants[0]!.seats + result.otherSeats;
    }
    expect(laid.seats).toBe(seats);
    expect(laid.plan.site.buildings[0]!.floors.reduce((n, f) => n + f.workstations.length, 0)).toBe(seats);
    expect(layoutBuilding(plan, 'nope', {})).toEqual({ problem: 'noBuilding', detail: 'nope' });
  }, 60_000);
});
