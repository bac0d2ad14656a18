// From a demand profile to agents and seats: Erlang C per interval of the day, shrinkage, shifts
// laid over the hours of operation, and the seats the floor needs when shifts share seats.
// The assumptions are listed in docs/demand.md; the ones made here:
// - an interval's calls per hour hold from its start until the next interval starts; the first
//   interval's rate also holds from opening until it starts; the last holds until closing (one
//   interval only, e.g. the peak hour: the whole day is staffed for the peak);
// - shifts of `shiftHours` are spread evenly from opening to closing, consecutive shifts
//   overlapping by at least `shiftOverlapHours` (handover); agents are given to shifts earliest
//   need first, each deficit to the covering shift that reaches furthest;
// - seats = the most scheduled agents (shrinkage included: breaks and coaching keep a desk) on
//   the floor at one time, both shifts of a handover counted; a seat freed by a shift going home
//   is used by the next shift.
import { clockOf, demandProblems, inHours, minutesOf, openMinutes } from '../../floorplan/queries/demandInputs.ts';
import type { DemandProfile } from '../../floorplan/types.ts';
import { agentsFor, withShrinkage, type Staffing } from './erlang.ts';

const DAY = 24 * 60;

export interface IntervalStaffing extends Staffing {
  start: string;
  /** when the next interval starts (or closing) */
  end: string;
  callsPerHour: number;
  /** agents to schedule: agents ÷ (1 − shrinkage), rounded up */
  scheduled: number;
}

export interface ShiftStaffing {
  start: string;
  end: string;
  /** scheduled agents of the shift (shrinkage included) */
  agents: number;
}

export interface DemandResult {
  intervals: IntervalStaffing[];
  /** interval starts outside the hours of operation (left out) */
  ignored: string[];
  /** the interval needing the most agents */
  peak: IntervalStaffing;
  /** agents on the phones at the peak (Erlang C) */
  peakAgents: number;
  /** agents to schedule at the peak (shrinkage added) */
  peakScheduled: number;
  shifts: ShiftStaffing[];
  /** scheduled agents over all shifts of a day (each counted once) */
  dailyAgents: number;
  /** the most agents on the floor at one time: the seats to provide */
  seatsNeeded: number;
  openHours: number;
}

/** Shift windows (minutes from opening) covering [0, length]: evenly spread, the first at opening, the last ending at closing. */
export function shiftWindows(length: number, shiftMinutes: number, overlapMinutes: number): [number, number][] {
  if (length <= shiftMinutes) return [[0, length]];
  const count = Math.ceil((length - overlapMinutes) / (shiftMinutes - overlapMinutes) - 1e-9);
  const step = (length - shiftMinutes) / (count - 1);
  return Array.from({ length: count }, (_, j) => {
    const start = j === count - 1 ? length - shiftMinutes : Math.round(j * step);
    return [start, start + shiftMinutes] as [number, number];
  });
}

/** Agents and seats for a profile; null when its inputs have problems (see demandProblems). */
export function staffDemand(p: DemandProfile): DemandResult | null {
  if (demandProblems(p).length > 0) return null;
  const { open, close } = p.hoursOfOperation;
  const length = openMinutes(open, close);
  const o = minutesOf(open)!;
  const kept = inHours(p.intervals, open, close);
  const ignored = p.intervals.filter((iv) => !kept.some((k) => k.interval === iv)).map((iv) => iv.start);
  const target = { percent: p.serviceLevel.percent, seconds: p.serviceLevel.seconds };

  // time segments [from, to) in minutes from opening, one per interval
  const segments = kept.map((k, i) => ({ from: i === 0 ? 0 : k.offset, to: kept[i + 1]?.offset ?? length, interval: k.interval, offset: k.offset }));
  const intervals: IntervalStaffing[] = segments.map((s) => {
    const staffing = agentsFor(s.interval.callsPerHour, p.ahtSeconds, target, p.maxOccupancy);
    return { ...staffing, start: s.interval.start, end: clockOf(o + s.to), callsPerHour: s.interval.callsPerHour, scheduled: withShrinkage(staffing.agents, p.shrinkage) };
  });
  const peak = intervals.reduce((best, iv) => (iv.scheduled > best.scheduled || (iv.scheduled === best.scheduled && iv.agents > best.agents) ? iv : best), intervals[0]!);

  const windows = shiftWindows(length, Math.round(p.shiftHours * 60), Math.round((p.shiftOverlapHours ?? 0) * 60));
  const staffed = windows.map(() => 0);
  // pieces between every boundary of a segment or a shift
  const cuts = [...new Set([0, length, ...segments.map((s) => s.from), ...windows.flat()])].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const pieces = cuts.slice(0, -1).map((from, i) => ({ from, to: cuts[i + 1]! }));
  const coveringOf = ({ from, to }: { from: number; to: number }) => windows.map((w, j) => (w[0] <= from && w[1] >= to ? j : -1)).filter((j) => j >= 0);
  for (const { from, to } of pieces) {
    const need = intervals[segments.findIndex((s) => s.from <= from && from < s.to)]?.scheduled ?? 0;
    const covering = coveringOf({ from, to });
    const present = covering.reduce((sum, j) => sum + staffed[j]!, 0);
    if (need > present && covering.length > 0) {
      // the shift that stays longest serves the most of what follows
      const furthest = covering.reduce((a, b) => (windows[b]![1] > windows[a]![1] || (windows[b]![1] === windows[a]![1] && windows[b]![0] > windows[a]![0]) ? b : a));
      staffed[furthest]! += need - present;
    }
  }
  // after every shift is staffed: a shift given agents later is on the floor earlier too
  const seats = Math.max(0, ...pieces.map((piece) => coveringOf(piece).reduce((sum, j) => sum + staffed[j]!, 0)));
  const shifts = windows.map((w, j) => ({ start: clockOf(o + w[0]), end: clockOf(o + w[1]), agents: staffed[j]! }));
  return {
    intervals,
    ignored,
    peak,
    peakAgents: Math.max(...intervals.map((iv) => iv.agents)),
    peakScheduled: Math.max(...intervals.map((iv) => iv.scheduled)),
    shifts,
    dailyAgents: staffed.reduce((a, b) => a + b, 0),
    seatsNeeded: seats,
    openHours: length / 60,
  };
}
