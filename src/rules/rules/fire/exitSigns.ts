// fire.exit-signs — an exit sign (kind 'exit') at each exit and, gb, at each door of an enclosed
// room (GB 50016 §10.3.5-1: 安全出口和疏散门的正上方), within `exitTolerance`; and signs along the
// escape routes (escapeRoutes.ts): gb, no stretch of a route longer than 20 m without a sign in
// reach, 10 m where it begins in a dead-end corridor (§10.3.5-2); intl, no point of a route
// farther along it than 30.48 m from a sign, or before the first sign ahead, in a straight line
// from one behind (IBC 1013.1, advisory: visibility is not modelled).
// One finding per exit and door, and one per zone where route stretches lie (its worst one).
import { vectorLength } from '../../../floorplan/geometry/polygon.ts';
import type { Point } from '../../../floorplan/types.ts';
import { escapeRoutes, type SignGap } from '../../walking/escapeRoutes.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

function nearestSign(at: Point, signs: readonly Point[]): number {
  let best = Infinity;
  for (const s of signs) best = Math.min(best, vectorLength(s[0] - at[0], s[1] - at[1]));
  return best;
}

export const exitSigns: FloorRule = {
  id: 'fire.exit-signs',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: ['fire.signs.maxSpacing', 'fire.signs.maxSpacingDeadEnd', 'fire.signs.exitTolerance', 'fire.signs.routeTolerance', 'fire.signs.roomDoors', 'fire.crowdedPlace', 'fire.signs.originCell', 'fire.travel.gridStep'],
    intl: ['fire.signs.maxDistance', 'fire.signs.exitTolerance', 'fire.signs.routeTolerance', 'fire.signs.originCell', 'fire.travel.gridStep'],
  },
  check(ctx) {
    const { read, floor } = ctx;
    // no exits (fire.exit-count says so), or nothing laid out yet: nothing to sign
    if (floor.exits.length === 0 || (floor.zones.length === 0 && floor.workstations.length === 0)) return [];
    const gb = read.base === 'gb';
    const spacingId = gb ? 'fire.signs.maxSpacing' : 'fire.signs.maxDistance';
    if (floor.exitSigns.length === 0) {
      return [floorFinding(this, ctx, {
        status: 'fail', variant: 'none', measured: { value: 0, unit: 'count' }, required: { value: floor.exits.length, unit: 'count', comparator: '>=' },
        clause: read.clause(spacingId), params: { exits: floor.exits.length },
      })];
    }
    const findings: Finding[] = [];
    const tolerance = read.num('fire.signs.exitTolerance');
    const exitSignsAt = floor.exitSigns.filter((s) => s.kind === 'exit').map((s) => s.at);
    const atOpening = (id: string, at: Point, what: 'exit' | 'door') => {
      const d = nearestSign(at, exitSignsAt);
      const status = compare(d, '<=', tolerance);
      findings.push(floorFinding(this, ctx, {
        status, variant: `${what}-${status}`,
        measured: { value: Number.isFinite(d) ? round(d, 2) : null, unit: 'm' }, required: { value: tolerance, unit: 'm', comparator: '<=' },
        clause: read.clause('fire.signs.exitTolerance'), elementIds: [id], point: at, params: { [what]: id },
      }));
    };
    for (const e of floor.exits) atOpening(e.id, e.at, 'exit');
    // §10.3.5-1 asks for 安全出口 signs over exits and over the 疏散门 of 人员密集的场所 only.
    if (gb && (read.bool('fire.signs.roomDoors') || read.bool('fire.crowdedPlace'))) {
      const exitIds = new Set(floor.exits.map((e) => e.id));
      const seen = new Set<string>();
      for (const e of ctx.enclosures.values()) {
        if (!e.enclosed) continue;
        for (const d of e.doors) {
          if (exitIds.has(d.id) || seen.has(d.id)) continue;
          seen.add(d.id);
          atOpening(d.id, d.at, 'door');
        }
      }
    }

    const allSigns = floor.exitSigns.map((s) => s.at);
    const routes = escapeRoutes(ctx, {
      tolerance: read.num('fire.signs.routeTolerance'),
      originCell: read.num('fire.signs.originCell'),
      gridStep: read.num('fire.travel.gridStep'),
      signs: allSigns,
    });
    // gb judges the stretch between signs; intl the way from its farthest point to a sign. A
    // floor has thousands of gaps: each limit is read once, when first needed.
    let deadEndLimit: number | undefined;
    let spacingLimit: number | undefined;
    const limitOf = (id: 'fire.signs.maxSpacingDeadEnd' | 'fire.signs.maxSpacing' | 'fire.signs.maxDistance'): number =>
      id === 'fire.signs.maxSpacingDeadEnd' ? (deadEndLimit ??= read.num(id)) : (spacingLimit ??= read.num(id));
    const worst = new Map<string, { gap: SignGap; value: number; limit: number; id: string }>();
    // (an indexed loop, and a zone's worst updated in place: thousands of gaps a check)
    const { gaps } = routes;
    for (let g = 0; g < gaps.length; g++) {
      const gap = gaps[g]!;
      let value: number;
      let id: 'fire.signs.maxSpacingDeadEnd' | 'fire.signs.maxSpacing' | 'fire.signs.maxDistance';
      if (gb) {
        id = gap.deadEnd ? 'fire.signs.maxSpacingDeadEnd' : 'fire.signs.maxSpacing';
        value = gap.length;
      } else {
        // before the first sign ahead, the nearest sign may stand behind the route's start
        value = gap.place === 'between' ? gap.length / 2 : gap.place === 'start' ? Math.min(gap.length, nearestSign(gap.from, allSigns)) : gap.length;
        id = 'fire.signs.maxDistance';
      }
      const limit = limitOf(id);
      const key = gap.zone?.id ?? '';
      const before = worst.get(key);
      if (!before) {
        worst.set(key, { gap, value, limit, id });
      } else if (value / limit > before.value / before.limit) {
        before.gap = gap;
        before.value = value;
        before.limit = limit;
        before.id = id;
      }
    }
    for (const [key, w] of worst) {
      const status = compare(w.value, '<=', w.limit, read.advisory(w.id));
      const kind = gb ? (w.gap.deadEnd ? 'dead-end' : 'gap') : 'reach';
      findings.push(floorFinding(this, ctx, {
        status, variant: `${kind}-${status}`,
        measured: { value: round(w.value, 2), unit: 'm' }, required: { value: w.limit, unit: 'm', comparator: '<=' },
        clause: read.clause(w.id), elementIds: key ? [key] : [], point: [w.gap.mid[0], w.gap.mid[1]],
        params: { zone: w.gap.zone?.name ?? '—', routes: routes.routes, gap: round(w.gap.length, 2) },
      }));
    }
    if (worst.size === 0 && routes.routes > 0) {
      findings.push(floorFinding(this, ctx, {
        status: 'pass', variant: 'covered', measured: { value: 0, unit: 'm' }, required: { value: read.num(spacingId), unit: 'm', comparator: '<=' },
        clause: read.clause(spacingId), params: { routes: routes.routes },
      }));
    }
    return findings;
  },
};
