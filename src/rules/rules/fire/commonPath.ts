// fire.common-path (intl) — common path of egress travel, IBC 2021 §1006.2.1, Table 1006.2.1,
// Group B: ≤ 30.48 m (100 ft) where the space's occupant load is ≤ 30, ≤ 22.86 m (75 ft) above
// that, ≤ 30.48 m sprinklered.
//
// Measure (a documented simplification, docs/rules.md): the space of a point is its enclosed room,
// else the open floor; its ways out are the room's doors and exits, or the floor's exits. A point
// that sees two ways out of its space more than 45° apart (`fire.commonPath.divergeAngle`) has two
// separate paths at once (common path 0). Otherwise it shares one way out: the common path runs to that door or exit — the walk
// to the nearest exit less the door's own walk — and on from a room door to the nearest exit
// unless the door itself lies between two exits. Sample points: every occupant point, and the grid
// points of enclosed rooms without seats; their walks to the nearest exit come from the egress field.
import type { Point } from '../../../floorplan/types.ts';
import { intlZoneLoads } from '../../walking/egressLimits.ts';
import { wholePersons } from '../../analysis/occupants.ts';
import type { FloorContext } from '../../context.ts';
import { compare, round } from '../../finding.ts';
import { floorFinding, type FloorRule } from '../../rule.ts';
import type { Finding } from '../../types.ts';

interface WayOut {
  id: string;
  at: Point;
  /** walking distance from here to the nearest exit (0 for an exit) */
  onward: number;
  /** common path added beyond this way out: 0 for an exit or a door between two exits */
  beyond: number;
}

interface Space {
  /** the enclosed room's zone id; '' for the open floor */
  id: string;
  ways: WayOut[];
  load: number;
  worst: number;
  worstPoint: Point | null;
  worstSeat: string | null;
  worstZone: string | null;
  via: string | null;
}

const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Two of the places lie more than `angle` degrees apart as seen from `at`. */
export function twoWays(at: Point, places: readonly Point[], angle: number): boolean {
  const cos = Math.cos((angle * Math.PI) / 180);
  for (let i = 0; i < places.length; i++) {
    for (let j = i + 1; j < places.length; j++) {
      const ax = places[i]![0] - at[0];
      const ay = places[i]![1] - at[1];
      const bx = places[j]![0] - at[0];
      const by = places[j]![1] - at[1];
      const la = Math.hypot(ax, ay);
      const lb = Math.hypot(bx, by);
      if (la > 0 && lb > 0 && ax * bx + ay * by < cos * la * lb) return true;
    }
  }
  return false;
}

/** Common path from a point whose walk to the nearest exit is `walking`, in a space with these ways out. */
export function commonPathOf(p: Point, walking: number, ways: readonly WayOut[], angle: number): { length: number; via: string | null } {
  if (ways.length === 0 || !Number.isFinite(walking)) return { length: Infinity, via: null };
  if (ways.length >= 2 && twoWays(p, ways.map((w) => w.at), angle)) return { length: 0, via: null };
  // the way out the walk passes: the one that offers the shortest way on
  let way = ways[0]!;
  for (const w of ways) if (dist(p, w.at) + w.onward < dist(p, way.at) + way.onward) way = w;
  const toWay = Math.max(dist(p, way.at), walking - way.onward);
  return { length: toWay + way.beyond, via: way.id };
}

export const commonPath: FloorRule = {
  id: 'fire.common-path',
  area: 'fire',
  scope: 'floor',
  parameters: { intl: ['fire.commonPath.smallLoad', 'fire.commonPath.small', 'fire.commonPath.large', 'fire.commonPath.sprinklered', 'fire.commonPath.divergeAngle', 'fire.travel.gridStep'] },
  check(ctx) {
    const { floor, read } = ctx;
    if (floor.exits.length === 0) {
      return [floorFinding(this, ctx, {
        status: 'n/a', variant: 'na-no-exits', measured: { value: null, unit: 'm' },
        required: { value: read.num('fire.commonPath.large'), unit: 'm', comparator: '<=' }, clause: read.clause('fire.commonPath.large'),
      })];
    }
    const egress = ctx.egress;
    const angle = read.num('fire.commonPath.divergeAngle');
    const exitAts = floor.exits.map((e) => e.at);
    const exitWays: WayOut[] = floor.exits.map((e) => ({ id: e.id, at: e.at, onward: 0, beyond: 0 }));
    const loads = intlZoneLoads(ctx);
    const rooms = [...ctx.enclosures.values()].filter((e) => e.enclosed);
    const roomOf = new Map<string, Space>();
    const spaces: Space[] = [];
    const blank = (id: string, ways: WayOut[], load: number): Space => ({ id, ways, load, worst: -1, worstPoint: null, worstSeat: null, worstZone: null, via: null });
    let openLoad = wholePersons(ctx.occupancy.unzonedSeats.length * read.num('occupancy.shiftOverlap'));
    const roomIds = new Set(rooms.map((r) => r.zone.id));
    for (const z of floor.zones) if (!roomIds.has(z.id)) openLoad += loads.get(z.id) ?? 0;
    const open = blank('', exitWays, openLoad);
    spaces.push(open);
    for (const r of rooms) {
      const ways: WayOut[] = [
        ...r.exits.map((e) => ({ id: e.id, at: e.at, onward: 0, beyond: 0 })),
        ...r.doors.map((d) => {
          const onward = egress.exitField.query(d.at).walking;
          return { id: d.id, at: d.at, onward, beyond: twoWays(d.at, exitAts, angle) ? 0 : onward };
        }),
      ];
      const space = blank(r.zone.id, ways, loads.get(r.zone.id) ?? 0);
      roomOf.set(r.zone.id, space);
      spaces.push(space);
    }
    const visit = (p: Point, walking: number, zoneId: string | undefined, seat: string | null) => {
      if (!Number.isFinite(walking)) return; // unreachable points: fire.travel-distance and fire.seat-access report them
      const space = (zoneId !== undefined ? roomOf.get(zoneId) : undefined) ?? open;
      const { length, via } = commonPathOf(p, walking, space.ways, angle);
      if (length > space.worst) Object.assign(space, { worst: length, worstPoint: p, worstSeat: seat, worstZone: zoneId ?? null, via });
    };
    for (const s of egress.seats) visit(s.point, s.exit.walking, s.zone?.id, s.ws.id);
    // rooms nobody sits in (meeting, training, plant): their grid points stand in for occupants
    const seated = new Set(egress.seats.map((s) => s.zone?.id));
    const grid = ctx.grid(read.num('fire.travel.gridStep'));
    grid.points.forEach((p, i) => {
      const zone = grid.zones[i];
      if (zone && roomOf.has(zone.id) && !seated.has(zone.id)) visit(p, egress.exitField.query(p).walking, zone.id, null);
    });
    const sprinklered = ctx.facts.sprinklered;
    const out: Finding[] = [];
    for (const s of spaces) {
      if (s.worstPoint === null) continue;
      const limitId = sprinklered ? 'fire.commonPath.sprinklered' : s.load <= read.num('fire.commonPath.smallLoad') ? 'fire.commonPath.small' : 'fire.commonPath.large';
      const limit = read.num(limitId);
      const zoneName = s.worstZone ? floor.zones.find((z) => z.id === s.worstZone)?.name ?? s.worstZone : '—';
      out.push(floorFinding(this, ctx, {
        status: compare(s.worst, '<=', limit, read.advisory(limitId)),
        variant: s.id === '' ? undefined : `room-${compare(s.worst, '<=', limit, read.advisory(limitId))}`,
        measured: { value: round(s.worst, 2), unit: 'm' },
        required: { value: limit, unit: 'm', comparator: '<=' },
        clause: read.clause(limitId),
        elementIds: s.id === '' ? [] : [s.id],
        point: s.worstPoint,
        params: { zone: zoneName, seat: s.worstSeat ?? '—', via: s.via ?? '—', load: s.load, sprinklered: sprinklered ? 'yes' : 'no' },
      }));
    }
    return out;
  },
};
