// seatsAway (lists sized by a count first) must give what filtering seat by seat gives: the seats
// inside their own zones at 0, the others away in order with their points, one group for all.
import { describe, expect, it } from 'vitest';
import type { Point, Zone } from '../../../src/floorplan/types.ts';
import { seatsAway, writeAwayWalks } from '../../../src/rules/walking/seatsAway.ts';

const zone = (id: string, use: Zone['use']): Zone => ({ id, name: id, use, polygon: [] }) as unknown as Zone;

describe('seatsAway', () => {
  const rest = zone('r', 'rest');
  const work = zone('w', 'work');
  const seatZones: (Zone | undefined)[] = [work, rest, undefined, rest, work, work, undefined, rest];
  const seatPoints: Point[] = seatZones.map((_, i) => [i, 2 * i]);

  for (const hasField of [true, false]) {
    it(`lists the seats away in order, the others at 0 (${hasField ? 'with' : 'without'} a field)`, () => {
      const seats = seatsAway(seatPoints, seatZones, (z) => z.use === 'rest', hasField);
      const away = seatZones.map((z, i) => (z?.use === 'rest' ? -1 : i)).filter((i) => i >= 0);
      expect(Array.from(seats.away)).toEqual(away);
      expect(seats.awayPoints).toEqual(away.map((i) => seatPoints[i]));
      for (let k = 0; k < away.length; k++) expect(seats.awayPoints[k]).toBe(seatPoints[away[k]!]);
      expect([...seats.awayGroups]).toEqual(away.map(() => ''));
      expect(seats.walking).toEqual(seatZones.map((z) => (z?.use === 'rest' ? 0 : hasField ? null : Infinity)));
      expect(seats.targetIds).toEqual(seatZones.map((z) => (z?.use === 'rest' ? 'r' : null)));
    });
  }

  it('writes the walks measured back by seat', () => {
    const seats = seatsAway(seatPoints, seatZones, (z) => z.use === 'rest', true);
    writeAwayWalks(seats, seats.awayPoints.map((p, k) => (k % 2 ? null : { walking: p[0] + 0.5, targetId: `t${k}` })));
    expect(seats.walking).toEqual([0.5, 0, null, 0, 4.5, null, 6.5, 0]);
    expect(seats.targetIds).toEqual(['t0', 'r', null, 'r', 't2', null, 't4', 'r']);
  });

  it('hands out groups as long as the seats away, whatever was asked before', () => {
    for (const n of [3, 0, 5, 5, 1]) {
      const seats = seatsAway(seatPoints.slice(0, n), seatZones.slice(0, n), () => false, true);
      expect(seats.awayGroups.length).toBe(n);
    }
  });
});
