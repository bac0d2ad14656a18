// The screen's plan view and the PDF / DXF plan draw every door from the same rule and symbol:
// the door line work of both, floor by floor over the sample park, is the same set of segments.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { floorDrawing } from '../../../src/export/model/floorDrawing.ts';
import { parsePlan } from '../../../src/floorplan/format/index.ts';
import type { Segment } from '../../../src/floorplan/geometry/planSymbols.ts';
import { allFloors } from '../../../src/floorplan/queries/lookup.ts';
import { planDrawing } from '../../../src/view3d/geometry/planDrawing.ts';
import { doorSegments } from '../../../src/view3d/geometry/planSymbols.ts';
import { PLAN_COLORS } from '../../../src/view3d/palette.ts';
import { testFloor } from '../planFixture.ts';

/** to the micrometre, −0 as 0 */
const um = (v: number): number => Math.round(v * 1e6) / 1e6 + 0;
const key = ([p, q]: Segment): string => [p, q].map(([x, y]) => `${um(x)},${um(y)}`).join(' ');
const sorted = (segments: Segment[]): string[] => segments.map(key).sort();

function bothDrawings(building: Parameters<typeof floorDrawing>[0], floor: Parameters<typeof floorDrawing>[1]) {
  const screen = planDrawing(floor).lines.filter((l) => l.color === PLAN_COLORS.door || l.color === PLAN_COLORS.fireDoor);
  const paper = floorDrawing(building, floor).doors;
  return { screen: sorted(screen.map((l) => l.segment)), paper: sorted(paper.flatMap((d) => doorSegments(d.symbol))), doors: paper.length };
}

describe('screen and paper agree about doors', () => {
  it('on the test floor: the one door, leaf and 12 arc pieces', () => {
    const { building, floor } = testFloor();
    const { screen, paper } = bothDrawings(building, floor);
    expect(screen).toHaveLength(13);
    expect(screen).toEqual(paper);
  });

  it('on every floor of the sample park', () => {
    const parsed = parsePlan(readFileSync(new URL('../../../public/samples/sample-park.callfloor.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error('sample does not parse');
    let doors = 0;
    for (const { building, floor } of allFloors(parsed.plan)) {
      const both = bothDrawings(building, floor);
      expect(both.screen, floor.id).toEqual(both.paper);
      doors += both.doors;
    }
    expect(doors).toBeGreaterThan(50);
  });
});
