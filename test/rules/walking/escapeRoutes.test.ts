// Escape routes found again after edits give exactly what a check from nothing gives, while most
// routes' gaps are taken from before; the signs filed by cells find every sign a route passes.
import { afterEach, describe, expect, it } from 'vitest';
import { generateDenseFloor } from '../../../src/floorplan/generate/park.ts';
import type { Floor, PlanDocument, Point, Workstation } from '../../../src/floorplan/types.ts';
import type { FloorContext } from '../../../src/rules/context.ts';
import { RunCache } from '../../../src/rules/contextCache.ts';
import { resolveProfile } from '../../../src/rules/profiles/resolveProfile.ts';
import { escapeRoutes, forgetEscapeRoutes, type EscapeRoutes } from '../../../src/rules/walking/escapeRoutes.ts';

const DATE = '2026-05-31';

/** The plan with the first floor's desks replaced, every other array of the floor the very one it was (as an edit's patches leave them). */
function withDesks(plan: PlanDocument, desks: Workstation[]): PlanDocument {
  const building = plan.site.buildings[0]!;
  const floor: Floor = { ...building.floors[0]!, workstations: desks };
  return { ...plan, site: { ...plan.site, buildings: [{ ...building, floors: [floor, ...building.floors.slice(1)] }, ...plan.site.buildings.slice(1)] } };
}

function contextOf(plan: PlanDocument): FloorContext {
  const run = new RunCache(plan, resolveProfile(plan), DATE);
  const building = plan.site.buildings[0]!;
  return run.floor(building, building.floors[0]!);
}

const settingsOf = (ctx: FloorContext, signs: readonly Point[] = ctx.floor.exitSigns.map((s) => s.at)) => ({
  tolerance: ctx.read.num('fire.signs.routeTolerance'),
  originCell: ctx.read.num('fire.signs.originCell'),
  gridStep: ctx.read.num('fire.travel.gridStep'),
  signs,
});

/** The routes found, and how many zone look-ups finding them took (each new gap asks two). */
function routesOf(plan: PlanDocument): { routes: EscapeRoutes; zoneLookups: number } {
  const ctx = contextOf(plan);
  const index = ctx.zoneIndex;
  let zoneLookups = 0;
  const counted = { ...index, zoneAt: (p: Point) => (zoneLookups++, index.zoneAt(p)) };
  // what the routes read of the floor, worked out first (their own zone look-ups are not the routes')
  const reads = { buildingId: ctx.buildingId, floorId: ctx.floorId, floor: ctx.floor, read: ctx.read, navigation: ctx.navigation, egress: ctx.egress, enclosures: ctx.enclosures, zoneIndex: counted, grid: (step: number) => ctx.grid(step) };
  reads.grid(ctx.read.num('fire.travel.gridStep'));
  const routes = escapeRoutes(reads as unknown as FloorContext, settingsOf(ctx));
  return { routes, zoneLookups };
}

const plain = (r: EscapeRoutes) => JSON.stringify({ routes: r.routes, gaps: r.gaps.map((g) => ({ ...g, zone: g.zone?.id ?? null })) });

describe('escape routes found again after edits', () => {
  afterEach(() => forgetEscapeRoutes());

  it('equal the routes found from nothing, most gaps taken from before', () => {
    let plan = generateDenseFloor(240, 3);
    forgetEscapeRoutes();
    const first = routesOf(plan);
    expect(first.routes.routes).toBeGreaterThan(20);
    expect(first.routes.gaps.length).toBeGreaterThan(20);
    const desks = () => plan.site.buildings[0]!.floors[0]!.workstations;
    const edits: ((list: Workstation[]) => Workstation[])[] = [
      (list) => list.map((w, i) => (i === 10 ? { ...w, at: [w.at[0] + 0.3, w.at[1]] } : w)),
      (list) => list.map((w, i) => (i === 10 ? { ...w, at: [w.at[0] - 0.3, w.at[1]] } : w)),
      (list) => list.map((w, i) => (i === 40 ? { ...w, at: [w.at[0], w.at[1] + 0.6] } : w)),
      (list) => list.filter((_, i) => i !== 120),
      (list) => [...list, { ...list[60]!, id: 'new-desk', at: [list[60]!.at[0], list[60]!.at[1] + 1.1] }],
      (list) => [...list],
    ];
    let reusedSome = false;
    for (const edit of edits) {
      plan = withDesks(plan, edit(desks()));
      const again = routesOf(plan);
      forgetEscapeRoutes();
      const fresh = routesOf(plan);
      expect(plain(again.routes)).toBe(plain(fresh.routes));
      if (again.zoneLookups < fresh.zoneLookups / 2) reusedSome = true;
    }
    expect(reusedSome).toBe(true);
  });

  it('are found afresh when signs or zones changed in place, not answered from before', () => {
    const plan = generateDenseFloor(240, 3);
    const floor = plan.site.buildings[0]!.floors[0]!;
    forgetEscapeRoutes();
    const before = plain(routesOf(plan).routes);
    // every sign moved 3 m east, in the very array
    for (const s of floor.exitSigns) s.at = [s.at[0] + 3, s.at[1]];
    const moved = plain(routesOf(plan).routes);
    forgetEscapeRoutes();
    expect(moved).toBe(plain(routesOf(plan).routes));
    expect(moved).not.toBe(before);
    // a zone's corners changed in place: the zones gaps lie in follow
    const zone = floor.zones.find((z) => z.use === 'corridor')!;
    zone.polygon.splice(0, zone.polygon.length, ...zone.polygon.map(([x, y]): Point => [x, y + 0.5]));
    const shifted = plain(routesOf(plan).routes);
    forgetEscapeRoutes();
    expect(shifted).toBe(plain(routesOf(plan).routes));
  });

  it('take a grid point\'s origin cell from before only in the same cells (another origin cell side: found afresh)', () => {
    const plan = generateDenseFloor(240, 3);
    const ctx = contextOf(plan);
    const base = settingsOf(ctx);
    // the same context: the very grid points, asked with one cell side, then others, then the first again
    for (const originCell of [base.originCell, 4, 2.5, base.originCell]) {
      const again = escapeRoutes(ctx, { ...base, originCell });
      forgetEscapeRoutes();
      const fresh = escapeRoutes(ctx, { ...base, originCell });
      expect(plain(again), String(originCell)).toBe(plain(fresh));
    }
    expect(escapeRoutes(ctx, { ...base, originCell: 2.5 }).routes).toBeGreaterThan(escapeRoutes(ctx, base).routes);
  });

  it('mark every sign within the tolerance of a route, as trying every sign on every leg does', () => {
    const plan = generateDenseFloor(240, 3);
    const ctx = contextOf(plan);
    const settings = settingsOf(ctx);
    const r = settings.tolerance;
    // signs scattered over the floor, and some exactly r from a leg of a route (the boundary counts)
    const outline = ctx.floor.outline;
    const xs = outline.map((p) => p[0]);
    const ys = outline.map((p) => p[1]);
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const signs: Point[] = Array.from({ length: 120 }, () => [Math.min(...xs) + random() * (Math.max(...xs) - Math.min(...xs)), Math.min(...ys) + random() * (Math.max(...ys) - Math.min(...ys))]);
    const walk = ctx.egress.exitField.query(ctx.egress.doors[0]!.door.at);
    const [a, b] = [walk.path[0]!, walk.path[1]!];
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    const [nx, ny] = [-(b[1] - a[1]) / length, (b[0] - a[0]) / length];
    signs.push([(a[0] + b[0]) / 2 + nx * r, (a[1] + b[1]) / 2 + ny * r], [a[0] + nx * r * 1.001, a[1] + ny * r * 1.001]);
    forgetEscapeRoutes();
    const found = escapeRoutes(ctx, { ...settings, signs });
    // the reference: every sign tried on every leg of every route, gaps as the stretches between marks
    const expected: { length: number; place: string }[] = [];
    let routes = 0;
    const starts: Point[] = [...ctx.egress.doors.map((d) => d.door.at)];
    const grid = ctx.grid(settings.gridStep);
    const enclosed = new Set([...ctx.enclosures.values()].filter((e) => e.enclosed).map((e) => e.zone.id));
    const minX = Math.min(...xs);
    const minY = Math.min(...ys);
    const columns = Math.ceil((Math.max(...ys) - minY) / settings.originCell) + 1;
    const taken = new Set<number>();
    grid.points.forEach((p, i) => {
      const zone = grid.zones[i];
      if (zone && enclosed.has(zone.id)) return;
      const cell = Math.floor((p[0] - minX) / settings.originCell) * columns + Math.floor((p[1] - minY) / settings.originCell);
      if (taken.has(cell)) return;
      taken.add(cell);
      starts.push(p);
    });
    for (const origin of starts) {
      const w = ctx.egress.exitField.query(origin);
      if (!Number.isFinite(w.walking) || w.path.length < 2) continue;
      routes++;
      const marks: number[] = [];
      let s0 = 0;
      for (let i = 0; i + 1 < w.path.length; i++) {
        const [p, q] = [w.path[i]!, w.path[i + 1]!];
        const [ex, ey] = [q[0] - p[0], q[1] - p[1]];
        const len = Math.sqrt(ex * ex + ey * ey);
        for (const c of signs) {
          const t = len === 0 ? 0 : Math.min(len, Math.max(0, ((c[0] - p[0]) * (q[0] - p[0]) + (c[1] - p[1]) * (q[1] - p[1])) / len));
          const x = len === 0 ? p[0] : p[0] + ((q[0] - p[0]) * t) / len;
          const y = len === 0 ? p[1] : p[1] + ((q[1] - p[1]) * t) / len;
          const [fx, fy] = [c[0] - x, c[1] - y];
          if (Math.sqrt(fx * fx + fy * fy) <= r) marks.push(s0 + t);
        }
        s0 += len;
      }
      marks.sort((m1, m2) => m1 - m2);
      let reached = 0;
      let first = true;
      for (const m of marks) {
        if (m - reached > 1e-6) expected.push({ length: m - reached, place: first ? 'start' : 'between' });
        first = false;
        reached = Math.max(reached, m);
      }
      if (s0 - reached > 1e-6) expected.push({ length: s0 - reached, place: first ? 'start' : 'end' });
    }
    expect(found.routes).toBe(routes);
    expect(found.gaps.map((g) => ({ length: g.length, place: g.place }))).toEqual(expected);
    // the signs split routes: far more gaps than routes
    expect(expected.length).toBeGreaterThan(routes * 1.5);
  });

  it('take a route walked in any earlier check of the floor, and let go of those not walked', () => {
    // a floor made by hand: routes from given origins (the doors), each straight to the exit,
    // a sign halfway along each; every new gap asks the zone index twice, a route taken asks nothing
    const fixed = { outline: [[-1, -1], [3000, -1], [3000, 50], [-1, 50]] as Point[], exits: [{ id: 'x', at: [0, 0], width: 1 }], zones: [] };
    const originAt = (k: number): Point => [k + 1, 10 + (k % 7)];
    const signs = Array.from({ length: 1100 }, (_, k): Point => [(k + 1) / 2, (10 + (k % 7)) / 2]);
    let lookups = 0;
    const check = (floorId: string, origins: Point[]) => {
      const ctx = {
        buildingId: 'b',
        floorId,
        floor: fixed,
        egress: { doors: origins.map((at) => ({ door: { at } })), exitField: { query: (p: Point) => ({ walking: Math.hypot(p[0], p[1]), path: [p, [0, 0]] }) } },
        grid: () => ({ points: [], zones: [] }),
        enclosures: new Map(),
        zoneIndex: { zoneAt: () => (lookups++, undefined) },
      } as unknown as FloorContext;
      lookups = 0;
      const found = plain(escapeRoutes(ctx, { tolerance: 0.5, originCell: 6, gridStep: 1, signs }));
      return { found, lookups };
    };
    let fresh = 0;
    const same = (origins: Point[]) => {
      const again = check('f', origins);
      expect(again.found).toBe(check(`fresh-${++fresh}`, origins).found);
      return again.lookups;
    };
    const all = [0, 1, 2].map(originAt);
    expect(same(all)).toBeGreaterThan(0);
    expect(same(all.slice(0, 2))).toBe(0);
    // the third route, not walked in the last check, is taken from the one before
    expect(same(all)).toBe(0);
    // many routes, then one: those not walked are let go (and found afresh when walked again)
    const many = Array.from({ length: 1100 }, (_, k) => originAt(k));
    expect(same(many)).toBeGreaterThan(0);
    expect(same(many.slice(0, 1))).toBe(0);
    expect(same(many.slice(0, 1))).toBe(0);
    expect(same(many)).toBeGreaterThan(0);
  });
});
