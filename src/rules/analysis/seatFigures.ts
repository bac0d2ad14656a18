// The analysis figures of each seat (its id, zone, occupant point and walk to the nearest exit)
// and the floor's longest walks, from the seats' egress. In the rules worker a desk edit leaves
// nearly every seat's egress the very object it was (egress.ts keeps it when nothing it holds
// changed), and a seat's figures are a function of that object alone: they are the ones given
// last time, not built again (thousands of seats a check).
import type { WorkstationAnalysis } from '../results.ts';
import { placesIn, type SeatEgress } from '../walking/egress.ts';

export const finiteOrNull = (x: number, digits = 2): number | null => (Number.isFinite(x) ? Math.round(x * 10 ** digits) / 10 ** digits : null);

export interface SeatFigures {
  workstations: WorkstationAnalysis[];
  /** the longest walk to an exit (Infinity when a seat cannot reach one), null without seats */
  maxWalking: number | null;
  /** the longest finite straight line to an exit, null without one */
  maxStraight: number | null;
}

/** What was given for a floor's seats last time: the egress objects, their figures and exit walks' lengths. */
interface Given {
  seats: readonly SeatEgress[];
  figures: readonly WorkstationAnalysis[];
  walking: Float64Array;
  straight: Float64Array;
}

/** By the egress' lineage (FloorEgress.lineage): what was given for its seats last time. */
const given = new WeakMap<object, Given>();

/** The figures of a floor's seats, their egress of that `lineage` (FloorEgress.lineage). */
export function seatFigures(lineage: object, seats: readonly SeatEgress[]): SeatFigures {
  const n = seats.length;
  const earlier = given.get(lineage);
  const place = earlier ? placesIn(earlier.seats, seats) : null;
  const figures = new Array<WorkstationAnalysis>(n);
  const walking = new Float64Array(n);
  const straight = new Float64Array(n);
  fillFigures(seats, place, earlier, figures, walking, straight);
  given.set(lineage, { seats, figures, walking, straight });
  return { workstations: figures, maxWalking: longestWalking(walking), maxStraight: longestStraight(straight) };
}

// the loops stand in functions of their own: as loops in seatFigures they were compiled on the
// stack (OSR) before the code after them had run, and that code was thrown out again at every
// later check (a deopt per check on the first floors)

/** Each seat's figures and exit walk's lengths: those given for it last time where it has a place (`place`) in `earlier`. */
function fillFigures(seats: readonly SeatEgress[], place: Int32Array | null, earlier: Given | undefined, figures: WorkstationAnalysis[], walking: Float64Array, straight: Float64Array): void {
  for (let i = 0; i < seats.length; i++) {
    const m = place ? place[i]! : -1;
    if (m >= 0) {
      figures[i] = earlier!.figures[m]!;
      walking[i] = earlier!.walking[m]!;
      straight[i] = earlier!.straight[m]!;
      continue;
    }
    const s = seats[i]!;
    walking[i] = s.exit.walking;
    straight[i] = s.exit.straight;
    figures[i] = {
      id: s.ws.id,
      zone: s.zone?.id ?? null,
      occupant: [Math.round(s.point[0] * 1000) / 1000, Math.round(s.point[1] * 1000) / 1000],
      walking: finiteOrNull(s.exit.walking),
      straight: finiteOrNull(s.exit.straight),
    };
  }
}

// the longest as plain numbers, null only at the end: a `number | null` carried through the
// loop was boxed at every step

/** The longest of the walks (Infinity when one is), null without any. */
function longestWalking(walking: Float64Array): number | null {
  if (walking.length === 0) return null;
  let longest = 0;
  for (let i = 0; i < walking.length; i++) {
    // An unreachable seat makes the floor's longest walk unbounded
    if (walking[i] === Infinity) return Infinity;
    longest = Math.max(longest, walking[i]!);
  }
  return longest;
}

/** The longest finite straight line, null without one. */
function longestStraight(straight: Float64Array): number | null {
  let longest = 0;
  let any = false;
  for (let i = 0; i < straight.length; i++) {
    if (!Number.isFinite(straight[i])) continue;
    longest = Math.max(longest, straight[i]!);
    any = true;
  }
  return any ? longest : null;
}
