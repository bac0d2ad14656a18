// Staffing a demand profile: intervals, shrinkage, shifts and seats shared across shifts.
// Agents per interval come from the Erlang C tests (200 calls/h × 180 s → A = 10 → 14 agents at
// 80/20 → 20 scheduled with 30 % shrinkage); the shift and seat figures are worked by hand.
import { describe, expect, it } from 'vitest';
import { demandProblems, openMinutes } from '../../../src/floorplan/queries/demandInputs.ts';
import type { DemandProfile } from '../../../src/floorplan/types.ts';
import { agentsFor, withShrinkage } from '../../../src/rules/demand/erlang.ts';
import { shiftWindows, staffDemand } from '../../../src/rules/demand/staffing.ts';

export function profile(parts: Partial<DemandProfile> = {}): DemandProfile {
  return {
    id: 'd1', name: 'Hotline', scope: {},
    intervals: [{ start: '09:00', callsPerHour: 200 }],
    ahtSeconds: 180, serviceLevel: { percent: 80, seconds: 20 }, shrinkage: 0.3,
    hoursOfOperation: { open: '09:00', close: '17:00' }, shiftHours: 8,
    ...parts,
  };
}

const scheduledFor = (calls: number) => withShrinkage(agentsFor(calls, 180, { percent: 80, seconds: 20 }).agents, 0.3);

describe('staffing a demand profile', () => {
  it('one peak hour, one shift: 14 agents, 20 with shrinkage, 20 seats', () => {
    const r = staffDemand(profile())!;
    expect(r.peakAgents).toBe(14);
    expect(r.peakScheduled).toBe(20);
    expect(r.shifts).toEqual([{ start: '09:00', end: '17:00', agents: 20 }]);
    expect(r.seatsNeeded).toBe(20);
    expect(r.intervals[0]).toMatchObject({ start: '09:00', end: '17:00', agents: 14, scheduled: 20 });
  });

  it('24 h in three 8 h shifts: each shift staffs its own interval, seats = the busiest shift (seats shared 3 ways)', () => {
    const night = scheduledFor(40);
    const day = scheduledFor(400);
    const evening = scheduledFor(200);
    const r = staffDemand(profile({
      intervals: [{ start: '08:00', callsPerHour: 400 }, { start: '16:00', callsPerHour: 200 }, { start: '00:00', callsPerHour: 40 }],
      hoursOfOperation: { open: '00:00', close: '00:00' },
    }))!;
    expect(r.openHours).toBe(24);
    expect(r.shifts.map((s) => `${s.start}-${s.end}`)).toEqual(['00:00-08:00', '08:00-16:00', '16:00-00:00']);
    expect(r.shifts.map((s) => s.agents)).toEqual([night, day, evening]);
    expect(r.seatsNeeded).toBe(day);
    expect(r.dailyAgents).toBe(night + day + evening);
    expect(r.intervals.map((iv) => iv.start)).toEqual(['00:00', '08:00', '16:00']);
  });

  it('12 h open with 8 h shifts: two shifts overlap 12:00–16:00 and both need seats then', () => {
    // 08–16 and 12–20 (the only way two 8 h shifts cover 08–20); flat 20 scheduled all day
    const r = staffDemand(profile({ hoursOfOperation: { open: '08:00', close: '20:00' }, intervals: [{ start: '08:00', callsPerHour: 200 }] }))!;
    expect(r.shifts).toEqual([{ start: '08:00', end: '16:00', agents: 20 }, { start: '12:00', end: '20:00', agents: 20 }]);
    expect(r.seatsNeeded).toBe(40);
  });

  it('a busy afternoon: the late shift is sized for the afternoon, the overlap counts both shifts', () => {
    // 08–16 and 14–22 (overlap 0.5 h asked; 14 h open → 2 shifts, 2 h apart at the seam)
    const low = scheduledFor(100);
    const high = scheduledFor(400);
    const r = staffDemand(profile({
      intervals: [{ start: '08:00', callsPerHour: 100 }, { start: '14:00', callsPerHour: 400 }],
      hoursOfOperation: { open: '08:00', close: '22:00' },
      shiftOverlapHours: 0.5,
    }))!;
    expect(r.shifts.map((s) => `${s.start}-${s.end}`)).toEqual(['08:00-16:00', '14:00-22:00']);
    // 08–14 only the early shift is there: `low`; 16–22 only the late shift: it must bring `high`;
    // 14–16 both are on the floor, so that is when the seats are fullest
    expect(r.shifts.map((s) => s.agents)).toEqual([low, high]);
    expect(r.seatsNeeded).toBe(low + high);
  });

  it('agents a shift gets for the evening are on the floor during its afternoon overlap too', () => {
    // 08–16 (A) and 12–20 (B); demand low until 16:00, high after: A = low, B = high, and 12–16 holds both
    const low = scheduledFor(100);
    const high = scheduledFor(400);
    const r = staffDemand(profile({ intervals: [{ start: '08:00', callsPerHour: 100 }, { start: '16:00', callsPerHour: 400 }], hoursOfOperation: { open: '08:00', close: '20:00' } }))!;
    expect(r.shifts.map((s) => s.agents)).toEqual([low, high]);
    expect(r.seatsNeeded).toBe(low + high);
  });

  it('the first interval also holds from opening; an interval after closing is left out', () => {
    const r = staffDemand(profile({ intervals: [{ start: '11:00', callsPerHour: 200 }, { start: '13:00', callsPerHour: 100 }, { start: '19:00', callsPerHour: 900 }] }))!;
    expect(r.ignored).toEqual(['19:00']);
    expect(r.intervals.map((iv) => `${iv.start}-${iv.end}`)).toEqual(['11:00-13:00', '13:00-17:00']);
    // the 09:00–11:00 stretch before the first interval is staffed at its rate
    expect(r.shifts).toEqual([{ start: '09:00', end: '17:00', agents: 20 }]);
  });

  it('shift windows: even spread, first at opening, last ending at closing, overlap at least as asked', () => {
    expect(shiftWindows(24 * 60, 480, 0)).toEqual([[0, 480], [480, 960], [960, 1440]]);
    // 3 × 8 h cannot cover 24 h with 30 min handovers: 4 shifts, 5 h 20 min apart
    expect(shiftWindows(24 * 60, 480, 30)).toEqual([[0, 480], [320, 800], [640, 1120], [960, 1440]]);
    expect(shiftWindows(6 * 60, 480, 0)).toEqual([[0, 360]]);
  });

  it('hours over midnight and 24 h', () => {
    expect(openMinutes('20:00', '04:00')).toBe(480);
    expect(openMinutes('00:00', '24:00')).toBe(1440);
    expect(openMinutes('08:00', '08:00')).toBe(1440);
    const r = staffDemand(profile({ hoursOfOperation: { open: '20:00', close: '04:00' }, intervals: [{ start: '22:00', callsPerHour: 200 }] }))!;
    expect(r.shifts).toEqual([{ start: '20:00', end: '04:00', agents: 20 }]);
  });

  it('inputs that cannot be computed are named, and give no result', () => {
    const bad = profile({ ahtSeconds: 0, serviceLevel: { percent: 100, seconds: 20 }, shrinkage: 1, intervals: [], shiftHours: 8, shiftOverlapHours: 8 });
    expect(demandProblems(bad).map((p) => p.key)).toEqual(['noInterval', 'aht', 'slPercent', 'shrinkage', 'overlap']);
    expect(staffDemand(bad)).toBeNull();
    expect(demandProblems(profile({ intervals: [{ start: '9:00', callsPerHour: -1 }] }))).toEqual([{ key: 'intervalTime', index: 0 }, { key: 'calls', index: 0 }]);
    expect(demandProblems(profile({ intervals: [{ start: '20:00', callsPerHour: 5 }] })).map((p) => p.key)).toEqual(['outsideHours']);
  });
});
