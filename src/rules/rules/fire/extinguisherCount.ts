// fire.extinguisher-count (gb) — extinguishers per calculation unit (计算单元, GB 50140-2005 §7.2):
// each fire compartment of a floor is one unit of 中危险级 places; a server, cabling or power room
// (严重危险级, as fire.extinguisher-reach reads Appendix D) is a unit of its own; in a 一类高层
// building every place is 严重 and each compartment is one unit. Per unit: ≥ 2 extinguishers
// (§6.1.1), each at least the minimum rating (Table 6.2.1: 2A 中, 3A 严重), and the class A ratings
// adding up to Q = K·S / U (§7.3.1; U 75 / 50 m²/A, Table 6.2.1; K 1.0, 0.9 with hydrants, 0.7
// with sprinklers (the sprinkler credit), 0.5 with both, Table 7.3.2). ≤ 5 at one point (§6.1.2,
// 宜: warn). A missing or unreadable rating is taken as the unit's minimum and said (warn).
import { centroid, pointInPolygon } from '../../../floorplan/geometry/polygon.ts';
import type { Extinguisher, Point, Zone, ZoneUse } from '../../../floorplan/types.ts';
import { inCompartment, type Compartment } from '../../analysis/compartments.ts';
import { closePairs } from '../../analysis/deviceCoverage.ts';
import { classARating } from '../../analysis/extinguisherRatings.ts';
import type { FloorContext } from '../../context.ts';
import { round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

const SEVERE_USES: readonly ZoneUse[] = ['server', 'cabling', 'power'];

type Hazard = 'medium' | 'severe';

interface Unit {
  hazard: Hazard;
  /** building area of the unit (m²) */
  area: number;
  extinguishers: Extinguisher[];
  elementIds: string[];
  /** a name for messages: the zone's, or the compartment's id */
  name: string;
  at: Point | undefined;
}

/** The compartment holding a point: the one it lies in, else the first. */
function compartmentOf(p: Point, compartments: readonly Compartment[]): Compartment {
  return compartments.find((c) => inCompartment(p, c)) ?? compartments[0]!;
}

/** Calculation units of the floor (GB 50140 §7.2.1). */
function calculationUnits(ctx: FloorContext): Unit[] {
  const { floor, facts } = ctx;
  const compartments = ctx.compartments;
  const net = compartments.reduce((s, c) => s + c.area, 0);
  const scale = net > 0 ? ctx.grossArea / net : 1;
  const severeRooms: Zone[] = facts.class1 ? [] : floor.zones.filter((z) => SEVERE_USES.includes(z.use));
  const inRoom = new Map<Extinguisher, Zone>();
  for (const x of floor.extinguishers) {
    const room = severeRooms.find((z) => pointInPolygon(x.at, z.polygon));
    if (room) inRoom.set(x, room);
  }
  const units: Unit[] = [];
  for (const c of compartments) {
    const rooms = severeRooms.filter((z) => compartmentOf(centroid(z.polygon), compartments) === c);
    const roomArea = rooms.reduce((s, z) => s + ctx.zoneIndex.area(z), 0);
    units.push({
      hazard: facts.class1 ? 'severe' : 'medium',
      area: Math.max(0, c.area * scale - roomArea),
      extinguishers: floor.extinguishers.filter((x) => !inRoom.has(x) && compartmentOf(x.at, compartments) === c),
      elementIds: compartments.length > 1 ? [c.id] : [],
      name: compartments.length > 1 ? c.id : floor.name,
      at: c.rings[0] ? centroid(c.rings[0]) : undefined,
    });
    for (const z of rooms) {
      units.push({
        hazard: 'severe', area: ctx.zoneIndex.area(z), extinguishers: floor.extinguishers.filter((x) => inRoom.get(x) === z),
        elementIds: [z.id], name: z.name, at: centroid(z.polygon),
      });
    }
  }
  return units.filter((u) => u.area > 0);
}

/** Groups of extinguishers standing within `radius` of each other (one 设置点 each). */
function settingPoints(list: readonly Extinguisher[], radius: number): Extinguisher[][] {
  const parent = list.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const index = new Map(list.map((x, i) => [x.id, i]));
  for (const { a, b } of closePairs(list, radius + 1e-9)) parent[find(index.get(a.id)!)] = find(index.get(b.id)!);
  const groups = new Map<number, Extinguisher[]>();
  list.forEach((x, i) => {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(x);
    else groups.set(r, [x]);
  });
  return [...groups.values()];
}

/** K of Table 7.3.2 from the floor's hydrants and the sprinkler credit. */
function correction(ctx: FloorContext): { K: number; id: string } {
  const hydrants = ctx.floor.hydrants.length > 0;
  const sprinklers = ctx.sprinklerCredit.granted;
  const id = hydrants && sprinklers ? 'fire.extinguisher.K.both' : sprinklers ? 'fire.extinguisher.K.sprinklers' : hydrants ? 'fire.extinguisher.K.hydrants' : 'fire.extinguisher.K.none';
  return { K: ctx.read.num(id), id };
}

export const extinguisherCount: FloorRule = {
  id: 'fire.extinguisher-count',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: [
      'fire.extinguisher.minPerUnit', 'fire.extinguisher.maxPerPoint', 'fire.extinguisher.pointRadius',
      'fire.extinguisher.minRating.medium', 'fire.extinguisher.minRating.severe', 'fire.extinguisher.areaPerA.medium', 'fire.extinguisher.areaPerA.severe',
      'fire.extinguisher.K.none', 'fire.extinguisher.K.hydrants', 'fire.extinguisher.K.sprinklers', 'fire.extinguisher.K.both',
    ],
  },
  check(ctx) {
    const { read, floor } = ctx;
    if (floor.zones.length === 0 && floor.extinguishers.length === 0) return [];
    const findings: Finding[] = [];
    const { K, id: kId } = correction(ctx);
    const minCount = read.num('fire.extinguisher.minPerUnit');
    for (const unit of calculationUnits(ctx)) {
      const minRating = read.num(`fire.extinguisher.minRating.${unit.hazard}`);
      const U = read.num(`fire.extinguisher.areaPerA.${unit.hazard}`);
      const Q = (K * unit.area) / U;
      let sum = 0;
      const assumed: string[] = [];
      const under: string[] = [];
      for (const x of unit.extinguishers) {
        const r = classARating(x.rating).a;
        if (r === null) assumed.push(x.id);
        const a = r ?? minRating;
        if (a < minRating - 1e-9) under.push(x.id);
        sum += a;
      }
      const params = {
        unit: unit.name, hazard: unit.hazard, count: unit.extinguishers.length, minCount, minRating, sum: round(sum, 1), Q: round(Q, 2),
        K, U, area: round(unit.area, 1), assumed: assumed.length, assumedIds: assumed.join(', ') || '—', under: under.join(', ') || '—',
      };
      const base = { elementIds: unit.elementIds, point: unit.at, params };
      if (unit.extinguishers.length < minCount) {
        findings.push(floorFinding(this, ctx, { ...base, status: 'fail', variant: 'count', measured: { value: unit.extinguishers.length, unit: 'count' }, required: { value: minCount, unit: 'count', comparator: '>=' }, clause: read.clause('fire.extinguisher.minPerUnit') }));
      } else if (under.length > 0) {
        findings.push(floorFinding(this, ctx, { ...base, status: 'fail', variant: 'under-rated', measured: { value: under.length, unit: 'count' }, required: { value: `${minRating}A`, unit: 'rating', comparator: '>=' }, clause: read.clause(`fire.extinguisher.minRating.${unit.hazard}`) }));
      } else if (sum < Q - 1e-9 * Math.max(1, Q)) {
        findings.push(floorFinding(this, ctx, { ...base, status: 'fail', variant: 'capacity', measured: { value: round(sum, 1), unit: 'A' }, required: { value: round(Q, 2), unit: 'A', comparator: '>=' }, clause: `${read.clause(`fire.extinguisher.areaPerA.${unit.hazard}`)}; ${read.clause(kId)}` }));
      } else {
        findings.push(floorFinding(this, ctx, {
          ...base, status: assumed.length > 0 ? 'warn' : 'pass', variant: assumed.length > 0 ? 'assumed' : 'pass',
          measured: { value: round(sum, 1), unit: 'A' }, required: { value: round(Q, 2), unit: 'A', comparator: '>=' },
          clause: `${read.clause('fire.extinguisher.minPerUnit')}; ${read.clause(`fire.extinguisher.areaPerA.${unit.hazard}`)}; ${read.clause(kId)}`,
        }));
      }
    }
    // no more than five at one setting point (宜)
    const maxPerPoint = read.num('fire.extinguisher.maxPerPoint');
    for (const group of settingPoints(floor.extinguishers, read.num('fire.extinguisher.pointRadius'))) {
      if (group.length <= maxPerPoint) continue;
      findings.push(floorFinding(this, ctx, {
        status: read.advisory('fire.extinguisher.maxPerPoint') ? 'warn' : 'fail', variant: 'crowded',
        measured: { value: group.length, unit: 'count' }, required: { value: maxPerPoint, unit: 'count', comparator: '<=' },
        clause: read.clause('fire.extinguisher.maxPerPoint'), elementIds: group.map((x) => x.id), point: group[0]!.at,
        params: { count: group.length, extinguisher: group[0]!.id },
      }));
    }
    return findings;
  },
};
