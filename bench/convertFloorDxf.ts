// A generated call-centre floor as an architect's DXF (millimetres) for the conversion benchmark:
// `width` × `depth` metres, 240 mm external walls with a window every 4 m, two corridors with
// 120 mm walls, rooms 4 m wide along both façades (a door block each, a name each), an open work
// area with a 8.4 m column grid. Wall faces are the boundary of the walls' union less their
// openings, so every junction and jamb is drawn as a CAD program would.
import { difference, union, type Geom } from 'polyclip-ts';

type Ring = [number, number][];

const g = (code: number, value: string | number) => `${code}\n${value}\n`;
const line = (layer: string, x1: number, y1: number, x2: number, y2: number) => g(0, 'LINE') + g(8, layer) + g(10, x1.toFixed(1)) + g(20, y1.toFixed(1)) + g(11, x2.toFixed(1)) + g(21, y2.toFixed(1));
const rect = (x0: number, y0: number, x1: number, y1: number): Ring => [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];

export interface GeneratedFloor {
  dxf: string;
  /** what a perfect conversion finds */
  rooms: number;
  doors: number;
  windows: number;
  columns: number;
}

export function convertFloorDxf(width = 50, depth = 40): GeneratedFloor {
  const W = width * 1000;
  const D = depth * 1000;
  const T = 240;
  const t = 120;
  const bands: Ring[] = [];
  const cuts: Ring[] = [];
  const parts: string[] = [];
  let doors = 0;
  let windows = 0;
  let rooms = 0;
  // external walls
  bands.push(rect(0, 0, W, T), rect(0, D - T, W, D), rect(0, 0, T, D), rect(W - T, 0, W, D));
  for (let x = 1000; x + 2800 < W; x += 4000) {
    for (const [y0, y1] of [[0, T], [D - T, D]] as const) {
      cuts.push(rect(x, y0 - 1, x + 1800, y1 + 1));
      for (const y of [y0, y0 + T / 3, y0 + (2 * T) / 3, y1]) parts.push(line('WINDOW', x, y, x + 1800, y));
      windows++;
    }
  }
  // corridors: 2 m wide, 6 m in from each façade
  const strip = 6000;
  const corridorWalls = [strip, strip + 2000 + t, D - strip - 2000 - t, D - strip];
  for (const y of corridorWalls) bands.push(rect(T, y - t / 2, W - T, y + t / 2));
  // rooms along each façade, a door each onto the corridor
  for (const [y0, y1, doorY, facing] of [[T, strip, strip, 1], [D - strip, D - T, D - strip, -1]] as const) {
    for (let x = T; x + 4000 <= W - T; x += 4000) {
      // the last room takes what is left up to the end wall
      const last = x + 8000 > W - T;
      if (!last) bands.push(rect(x + 4000 - t / 2, y0, x + 4000 + t / 2, y1));
      const dx = x + 1500;
      cuts.push(rect(dx, doorY - t, dx + 900, doorY + t));
      // hinge on the corridor face, swing into the corridor
      parts.push(g(0, 'INSERT') + g(8, 'DOOR') + g(2, 'DOOR900') + g(10, dx) + g(20, doorY + (facing * t) / 2) + g(41, 1) + g(42, facing) + g(50, 0));
      doors++;
      rooms++;
      const names = ['经理办公室', '会议室', '培训室', '机房', '配电间', '卫生间', '茶水间', '储藏室'];
      parts.push(g(0, 'TEXT') + g(8, 'TEXT') + g(10, x + 1000) + g(20, (y0 + y1) / 2) + g(40, 300) + g(1, `${names[rooms % names.length]}${rooms}`));
    }
  }
  // the open work area between the corridors, with doors from both corridors
  const workY0 = strip + 2000 + t;
  const workY1 = D - strip - 2000 - t;
  for (const y of [workY0, workY1]) {
    for (let x = 3000; x + 1500 < W - 3000; x += 10000) {
      cuts.push(rect(x, y - t, x + 1500, y + t));
      parts.push(g(0, 'INSERT') + g(8, 'DOOR') + g(2, 'DOOR1500') + g(10, x) + g(20, y) + g(41, 1) + g(42, y === workY0 ? 1 : -1) + g(50, 0));
      doors++;
    }
  }
  rooms += 3; // two corridors and the work area
  parts.push(g(0, 'TEXT') + g(8, 'TEXT') + g(10, W / 2) + g(20, D / 2) + g(40, 500) + g(1, '话务区'));
  let columns = 0;
  for (let x = 4200; x < W - 2000; x += 8400) {
    for (let y = workY0 + 2000; y < workY1 - 1000; y += 8400) {
      const pts = [[x - 300, y - 300], [x + 300, y - 300], [x + 300, y + 300], [x - 300, y + 300]];
      parts.push(g(0, 'LWPOLYLINE') + g(8, 'COLU') + g(90, 4) + g(70, 1) + pts.map(([px, py]) => g(10, px!) + g(20, py!)).join(''));
      parts.push(g(0, 'HATCH') + g(8, 'COLU') + g(10, 0) + g(20, 0) + g(30, 0) + g(2, 'SOLID') + g(70, 1) + g(71, 0) + g(91, 1) + g(92, 3) + g(72, 0) + g(73, 1) + g(93, 4) + pts.map(([px, py]) => g(10, px!) + g(20, py!)).join('') + g(97, 0) + g(75, 1) + g(76, 1) + g(98, 0));
      columns++;
    }
  }
  for (let x = 0; x <= W; x += 8400) parts.push(line('AXIS', x, -3000, x, D + 3000));

  const fabric = difference(union([bands[0]!], ...bands.slice(1).map((b): Geom => [b])), ...cuts.map((c): Geom => [c]));
  for (const poly of fabric) {
    for (const ring of poly) {
      for (let i = 0; i + 1 < ring.length; i++) parts.push(line('WALL', ring[i]![0], ring[i]![1], ring[i + 1]![0], ring[i + 1]![1]));
    }
  }

  const head = g(0, 'SECTION') + g(2, 'HEADER') + g(9, '$INSUNITS') + g(70, 4) + g(0, 'ENDSEC')
    + g(0, 'SECTION') + g(2, 'BLOCKS')
    + g(0, 'BLOCK') + g(8, '0') + g(2, 'DOOR900') + g(70, 0) + g(10, 0) + g(20, 0) + g(30, 0)
    + g(0, 'LINE') + g(8, '0') + g(10, 0) + g(20, 0) + g(11, 0) + g(21, 900)
    + g(0, 'ARC') + g(8, '0') + g(10, 0) + g(20, 0) + g(40, 900) + g(50, 0) + g(51, 90)
    + g(0, 'ENDBLK') + g(8, '0')
    + g(0, 'BLOCK') + g(8, '0') + g(2, 'DOOR1500') + g(70, 0) + g(10, 0) + g(20, 0) + g(30, 0)
    + g(0, 'LINE') + g(8, '0') + g(10, 0) + g(20, 0) + g(11, 0) + g(21, 750)
    + g(0, 'ARC') + g(8, '0') + g(10, 0) + g(20, 0) + g(40, 750) + g(50, 0) + g(51, 90)
    + g(0, 'LINE') + g(8, '0') + g(10, 1500) + g(20, 0) + g(11, 1500) + g(21, 750)
    + g(0, 'ARC') + g(8, '0') + g(10, 1500) + g(20, 0) + g(40, 750) + g(50, 90) + g(51, 180)
    + g(0, 'ENDBLK') + g(8, '0') + g(0, 'ENDSEC');
  return { dxf: `${head}${g(0, 'SECTION')}${g(2, 'ENTITIES')}${parts.join('')}${g(0, 'ENDSEC')}${g(0, 'EOF')}`, rooms, doors, windows, columns };
}
