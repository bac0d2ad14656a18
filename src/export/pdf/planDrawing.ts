// Draws a FloorDrawing into a box on the page the way an architect draws a plan: zones filled in
// their use colour and labelled, cores filled, walls at their thickness (solid dark, glass a
// double line, fire walls red and hatched) left open at doors, doors open at 90° with their swing,
// windows as a triple line; then exits as badges beside them, extinguishers with their reach, the
// fire-safety layer (detector coverage, signs, emergency luminaires, exhaust inlets, hydrants,
// stair enclosures), the worst egress path and finding markers; under it a north arrow, a scale
// bar and the legend.
import { GState } from 'jspdf';
import {
  bandFaces, bandPolygon, coreMarks, emergencyLuminaireSymbol, exitSignSymbol, hatchLines, hydrantSymbol, placeSymbol, quarterArc,
  smokeExhaustSymbol, type Band, type DeviceSymbol, type Segment, type SymbolInk,
} from '../../floorplan/geometry/planSymbols.ts';
import { safetyPlanWords } from './safetyPlanWords.ts';
import type { Point, Polygon, ZoneUse } from '../../floorplan/types.ts';
import { ZONE_USES } from '../../floorplan/types.ts';
import { formatInteger, formatNumber } from '../model/formatValues.ts';
import type { FloorDrawing } from '../model/floorDrawing.ts';
import { centredRect, labelAnchors, placeLabel, rectsOverlap, type Rect } from './labelFit.ts';
import { planWords } from './planWords.ts';
import { STATUS_COLORS, type ReportWriter, type Rgb } from './reportWriter.ts';
import { scaleBarLength, scaleBarParts } from './scaleBar.ts';

/** Zone fills: the same colours as the screen (src/view3d/palette.ts ZONE_COLORS). */
export const USE_COLORS: Record<ZoneUse, Rgb> = {
  work: [207, 227, 247],
  management: [217, 210, 242],
  rest: [216, 239, 207],
  meeting: [248, 227, 196],
  training: [246, 213, 229],
  canteen: [251, 233, 168],
  dormitory: [231, 220, 203],
  server: [201, 211, 220],
  power: [243, 201, 189],
  cabling: [198, 227, 224],
  toilet: [215, 236, 242],
  corridor: [238, 238, 234],
  storage: [224, 219, 210],
};

/** Line work: the screen's plan view colours (PLAN_COLORS in src/view3d/palette.ts), so screen and paper agree. */
const INK = {
  exterior: [31, 35, 39] as Rgb,
  solid: [43, 48, 53] as Rgb,
  glassLine: [47, 109, 150] as Rgb,
  glassFill: [228, 242, 251] as Rgb,
  fireFill: [253, 232, 227] as Rgb,
  fire: [198, 40, 40] as Rgb,
  /** 防火隔墙: the screen's orange faces, no hatch */
  partitionFill: [253, 240, 227] as Rgb,
  partition: [217, 119, 43] as Rgb,
  core: [111, 118, 125] as Rgb,
  coreEdge: [38, 43, 48] as Rgb,
  coreMarks: [169, 175, 181] as Rgb,
  door: [71, 80, 90] as Rgb,
  fireDoor: [179, 38, 30] as Rgb,
  windowFill: [248, 251, 253] as Rgb,
  windowGlass: [31, 120, 193] as Rgb,
  exit: [0, 135, 65] as Rgb,
  /** signs and emergency luminaires: safety green (the screen's SAFETY_COLORS) */
  sign: [10, 143, 60] as Rgb,
  emergency: [18, 161, 80] as Rgb,
  hydrant: [212, 32, 32] as Rgb,
  youAreHere: [224, 22, 27] as Rgb,
  exhaust: [233, 237, 241] as Rgb,
  exhaustLine: [60, 70, 80] as Rgb,
  detector: [110, 90, 170] as Rgb,
  detectorCoverage: [200, 190, 240] as Rgb,
  zoneEdge: [165, 165, 165] as Rgb,
  label: [25, 35, 50] as Rgb,
};

/** pt → mm */
const PT = 0.3528;
/** hatch spacing and the space between the drawing and what sits beside it, in page mm */
const HATCH_MM = 0.6;
const BADGE_GAP = 0.8;
/** a zone label keeps this far inside its zone, clear of the walls on its edges */
const LABEL_INSET = 0.5;
/** the scale bar is at most this long (mm) */
const SCALE_BAR_MAX = 30;
/** the footer (north arrow, scale bar, legend) height planLayout keeps free under a plan */
const FOOTER_RESERVE = 14;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Padding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const NO_PADDING: Padding = { left: 0, right: 0, top: 0, bottom: 0 };

/** Plan metres → page millimetres, y flipped (north up), uniform scale, centred across the box, inside `pad`. */
export function planTransform(
  bounds: FloorDrawing['bounds'],
  box: Box,
  pad: Padding = NO_PADDING,
): { scale: number; height: number; map: (p: Point) => Point } {
  const w = Math.max(bounds.maxX - bounds.minX, 1e-6);
  const h = Math.max(bounds.maxY - bounds.minY, 1e-6);
  const innerW = Math.max(box.width - pad.left - pad.right, 1);
  const innerH = Math.max(box.height - pad.top - pad.bottom, 1);
  const scale = Math.min(innerW / w, innerH / h);
  const ox = box.x + pad.left + (innerW - w * scale) / 2;
  // top-aligned so what follows (footer, tables) sits right under the drawing
  const oy = box.y + pad.top;
  return { scale, height: pad.top + h * scale + pad.bottom, map: ([x, y]) => [ox + (x - bounds.minX) * scale, oy + (bounds.maxY - y) * scale] };
}

function pagePath(w: ReportWriter, pts: Point[], style: 'F' | 'S' | 'FD', closed: boolean): void {
  if (pts.length < 2) return;
  const first = pts[0]!;
  const deltas: [number, number][] = [];
  for (let i = 1; i < pts.length; i++) deltas.push([pts[i]![0] - pts[i - 1]![0], pts[i]![1] - pts[i - 1]![1]]);
  w.doc.lines(deltas, first[0], first[1], [1, 1], style, closed);
}

function polygon(w: ReportWriter, poly: Polygon, map: (p: Point) => Point, style: 'F' | 'S' | 'FD'): void {
  if (poly.length < 3) return;
  pagePath(w, poly.map(map), style, true);
}

function segment(w: ReportWriter, s: Segment, map: (p: Point) => Point): void {
  const [a, b] = [map(s[0]), map(s[1])];
  w.doc.line(a[0], a[1], b[0], b[1]);
}

function withOpacity(w: ReportWriter, opacity: number, draw: () => void): void {
  w.doc.saveGraphicsState();
  w.doc.setGState(new GState({ opacity }));
  draw();
  w.doc.restoreGraphicsState();
}

/** Walls at their thickness with a line weight by kind; fire walls hatched inside their band. */
function drawWalls(w: ReportWriter, d: FloorDrawing, scale: number, map: (p: Point) => Point): void {
  const { doc } = w;
  const glass = d.walls.filter((x) => x.kind === 'glass').flatMap((x) => x.pieces);
  doc.setFillColor(...INK.glassFill);
  for (const piece of glass) polygon(w, bandPolygon(piece), map, 'F');
  doc.setDrawColor(...INK.glassLine);
  doc.setLineWidth(0.1);
  for (const piece of glass) for (const face of bandFaces(piece)) segment(w, face, map);

  doc.setFillColor(...INK.solid);
  for (const piece of d.walls.filter((x) => x.kind === 'solid').flatMap((x) => x.pieces)) polygon(w, bandPolygon(piece), map, 'F');
  for (const piece of d.cores.flatMap((c) => c.walls)) polygon(w, bandPolygon(piece), map, 'F');

  const fire = d.walls.filter((x) => x.kind === 'fire').flatMap((x) => x.pieces);
  doc.setFillColor(...INK.fireFill);
  for (const piece of fire) polygon(w, bandPolygon(piece), map, 'F');
  doc.setDrawColor(...INK.fire);
  doc.setLineWidth(0.07);
  for (const piece of fire) for (const line of hatchLines(piece, HATCH_MM / scale)) segment(w, line, map);
  doc.setLineWidth(0.1);
  for (const piece of fire) for (const face of bandFaces(piece)) segment(w, face, map);

  const partitions = d.walls.filter((x) => x.kind === 'fire-partition').flatMap((x) => x.pieces);
  doc.setFillColor(...INK.partitionFill);
  for (const piece of partitions) polygon(w, bandPolygon(piece), map, 'F');
  doc.setDrawColor(...INK.partition);
  doc.setLineWidth(0.12);
  for (const piece of partitions) for (const face of bandFaces(piece)) segment(w, face, map);

  doc.setFillColor(...INK.exterior);
  for (const piece of d.exterior) polygon(w, bandPolygon(piece), map, 'F');
  // windows: the wall band left pale with a line on each face and one for the glass
  doc.setFillColor(...INK.windowFill);
  for (const n of d.windows) polygon(w, bandPolygon(n.band), map, 'F');
  doc.setLineWidth(0.08);
  for (const n of d.windows) {
    n.lines.forEach((line, i) => {
      doc.setDrawColor(...(i === 1 ? INK.windowGlass : INK.exterior));
      segment(w, line, map);
    });
  }
}

function drawDoorSymbols(w: ReportWriter, d: FloorDrawing, map: (p: Point) => Point): void {
  const { doc } = w;
  const exits = d.exits.flatMap((e) => (e.symbol ? [e.symbol] : []));
  // an exit's swing is cleared to white: it mostly opens into a dark stair core
  doc.setFillColor(255, 255, 255);
  for (const symbol of exits) {
    symbol.arcs.forEach((arc, i) => {
      const hinge = symbol.leaves[i]![0];
      pagePath(w, [hinge, ...arc].map(map), 'F', true);
    });
  }
  const symbols = [...d.doors.map((x) => ({ symbol: x.symbol, fire: x.fireRated })), ...exits.map((symbol) => ({ symbol, fire: false }))];
  doc.setDrawColor(...INK.door);
  doc.setLineWidth(0.07);
  for (const { symbol } of symbols) for (const arc of symbol.arcs) pagePath(w, arc.map(map), 'S', false);
  doc.setLineWidth(0.18);
  for (const { symbol, fire } of symbols) {
    doc.setDrawColor(...(fire ? INK.fireDoor : INK.door));
    for (const leaf of symbol.leaves) segment(w, leaf, map);
  }
}

interface Badge {
  rect: Rect;
  text: string;
}

/** Exit badges beside each exit, beyond its door leaves, on the side away from the floor. */
function placeExitBadges(w: ReportWriter, d: FloorDrawing, scale: number, map: (p: Point) => Point): Badge[] {
  w.font(5.5, true);
  const badges: Badge[] = [];
  for (const e of d.exits) {
    const text = `${formatNumber(e.width)} m`;
    const size = badgeSize(w, text);
    const [px, py] = map(e.at);
    const dir: Point = [e.out[0], -e.out[1]];
    const reach = e.reach * scale + BADGE_GAP + (Math.abs(dir[0]) * size.width) / 2 + (Math.abs(dir[1]) * size.height) / 2;
    const centre: Point = [px + dir[0] * reach, py + dir[1] * reach];
    // slide along the wall when two exits sit close together
    const side: Point = [-dir[1], dir[0]];
    const step = Math.abs(side[0]) * (size.width + 0.6) + Math.abs(side[1]) * (size.height + 0.6);
    let rect = centredRect(centre, size.width, size.height);
    for (const k of [1, -1, 2, -2]) {
      if (!badges.some((b) => rectsOverlap(b.rect, rect, 0.3))) break;
      rect = centredRect([centre[0] + side[0] * step * k, centre[1] + side[1] * step * k], size.width, size.height);
    }
    badges.push({ rect, text });
  }
  return badges;
}

function badgeSize(w: ReportWriter, text: string): { width: number; height: number } {
  w.font(5.5, true);
  return { width: w.doc.getTextWidth(text) + 1.6, height: 5.5 * PT + 1.2 };
}

function drawBadge(w: ReportWriter, b: Badge): void {
  const { doc } = w;
  doc.setFillColor(...INK.exit);
  doc.roundedRect(b.rect.x, b.rect.y, b.rect.width, b.rect.height, 0.6, 0.6, 'F');
  w.font(5.5, true);
  doc.setTextColor(255, 255, 255);
  doc.text(b.text, b.rect.x + b.rect.width / 2, b.rect.y + b.rect.height / 2, { align: 'center', baseline: 'middle' });
}

/** Page room each side of the drawing that the badges need where they stand outside it. */
function badgeOverflow(badges: readonly Badge[], drawing: Rect): Padding {
  const pad = { ...NO_PADDING };
  for (const { rect } of badges) {
    pad.left = Math.max(pad.left, drawing.x - rect.x);
    pad.right = Math.max(pad.right, rect.x + rect.width - (drawing.x + drawing.width));
    pad.top = Math.max(pad.top, drawing.y - rect.y);
    pad.bottom = Math.max(pad.bottom, rect.y + rect.height - (drawing.y + drawing.height));
  }
  return pad;
}

function rectCorners(r: Rect): Point[] {
  return [[r.x, r.y], [r.x + r.width, r.y], [r.x + r.width, r.y + r.height], [r.x, r.y + r.height]];
}

function drawingRect(d: FloorDrawing, map: (p: Point) => Point): Rect {
  const [x0, y0] = map([d.bounds.minX, d.bounds.maxY]);
  const [x1, y1] = map([d.bounds.maxX, d.bounds.minY]);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

interface ZoneLabel {
  lines: { text: string; bold: boolean }[];
  size: number;
}

/** Label variants of a zone, most informative first: all lines shrinking, then the name alone. */
function zoneLabelVariants(w: ReportWriter, zone: FloorDrawing['zones'][number]): ZoneLabel[] {
  const words = planWords(w.locale);
  const name = { text: zone.name, bold: true };
  const area = { text: `${formatNumber(zone.area, 1)} m²`, bold: false };
  const full = zone.seats > 0 ? [name, area, { text: words.seats(formatInteger(zone.seats)), bold: false }] : [name, area];
  const compact = zone.seats > 0 ? [name, { text: `${area.text} · ${words.seats(formatInteger(zone.seats))}`, bold: false }] : [name];
  const variants: ZoneLabel[] = [];
  for (const size of [6.5, 5.5, 4.5]) variants.push({ lines: full, size });
  for (const size of [5.5, 4.5]) variants.push({ lines: compact, size });
  for (const size of [5.5, 4.5, 3.8]) variants.push({ lines: [name], size });
  return variants;
}

function labelBox(w: ReportWriter, label: ZoneLabel): { width: number; height: number } {
  let width = 0;
  for (const line of label.lines) {
    w.font(label.size, line.bold);
    width = Math.max(width, w.doc.getTextWidth(line.text));
  }
  return { width: width + 1.4, height: label.lines.length * label.size * PT * 1.2 + 0.8 };
}

function drawZoneLabels(w: ReportWriter, d: FloorDrawing, map: (p: Point) => Point, taken: Rect[]): void {
  const { doc } = w;
  // roomiest zones choose first
  const zones = [...d.zones].sort((a, b) => b.area - a.area);
  for (const zone of zones) {
    const page = zone.polygon.map(map);
    const variants = zoneLabelVariants(w, zone);
    const choice = placeLabel(variants.map((v) => labelBox(w, v)), labelAnchors(page), page, taken, 0.4, LABEL_INSET);
    if (!choice) continue;
    taken.push(choice.rect);
    const label = variants[choice.variant]!;
    const r = choice.rect;
    withOpacity(w, 0.72, () => {
      doc.setFillColor(255, 255, 255);
      doc.roundedRect(r.x, r.y, r.width, r.height, 0.5, 0.5, 'F');
    });
    doc.setTextColor(...INK.label);
    const lineHeight = label.size * PT * 1.2;
    label.lines.forEach((line, i) => {
      w.font(label.size, line.bold);
      doc.text(line.text, r.x + r.width / 2, r.y + 0.4 + lineHeight * (i + 0.5), { align: 'center', baseline: 'middle' });
    });
  }
}

// ---- fire-safety layer ----

/** Symbols grow on small-scale plans: one metre of symbol is at least this many page mm (a sign ≥ 2 mm wide). */
const SYMBOL_MM_PER_M = 3.6;
const symbolScale = (scale: number): number => Math.max(1, SYMBOL_MM_PER_M / scale);
const EMERGENCY_MM_PER_M = 1.4;
const WHITE: Rgb = [255, 255, 255];

type Inks = Record<SymbolInk, Rgb>;
const SIGN_INKS: Inks = { body: INK.sign, mark: WHITE, edge: WHITE };
const EXHAUST_INKS: Inks = { body: INK.exhaust, mark: INK.exhaustLine, edge: INK.exhaustLine };
const HYDRANT_INKS: Inks = { body: INK.hydrant, mark: WHITE, edge: WHITE };
const EMERGENCY_INKS: Inks = { body: INK.emergency, mark: WHITE, edge: INK.emergency };

/** A plan symbol (planSymbols.ts, the screen's own) already placed in plan metres, in its inks. */
function drawSymbol(w: ReportWriter, symbol: DeviceSymbol, inks: Inks, map: (p: Point) => Point): void {
  const { doc } = w;
  for (const f of symbol.fills) {
    doc.setFillColor(...inks[f.ink]);
    polygon(w, f.polygon, map, 'F');
  }
  doc.setLineWidth(0.1);
  for (const l of symbol.lines) {
    doc.setDrawColor(...inks[l.ink]);
    segment(w, l.segment, map);
  }
}

/** Each smoke detector's protection circle, lightly filled and clipped to the drawing. */
function drawDetectorCoverage(w: ReportWriter, d: FloorDrawing, scale: number, map: (p: Point) => Point): void {
  const detectors = d.safety?.detectors ?? [];
  if (detectors.length === 0) return;
  const { doc } = w;
  const r = drawingRect(d, map);
  doc.saveGraphicsState();
  doc.rect(r.x, r.y, r.width, r.height, null);
  doc.clip();
  doc.discardPath();
  withOpacity(w, 0.08, () => {
    doc.setFillColor(...INK.detectorCoverage);
    for (const x of detectors) {
      const [cx, cy] = map(x.at);
      doc.circle(cx, cy, x.radius * scale, 'F');
    }
  });
  doc.setDrawColor(...INK.detectorCoverage);
  doc.setLineWidth(0.08);
  for (const x of detectors) {
    const [cx, cy] = map(x.at);
    doc.circle(cx, cy, x.radius * scale, 'S');
  }
  doc.restoreGraphicsState();
}

function drawDetector(w: ReportWriter, c: Point): void {
  const { doc } = w;
  doc.setFillColor(...WHITE);
  doc.setDrawColor(...INK.detector);
  doc.setLineWidth(0.15);
  doc.circle(c[0], c[1], 0.55, 'FD');
  doc.setFillColor(...INK.detector);
  doc.circle(c[0], c[1], 0.2, 'F');
}

/** Exhaust inlets, hydrants, detectors, emergency luminaires and signs, over everything but the finding markers. */
function drawSafetySymbols(w: ReportWriter, d: FloorDrawing, scale: number, map: (p: Point) => Point): void {
  const safety = d.safety;
  if (!safety) return;
  const k = symbolScale(scale);
  for (const at of safety.smokeExhausts) drawSymbol(w, placeSymbol(smokeExhaustSymbol(), at, 0, k), EXHAUST_INKS, map);
  for (const at of safety.hydrants) drawSymbol(w, placeSymbol(hydrantSymbol(), at, 0, k), HYDRANT_INKS, map);
  for (const x of safety.detectors) drawDetector(w, map(x.at));
  // many luminaires are emergency ones: their rings keep their true size unless the plan is very small
  const ring = Math.max(1, EMERGENCY_MM_PER_M / scale);
  for (const at of safety.emergencyLuminaires) drawSymbol(w, placeSymbol(emergencyLuminaireSymbol(), at, 0, ring), EMERGENCY_INKS, map);
  for (const s of safety.signs) drawSymbol(w, placeSymbol(exitSignSymbol(s.kind), s.at, s.rotation, k), SIGN_INKS, map);
}

/** A stair core's enclosure and flight width on a white tag inside the core, clear of the exit badges; dropped where it cannot fit. */
function drawStairLabels(w: ReportWriter, d: FloorDrawing, map: (p: Point) => Point, taken: Rect[]): void {
  const words = safetyPlanWords(w.locale);
  const { doc } = w;
  for (const stair of d.safety?.stairs ?? []) {
    const full = [stair.enclosure ? words.stair[stair.enclosure] : '', stair.flightWidth !== undefined ? words.flight(formatNumber(stair.flightWidth)) : ''].filter((x) => x);
    // most informative first: both lines, then the first alone, smaller
    const variants = [
      { lines: full, size: 4.5 },
      { lines: full, size: 3.8 },
      { lines: full.slice(0, 1), size: 3.8 },
    ];
    const sizes = variants.map((v) => {
      w.font(v.size, true);
      return { width: Math.max(...v.lines.map((l) => doc.getTextWidth(l))) + 1, height: v.lines.length * v.size * PT * 1.2 + 0.6 };
    });
    const page = stair.polygon.map(map);
    const choice = placeLabel(sizes, labelAnchors(page), page, taken, 0.3);
    if (!choice) continue;
    const { lines, size } = variants[choice.variant]!;
    const r = choice.rect;
    doc.setFillColor(...WHITE);
    doc.roundedRect(r.x, r.y, r.width, r.height, 0.4, 0.4, 'F');
    doc.setTextColor(...INK.coreEdge);
    w.font(size, true);
    lines.forEach((line, i) => doc.text(line, r.x + r.width / 2, r.y + 0.3 + size * PT * 1.2 * (i + 0.5), { align: 'center', baseline: 'middle' }));
    taken.push(r);
  }
}

/** Draws the plan top-aligned in the box with its footer; returns the page y just below the footer. */
export function drawFloorPlan(w: ReportWriter, d: FloorDrawing, box: Box): number {
  const { doc } = w;
  const footer = footerHeight(w, d, box.width);
  // a little air between the plan and the line above it
  const area: Box = { ...box, y: box.y + 1.5, height: Math.max(box.height - footer - 4.5, 10) };
  // exits on the outline put their badges outside it: place them at the unpadded scale, then fit again
  const first = planTransform(d.bounds, area);
  const pad = badgeOverflow(placeExitBadges(w, d, first.scale, first.map), drawingRect(d, first.map));
  const { scale, height, map } = planTransform(d.bounds, area, pad);

  doc.setLineWidth(0.1);
  for (const z of d.zones) {
    doc.setFillColor(...USE_COLORS[z.use]);
    polygon(w, z.polygon, map, 'F');
  }
  doc.setDrawColor(...INK.zoneEdge);
  doc.setLineWidth(0.06);
  for (const z of d.zones) polygon(w, z.polygon, map, 'S');

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

  drawDetectorCoverage(w, d, scale, map);

  doc.setFillColor(255, 255, 255);
  doc.setDrawColor(120, 120, 120);
  doc.setLineWidth(0.05);
  for (const desk of d.desks) polygon(w, desk, map, 'FD');

  doc.setFillColor(...INK.core);
  for (const c of d.cores) polygon(w, c.polygon, map, 'F');
  doc.setDrawColor(...INK.coreMarks);
  doc.setLineWidth(0.08);
  for (const c of d.cores) for (const mark of c.marks) segment(w, mark, map);

  drawWalls(w, d, scale, map);
  // columns solid over the walls they stand in, as concrete in section is drawn
  doc.setFillColor(...INK.solid);
  for (const c of d.columns) polygon(w, c, map, 'F');
  drawDoorSymbols(w, d, map);

  const taken: Rect[] = [];
  const badges = placeExitBadges(w, d, scale, map);
  taken.push(...badges.map((b) => b.rect));
  drawStairLabels(w, d, map, taken);
  for (const m of d.markers) taken.push(centredRect(map(m.at), 3.8, 3.8));
  for (const x of d.extinguishers) taken.push(centredRect(map(x.at), 1.4, 1.4));

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
    const text = `${formatNumber(d.worstPath.walking, 1)} m`;
    // beside the path's start, on whichever corner keeps it on the drawing and off the markers
    const size = { width: doc.getTextWidth(text) + 0.6, height: 6.5 * PT + 0.6 };
    const dx = 1.2 + size.width / 2;
    const dy = 1 + size.height / 2;
    const corners: Point[] = [[start[0] + dx, start[1] - dy], [start[0] - dx, start[1] - dy], [start[0] + dx, start[1] + dy], [start[0] - dx, start[1] + dy]];
    const placed = placeLabel([size], corners, rectCorners(drawingRect(d, map)), taken, 0.2)?.rect ?? centredRect(corners[0]!, size.width, size.height);
    withOpacity(w, 0.72, () => {
      doc.setFillColor(255, 255, 255);
      doc.rect(placed.x, placed.y, placed.width, placed.height, 'F');
    });
    doc.setTextColor(220, 0, 140);
    doc.text(text, placed.x + size.width / 2, placed.y + size.height / 2, { align: 'center', baseline: 'middle' });
    taken.push(placed);
  }

  drawZoneLabels(w, d, map, taken);
  drawSafetySymbols(w, d, scale, map);
  for (const b of badges) drawBadge(w, b);

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

  return drawFooter(w, d, box.x, area.y + height + 3, box.width, scale);
}

/** Wide plates get the full width with the tables below; compact ones a left column. */
export function planLayout(d: FloorDrawing, top: number, bottom: number, left: number, width: number): { plan: Box; side: boolean } {
  const w = d.bounds.maxX - d.bounds.minX;
  const h = d.bounds.maxY - d.bounds.minY;
  const available = bottom - top - 8;
  const fullWidthHeight = (width * h) / Math.max(w, 1e-6) + FOOTER_RESERVE;
  if (fullWidthHeight <= available * 0.8) return { plan: { x: left, y: top, width, height: fullWidthHeight }, side: false };
  return { plan: { x: left, y: top, width: width * 0.56, height: available }, side: true };
}

// ---- footer: north arrow, scale bar, legend ----

interface LegendItem {
  label: string;
  /** draws the 5 × 3.2 mm swatch whose top-left corner is (x, y) */
  swatch: (x: number, y: number) => void;
}

const SWATCH_W = 5;
const SWATCH_H = 3.2;
const ROW = 4.5;

/** Items in rows across `maxWidth`, first baseline at y; returns the y under the last row. */
function flowLegend(w: ReportWriter, items: readonly LegendItem[], x: number, y: number, maxWidth: number, draw = true): number {
  const { doc } = w;
  w.font(7);
  let cx = x;
  let cy = y;
  for (const item of items) {
    const width = SWATCH_W + 1 + doc.getTextWidth(item.label) + 4;
    if (cx + width > x + maxWidth && cx > x) {
      cx = x;
      cy += ROW;
    }
    if (draw) {
      item.swatch(cx, cy - 2.6);
      w.font(7);
      doc.setTextColor(0, 0, 0);
      doc.text(item.label, cx + SWATCH_W + 1, cy);
    }
    cx += width;
  }
  return cy + 4;
}

function useItems(w: ReportWriter, uses: readonly ZoneUse[]): LegendItem[] {
  return uses.map((use) => ({
    label: w.text.uses[use],
    swatch: (x, y) => {
      w.doc.setFillColor(...USE_COLORS[use]);
      w.doc.setDrawColor(150, 150, 150);
      w.doc.setLineWidth(0.1);
      w.doc.rect(x, y, SWATCH_W, SWATCH_H, 'FD');
    },
  }));
}

/** A row of coloured swatches naming the uses drawn (the stack plan and every floor plan). */
export function drawUseLegend(w: ReportWriter, uses: ZoneUse[], x: number, y: number, maxWidth: number): number {
  return flowLegend(w, useItems(w, uses), x, y, maxWidth);
}

function bandSwatch(x: number, y: number, thickness: number): Band {
  return { a: [x, y + SWATCH_H / 2], b: [x + SWATCH_W, y + SWATCH_H / 2], thickness };
}

const pageMap = (p: Point): Point => p;

/** The symbols this plan draws: wall kinds, door, window, core, exit. */
function symbolItems(w: ReportWriter, d: FloorDrawing): LegendItem[] {
  const { doc } = w;
  const words = planWords(w.locale);
  const has = (kind: string) => d.walls.some((x) => x.kind === kind && x.pieces.length > 0);
  const items: LegendItem[] = [];
  if (has('solid') || d.exterior.length > 0)
    items.push({
      label: words.solidWall,
      swatch: (x, y) => {
        doc.setFillColor(...INK.solid);
        polygon(w, bandPolygon(bandSwatch(x, y, 0.8)), pageMap, 'F');
      },
    });
  if (has('glass'))
    items.push({
      label: words.glassWall,
      swatch: (x, y) => {
        const band = bandSwatch(x, y, 1);
        doc.setFillColor(...INK.glassFill);
        polygon(w, bandPolygon(band), pageMap, 'F');
        doc.setDrawColor(...INK.glassLine);
        doc.setLineWidth(0.1);
        for (const face of bandFaces(band)) segment(w, face, pageMap);
      },
    });
  if (has('fire'))
    items.push({
      label: words.fireWall,
      swatch: (x, y) => {
        const band = bandSwatch(x, y, 1.4);
        doc.setFillColor(...INK.fireFill);
        polygon(w, bandPolygon(band), pageMap, 'F');
        doc.setDrawColor(...INK.fire);
        doc.setLineWidth(0.07);
        for (const line of hatchLines(band, HATCH_MM)) segment(w, line, pageMap);
        doc.setLineWidth(0.1);
        for (const face of bandFaces(band)) segment(w, face, pageMap);
      },
    });
  if (has('fire-partition'))
    items.push({
      label: safetyPlanWords(w.locale).firePartition,
      swatch: (x, y) => {
        const band = bandSwatch(x, y, 1.2);
        doc.setFillColor(...INK.partitionFill);
        polygon(w, bandPolygon(band), pageMap, 'F');
        doc.setDrawColor(...INK.partition);
        doc.setLineWidth(0.12);
        for (const face of bandFaces(band)) segment(w, face, pageMap);
      },
    });
  if (d.doors.length > 0 || d.exits.some((e) => e.symbol))
    items.push({
      label: words.door,
      swatch: (x, y) => {
        // page y runs down: the leaf stands up from the hinge at the swatch's bottom-left
        const hinge: Point = [x + 1, y + SWATCH_H];
        doc.setDrawColor(...INK.door);
        doc.setLineWidth(0.07);
        pagePath(w, quarterArc(hinge, [1, 0], [0, -1], 3), 'S', false);
        doc.setDrawColor(...INK.door);
        doc.setLineWidth(0.18);
        doc.line(hinge[0], hinge[1], hinge[0], hinge[1] - 3);
      },
    });
  if (d.windows.length > 0)
    items.push({
      label: words.window,
      swatch: (x, y) => {
        doc.setFillColor(...INK.windowFill);
        doc.rect(x, y + SWATCH_H / 2 - 0.6, SWATCH_W, 1.2, 'F');
        doc.setLineWidth(0.08);
        for (const dy of [-0.6, 0, 0.6]) {
          doc.setDrawColor(...(dy === 0 ? INK.windowGlass : INK.exterior));
          doc.line(x, y + SWATCH_H / 2 + dy, x + SWATCH_W, y + SWATCH_H / 2 + dy);
        }
      },
    });
  if (d.cores.length > 0)
    items.push({
      label: words.core,
      swatch: (x, y) => {
        doc.setFillColor(...INK.core);
        doc.setDrawColor(...INK.coreEdge);
        doc.setLineWidth(0.15);
        doc.rect(x, y, SWATCH_W, SWATCH_H, 'FD');
        doc.setDrawColor(...INK.coreMarks);
        doc.setLineWidth(0.08);
        for (const [p, q] of coreMarks([[x, y], [x + SWATCH_W, y], [x + SWATCH_W, y + SWATCH_H], [x, y + SWATCH_H]], 'stair', 0.8)) doc.line(p[0], p[1], q[0], q[1]);
      },
    });
  if (d.exits.length > 0)
    items.push({
      label: words.exit,
      swatch: (x, y) => {
        doc.setFillColor(...INK.exit);
        doc.roundedRect(x, y + 0.3, SWATCH_W, SWATCH_H - 0.6, 0.6, 0.6, 'F');
      },
    });
  items.push(...safetyItems(w, d));
  return items;
}

/** The fire-safety symbols this plan draws, each drawn as on the plan (page y runs down, the symbols are symmetric or point east). */
function safetyItems(w: ReportWriter, d: FloorDrawing): LegendItem[] {
  const safety = d.safety;
  if (!safety) return [];
  const words = safetyPlanWords(w.locale);
  const items: LegendItem[] = [];
  const centre = (x: number, y: number): Point => [x + SWATCH_W / 2, y + SWATCH_H / 2];
  const symbolItem = (label: string, symbol: DeviceSymbol, inks: Inks, k: number): LegendItem => ({ label, swatch: (x, y) => drawSymbol(w, placeSymbol(symbol, centre(x, y), 0, k), inks, pageMap) });
  if (safety.signs.some((s) => s.kind === 'exit')) items.push(symbolItem(words.exitSign, exitSignSymbol('exit'), SIGN_INKS, 7.5));
  if (safety.signs.some((s) => s.kind === 'direction')) items.push(symbolItem(words.directionSign, exitSignSymbol('direction'), SIGN_INKS, 7.5));
  if (safety.emergencyLuminaires.length > 0) items.push(symbolItem(words.emergencyLuminaire, emergencyLuminaireSymbol(), EMERGENCY_INKS, 2.8));
  if (safety.detectors.length > 0) {
    items.push({ label: words.detector, swatch: (x, y) => drawDetector(w, centre(x, y)) });
    const r = safety.radii;
    items.push({
      label: words.detectorCoverage(formatNumber(r.smallRoom), formatNumber(r.largeRoom), formatNumber(r.smallRoomArea)),
      swatch: (x, y) => {
        const [cx, cy] = centre(x, y);
        withOpacity(w, 0.35, () => {
          w.doc.setFillColor(...INK.detectorCoverage);
          w.doc.circle(cx, cy, 1.5, 'F');
        });
        w.doc.setDrawColor(...INK.detectorCoverage);
        w.doc.setLineWidth(0.08);
        w.doc.circle(cx, cy, 1.5, 'S');
      },
    });
  }
  if (safety.smokeExhausts.length > 0) items.push(symbolItem(words.smokeExhaust, smokeExhaustSymbol(), EXHAUST_INKS, 5.5));
  if (safety.hydrants.length > 0) items.push(symbolItem(words.hydrant, hydrantSymbol(), HYDRANT_INKS, 6));
  return items;
}

function usesOf(d: FloorDrawing): ZoneUse[] {
  return ZONE_USES.filter((u) => d.zones.some((z) => z.use === u));
}

/** north arrow + scale bar block width (mm) */
const KEY_BLOCK = 9 + SCALE_BAR_MAX + 12;

function footerHeight(w: ReportWriter, d: FloorDrawing, width: number): number {
  const legendX = KEY_BLOCK;
  const maxWidth = Math.max(width - legendX, 40);
  const uses = usesOf(d);
  const next = uses.length > 0 ? flowLegend(w, useItems(w, uses), 0, 3.5, maxWidth, false) + 0.5 : 3.5;
  return Math.max(11, flowLegend(w, symbolItems(w, d), 0, next, maxWidth, false));
}

function drawNorthArrow(w: ReportWriter, cx: number, cy: number): void {
  const { doc } = w;
  const r = 2.6;
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.15);
  doc.circle(cx, cy, r, 'S');
  const tip: Point = [cx, cy - r - 0.6];
  const notch: Point = [cx, cy + r * 0.35];
  doc.setFillColor(0, 0, 0);
  pagePath(w, [tip, [cx - 1.3, cy + r * 0.8], notch], 'F', true);
  doc.setFillColor(255, 255, 255);
  pagePath(w, [tip, [cx + 1.3, cy + r * 0.8], notch], 'FD', true);
  w.font(6.5, true);
  doc.setTextColor(0, 0, 0);
  doc.text(planWords(w.locale).north, cx, tip[1] - 0.8, { align: 'center' });
}

function drawScaleBar(w: ReportWriter, x: number, y: number, scale: number): void {
  const { doc } = w;
  const length = scaleBarLength(scale, SCALE_BAR_MAX);
  const parts = scaleBarParts(length);
  const partMm = (length * scale) / parts;
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.12);
  for (let i = 0; i < parts; i++) {
    if (i % 2 === 0) doc.setFillColor(0, 0, 0);
    else doc.setFillColor(255, 255, 255);
    doc.rect(x + i * partMm, y, partMm, 1.2, 'FD');
  }
  w.font(6);
  doc.setTextColor(0, 0, 0);
  doc.text('0', x, y + 3.8, { align: 'center' });
  doc.text(`${formatNumber(length)} m`, x + length * scale, y + 3.8, { align: 'center' });
}

function drawFooter(w: ReportWriter, d: FloorDrawing, x: number, y: number, width: number, scale: number): number {
  drawNorthArrow(w, x + 3, y + 6.2);
  drawScaleBar(w, x + 9, y + 4, scale);
  const legendX = x + KEY_BLOCK;
  const maxWidth = Math.max(width - KEY_BLOCK, 40);
  const uses = usesOf(d);
  const next = uses.length > 0 ? drawUseLegend(w, uses, legendX, y + 3.5, maxWidth) + 0.5 : y + 3.5;
  const symbols = flowLegend(w, symbolItems(w, d), legendX, next, maxWidth);
  return y + Math.max(11, symbols - y) + 1;
}
