// orientSign writes orient2d's fast path out: its sign must be orient2d's on every input, clear
// cases, near-collinear ones (where the library's exact path decides) and non-finite ones.
import { describe, expect, it } from 'vitest';
import { orient2d } from 'robust-predicates';
import { orientSign } from '../../../src/rules/walking/navScene.ts';

describe('orientSign', () => {
  it('is the sign of orient2d', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const cases: number[][] = [];
    for (let k = 0; k < 20000; k++) {
      const ax = random() * 100 - 50;
      const ay = random() * 100 - 50;
      const bx = random() * 100 - 50;
      const by = random() * 100 - 50;
      const t = random() * 3 - 1;
      // on the line through a and b, then nudged by an ulp or two, or far off it
      let cx = ax + t * (bx - ax);
      let cy = ay + t * (by - ay);
      if (k % 3 === 1) cx += (random() - 0.5) * 1e-14;
      if (k % 3 === 2) cy += (random() - 0.5) * 10;
      cases.push([ax, ay, bx, by, cx, cy]);
    }
    cases.push([0, 0, 1, 1, 2, 2], [0, 0, 0, 0, 0, 0], [0, 0, 1, 0, NaN, 1], [0, 0, 1, 0, Infinity, 1], [0, 0, 1, 0, 0.5, -0], [1e-300, 0, 0, 1e-300, 1e-300, 1e-300]);
    let decidedByLibrary = 0;
    for (const [ax, ay, bx, by, cx, cy] of cases) {
      const o = orient2d(ax!, ay!, bx!, by!, cx!, cy!);
      const l = (ay! - cy!) * (bx! - cx!);
      const r = (ax! - cx!) * (by! - cy!);
      if (!(Math.abs(l - r) >= (3 + 16 * 1.1102230246251565e-16) * 1.1102230246251565e-16 * Math.abs(l + r))) decidedByLibrary++;
      expect(Object.is(orientSign(ax!, ay!, bx!, by!, cx!, cy!), Math.sign(o)) || (orientSign(ax!, ay!, bx!, by!, cx!, cy!) === 0 && o === 0)).toBe(true);
    }
    expect(decidedByLibrary).toBeGreaterThan(1000);
  });
});
