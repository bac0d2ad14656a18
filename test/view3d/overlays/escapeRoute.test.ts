// The escape route drawn is the walk the travel-distance finding measures: started at the
// finding's worst point and walked to the target it reached, its length is the finding's value.
import { describe, expect, it } from 'vitest';
import { escapeRoute, routeLength } from '../../../src/editor/heatmaps.ts';
import { OverlayWorkerState } from '../../../src/editor/overlays.worker.ts';
import type { Floor, PlanDocument } from '../../../src/floorplan/types.ts';
import { runFloorRules, runRules } from '../../../src/rules/runRules.ts';
import { longestRouteFinding } from '../../../src/view3d/overlays/routeFinding.ts';
import { sampleText } from '../../fixtures/plans.ts';
import { floorPlan, makeRoom } from '../../rules/fixtures.ts';

function floorOf(plan: PlanDocument, id: string): Floor {
  return plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
}

describe('escape route and travel-distance finding', () => {
  const park = JSON.parse(sampleText('sample-park.callfloor.json')) as PlanDocument;
  for (const profile of ['gb', 'intl'] as const) {
    it(`${profile}: on A-3F of the sample park the route drawn is as long as the finding states (to 0.01 m)`, () => {
      const floor = floorOf(park, 'A-3F');
      const findings = runFloorRules(park, 'A', 'A-3F', { profile }).findings;
      const route = longestRouteFinding(floor, findings)!;
      expect(route).not.toBeNull();
      // the longest of the floor's travel-distance walks (per zone, from a point of the floor)
      const walks = findings.filter((f) => f.ruleId === 'fire.travel-distance' && 'zone' in f.messageParams).map((f) => f.measured.value as number);
      expect(route.length).toBe(Math.max(...walks));
      const path = escapeRoute(floor, route.from, route.target);
      expect(path[0]).toEqual(route.from);
      expect(Math.abs(routeLength(path) - route.length)).toBeLessThan(0.01);
      // and through the worker, as the app asks for it
      const reply = new OverlayWorkerState().handle({ id: 1, token: 1, floor, kind: 'route', from: route.from, target: route.target });
      expect(Math.abs(routeLength(reply.route!) - route.length)).toBeLessThan(0.01);
    });
  }

  it('the target matters: under gb the finding walks to the room door, not to the nearest exit', () => {
    // a closed 12 × 10 m room (door d1 on its east wall at (12, 5)) beside an 8 m hall, exit on the hall's east wall
    const plan = floorPlan({
      exits: [{ id: 'e1', at: [20, 5], width: 1.2, kind: 'stair' }],
      zones: [makeRoom('office', 'work', 0, 0, 12, 10), makeRoom('hall', 'corridor', 12, 0, 20, 10)],
      walls: [{ id: 'w1', a: [12, 0], b: [12, 10], kind: 'solid', thickness: 0.2 }],
      doors: [{ id: 'd1', wall: 'w1', at: [12, 5], width: 1 }],
    });
    const floor = plan.site.buildings[0]!.floors[0]!;
    const findings = runRules(plan, { profile: 'gb' }).findings;
    const route = longestRouteFinding(floor, findings)!;
    // the room's far corner walks ~12.3 m to its door (the hall's worst point only ~8.7 m to the exit)
    expect(route.target.id).toBe('d1');
    expect(route.length).toBeGreaterThan(11.5);
    const toTarget = routeLength(escapeRoute(floor, route.from, route.target));
    expect(Math.abs(toTarget - route.length)).toBeLessThan(0.01);
    // the nearest-exit walk from the same point (what the overlay drew before) is another number
    const toExit = routeLength(escapeRoute(floor, route.from));
    expect(toExit - route.length).toBeGreaterThan(7);
  });
});
