// parse + validate and serialize, against plan size.
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { time, type Measure } from '../harness.ts';
import { parkOf, seatLabel } from '../plans.ts';

export function formatMeasures(sizes: number[]): Measure[] {
  return sizes.flatMap((seats): Measure[] => {
    let text = '';
    const plan = () => parkOf(seats);
    const runs = seats >= 100000 ? 3 : 5;
    return [
      {
        name: 'parse + validate',
        get size() {
          return `${seatLabel(plan())}, ${(text.length / 1048576).toFixed(1)} MB`;
        },
        unit: 'ms',
        runs,
        // issue 18: the 150,000-seat park parsed and validated in 1.5 s
        ...(seats >= 100000 ? { target: 1500 } : {}),
        async setup() {
          text = serializePlan(plan(), { indent: 0 });
        },
        run: () =>
          time(() => {
            const r = parsePlan(text);
            if (!r.ok) throw new Error(`generated plan has problems: ${r.problems[0]?.message.en}`);
          }),
      },
      { name: 'serialize', get size() { return seatLabel(plan()); }, unit: 'ms', runs, run: () => time(() => serializePlan(plan(), { indent: 0 })) },
    ];
  });
}
