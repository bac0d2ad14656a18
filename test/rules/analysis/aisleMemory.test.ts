// The aisle analysis measured again after desks moved, came or went gives exactly what it gives
// measured from nothing, and does re-use what it measured: fewer casts than from nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import type { Floor, PlanDocument, Workstation } from '../../../src/floorplan/types.ts';
import { BarrierIndex } from '../../../src/rules/analysis/aisleBarriers.ts';
import { aisleWidths, forgetAisleMemory, type AisleWidths } from '../../../src/rules/analysis/aisleWidth.ts';
import { fixedObstaclePolygons } from '../../../src/rules/analysis/fixedObstacles.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { corridorWidth } from '../../../src/rules/rules/fire/corridorWidth.ts';

const DATE = '2026-05-31';

/** The plan with the first floor's desks replaced, every other array of the floor the very one it was (as an edit's patches leave them). */
function withDesks(plan: PlanDocument, desks: Workstation[]): PlanDocument {
  const building = plan.site.buildings[0]!;
  const floor: Floor = { ...building.floors[0]!, workstations: desks };
  return { ...plan, site: { ...plan.site, buildings: [{ ...building, floors: [floor, ...building.floors.slice(1)] }, ...plan.site.buildings.slice(1)] } };
}

function measure(plan: PlanDocument): AisleWidths {
  const run = new RunCache(plan, resolveProfile(plan), DATE);
  const building = plan.site.buildings[0]!;
  const ctx = run.floor(building, building.floors[0]!);
  return aisleWidths(ctx, { step: ctx.read.num('fire.aisle.step'), skipStart: ctx.read.num('fire.aisle.skipStart'), skipTurn: ctx.read.num('fire.aisle.skipTurn') });
}

const plain = (a: AisleWidths) => ({ routes: a.routes, zones: a.zones.map((z) => ({ ...z, zone: z.zone?.id ?? null })) });

describe('aisle widths measured again after desk edits', () => {
  afterEach(() => {
    forgetAisleMemory();
    vi.restoreAllMocks();
  });

  it('equal the widths measured from nothing, with most casts re-used', () => {
    let plan = generateDenseFloor(240, 3);
    const casts = vi.spyOn(BarrierIndex.prototype, 'cast');
    forgetAisleMemory();
    measure(plan);
    const first = casts.mock.calls.length;
    expect(first).toBeGreaterThan(500);
    const desks = () => plan.site.buildings[0]!.floors[0]!.workstations;
    // the desk that makes the narrowest aisle: the one whose footprint the cross-section ends on
    const narrowest = measure(plan).zones[0]!;
    const [ex, ey] = [narrowest.right[0] - narrowest.left[0], narrowest.right[1] - narrowest.left[1]];
    const across = Math.hypot(ex, ey);
    const side = desks().findIndex((w) => Math.abs(w.at[0] - narrowest.right[0]) <= w.size[0] / 2 + 1e-6 && Math.abs(w.at[1] - narrowest.right[1]) <= w.size[1] / 2 + 1e-6);
    expect(side).toBeGreaterThanOrEqual(0);
    const away = (w: Workstation, by: number): Workstation => ({ ...w, at: [w.at[0] + (ex / across) * by, w.at[1] + (ey / across) * by] });
    const edits: ((list: Workstation[]) => Workstation[])[] = [
      // the desk at the narrowest place steps back from the aisle (it widens there: the narrowest is now elsewhere), then returns
      (list) => list.map((w, i) => (i === side ? away(w, 0.3) : w)),
      (list) => list.map((w, i) => (i === side ? away(w, -0.3) : w)),
      // a desk moves into the aisle beside it, then back
      (list) => list.map((w, i) => (i === 40 ? { ...w, at: [w.at[0], w.at[1] + 0.6] } : w)),
      (list) => list.map((w, i) => (i === 40 ? { ...w, at: [w.at[0], w.at[1] - 0.6] } : w)),
      // two desks turn, one far across the floor
      (list) => list.map((w, i) => (i === 7 || i === 200 ? { ...w, rotation: w.rotation + 90 } : w)),
      // a desk goes; another comes in the aisle
      (list) => list.filter((_, i) => i !== 120),
      (list) => [...list, { ...list[60]!, id: 'new-desk', at: [list[60]!.at[0], list[60]!.at[1] + 1.1] }],
      // nothing moved
      (list) => [...list],
    ];
    const changedWidths = new Set<string>();
    let before = JSON.stringify(plain(measure(plan)));
    for (const edit of edits) {
      plan = withDesks(plan, edit(desks()));
      casts.mockClear();
      const again = plain(measure(plan));
      const reused = casts.mock.calls.length;
      forgetAisleMemory();
      casts.mockClear();
      const fresh = plain(measure(plan));
      expect(again).toEqual(fresh);
      expect(reused).toBeLessThan(casts.mock.calls.length / 2);
      const now = JSON.stringify(again);
      if (now !== before) changedWidths.add(now);
      before = now;
      // the memory now holds the check from nothing; measure once more so the next edit starts from a remembered check
      measure(plan);
    }
    // the edits reached the aisles: widths changed, so casts near them were cast again
    expect(changedWidths.size).toBeGreaterThan(0);
  });

  it('are measured afresh when the plan was changed in place, not answered from before', () => {
    const plan = generateDenseFloor(240, 3);
    const floor = plan.site.buildings[0]!.floors[0]!;
    forgetAisleMemory();
    const before = plain(measure(plan));
    const fixed = fixedObstaclePolygons(floor);
    expect(fixedObstaclePolygons(floor)).toBe(fixed);
    // a wall across the narrowest aisle, pushed into the very array the memory knows
    const narrowest = measure(plan).zones[0]!;
    floor.walls.push({ id: 'in-place', a: narrowest.left, b: narrowest.right, kind: 'solid', thickness: 0.1 } as (typeof floor.walls)[number]);
    const fixedAfter = fixedObstaclePolygons(floor);
    expect(fixedAfter).not.toBe(fixed);
    expect(fixedAfter.length).toBe(fixed.length + 1);
    const again = plain(measure(plan));
    forgetAisleMemory();
    expect(again).toEqual(plain(measure(plan)));
    expect(again).not.toEqual(before);
    // the open zone's own corners moved in place (walks do not see zones: only the measuring does)
    const work = [...measure(plan).zones][0]!.zone!;
    const box = work.polygon.reduce((b, [x, y]) => ({ minX: Math.min(b.minX, x), minY: Math.min(b.minY, y), maxX: Math.max(b.maxX, x), maxY: Math.max(b.maxY, y) }), { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity });
    const half = (box.minX + box.maxX) / 2;
    work.polygon.splice(0, work.polygon.length, [box.minX, box.minY], [half, box.minY], [half, box.maxY], [box.minX, box.maxY]);
    const moved = plain(measure(plan));
    forgetAisleMemory();
    expect(moved).toEqual(plain(measure(plan)));
    expect(moved.zones.some((z) => z.zone === null)).toBe(true);
  });

  it('corridor widths follow a desk moved into the corridor and back, as checked from nothing', () => {
    const plan0 = generateDenseFloor(240, 3);
    const corridorFindings = (plan: PlanDocument) => {
      const run = new RunCache(plan, resolveProfile(plan), DATE);
      const building = plan.site.buildings[0]!;
      return corridorWidth.check(run.floor(building, building.floors[0]!)).filter((f) => !f.messageKey.includes('aisle'));
    };
    const floor0 = plan0.site.buildings[0]!.floors[0]!;
    const corridor = floor0.zones.find((z) => z.use === 'corridor')!;
    const [cx, cy] = [corridor.polygon.reduce((s, p) => s + p[0], 0) / corridor.polygon.length, corridor.polygon.reduce((s, p) => s + p[1], 0) / corridor.polygon.length];
    const before = corridorFindings(plan0);
    expect(before).toHaveLength(1);
    const into = withDesks(plan0, floor0.workstations.map((w, i) => (i === 10 ? { ...w, at: [cx, cy] } : w)));
    const narrowed = corridorFindings(into);
    expect(narrowed).toEqual(corridorFindings(structuredClone(into)));
    expect(Number(narrowed[0]!.measured.value)).toBeLessThan(Number(before[0]!.measured.value));
    const back = withDesks(into, floor0.workstations);
    expect(corridorFindings(back)).toEqual(before);
  });
});
