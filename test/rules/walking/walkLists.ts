// Shared by the tests of longestWalks.ts and farthestWalk.ts: what they return beside the walks.
import { expect } from 'vitest';
import type { LongestWalks } from '../../../src/rules/walking/longestWalks.ts';

/** The lengths and targets beside the walks are each walk's own (NaN and null where a point has none). */
export function expectLengthsAndTargets({ walks, walking, targetIds }: LongestWalks): void {
  expect(walking.length).toBe(walks.length);
  walks.forEach((r, i) => {
    expect(Object.is(walking[i], r ? r.walking : NaN), `walking ${i}`).toBe(true);
    expect(targetIds[i], `target ${i}`).toBe(r ? r.targetId : null);
  });
}
