// Draws a FloorDrawing into a box on the page: zones coloured by use, cores, walls, desks,
// exits with widths, extinguishers with their reach, the worst egress path and finding markers.
import type { Point, Polygon, ZoneUse } from '../../floorplan/types.ts';
import { formatNumber } from '../model/formatValues.ts';
import type { FloorDrawing } from '../model/floorDrawing.ts';
import { STATUS_COLORS, type ReportWriter, type Rgb } from './reportWriter.ts';

export const USE_COLORS: Record<ZoneUse, Rgb> = {
  work: [214, 232, 250],
  management: [226, 214, 245],
  rest: [214, 240, 214],
  meeting: [250, 236, 200],
  training: [250, 222, 200],
  canteen: [245, 245, 196],
  dormitory: [236, 222, 210],
  server: [250, 205, 205],
  power: [250, 190, 190],
  cabling: [245, 215, 225],
  toilet: [210, 236, 240],
  corridor: [238, 238, 238],
  storage: [225, 225, 215],
};

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Plan metres → page millimetres, y flipped (north up), uniform scale, centred in the box. */
export function planTransform(bounds: FloorDrawing['bounds'], box: Box): { scale: number; height: number; map: (p: Point) => Point } {
  const w = Math.max(bounds.maxX - bounds.minX, 1e-6);
  const h = Math.max(bounds.maxY - bounds.minY, 1e-6);
  const scale = Math.min(box.width / w, box.height / h);
  const ox = box.x + (box.width - w * scale) / 2;
  // top-aligned so what follows (scale bar, tables) sits right under the drawing
  const oy = box.y;
  return { scale, height: h * scale, map: ([x, y]) => [ox + (x - bounds.minX) * scale, oy + (bounds.maxY - y) * scale] };
}

function polygon(w: ReportWriter, poly: Polygon, map: (p: Point) => Point, style: 'F' | 'S' | 'FD'): void {
  if (poly.length < 3) return;
  const pts = poly.map(map);
  const first = pts[0]!;
  const deltas: [number, number][] = [];
  for (let i = 1; i < pts.length; i++) deltas.push([pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]]);
  w.doc.lines(deltas, first[0], first[1], [1, 1], style, true);
}

/** Draws the plan top-aligned in the box; returns the page y just below the drawing and its scale bar. */
export function drawFloorPlan(w: ReportWriter, d: FloorDrawing, box: Box): number {
  const { doc } = w;
  const { scale, height, map } = planTransform(d.bounds, box);

  doc.setLineWidth(0.1);
  for (const z of d.zones) {
    doc.setFillColor(...USE_COLORS[z.use]);
    doc.setDrawColor(150, 150, 150);
    polygon(w, z.polygon, map, 'FD');
  }
  doc.setFillColor(170, 170, 170);
  for (const c of d.cores) polygon(w, c, map, 'F');

  if (d.extinguisherReach !== null) {
    // reach circles are clipped to the drawing so they do not run over the page
    const [x0, y0] = map([d.bounds.minX, d.bounds.maxY]);
    const [x1, y1] = map([d.bounds.maxX, d.bounds.minY]);
    doc.saveGraphicsState();
    doc.rect(x0, y0, x1 - x0, y1 - y0, null);
    doc.clip();
    doc.discardPath();
    doc.setDrawColor(240, 170, 170);
    doc.setLineWidth(0.1);
    doc.setLineDashPattern([1, 1], 0);
    for (const x of d.extinguishers) {
      const [cx, cy] = map(x.at);
      doc.circle(cx, cy, d.extinguisherReach * scale, 'S');
    }
    doc.setLineDashPattern([], 0);
    doc.restoreGraphicsState();
  }

  doc.setFillColor(255, 255, 255);
  doc.setDrawColor(110, 110, 110);
  doc.setLineWidth(0.05);
  for (const desk of d.desks) polygon(w, desk, map, 'FD');

  for (const wall of d.walls) {
    if (wall.kind === 'glass') doc.setFillColor(110, 160, 210);
    else if (wall.kind === 'fire') doc.setFillColor(200, 40, 40);
    else doc.setFillColor(60, 60, 60);
    polygon(w, wall.polygon, map, 'F');
  }
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.5);
  polygon(w, d.outline, map, 'S');

  if (d.worstPath && d.worstPath.path.length > 1) {
    doc.setDrawColor(220, 0, 140);
    doc.setLineWidth(0.5);
    const pts = d.worstPath.path.map(map);
    for (let i = 1; i < pts.length; i++) doc.line(pts[i - 1]![0], pts[i - 1]![1], pts[i]![0], pts[i]![1]);
    const start = pts[0]!;
    doc.setFillColor(220, 0, 140);
    doc.circle(start[0], start[1], 0.9, 'F');
    w.font(6.5);
    doc.setTextColor(220, 0, 140);
    doc.text(`${formatNumber(d.worstPath.walking, 1)} m`, start[0] + 1.3, start[1] - 1.2);
  }

  w.font(6.5);
  for (const e of d.exits) {
    const [x, y] = map(e.at);
    doc.setFillColor(0, 150, 70);
    doc.rect(x - 1.2, y - 1.2, 2.4, 2.4, 'F');
    doc.setTextColor(0, 110, 50);
    doc.text(`${formatNumber(e.width)} m`, x + 1.6, y + 0.8);
  }
  for (const x of d.extinguishers) {
    const [cx, cy] = map(x.at);
    doc.setFillColor(...(x.overdue ? ([255, 160, 0] as Rgb) : ([220, 20, 20] as Rgb)));
    doc.circle(cx, cy, 0.7, 'F');
  }

  for (const m of d.markers) {
    const [x, y] = map(m.at);
    doc.setFillColor(...STATUS_COLORS[m.status]);
    doc.circle(x, y, 1.9, 'F');
    w.font(m.n > 99 ? 4.5 : 6, true);
    doc.setTextColor(255, 255, 255);
    doc.text(String(m.n), x, y + 0.75, { align: 'center' });
  }
  doc.setTextColor(0, 0, 0);
  doc.setLineWidth(0.2);
  doc.setDrawColor(0, 0, 0);

  // scale bar: 10 m
  const barX = box.x;
  const barY = box.y + height + 3;
  doc.setFillColor(0, 0, 0);
  doc.rect(barX, barY, 10 * scale, 0.8, 'F');
  w.font(6.5);
  doc.text('10 m', barX + 10 * scale + 1.5, barY + 0.9);
  return barY + 4;
}

/** Wide plates get the full width with the tables below; compact ones a left column. */
export function planLayout(d: FloorDrawing, top: number, bottom: number, left: number, width: number): { plan: Box; side: boolean } {
  const w = d.bounds.maxX - d.bounds.minX;
  const h = d.bounds.maxY - d.bounds.minY;
  const available = bottom - top - 8;
  const fullWidthHeight = (width * h) / Math.max(w, 1e-6);
  if (fullWidthHeight <= available * 0.8) return { plan: { x: left, y: top, width, height: fullWidthHeight }, side: false };
  return { plan: { x: left, y: top, width: width * 0.56, height: available }, side: true };
}

/** A row of coloured swatches naming the uses drawn. */
export function drawUseLegend(w: ReportWriter, uses: ZoneUse[], x: number, y: number, maxWidth: number): number {
  const { doc } = w;
  w.font(7);
  let cx = x;
  let cy = y;
  for (const use of uses) {
    const label = w.text.uses[use];
    const width = 5 + doc.getTextWidth(label) + 4;
    if (cx + width > x + maxWidth) {
      cx = x;
      cy += 4.5;
    }
    doc.setFillColor(...USE_COLORS[use]);
    doc.setDrawColor(150, 150, 150);
    doc.rect(cx, cy - 2.6, 3.5, 3.2, 'FD');
    doc.setTextColor(0, 0, 0);
    doc.text(label, cx + 4.5, cy);
    cx += width;
  }
  return cy + 4;
}
