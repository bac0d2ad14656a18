// The evacuation plans (疏散示意图) as a PDF, A3 or A4 landscape, one page per "you are here" mark
// (evacuationModel.ts decides the pages, routes and symbols): a green title band with the building,
// floor and date; the floor drawn simply (zones lightly tinted and named, desks as pale blocks,
// walls, doors, stairs and lifts) with green escape routes and arrows, exits, extinguishers,
// hydrants, signs and smoke exhausts; the red "you are here" dot; beside it the legend, the
// emergency text (火警 119, no lifts), a north arrow and a scale bar.
import { GState, jsPDF } from 'jspdf';
import {
  bandPolygon, exitSignSymbol, hydrantSymbol, placeSymbol, smokeExhaustSymbol, type DeviceSymbol, type SymbolInk,
} from '../../floorplan/geometry/planSymbols.ts';
import { bounds, centroid, pointInPolygon } from '../../floorplan/geometry/polygon.ts';
import type { Locale, PlanDocument, Point } from '../../floorplan/types.ts';
import { buildEvacuationModel, routeArrows, zoneAnchor, type EvacuationPage, type EvacuationPaper, type EvacuationRoute, type LegendKey } from '../model/evacuationModel.ts';
import type { FloorDrawing } from '../model/floorDrawing.ts';
import { formatNumber } from '../model/formatValues.ts';
import type { ReportMeta } from '../model/meta.ts';
import type { ReportScope } from '../model/scope.ts';
import { evacuationWords, type EvacuationWords } from './evacuationWords.ts';
import { FONT_FAMILY, type FontLoader } from './fonts.ts';
import { centredRect, labelAnchors, placeLabel, rectsOverlap, type Rect } from './labelFit.ts';
import { USE_COLORS } from './planDrawing.ts';
import { yieldToEventLoop, type ProgressCallback } from './reportOptions.ts';
import type { Rgb } from './reportWriter.ts';
import { scaleBarLength, scaleBarParts } from './scaleBar.ts';

export interface EvacuationPdfOptions {
  locale: Locale;
  scope: ReportScope;
  paper: EvacuationPaper;
  /** project, revision, content hash and the date printed on each page */
  meta: ReportMeta;
  fonts: FontLoader;
  onProgress?: ProgressCallback;
}

const PAPER: Record<EvacuationPaper, { width: number; height: number }> = {
  a4: { width: 297, height: 210 },
  a3: { width: 420, height: 297 },
};

const INK = {
  band: [0, 122, 61] as Rgb,
  route: [0, 166, 81] as Rgb,
  markRoute: [0, 112, 52] as Rgb,
  exit: [0, 135, 65] as Rgb,
  stairFill: [214, 238, 220] as Rgb,
  stairMarks: [120, 170, 135] as Rgb,
  liftFill: [200, 204, 208] as Rgb,
  liftMarks: [140, 146, 152] as Rgb,
  wall: [55, 60, 66] as Rgb,
  exterior: [25, 28, 32] as Rgb,
  glass: [120, 160, 190] as Rgb,
  door: [120, 126, 134] as Rgb,
  desk: [226, 228, 231] as Rgb,
  zoneEdge: [190, 190, 190] as Rgb,
  label: [40, 48, 60] as Rgb,
  red: [218, 24, 32] as Rgb,
  exhaust: [236, 239, 242] as Rgb,
  exhaustLine: [60, 70, 80] as Rgb,
  muted: [100, 100, 100] as Rgb,
  noteFill: [255, 244, 214] as Rgb,
  noteLine: [215, 150, 0] as Rgb,
};
const WHITE: Rgb = [255, 255, 255];
/** pt → mm */
const PT = 0.3528;

/** Lightens a zone colour toward white, so routes and symbols stand out on it. */
function tint(c: Rgb, amount = 0.55): Rgb {
  return [c[0] + (255 - c[0]) * amount, c[1] + (255 - c[1]) * amount, c[2] + (255 - c[2]) * amount];
}

type Map2 = (p: Point) => Point;

/** One page being drawn: the document, its unit (1 on A4, √2 on A3) and the plan transform. */
class Sheet {
  readonly w: EvacuationWords;
  constructor(
    readonly doc: jsPDF,
    readonly locale: Locale,
    /** sizes scale with the paper: 1 on A4 */
    readonly u: number,
  ) {
    this.w = evacuationWords(locale);
  }

  font(size: number, bold = false): void {
    this.doc.setFont(FONT_FAMILY, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size * this.u);
  }

  path(points: readonly Point[], style: 'F' | 'S' | 'FD', closed: boolean): void {
    if (points.length < 2) return;
    const first = points[0]!;
    const deltas: [number, number][] = [];
    for (let i = 1; i < points.length; i++) deltas.push([points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]]);
    this.doc.lines(deltas, first[0], first[1], [1, 1], style, closed);
  }

  polygon(poly: readonly Point[], map: Map2, style: 'F' | 'S' | 'FD'): void {
    if (poly.length >= 3) this.path(poly.map(map), style, true);
  }

  line(a: Point, b: Point): void {
    this.doc.line(a[0], a[1], b[0], b[1]);
  }

  opacity(value: number, draw: () => void): void {
    this.doc.saveGraphicsState();
    this.doc.setGState(new GState({ opacity: value }));
    draw();
    this.doc.restoreGraphicsState();
  }

  symbol(symbol: DeviceSymbol, inks: Record<SymbolInk, Rgb>, map: Map2): void {
    for (const f of symbol.fills) {
      this.doc.setFillColor(...inks[f.ink]);
      this.polygon(f.polygon, map, 'F');
    }
    this.doc.setLineWidth(0.1 * this.u);
    for (const l of symbol.lines) {
      this.doc.setDrawColor(...inks[l.ink]);
      this.line(map(l.segment[0]), map(l.segment[1]));
    }
  }
}

const SIGN_INKS: Record<SymbolInk, Rgb> = { body: INK.exit, mark: WHITE, edge: WHITE };
const HYDRANT_INKS: Record<SymbolInk, Rgb> = { body: INK.red, mark: WHITE, edge: WHITE };
const EXHAUST_INKS: Record<SymbolInk, Rgb> = { body: INK.exhaust, mark: INK.exhaustLine, edge: INK.exhaustLine };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Plan metres → page mm, north up, centred in the box. */
function fit(b: FloorDrawing['bounds'], box: Box): { scale: number; map: Map2 } {
  const w = Math.max(b.maxX - b.minX, 1e-6);
  const h = Math.max(b.maxY - b.minY, 1e-6);
  const scale = Math.min(box.width / w, box.height / h);
  const ox = box.x + (box.width - w * scale) / 2;
  const oy = box.y + (box.height - h * scale) / 2;
  return { scale, map: ([x, y]) => [ox + (x - b.minX) * scale, oy + (b.maxY - y) * scale] };
}

// ---- the plan ----

function drawFloor(s: Sheet, d: FloorDrawing, map: Map2): void {
  const { doc, u } = s;
  for (const z of d.zones) {
    doc.setFillColor(...tint(USE_COLORS[z.use]));
    s.polygon(z.polygon, map, 'F');
  }
  doc.setDrawColor(...INK.zoneEdge);
  doc.setLineWidth(0.08 * u);
  for (const z of d.zones) s.polygon(z.polygon, map, 'S');

  doc.setFillColor(...INK.desk);
  for (const desk of d.desks) s.polygon(desk, map, 'F');

  for (const c of d.cores) {
    const stair = c.kind === 'stair';
    doc.setFillColor(...(stair ? INK.stairFill : INK.liftFill));
    s.polygon(c.polygon, map, 'F');
    doc.setDrawColor(...(stair ? INK.stairMarks : INK.liftMarks));
    doc.setLineWidth(0.1 * u);
    for (const [a, b] of c.marks) s.line(map(a), map(b));
  }

  doc.setFillColor(...INK.glass);
  for (const piece of d.walls.filter((x) => x.kind === 'glass').flatMap((x) => x.pieces)) s.polygon(bandPolygon(piece), map, 'F');
  doc.setFillColor(...INK.wall);
  for (const piece of d.walls.filter((x) => x.kind !== 'glass').flatMap((x) => x.pieces)) s.polygon(bandPolygon(piece), map, 'F');
  for (const piece of d.cores.flatMap((c) => c.walls)) s.polygon(bandPolygon(piece), map, 'F');
  for (const column of d.columns) s.polygon(column, map, 'F');
  // the outline as a line under the exterior wall, so window openings still close the floor
  doc.setDrawColor(...INK.exterior);
  doc.setLineWidth(0.3 * u);
  s.polygon(d.outline, map, 'S');
  doc.setFillColor(...INK.exterior);
  for (const piece of d.exterior) s.polygon(bandPolygon(piece), map, 'F');

  // doors: the leaf and a thin swing, as on any plan
  doc.setDrawColor(...INK.door);
  for (const door of [...d.doors.map((x) => x.symbol), ...d.exits.flatMap((e) => (e.symbol ? [e.symbol] : []))]) {
    doc.setLineWidth(0.07 * u);
    for (const arc of door.arcs) s.path(arc.map(map), 'S', false);
    doc.setLineWidth(0.16 * u);
    for (const leaf of door.leaves) s.line(map(leaf[0]), map(leaf[1]));
  }
}

/** A filled arrowhead whose tip is at `tip` (page mm), pointing along the page direction `dir`. */
function arrowHead(s: Sheet, tip: Point, dir: Point, length: number, halfWidth: number): void {
  const base: Point = [tip[0] - dir[0] * length, tip[1] - dir[1] * length];
  const n: Point = [-dir[1], dir[0]];
  s.path([tip, [base[0] + n[0] * halfWidth, base[1] + n[1] * halfWidth], [base[0] - n[0] * halfWidth, base[1] - n[1] * halfWidth]], 'F', true);
}

/** The page direction of a plan direction (page y runs down). */
const pageDir = (d: Point): Point => [d[0], -d[1]];

function lastDirection(path: readonly Point[]): Point | null {
  for (let i = path.length - 1; i > 0; i--) {
    const a = path[i - 1]!;
    const b = path[i]!;
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length > 1e-6) return [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
  }
  return null;
}

function drawRoutes(s: Sheet, routes: readonly EvacuationRoute[], scale: number, map: Map2, bold: boolean): void {
  if (routes.length === 0) return;
  const { doc, u } = s;
  const colour = bold ? INK.markRoute : INK.route;
  const width = (bold ? 1.1 : 0.55) * u;
  doc.setLineCap('round');
  doc.setLineJoin('round');
  const draw = () => {
    doc.setDrawColor(...colour);
    doc.setLineWidth(width);
    for (const r of routes) s.path(r.path.map(map), 'S', false);
    doc.setFillColor(...colour);
    // chevrons along the walks, one row where walks share a corridor
    const head = (bold ? 2.6 : 1.8) * u;
    for (const a of routeArrows(routes, (bold ? 11 : 13) * u / scale, (bold ? 5 : 6) * u / scale)) {
      const dir = pageDir(a.direction);
      const at = map(a.at);
      arrowHead(s, [at[0] + dir[0] * head * 0.5, at[1] + dir[1] * head * 0.5], dir, head, head * 0.55);
    }
    for (const r of routes) {
      const dir = lastDirection(r.path);
      if (dir) arrowHead(s, map(r.path[r.path.length - 1]!), pageDir(dir), head * 1.2, head * 0.7);
    }
  };
  if (bold) draw();
  else s.opacity(0.85, draw);
  doc.setLineCap('butt');
  doc.setLineJoin('miter');
}

/** "安全出口" badges beyond each exit's door, on the side away from the floor; returns their boxes. */
function exitBadges(s: Sheet, d: FloorDrawing, scale: number, map: Map2): Rect[] {
  const { doc, u } = s;
  s.font(6.5, true);
  const text = s.w.exitBadge;
  const width = doc.getTextWidth(text) + 2.4 * u;
  const height = 6.5 * u * PT + 1.8 * u;
  const rects: Rect[] = [];
  for (const e of d.exits) {
    const [px, py] = map(e.at);
    const dir = pageDir(e.out);
    const reach = e.reach * scale + 1 * u + (Math.abs(dir[0]) * width) / 2 + (Math.abs(dir[1]) * height) / 2;
    const centre: Point = [px + dir[0] * reach, py + dir[1] * reach];
    const side: Point = [-dir[1], dir[0]];
    const step = Math.abs(side[0]) * (width + 0.8 * u) + Math.abs(side[1]) * (height + 0.8 * u);
    let rect = centredRect(centre, width, height);
    for (const k of [1, -1, 2, -2]) {
      if (!rects.some((r) => rectsOverlap(r, rect, 0.3 * u))) break;
      rect = centredRect([centre[0] + side[0] * step * k, centre[1] + side[1] * step * k], width, height);
    }
    rects.push(rect);
  }
  return rects;
}

function drawExitBadges(s: Sheet, rects: readonly Rect[]): void {
  const { doc, u } = s;
  for (const r of rects) {
    doc.setFillColor(...INK.exit);
    doc.roundedRect(r.x, r.y, r.width, r.height, 0.7 * u, 0.7 * u, 'F');
    s.font(6.5, true);
    doc.setTextColor(...WHITE);
    doc.text(s.w.exitBadge, r.x + r.width / 2, r.y + r.height / 2, { align: 'center', baseline: 'middle' });
  }
}

/** Exits as a green bar across their opening, so the way out reads even where the badge slid aside. */
function drawExitOpenings(s: Sheet, d: FloorDrawing, map: Map2): void {
  const { doc, u } = s;
  doc.setDrawColor(...INK.exit);
  doc.setLineWidth(0.9 * u);
  for (const e of d.exits) {
    const along: Point = [-e.out[1], e.out[0]];
    const a: Point = [e.at[0] - (along[0] * e.width) / 2, e.at[1] - (along[1] * e.width) / 2];
    const b: Point = [e.at[0] + (along[0] * e.width) / 2, e.at[1] + (along[1] * e.width) / 2];
    s.line(map(a), map(b));
  }
}

/** 楼梯 / 电梯 on a white tag in each stair and lift core, unless something already stands there. */
function drawCoreLabels(s: Sheet, d: FloorDrawing, map: Map2, taken: Rect[]): void {
  const { doc, u } = s;
  for (const c of d.cores) {
    if (c.kind === 'shaft') continue;
    const text = c.kind === 'stair' ? s.w.stair : s.w.lift;
    s.font(5.5, true);
    const width = doc.getTextWidth(text) + 1.4 * u;
    const height = 5.5 * u * PT + 1 * u;
    const middle = centroid(c.polygon);
    const at = map(pointInPolygon(middle, c.polygon) ? middle : c.polygon[0]!);
    const rect = centredRect(at, width, height);
    if (taken.some((t) => rectsOverlap(t, rect, 0.2 * u))) continue;
    taken.push(rect);
    doc.setFillColor(...WHITE);
    doc.roundedRect(rect.x, rect.y, rect.width, rect.height, 0.4 * u, 0.4 * u, 'F');
    doc.setTextColor(...(c.kind === 'stair' ? INK.exit : INK.label));
    doc.text(text, at[0], at[1], { align: 'center', baseline: 'middle' });
  }
}

/** Zone names at their anchor, shrinking, dropped where none fits. */
function drawZoneNames(s: Sheet, d: FloorDrawing, map: Map2, taken: Rect[]): void {
  const { doc, u } = s;
  const zones = [...d.zones].sort((a, b) => b.area - a.area);
  for (const zone of zones) {
    const page = zone.polygon.map(map);
    const sizes = [7, 6, 5, 4.2];
    const variants = sizes.map((size) => {
      s.font(size, true);
      return { width: doc.getTextWidth(zone.name) + 1.2 * u, height: size * u * PT + 0.8 * u };
    });
    const anchors = [map(zoneAnchor(zone.polygon)), ...labelAnchors(page)];
    const choice = placeLabel(variants, anchors, page, taken, 0.4 * u, 0.4 * u);
    if (!choice) continue;
    taken.push(choice.rect);
    const r = choice.rect;
    s.opacity(0.75, () => {
      doc.setFillColor(...WHITE);
      doc.roundedRect(r.x, r.y, r.width, r.height, 0.5 * u, 0.5 * u, 'F');
    });
    s.font(sizes[choice.variant]!, true);
    doc.setTextColor(...INK.label);
    doc.text(zone.name, r.x + r.width / 2, r.y + r.height / 2, { align: 'center', baseline: 'middle' });
  }
}

/** Symbols are at least this many page mm per metre of symbol, so they read at any scale. */
const symbolScale = (s: Sheet, scale: number, mmPerMetre: number): number => Math.max(1, (mmPerMetre * s.u) / scale);

function drawExtinguisher(s: Sheet, at: Point, r: number): void {
  const { doc, u } = s;
  doc.setFillColor(...INK.red);
  doc.setDrawColor(...WHITE);
  doc.setLineWidth(0.3 * u);
  doc.circle(at[0], at[1], r, 'FD');
  // a white nozzle tick: the extinguisher's pictogram reduced to what reads at this size
  doc.setFillColor(...WHITE);
  doc.rect(at[0] - r * 0.18, at[1] - r * 0.55, r * 0.36, r * 1.1, 'F');
}

function drawYouAreHere(s: Sheet, at: Point, taken: Rect[], limits: Box): void {
  const { doc, u } = s;
  const r = 2.6 * u;
  doc.setFillColor(...WHITE);
  doc.circle(at[0], at[1], r + 0.8 * u, 'F');
  doc.setFillColor(...INK.red);
  doc.circle(at[0], at[1], r, 'F');
  doc.setFillColor(...WHITE);
  doc.circle(at[0], at[1], r * 0.32, 'F');
  s.font(9, true);
  const width = doc.getTextWidth(s.w.youAreHere) + 2.4 * u;
  const height = 9 * u * PT + 1.8 * u;
  const gap = r + 1.5 * u;
  const corners: Point[] = [
    [at[0] + gap + width / 2, at[1] - gap],
    [at[0] - gap - width / 2, at[1] - gap],
    [at[0] + gap + width / 2, at[1] + gap],
    [at[0] - gap - width / 2, at[1] + gap],
  ];
  const inside = (q: Rect) => q.x >= limits.x && q.y >= limits.y && q.x + q.width <= limits.x + limits.width && q.y + q.height <= limits.y + limits.height;
  const rect = corners.map((c) => centredRect(c, width, height)).find((q) => inside(q) && !taken.some((t) => rectsOverlap(t, q, 0.3 * u))) ?? centredRect(corners[0]!, width, height);
  taken.push(rect, centredRect(at, 2 * r, 2 * r));
  doc.setFillColor(...WHITE);
  doc.setDrawColor(...INK.red);
  doc.setLineWidth(0.4 * u);
  doc.roundedRect(rect.x, rect.y, rect.width, rect.height, 0.8 * u, 0.8 * u, 'FD');
  doc.setTextColor(...INK.red);
  doc.text(s.w.youAreHere, rect.x + rect.width / 2, rect.y + rect.height / 2, { align: 'center', baseline: 'middle' });
}

// ---- the side panel ----

const SWATCH = { width: 9, height: 5 };

function drawSwatch(s: Sheet, key: LegendKey, x: number, y: number): void {
  const { doc, u } = s;
  const w = SWATCH.width * u;
  const h = SWATCH.height * u;
  const c: Point = [x + w / 2, y + h / 2];
  switch (key) {
    case 'youAreHere':
      doc.setFillColor(...INK.red);
      doc.circle(c[0], c[1], h * 0.45, 'F');
      doc.setFillColor(...WHITE);
      doc.circle(c[0], c[1], h * 0.15, 'F');
      return;
    case 'markRoute':
    case 'route': {
      const bold = key === 'markRoute';
      doc.setDrawColor(...(bold ? INK.markRoute : INK.route));
      doc.setFillColor(...(bold ? INK.markRoute : INK.route));
      doc.setLineWidth((bold ? 1.1 : 0.55) * u);
      doc.line(x, c[1], x + w - 1.5 * u, c[1]);
      arrowHead(s, [x + w, c[1]], [1, 0], 2.2 * u, 1.3 * u);
      return;
    }
    case 'exit':
      // the badge as it stands beside each exit on the plan
      doc.setFillColor(...INK.exit);
      doc.roundedRect(x, y, w, h, 0.6 * u, 0.6 * u, 'F');
      s.font(s.locale === 'en' ? 5 : 4.2, true);
      doc.setTextColor(...WHITE);
      doc.text(s.w.exitBadge, c[0], c[1], { align: 'center', baseline: 'middle' });
      return;
    case 'stair':
    case 'lift': {
      const stair = key === 'stair';
      doc.setFillColor(...(stair ? INK.stairFill : INK.liftFill));
      doc.setDrawColor(...INK.wall);
      doc.setLineWidth(0.3 * u);
      doc.rect(x, y, w, h, 'FD');
      doc.setDrawColor(...(stair ? INK.stairMarks : INK.liftMarks));
      doc.setLineWidth(0.15 * u);
      if (stair) for (let i = 1; i < 5; i++) doc.line(x + (w * i) / 5, y, x + (w * i) / 5, y + h);
      else {
        doc.line(x, y, x + w, y + h);
        doc.line(x, y + h, x + w, y);
      }
      return;
    }
    case 'extinguisher':
      drawExtinguisher(s, c, h * 0.42);
      return;
    case 'hydrant':
      s.symbol(hydrantSymbol(), HYDRANT_INKS, (p) => [c[0] + p[0] * 11 * u, c[1] - p[1] * 11 * u]);
      return;
    case 'exitSign':
    case 'directionSign':
      s.symbol(exitSignSymbol(key === 'exitSign' ? 'exit' : 'direction'), SIGN_INKS, (p) => [c[0] + p[0] * 13 * u, c[1] - p[1] * 13 * u]);
      return;
    case 'smokeExhaust':
      s.symbol(smokeExhaustSymbol(), EXHAUST_INKS, (p) => [c[0] + p[0] * 8 * u, c[1] - p[1] * 8 * u]);
      return;
  }
}

/** Wrapped text from (x, y) baseline-first; returns the y under it. */
function paragraph(s: Sheet, text: string, x: number, y: number, width: number, size: number, bold = false, colour: Rgb = [0, 0, 0]): number {
  s.font(size, bold);
  s.doc.setTextColor(...colour);
  const lines = s.doc.splitTextToSize(text, width) as string[];
  const lineHeight = size * s.u * PT * 1.35;
  let cy = y;
  for (const line of lines) {
    cy += lineHeight;
    s.doc.text(line, x, cy - lineHeight * 0.25);
  }
  return cy;
}

function drawNorthArrow(s: Sheet, cx: number, cy: number): void {
  const { doc, u } = s;
  const r = 3.4 * u;
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.2 * u);
  doc.circle(cx, cy, r, 'S');
  const tip: Point = [cx, cy - r - 0.8 * u];
  const notch: Point = [cx, cy + r * 0.35];
  doc.setFillColor(0, 0, 0);
  s.path([tip, [cx - 1.7 * u, cy + r * 0.8], notch], 'F', true);
  doc.setFillColor(...WHITE);
  s.path([tip, [cx + 1.7 * u, cy + r * 0.8], notch], 'FD', true);
  s.font(8, true);
  doc.setTextColor(0, 0, 0);
  doc.text(s.w.north, cx, tip[1] - 1 * u, { align: 'center' });
}

function drawScaleBar(s: Sheet, x: number, y: number, scale: number, maxMm: number): void {
  const { doc, u } = s;
  const length = scaleBarLength(scale, maxMm);
  const parts = scaleBarParts(length);
  const partMm = (length * scale) / parts;
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.15 * u);
  for (let i = 0; i < parts; i++) {
    doc.setFillColor(...(i % 2 === 0 ? ([0, 0, 0] as Rgb) : WHITE));
    doc.rect(x + i * partMm, y, partMm, 1.5 * u, 'FD');
  }
  s.font(7);
  doc.setTextColor(0, 0, 0);
  doc.text('0', x, y + 4.8 * u, { align: 'center' });
  doc.text(`${formatNumber(length)} m`, x + length * scale, y + 4.8 * u, { align: 'center' });
}

function drawPanel(s: Sheet, page: EvacuationPage, box: Box, scale: number): void {
  const { doc, u } = s;
  const { w } = s;
  const pad = 3 * u;
  const inner = box.width - 2 * pad;
  let y = box.y;

  // where you are, or that no position was placed
  if (page.mark) {
    doc.setDrawColor(...INK.red);
    doc.setLineWidth(0.5 * u);
    const top = y;
    let cy = paragraph(s, w.youAreHere, box.x + pad + 7 * u, y + 1.5 * u, inner - 7 * u, 11, true, INK.red);
    if (page.mark.label) cy = paragraph(s, page.mark.label, box.x + pad + 7 * u, cy, inner - 7 * u, 8.5, true, INK.label);
    cy = paragraph(
      s,
      page.markRoute ? w.nearestExit(formatNumber(page.markRoute.walking, 0)) : w.noRouteFromMark,
      box.x + pad, cy + 1 * u, inner, 7.5, false, page.markRoute ? INK.label : INK.red,
    );
    doc.setFillColor(...INK.red);
    doc.circle(box.x + pad + 2.8 * u, top + 5 * u, 2.4 * u, 'F');
    doc.setFillColor(...WHITE);
    doc.circle(box.x + pad + 2.8 * u, top + 5 * u, 0.8 * u, 'F');
    doc.roundedRect(box.x, top, box.width, cy + 2 * u - top, 1 * u, 1 * u, 'S');
    y = cy + 5 * u;
  } else {
    const top = y;
    const height = paragraph(s, w.noMark, box.x + pad, y + 1 * u, inner, 7.5, false, [0, 0, 0]) + 2 * u - top;
    // the box under the text: drawn after measuring, then the text again on top
    doc.setFillColor(...INK.noteFill);
    doc.setDrawColor(...INK.noteLine);
    doc.setLineWidth(0.4 * u);
    doc.roundedRect(box.x, top, box.width, height, 1 * u, 1 * u, 'FD');
    paragraph(s, w.noMark, box.x + pad, y + 1 * u, inner, 7.5, false, [0, 0, 0]);
    y = top + height + 4 * u;
  }

  // legend
  s.font(10, true);
  doc.setTextColor(...INK.label);
  doc.text(w.legend, box.x, y + 3 * u);
  y += 5.5 * u;
  for (const key of page.legend) {
    drawSwatch(s, key, box.x + 0.5 * u, y);
    s.font(7.5);
    doc.setTextColor(0, 0, 0);
    doc.text(w.items[key], box.x + (SWATCH.width + 3) * u, y + (SWATCH.height / 2) * u, { baseline: 'middle' });
    y += (SWATCH.height + 2) * u;
  }
  y += 3 * u;

  // the emergency text
  const top = y;
  doc.setFillColor(...INK.red);
  doc.rect(box.x, top, box.width, 7 * u, 'F');
  s.font(9.5, true);
  doc.setTextColor(...WHITE);
  doc.text(w.emergency, box.x + pad, top + 3.5 * u, { baseline: 'middle' });
  y = top + 7 * u;
  s.font(9.5, true);
  doc.setTextColor(...INK.red);
  const phoneLabel = `${w.firePhone} `;
  doc.text(phoneLabel, box.x + pad, y + 8 * u);
  const phoneWidth = doc.getTextWidth(phoneLabel);
  s.font(20, true);
  doc.text(w.fireNumber, box.x + pad + phoneWidth, y + 8 * u);
  y += 10 * u;
  w.instructions.forEach((line, i) => {
    y = paragraph(s, `${i + 1}. ${line}`, box.x + pad, y, inner, 7.5, i === 0, i === 0 ? INK.red : [0, 0, 0]) + 0.6 * u;
  });
  doc.setDrawColor(...INK.red);
  doc.setLineWidth(0.5 * u);
  doc.rect(box.x, top, box.width, y + 1.5 * u - top, 'S');
  y += 6 * u;

  // unreachable zones, if any, said plainly
  if (page.floor.unreachableZones.length > 0) y = paragraph(s, w.unreachable(page.floor.unreachableZones.join('、')), box.x, y, box.width, 7, false, INK.red) + 3 * u;

  // north arrow and scale bar at the panel's foot
  const foot = Math.max(y + 8 * u, box.y + box.height - 8 * u);
  drawNorthArrow(s, box.x + 4 * u, foot);
  drawScaleBar(s, box.x + 12 * u, foot - 1 * u, scale, box.width - 20 * u);
}

// ---- the page ----

/** Points along a page polyline every `step` mm, its start included. */
function samplePath(path: readonly Point[], step: number): Point[] {
  const out: Point[] = path.length > 0 ? [path[0]!] : [];
  for (let i = 1; i < path.length; i++) {
    const [a, b] = [path[i - 1]!, path[i]!];
    const n = Math.floor(Math.hypot(b[0] - a[0], b[1] - a[1]) / step);
    for (let k = 1; k <= n; k++) out.push([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return out;
}

function drawnRect(b: FloorDrawing['bounds'], map: Map2): Rect {
  const [x0, y0] = map([b.minX, b.maxY]);
  const [x1, y1] = map([b.maxX, b.minY]);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** How far past each side of the drawing the badges reach, plus `air` (at least `air`). */
function badgeOverflow(badges: readonly Rect[], drawing: Rect, air: number): { left: number; right: number; top: number; bottom: number } {
  const room = { left: 0, right: 0, top: 0, bottom: 0 };
  for (const r of badges) {
    room.left = Math.max(room.left, drawing.x - r.x);
    room.right = Math.max(room.right, r.x + r.width - (drawing.x + drawing.width));
    room.top = Math.max(room.top, drawing.y - r.y);
    room.bottom = Math.max(room.bottom, r.y + r.height - (drawing.y + drawing.height));
  }
  // the second fit is a little smaller, so the badges stand a little farther out relative to it
  return { left: room.left * 1.15 + air, right: room.right * 1.15 + air, top: room.top * 1.15 + air, bottom: room.bottom * 1.15 + air };
}

function drawPage(s: Sheet, page: EvacuationPage, meta: ReportMeta, paper: { width: number; height: number }): void {
  const { doc, u, w } = s;
  const margin = 10 * u;
  const bandHeight = 13 * u;

  // title band: 疏散示意图, building and floor, the mark's name; the date at the right
  doc.setFillColor(...INK.band);
  doc.rect(margin, margin, paper.width - 2 * margin, bandHeight, 'F');
  doc.setTextColor(...WHITE);
  s.font(20, true);
  doc.text(w.title, margin + 4 * u, margin + bandHeight / 2, { baseline: 'middle' });
  const titleWidth = doc.getTextWidth(w.title);
  s.font(13, true);
  const where = `${page.floor.buildingName} · ${page.floor.floorName}${page.mark?.label ? ` · ${page.mark.label}` : ''}`;
  doc.text(where, margin + 10 * u + titleWidth, margin + bandHeight / 2, { baseline: 'middle' });
  s.font(9);
  doc.text(`${w.date} ${meta.date}`, paper.width - margin - 4 * u, margin + bandHeight / 2, { align: 'right', baseline: 'middle' });

  const top = margin + bandHeight + 4 * u;
  const bottom = paper.height - margin - 6 * u;
  const panelWidth = 72 * u;
  const planBox: Box = { x: margin, y: top, width: paper.width - 2 * margin - panelWidth - 6 * u, height: bottom - top };
  const d = page.floor.drawing;
  const drawingBounds = bounds(d.outline.length >= 3 ? d.outline : [[d.bounds.minX, d.bounds.minY], [d.bounds.maxX, d.bounds.maxY]]);
  // exit badges stand outside the floor: place them at the full-box scale, then fit again inside the room they take
  const first = fit(drawingBounds, planBox);
  const room = badgeOverflow(exitBadges(s, d, first.scale, first.map), drawnRect(drawingBounds, first.map), 1.5 * u);
  const { scale, map } = fit(drawingBounds, {
    x: planBox.x + room.left,
    y: planBox.y + room.top,
    width: planBox.width - room.left - room.right,
    height: planBox.height - room.top - room.bottom,
  });

  drawFloor(s, d, map);
  drawExitOpenings(s, d, map);
  drawRoutes(s, page.floor.routes, scale, map, false);
  if (page.markRoute) drawRoutes(s, [page.markRoute], scale, map, true);

  const taken: Rect[] = [];
  const badges = exitBadges(s, d, scale, map);
  taken.push(...badges);
  const markAt = page.mark ? map(page.mark.at) : null;
  // the label keeps off the start of the route it names
  if (page.markRoute) for (const at of samplePath(page.markRoute.path.map(map), 1.5 * u).slice(0, 40)) taken.push(centredRect(at, 1.5 * u, 1.5 * u));
  if (markAt) drawYouAreHere(s, markAt, taken, planBox);
  drawCoreLabels(s, d, map, taken);

  const k = (mm: number) => symbolScale(s, scale, mm);
  for (const at of page.floor.smokeExhausts) s.symbol(placeSymbol(smokeExhaustSymbol(), at, 0, k(5)), EXHAUST_INKS, map);
  for (const at of page.floor.hydrants) s.symbol(placeSymbol(hydrantSymbol(), at, 0, k(9)), HYDRANT_INKS, map);
  for (const sign of page.floor.signs) s.symbol(placeSymbol(exitSignSymbol(sign.kind), sign.at, sign.rotation, k(7)), SIGN_INKS, map);
  for (const at of page.floor.extinguishers) {
    const p = map(at);
    drawExtinguisher(s, p, 1.5 * u);
    taken.push(centredRect(p, 3 * u, 3 * u));
  }
  drawZoneNames(s, d, map, taken);
  drawExitBadges(s, badges);
  // the mark again on top, so no label or route hides it
  if (markAt) {
    doc.setFillColor(...INK.red);
    doc.circle(markAt[0], markAt[1], 2.6 * u, 'F');
    doc.setFillColor(...WHITE);
    doc.circle(markAt[0], markAt[1], 2.6 * u * 0.32, 'F');
  }

  drawPanel(s, page, { x: paper.width - margin - panelWidth, y: top, width: panelWidth, height: bottom - top }, scale);
}

function drawFooter(s: Sheet, meta: ReportMeta, paper: { width: number; height: number }, n: number, total: number): void {
  const { doc, u, w } = s;
  const margin = 10 * u;
  const y = paper.height - margin;
  doc.setDrawColor(170, 170, 170);
  doc.setLineWidth(0.2 * u);
  doc.line(margin, y - 4.5 * u, paper.width - margin, y - 4.5 * u);
  s.font(7);
  doc.setTextColor(...INK.muted);
  doc.text(`${meta.project} · ${w.revision} ${meta.revision ?? '—'} · ${meta.contentHash}`, margin, y - 1 * u);
  doc.text(w.page(n, total), paper.width - margin, y - 1 * u, { align: 'right' });
}

export async function evacuationPdf(plan: PlanDocument, options: EvacuationPdfOptions): Promise<Uint8Array> {
  const progress = options.onProgress ?? (() => {});
  const words = evacuationWords(options.locale);
  progress(0, words.title);
  const model = buildEvacuationModel(plan, options.scope);
  if (!model) throw new Error('scope not found in plan');
  progress(0.3, words.title);
  const fonts = await options.fonts();
  const paper = PAPER[options.paper];
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: options.paper, compress: true });
  doc.addFileToVFS(`${FONT_FAMILY}-Regular.ttf`, fonts.regular);
  doc.addFont(`${FONT_FAMILY}-Regular.ttf`, FONT_FAMILY, 'normal');
  if (fonts.bold) {
    doc.addFileToVFS(`${FONT_FAMILY}-Bold.ttf`, fonts.bold);
    doc.addFont(`${FONT_FAMILY}-Bold.ttf`, FONT_FAMILY, 'bold');
  } else doc.addFont(`${FONT_FAMILY}-Regular.ttf`, FONT_FAMILY, 'bold');
  doc.setLanguage(options.locale === 'en' ? 'en-US' : 'zh-CN');
  doc.setProperties({ title: `${words.title} — ${plan.name}` });
  const sheet = new Sheet(doc, options.locale, paper.width / PAPER.a4.width);
  const total = model.pages.length;
  for (let i = 0; i < total; i++) {
    if (i > 0) doc.addPage(options.paper, 'landscape');
    drawPage(sheet, model.pages[i]!, options.meta, paper);
    drawFooter(sheet, options.meta, paper, i + 1, total);
    progress(0.3 + (0.65 * (i + 1)) / total, words.title);
    if (i % 3 === 2) await yieldToEventLoop();
  }
  progress(1, words.title);
  return new Uint8Array(doc.output('arraybuffer'));
}

