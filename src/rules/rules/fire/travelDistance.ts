// fire.travel-distance — every occupant point and every free point of the 1 m grid.
// gb (docs/rules.md "Readings"): points of enclosed rooms to the room's door, 22 m / 20 m
// (high-rise) × 1.25 with the sprinkler credit; points of open zones to the nearest exit or egress door by the
// open-floor reading (hall 30 m × 1.25, with or without the room reading as a warning); doors to
// the nearest exit (hall corridor 10 m; room doors 40 m between two exits, else the dead-end
// value). The limits are straight-line: over in a straight line → fail, over only walking → warn.
// intl: walking distance to the nearest exit ≤ 61 m / 91.4 m sprinklered (IBC 1017.2).
// The gb credit (× 1.25) is FloorContext.sprinklerCredit: marked sprinklered and the layout
// passing fire.sprinkler-spacing (or its failures accepted in review); intl trusts the mark.
// One finding per zone (plus one for points outside every zone) with the worst point.
import type { Point } from '../../../floorplan/types.ts';
import type { EgressKind, Walk } from '../../walking/egress.ts';
import { gbPointStatus, gbTravelLimits, intlTravelStatus, judgeGbPoint, straightLineStatus, type Judged } from '../../walking/egressLimits.ts';
import type { FloorContext } from '../../context.ts';
import { round, worse } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding, FindingStatus } from '../../types.ts';

interface Case {
  walk: Walk;
  point: Point;
  seatId?: string;
  judged: Judged;
}

/**
 * The worst case of each zone and how many points it has, gathered point by point without a
 * case or a judgement per point (thousands a check): only each point's status is found, and the
 * worst point is judged in full at the end (its status is the one found, by the same steps).
 * Exported for its test.
 */
export class WorstCases<K> {
  private readonly worst = new Map<string, { walk: Walk; point: Point; seatId: string | undefined; kind: K; status: FindingStatus; n: number }>();
  /** the entry last added to, and its zone: points come zone by zone, mostly */
  private lastZone: string | null = null;
  private last: { walk: Walk; point: Point; seatId: string | undefined; kind: K; status: FindingStatus; n: number } | undefined;

  constructor(private readonly judge: (walk: Walk, kind: K) => Judged) {}

  /** a point of the zone (its walk, status, kind), counted `count` times */
  add(zoneId: string, walk: Walk, status: FindingStatus, point: Point, seatId: string | undefined, kind: K, count = 1): void {
    let entry = zoneId === this.lastZone ? this.last : this.worst.get(zoneId);
    if (!entry) this.worst.set(zoneId, (entry = { walk, point, seatId, kind, status, n: 0 }));
    else if (isWorse(walk, status, entry.walk, entry.status)) {
      entry.walk = walk;
      entry.point = point;
      entry.seatId = seatId;
      entry.kind = kind;
      entry.status = status;
    }
    entry.n += count;
    this.lastZone = zoneId;
    this.last = entry;
  }

  /** more points of the zone, none its worst */
  count(zoneId: string, count: number): void {
    this.worst.get(zoneId)!.n += count;
  }

  /** the zone's worst case (judged now) and its point count, if it has points */
  get(zoneId: string): { c: Case; n: number } | undefined {
    const entry = this.worst.get(zoneId);
    if (!entry) return undefined;
    const c: Case = { walk: entry.walk, point: entry.point, judged: this.judge(entry.walk, entry.kind) };
    if (entry.seatId !== undefined) c.seatId = entry.seatId;
    return { c, n: entry.n };
  }
}

/** Whether the case (walk b, status sb) is worse than the worst so far (walk a, status sa): worseCase(a, b) is b. */
function isWorse(b: Walk, sb: FindingStatus, a: Walk, sa: FindingStatus): boolean {
  const s = worse(sa, sb);
  if (s !== sa) return true;
  if (s !== sb) return false;
  if (b.walking !== a.walking) return b.walking > a.walking;
  return b.straight > a.straight;
}

function caseFinding(rule: FloorRule, ctx: FloorContext, zoneId: string | null, zoneName: string, c: Case, points: number): Finding {
  return floorFinding(rule, ctx, {
    status: c.judged.status,
    variant: c.judged.variant,
    measured: { value: round(c.walk.walking, 2), unit: 'm' },
    required: { value: round(c.judged.limit, 2), unit: 'm', comparator: '<=' },
    clause: ctx.read.clause(c.judged.limitId),
    elementIds: zoneId ? [zoneId] : [],
    point: c.point,
    params: {
      zone: zoneName,
      straight: round(c.walk.straight, 2),
      walking: Number.isFinite(c.walk.walking) ? round(c.walk.walking, 2) : '∞',
      target: c.walk.targetId ?? '—',
      seat: c.seatId ?? '—',
      points,
      credit: ctx.read.base === 'gb' ? ctx.sprinklerCredit.reason : ctx.facts.sprinklered ? 'declared' : 'not-sprinklered',
    },
  });
}

function checkGb(rule: FloorRule, ctx: FloorContext): Finding[] {
  const L = gbTravelLimits(ctx.read, ctx.facts, ctx.sprinklerCredit.granted);
  const egress = ctx.egress;
  // n: seats and grid points sampled in the zone (grid points are counted all, measured where they may be the worst)
  const worst = new WorstCases<EgressKind>((walk, kind) => judgeGbPoint(walk, kind, L));
  // indexed loops, no iterators: thousands of seats and points a check
  const { seats, points } = egress;
  for (let i = 0; i < seats.length; i++) {
    const s = seats[i]!;
    worst.add(s.zone?.id ?? '', s.travel, gbPointStatus(s.travel, s.kind, L), s.point, s.ws.id, s.kind);
  }
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    worst.add(p.zone?.id ?? '', p.travel, gbPointStatus(p.travel, p.kind, L), p.point, undefined, p.kind, 0);
  }
  egress.pointCount.forEach((count, zoneId) => worst.count(zoneId, count));
  const findings: Finding[] = [];
  for (const zone of ctx.floor.zones) {
    const entry = worst.get(zone.id);
    if (entry) findings.push(caseFinding(rule, ctx, zone.id, zone.name, entry.c, entry.n));
  }
  const outside = worst.get('');
  if (outside) findings.push(caseFinding(rule, ctx, null, '', outside.c, outside.n));
  for (const d of egress.doors) {
    // Open-floor doors: the hall corridor limit; room doors (and every door under the room reading): Table 5.5.17.
    const tableLimit = d.betweenExits ? L.betweenExits : L.room;
    const tableId = d.betweenExits ? L.ids.betweenExits : L.ids.room;
    let judged: Judged;
    const table = straightLineStatus(d.exit, tableLimit);
    if (!Number.isFinite(d.exit.walking)) judged = { status: 'fail', limit: tableLimit, limitId: tableId, variant: 'door-unreachable' };
    else if (d.serves === 'room' || L.reading === 'room' || L.hall === null) judged = { status: table, limit: tableLimit, limitId: tableId, variant: `door-${table}` };
    else {
      const corridor = straightLineStatus(d.exit, L.hallCorridor);
      judged = corridor === 'fail' || L.reading === 'hall' || table === 'pass'
        ? { status: corridor, limit: L.hallCorridor, limitId: L.ids.hallCorridor, variant: `door-${corridor}` }
        : { status: 'warn', limit: tableLimit, limitId: tableId, variant: 'door-room-reading-warn' };
    }
    findings.push(floorFinding(rule, ctx, {
      status: judged.status,
      variant: judged.variant,
      measured: { value: round(d.exit.walking, 2), unit: 'm' },
      required: { value: round(judged.limit, 2), unit: 'm', comparator: '<=' },
      clause: ctx.read.clause(judged.limitId),
      elementIds: [d.door.id],
      point: d.door.at,
      params: { door: d.door.id, straight: round(d.exit.straight, 2), target: d.exit.targetId ?? '—', between: d.betweenExits ? 1 : 0 },
    }));
  }
  return findings;
}

function checkIntl(rule: FloorRule, ctx: FloorContext): Finding[] {
  const id = ctx.facts.sprinklered ? 'fire.travel.exitAccessSprinklered' : 'fire.travel.exitAccess';
  const limit = ctx.read.num(id);
  const judge = (w: Walk): Judged => ({
    status: intlTravelStatus(w.walking, limit),
    limit,
    limitId: id,
    variant: Number.isFinite(w.walking) ? intlTravelStatus(w.walking, limit) : 'unreachable',
  });
  // n: seats and grid points sampled in the zone (grid points are counted all, measured where they may be the worst)
  const worst = new WorstCases<null>(judge);
  const { seats, points, pointCount } = ctx.egress;
  for (let i = 0; i < seats.length; i++) {
    const s = seats[i]!;
    worst.add(s.zone?.id ?? '', s.exit, intlTravelStatus(s.exit.walking, limit), s.point, s.ws.id, null);
  }
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    worst.add(p.zone?.id ?? '', p.travel, intlTravelStatus(p.travel.walking, limit), p.point, undefined, null, 0);
  }
  pointCount.forEach((count, zoneId) => worst.count(zoneId, count));
  const findings: Finding[] = [];
  for (const zone of ctx.floor.zones) {
    const entry = worst.get(zone.id);
    if (entry) findings.push(caseFinding(rule, ctx, zone.id, zone.name, entry.c, entry.n));
  }
  const outside = worst.get('');
  if (outside) findings.push(caseFinding(rule, ctx, null, '', outside.c, outside.n));
  return findings;
}

export const travelDistance: FloorRule = {
  id: 'fire.travel-distance',
  area: 'fire',
  scope: 'floor',
  parameters: {
    gb: ['fire.sprinklerFactorTravel', 'fire.openFloorReading', 'fire.travel.hall', 'fire.travel.hallCorridor', 'fire.travel.betweenExits.multi', 'fire.travel.deadEnd.multi', 'fire.travel.betweenExits.high', 'fire.travel.deadEnd.high', 'fire.travel.gridStep', 'fire.sprinklerCredit'],
    intl: ['fire.travel.exitAccess', 'fire.travel.exitAccessSprinklered', 'fire.travel.gridStep'],
  },
  check(ctx) {
    if (ctx.floor.exits.length === 0) {
      return [floorFinding(this, ctx, {
        status: 'n/a', variant: 'na-no-exits', measured: { value: null, unit: 'm' },
        required: { value: null, unit: 'm', comparator: '<=' }, clause: ctx.read.clause(ctx.read.base === 'gb' ? 'fire.travel.hall' : 'fire.travel.exitAccess'),
        params: { input: 'exits' },
      })];
    }
    return ctx.read.base === 'gb' ? checkGb(this, ctx) : checkIntl(this, ctx);
  },
};
