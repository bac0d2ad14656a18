// Converting a drawing into a floor (underlay/convert): a generated call-centre floor in DXF
// (bench/convertFloorDxf.ts), read once untimed, then converted — walls from face lines, doors,
// windows, columns, outline and named zones. Target: a 2,000 m² floor well under a second.
import { time, type Measure } from '../harness.ts';
import { convertFloorDxf } from '../convertFloorDxf.ts';
import { convertDrawing, guessLayerRoles } from '../../src/floorplan/underlay/convert/index.ts';
import { readDxf, type DxfDrawing } from '../../src/floorplan/underlay/dxfSegments.ts';

export function convertMeasures(quick: boolean): Measure[] {
  const sizes: [number, number][] = quick ? [[50, 40]] : [[50, 40], [100, 80]];
  return sizes.map(([width, depth]): Measure => {
    let drawing: DxfDrawing | null = null;
    return {
      name: 'drawing → floor conversion',
      size: `${(width * depth).toLocaleString('en')} m² floor`,
      unit: 'ms',
      target: width * depth <= 2000 ? 1000 : undefined,
      runs: 5,
      warmup: 1,
      async setup() {
        const read = readDxf(convertFloorDxf(width, depth).dxf);
        if (!read.ok) throw new Error(read.error.en);
        drawing = read.drawing;
      },
      async run() {
        const d = drawing!;
        let zones = 0;
        const ms = await time(() => {
          zones = convertDrawing(d, { roles: guessLayerRoles(d.layers.map((l) => l.name)), placement: { origin: [0, 0], scale: 0.001, rotation: 0 } }).counts.zones;
        });
        if (zones === 0) throw new Error('no rooms converted');
        return ms;
      },
    };
  });
}
