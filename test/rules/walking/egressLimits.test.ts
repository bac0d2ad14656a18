// gbPointStatus (the bounds' rank, without building a judgement) must give judgeGbPoint's status
// for every reading, kind and walk, the limits' edges included.
import { describe, expect, it } from 'vitest';
import { gbPointStatus, judgeGbPoint, type GbTravelLimits } from '../../../src/rules/walking/egressLimits.ts';
import type { EgressKind } from '../../../src/rules/walking/walk.ts';

const ids = { hall: 'h', hallCorridor: 'hc', room: 'r', betweenExits: 'b' };
const limits: GbTravelLimits[] = [];
for (const reading of ['hall-with-room-warning', 'hall', 'room'] as const) {
  for (const hall of [30, 37.5, null]) limits.push({ hall, hallCorridor: 10, room: 22, betweenExits: 40, reading, ids });
}
const lengths = [0, 5, 21.9, 22, 22 + 1e-9, 22.0001, 25, 29.99, 30, 30.00000001, 31, 37.5, 37.6, 60, Infinity, NaN];

describe('gbPointStatus', () => {
  it("is judgeGbPoint's status", () => {
    let cases = 0;
    for (const L of limits) {
      for (const kind of ['open', 'room'] as EgressKind[]) {
        for (const walking of lengths) {
          for (const straight of lengths) {
            const walk = { walking, straight, targetId: null };
            expect(gbPointStatus(walk, kind, L), JSON.stringify({ L, kind, walking, straight })).toBe(judgeGbPoint(walk, kind, L).status);
            cases++;
          }
        }
      }
    }
    expect(cases).toBeGreaterThan(4000);
  });
});
