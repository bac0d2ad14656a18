// A 20 × 12 m office floor as an architect draws it (millimetres): 240 mm external walls and
// 120 mm partitions as pairs of face lines that stop at the walls they meet (L corners, T
// junctions), broken at every door and window with jamb lines across; doors as blocks (swing and
// leaf), as a swing and leaf drawn loose, as a double door and as a sliding-door block with no
// swing; windows as lines in the external walls' openings (and one in a partition); columns as
// closed polylines and a hatch; room names, a dimension, an opening tag and an axis.
//
// Expected, in metres (origin at the drawing's origin, 1 unit = 1 mm):
//   outline (inner face of external walls) 0.24–19.76 × 0.24–11.76; footprint 0–20 × 0–12
//   7 partitions (0.12 thick): y = 6 and y = 7.8 from x 0.24 to 19.76; x = 8 and x = 14 from
//     y 0.24 to 6; x = 6, 12 and 16 from y 7.8 to 11.76
//   doors: (3.45, 6) 0.9; (8, 2.5) 1.0; (9.75, 7.8) 1.5 double; (14, 3.5) 1.0 sliding;
//     (16, 9.45) 0.9; (17.25, 0.24) 1.5 on the outline
//   windows on the outline: (2–4, 0.24), (9–12, 0.24), (2–5, 11.76); one in a partition (noted)
//   columns: 4 corner columns 0.5 × 0.5, one 0.6 × 0.6 at (4, 4) drawn twice (outline and hatch)
//   zones: 话务区 work, 会议室 meeting, 经理室 management, 机房 server, 培训室 training,
//     卫生间 toilet, 房间 1 (unnamed) work, 走道 1 corridor
import { arc, dxf, hatch, insert, line, lwpolyline, text, type Group } from '../dxfText.ts';

type Span = [number, number];

/** A horizontal face at y from x0 to x1, broken at `cuts`. */
function hFace(layer: string, y: number, x0: number, x1: number, cuts: Span[] = []): Group[][] {
  return pieces(x0, x1, cuts).map(([a, b]) => line(layer, [a, y], [b, y]));
}

function vFace(layer: string, x: number, y0: number, y1: number, cuts: Span[] = []): Group[][] {
  return pieces(y0, y1, cuts).map(([a, b]) => line(layer, [x, a], [x, b]));
}

function pieces(from: number, to: number, cuts: Span[]): Span[] {
  const out: Span[] = [];
  let at = from;
  for (const [a, b] of [...cuts].sort((p, q) => p[0] - q[0])) {
    if (a > at) out.push([at, a]);
    at = Math.max(at, b);
  }
  if (to > at) out.push([at, to]);
  return out;
}

/** Jamb lines across a horizontal wall (faces y0, y1) at each x. */
const hJambs = (layer: string, y0: number, y1: number, xs: number[]) => xs.map((x) => line(layer, [x, y0], [x, y1]));
const vJambs = (layer: string, x0: number, x1: number, ys: number[]) => ys.map((y) => line(layer, [x0, y], [x1, y]));

export interface OfficeFloorLayers {
  wall: string;
  door: string;
  window: string;
  column: string;
  text: string;
}

export const ENGLISH_LAYERS: OfficeFloorLayers = { wall: 'A-WALL', door: 'A-DOOR', window: 'A-GLAZ', column: 'A-COLS', text: 'A-ANNO-TEXT' };
export const CHINESE_LAYERS: OfficeFloorLayers = { wall: '墙体', door: '门', window: '窗', column: '柱子', text: '房间名称' };

export function officeFloorGroups(l: OfficeFloorLayers = ENGLISH_LAYERS): Group[][] {
  const W = l.wall;
  const e: Group[][] = [];
  // external walls, 240 mm: south (windows 2–4 m and 9–12 m, entrance 16.5–18 m), north (window 2–5 m)
  const southOpenings: Span[] = [[2000, 4000], [9000, 12000], [16500, 18000]];
  e.push(...hFace(W, 0, 0, 20000, southOpenings), ...hFace(W, 240, 240, 19760, [...southOpenings, [7940, 8060], [13940, 14060]]));
  e.push(...hJambs(W, 0, 240, [2000, 4000, 9000, 12000, 16500, 18000]));
  e.push(...hFace(W, 12000, 0, 20000, [[2000, 5000]]), ...hFace(W, 11760, 240, 19760, [[2000, 5000], [5940, 6060], [11940, 12060], [15940, 16060]]));
  e.push(...hJambs(W, 11760, 12000, [2000, 5000]));
  const westEastCuts: Span[] = [[5940, 6060], [7740, 7860]];
  e.push(...vFace(W, 0, 0, 12000), ...vFace(W, 240, 240, 11760, westEastCuts));
  e.push(...vFace(W, 20000, 0, 12000), ...vFace(W, 19760, 240, 11760, westEastCuts));
  // corridor walls, 120 mm, y = 6 m (door 3–3.9 m) and y = 7.8 m (double door 9–10.5 m)
  e.push(...hFace(W, 5940, 240, 19760, [[3000, 3900], [7940, 8060], [13940, 14060]]), ...hFace(W, 6060, 240, 19760, [[3000, 3900]]));
  e.push(...hJambs(W, 5940, 6060, [3000, 3900]));
  e.push(...hFace(W, 7740, 240, 19760, [[9000, 10500]]), ...hFace(W, 7860, 240, 19760, [[9000, 10500], [5940, 6060], [11940, 12060], [15940, 16060]]));
  e.push(...hJambs(W, 7740, 7860, [9000, 10500]));
  // partitions south of the corridor: x = 8 m (door 2–3 m), x = 14 m (sliding door 3–4 m)
  e.push(...vFace(W, 7940, 240, 5940, [[2000, 3000]]), ...vFace(W, 8060, 240, 5940, [[2000, 3000]]), ...vJambs(W, 7940, 8060, [2000, 3000]));
  e.push(...vFace(W, 13940, 240, 5940, [[3000, 4000]]), ...vFace(W, 14060, 240, 5940, [[3000, 4000]]), ...vJambs(W, 13940, 14060, [3000, 4000]));
  // partitions north of the corridor: x = 6 m (a window 9–10 m), x = 12 m, x = 16 m (door 9–9.9 m)
  e.push(...vFace(W, 5940, 7860, 11760, [[9000, 10000]]), ...vFace(W, 6060, 7860, 11760, [[9000, 10000]]), ...vJambs(W, 5940, 6060, [9000, 10000]));
  e.push(...vFace(W, 11940, 7860, 11760), ...vFace(W, 12060, 7860, 11760));
  e.push(...vFace(W, 15940, 7860, 11760, [[9000, 9900]]), ...vFace(W, 16060, 7860, 11760, [[9000, 9900]]), ...vJambs(W, 15940, 16060, [9000, 9900]));

  // doors
  e.push(insert(l.door, 'DOOR900', [3000, 6060]));
  e.push(line(l.door, [7940, 2000], [6940, 2000]), arc(l.door, [7940, 2000], 1000, 90, 180));
  e.push(line(l.door, [9000, 7860], [9000, 8610]), arc(l.door, [9000, 7860], 750, 0, 90));
  e.push(line(l.door, [10500, 7860], [10500, 8610]), arc(l.door, [10500, 7860], 750, 90, 180));
  e.push(insert(l.door, 'M1021', [14000, 3000], { rotation: 90 }));
  e.push(insert(l.door, 'DOOR900', [15940, 9000], { rotation: 90 }));
  e.push(line(l.door, [16500, 240], [16500, 1740]), arc(l.door, [16500, 240], 1500, 0, 90));

  // windows: four lines across each external opening, three across the partition's
  for (const y of [0, 80, 160, 240]) e.push(line(l.window, [2000, y], [4000, y]), line(l.window, [9000, y], [12000, y]));
  for (const y of [11760, 11840, 11920, 12000]) e.push(line(l.window, [2000, y], [5000, y]));
  for (const x of [5940, 6000, 6060]) e.push(line(l.window, [x, 9000], [x, 10000]));

  // columns: the corners, and one free-standing, drawn as an outline and a hatch
  for (const [x, y] of [[0, 0], [19500, 0], [0, 11500], [19500, 11500]] as const) {
    e.push(lwpolyline(l.column, [[x, y], [x + 500, y], [x + 500, y + 500], [x, y + 500]], true));
  }
  const free: [number, number][] = [[3700, 3700], [4300, 3700], [4300, 4300], [3700, 4300]];
  e.push(lwpolyline(l.column, free, true), hatch(l.column, { polylines: [free] }));

  // room names, and what is not a room name
  const names: [string, number, number][] = [['话务区', 3000, 1500], ['会议室', 10000, 1500], ['经理室', 16000, 3000], ['机房', 2000, 9500], ['培训室', 8000, 9500], ['卫生间', 13000, 9500]];
  for (const [name, x, y] of names) e.push(text(l.text, name, [x, y], { height: 300 }));
  e.push(text('DIM', '3600', [5000, 5000], { height: 250 }), text('WINDOW_TEXT', 'C2018', [3000, 600], { height: 250 }));
  e.push(line('AXIS', [8000, -2000], [8000, 14000]));
  return e;
}

const BLOCKS = [
  // a swing door: leaf up from the hinge, swing from the closed position (along +x) to open
  { name: 'DOOR900', base: [0, 0] as [number, number], entities: [line('0', [0, 0], [0, 900]), arc('0', [0, 0], 900, 0, 90)] },
  // a sliding door: the panel only
  { name: 'M1021', base: [0, 0] as [number, number], entities: [lwpolyline('0', [[0, -30], [1000, -30], [1000, 30], [0, 30]], true)] },
];

export function officeFloorDxf(layers: OfficeFloorLayers = ENGLISH_LAYERS): string {
  return dxf({ insunits: 4, entities: officeFloorGroups(layers), blocks: BLOCKS });
}
