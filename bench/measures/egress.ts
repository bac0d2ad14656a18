// Walking-distance analysis of one floor: navigation build, distance field to the exits and
// every occupant point queried.
import { occupantPoint } from '../../src/floorplan/geometry/elements.ts';
import { buildFloorNavigation } from '../../src/rules/walking/navigation.ts';
import { time, type Measure } from '../harness.ts';
import { denseFloor, seatLabel } from '../plans.ts';

export function egressMeasures(sizes: number[]): Measure[] {
  return sizes.map((seats) => {
    const plan = () => denseFloor(seats);
    return {
      name: 'walking distance (floor)',
      get size() {
        return seatLabel(plan());
      },
      unit: 'ms',
      runs: 5,
      run: () =>
        time(() => {
          const floor = plan().site.buildings[0]!.floors[0]!;
          const nav = buildFloorNavigation(floor);
          const field = nav.field(floor.exits.map((e) => ({ id: e.id, at: e.at, width: e.width })));
          for (const ws of floor.workstations) field.query(occupantPoint(ws));
        }),
    } satisfies Measure;
  });
}
