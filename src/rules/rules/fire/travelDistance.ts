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
import type { Walk } from '../../walking/egress.ts';
import { gbTravelLimits, intlTravelStatus, judgeGbPoint, straightLineStatus, type Judged } from '../../walking/egressLimits.ts';
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

/** The worse case: higher status, then longer walk, then longer straight line. */
function worseCase(a: Case | undefined, b: Case): Case {
  if (!a) return b;
  const s = worse(a.judged.status, b.judged.status);
  if (s !== a.judged.status) return b;
  if (s !== b.judged.status) return a;
  if (b.walk.walking !== a.walk.walking) return b.walk.walking > a.walk.walking ? b : a;
  return b.walk.straight > a.walk.straight ? b : a;
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
  const worst = new Map<string, { c: Case; n: number }>();
  // n: seats and grid points sampled in the zone (grid points are counted all, measured where they may be the worst)
  const add = (zoneId: string, c: Case, count = 1): void => {
    const entry = worst.get(zoneId);
    worst.set(zoneId, { c: worseCase(entry?.c, c), n: (entry?.n ?? 0) + count });
  };
  for (const s of egress.seats) add(s.zone?.id ?? '', { walk: s.travel, point: s.point, seatId: s.ws.id, judged: judgeGbPoint(s.travel, s.kind, L) });
  for (const p of egress.points) add(p.zone?.id ?? '', { walk: p.travel, point: p.point, judged: judgeGbPoint(p.travel, p.kind, L) }, 0);
  for (const [zoneId, count] of egress.pointCount) worst.get(zoneId)!.n += count;
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
  const worst = new Map<string, { c: Case; n: number }>();
  // n: seats and grid points sampled in the zone (grid points are counted all, measured where they may be the worst)
  const add = (zoneId: string, c: Case, count = 1): void => {
    const entry = worst.get(zoneId);
    worst.set(zoneId, { c: worseCase(entry?.c, c), n: (entry?.n ?? 0) + count });
  };
  for (const s of ctx.egress.seats) add(s.zone?.id ?? '', { walk: s.exit, point: s.point, seatId: s.ws.id, judged: judge(s.exit) });
  for (const p of ctx.egress.points) add(p.zone?.id ?? '', { walk: p.travel, point: p.point, judged: judge(p.travel) }, 0);
  for (const [zoneId, count] of ctx.egress.pointCount) worst.get(zoneId)!.n += count;
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
