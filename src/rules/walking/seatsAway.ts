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
  away: Int32Array;
  awayPoints: Point[];
  /** the group of each away seat for the walks (one group: ''), shared: read it, do not change it */
  awayGroups: readonly string[];
}

/** The last list of groups all '' handed out: the same for every list of that length. */
let oneGroup: string[] = [];

function oneGroupOf(n: number): readonly string[] {
  if (oneGroup.length !== n) oneGroup = new Array<string>(n).fill('');
  return oneGroup;
}

/** The seats away: the lists are sized by a count first (thousands of seats, twice a re-check), not grown seat by seat. */
export function seatsAway(seatPoints: readonly Point[], seatZones: readonly (Zone | undefined)[], isOwn: (zone: Zone) => boolean, hasField: boolean): SeatsAway {
  const n = seatPoints.length;
  const walking: (number | null)[] = new Array<number | null>(n);
  const targetIds: (string | null)[] = new Array<string | null>(n);
  const inside = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const zone = seatZones[i];
    if (zone !== undefined && isOwn(zone)) {
      inside[i] = 1;
      walking[i] = 0;
      targetIds[i] = zone.id;
    } else {
      walking[i] = hasField ? null : Infinity;
      targetIds[i] = null;
      count++;
    }
  }
  const away = new Int32Array(count);
  const awayPoints = new Array<Point>(count);
  for (let i = 0, k = 0; i < n; i++) {
    if (inside[i]) continue;
    away[k] = i;
    awayPoints[k++] = seatPoints[i]!;
  }
  return { walking, targetIds, away, awayPoints, awayGroups: oneGroupOf(count) };
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
