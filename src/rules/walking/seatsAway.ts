// The seats a reach analysis (toilets, rest zones) walks: a seat inside one of the analysis' own
// zones walks 0 to it; the others ("away") are walked to the field's targets, and their walks are
// written back by seat. One loop fills every list (no array per seat).
import type { Point, Zone } from '../../floorplan/types.ts';

export interface SeatsAway {
  /** per seat: 0 inside, the walk once measured, null until then (Infinity: no field to walk to) */
  walking: (number | null)[];
  /** per seat: the zone or target walked to */
  targetIds: (string | null)[];
  /** the seats away from the zones, by index, and their points */
  away: number[];
  awayPoints: Point[];
}

export function seatsAway(seatPoints: readonly Point[], seatZones: readonly (Zone | undefined)[], isOwn: (zone: Zone) => boolean, hasField: boolean): SeatsAway {
  const walking: (number | null)[] = new Array<number | null>(seatPoints.length);
  const targetIds: (string | null)[] = new Array<string | null>(seatPoints.length);
  const away: number[] = [];
  const awayPoints: Point[] = [];
  for (let i = 0; i < seatPoints.length; i++) {
    const zone = seatZones[i];
    if (zone !== undefined && isOwn(zone)) {
      walking[i] = 0;
      targetIds[i] = zone.id;
    } else {
      walking[i] = hasField ? null : Infinity;
      targetIds[i] = null;
      away.push(i);
      awayPoints.push(seatPoints[i]!);
    }
  }
  return { walking, targetIds, away, awayPoints };
}

/** Writes the walks measured for the away seats (by their place in `away`) back by seat. */
export function writeAwayWalks(seats: SeatsAway, walks: readonly ({ walking: number; targetId: string | null } | null | undefined)[]): void {
  const { away, walking, targetIds } = seats;
  for (let k = 0; k < away.length; k++) {
    const r = walks[k];
    if (!r) continue;
    walking[away[k]!] = r.walking;
    targetIds[away[k]!] = r.targetId;
  }
}

/**
 * writeAwayWalks from the walks' arrays of lengths and targets (each the walk's own), not from
 * the walks themselves: thousands carried across edits, scattered in memory, need not be read.
 */
export function writeAwayFound(seats: SeatsAway, found: { walks: readonly unknown[]; walking: Float64Array; targetIds: readonly (string | null)[] }): void {
  const { away, walking, targetIds } = seats;
  for (let k = 0; k < away.length; k++) {
    if (!found.walks[k]) continue;
    walking[away[k]!] = found.walking[k]!;
    targetIds[away[k]!] = found.targetIds[k]!;
  }
}
