// One floor of a plan as an ASCII DXF drawing for AutoCAD, 天正 and LibreCAD: millimetres
// ($INSUNITS 4, plan metres × 1000), R2007 (AC1021, text in UTF-8), written with @tarikjabiri/dxf
// (handles, owner handles, subclass markers, BLOCK_RECORD table and OBJECTS come from the library).
// The architectural symbols — walls cut at their openings, door leaves and swings, window triple
// lines, core marks — come from the same floor drawing the PDF plan uses (floorDrawing.ts).
import {
  BoundingBox,
  DxfWriter,
  Hatch,
  HatchBoundaryPaths,
  HatchPolylineBoundary,
  HatchPredefinedPatterns,
  LWPolylineFlags,
  MTextAttachmentPoint,
  Units,
  pattern,
  point3d,
  vertex,
  type DxfBlock,
  type boundingBox_t,
  type vec3_t,
} from '@tarikjabiri/dxf';
import { bandPolygon, clipLineToPolygon, type Segment } from '../../floorplan/geometry/planSymbols.ts';
import { orientedRectangle, pointInPolygon, centroid } from '../../floorplan/geometry/polygon.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Floor, Locale, PlanDocument, Point, Polygon } from '../../floorplan/types.ts';
import { floorDrawing } from '../model/floorDrawing.ts';
import { CENTER_LINE_TYPE, DXF_LAYERS, ZONE_FILL_COLORS, type DxfLayerKey } from './dxfLayers.ts';
import { SAFETY_BLOCKS, SYMBOL_BLOCKS, deskBlock, type BlockSpec, type SymbolKey } from './dxfSymbols.ts';
import { dxfWords, mtextLines } from './dxfText.ts';

export interface FloorDxfOptions {
  /** language of the labels the drawing adds (exits, cores, seats); layer names carry both */
  locale?: Locale;
}

/** The text style of every label: a TrueType CJK font every Chinese (and most other) Windows has. */
export const DXF_TEXT_STYLE = { name: 'CF_CJK', font: 'simsun.ttc' } as const;
/** Text heights (mm), legible at 1:100. */
const ZONE_TEXT_HEIGHT = 350;
const LABEL_TEXT_HEIGHT = 300;
const TITLE_TEXT_HEIGHT = 700;

/** Plan metres to drawing millimetres, to the micrometre (no float noise like 20299.999999999996). */
const mm = (metres: number): number => Math.round(metres * 1e6) / 1e3 + 0;
const at = (p: Point): vec3_t => point3d(mm(p[0]), mm(p[1]), 0);
/** An angle in degrees in [0, 360), as DXF arcs store them. */
const degrees = (radians: number): number => {
  const d = Math.round(((radians * 180) / Math.PI) * 1e6) / 1e6;
  return (d < 0 ? d + 360 : d >= 360 ? d - 360 : d) + 0;
};

/** A column as another part of the plan may store it: a polygon, a rectangle at a point, or a round one. */
interface ColumnLike {
  polygon?: unknown;
  at?: unknown;
  size?: unknown;
  rotation?: unknown;
  diameter?: unknown;
  radius?: unknown;
}
interface HydrantLike {
  at?: unknown;
  rotation?: unknown;
}

const isPoint = (v: unknown): v is Point => Array.isArray(v) && v.length >= 2 && typeof v[0] === 'number' && typeof v[1] === 'number';
const isPolygon = (v: unknown): v is Polygon => Array.isArray(v) && v.length >= 3 && v.every(isPoint);
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Columns and hydrants are read defensively: the plan format may carry them as extensions. */
function extraArray(floor: Floor, key: 'columns' | 'hydrants'): unknown[] {
  const value = (floor as unknown as Record<string, unknown>)[key];
  return Array.isArray(value) ? value : [];
}

type ColumnShape = { kind: 'polygon'; polygon: Polygon } | { kind: 'circle'; center: Point; radius: number };

function columnShape(raw: unknown): ColumnShape | null {
  if (!raw || typeof raw !== 'object') return null;
  const c = raw as ColumnLike;
  if (isPolygon(c.polygon)) return { kind: 'polygon', polygon: c.polygon };
  if (!isPoint(c.at)) return null;
  if (isPoint(c.size)) return { kind: 'polygon', polygon: orientedRectangle(c.at, c.size[0], c.size[1], isNumber(c.rotation) ? c.rotation : 0) };
  const radius = isNumber(c.radius) ? c.radius : isNumber(c.diameter) ? c.diameter / 2 : null;
  return radius && radius > 0 ? { kind: 'circle', center: c.at, radius } : null;
}

/** A point well inside a zone for its label: the centroid, or the middle of the longest horizontal chord through it. */
function labelPoint(polygon: Polygon): Point {
  const c = centroid(polygon);
  if (pointInPolygon(c, polygon)) return c;
  const chords = clipLineToPolygon(c, [1, 0], polygon);
  let best: Segment | null = null;
  for (const s of chords) if (!best || Math.abs(s[1][0] - s[0][0]) > Math.abs(best[1][0] - best[0][0])) best = s;
  return best ? [(best[0][0] + best[1][0]) / 2, c[1]] : c;
}

/** A HATCH whose bounding box is its boundary (the library's is the origin), so the opening view frames the floor. */
class BoundedHatch extends Hatch {
  private readonly corners: vec3_t[];

  constructor(outline: Polygon, fillColor: number | undefined, layerName: string) {
    const paths = new HatchBoundaryPaths();
    paths.addPolylineBoundary(new HatchPolylineBoundary(outline.map((p) => vertex(mm(p[0]), mm(p[1])))));
    // SOLID only: the library's pre-defined pattern tables (ANSI31 and others) are not AutoCAD's
    super(paths, pattern({ name: HatchPredefinedPatterns.SOLID }), fillColor === undefined ? { layerName } : { layerName, colorNumber: fillColor });
    this.corners = outline.map(at);
  }

  override boundingBox(): boundingBox_t {
    return BoundingBox.verticesBBox(this.corners);
  }
}

/**
 * The floor `floorId` of `plan` as DXF text. Throws when the floor is not in the plan (callers
 * check first and say so in both languages).
 */
export function floorToDxf(plan: PlanDocument, floorId: string, options: FloorDxfOptions = {}): string {
  const ref = findFloor(plan, floorId);
  if (!ref) throw new Error(`楼层不存在 / floor not in the plan: ${floorId}`);
  const { building, floor } = ref;
  const words = dxfWords(options.locale ?? plan.locale ?? 'zh-CN');
  const drawing = floorDrawing(building, floor);

  // The library numbers handles from a counter it resets per document: build the whole drawing
  // synchronously between `new DxfWriter()` and `stringify()`.
  const dxf = new DxfWriter();
  dxf.setUnits(Units.Millimeters);
  dxf.setVariable('$DWGCODEPAGE', { 3: 'ANSI_936' });
  dxf.setVariable('$MEASUREMENT', { 70: 1 });
  dxf.setVariable('$LUNITS', { 70: 2 });
  dxf.setVariable('$TEXTSTYLE', { 7: DXF_TEXT_STYLE.name });
  const style = dxf.tables.addStyle(DXF_TEXT_STYLE.name);
  style.fontFileName = DXF_TEXT_STYLE.font;
  dxf.addLType(CENTER_LINE_TYPE.name, CENTER_LINE_TYPE.description, [...CENTER_LINE_TYPE.pattern]);
  for (const layer of Object.values(DXF_LAYERS)) dxf.addLayer(layer.name, layer.color, 'lineType' in layer ? layer.lineType : 'Continuous');

  const space = dxf.modelSpace;
  const on = (key: DxfLayerKey) => ({ layerName: DXF_LAYERS[key].name });
  const closed = (polygon: Polygon, key: DxfLayerKey): void => {
    if (polygon.length < 2) return;
    space.addLWPolyline(
      polygon.map((p) => ({ point: { x: mm(p[0]), y: mm(p[1]) } })),
      { ...on(key), flags: LWPolylineFlags.Closed },
    );
  };
  const line = (s: Segment, key: DxfLayerKey): void => void space.addLine(at(s[0]), at(s[1]), on(key));
  const label = (p: Point, height: number, lines: string[], key: DxfLayerKey): void => {
    const text = space.addMText(at(p), height, mtextLines(lines), { ...on(key), attachmentPoint: MTextAttachmentPoint.MiddleCenter });
    text.textStyle = DXF_TEXT_STYLE.name;
  };

  const blocks = new Map<string, DxfBlock>();
  const defineBlock = (spec: BlockSpec): string => {
    if (blocks.has(spec.name)) return spec.name;
    const block = dxf.addBlock(spec.name);
    block.blockRecord.insertionUnits = Units.Millimeters;
    for (const shape of spec.shapes) {
      if (shape.kind === 'line') block.addLine(point3d(...shape.a), point3d(...shape.b));
      else if (shape.kind === 'circle') block.addCircle(point3d(...shape.center), shape.radius);
      else block.addLWPolyline(shape.points.map(([x, y]) => ({ point: { x, y } })), { flags: shape.closed ? LWPolylineFlags.Closed : LWPolylineFlags.None });
    }
    blocks.set(spec.name, block);
    return spec.name;
  };
  const insert = (spec: BlockSpec, p: Point, key: DxfLayerKey, rotation = 0): void => {
    space.addInsert(defineBlock(spec), at(p), { ...on(key), rotationAngle: Math.round(rotation * 1e6) / 1e6 + 0 });
  };
  const symbols = (key: SymbolKey & DxfLayerKey, points: readonly { at: Point }[]): void => {
    for (const p of points) insert(SYMBOL_BLOCKS[key], p.at, key);
  };

  // Fills first: in AutoCAD and LibreCAD later entities draw over earlier ones.
  for (const z of floor.zones) space.addEntity(new BoundedHatch(z.polygon, ZONE_FILL_COLORS[z.use], DXF_LAYERS.zoneFill.name));
  const columns = extraArray(floor, 'columns').map(columnShape).filter((c) => c !== null);
  for (const c of columns) if (c.kind === 'polygon') space.addEntity(new BoundedHatch(c.polygon, undefined, DXF_LAYERS.column.name));

  closed(floor.outline, 'outline');
  for (const z of drawing.zones) closed(z.polygon, 'zone');

  for (const band of drawing.exterior) closed(bandPolygon(band), 'wall');
  drawing.walls.forEach((w) => {
    const key: DxfLayerKey = w.kind === 'glass' ? 'glassWall' : w.kind === 'fire' ? 'fireWall' : w.kind === 'fire-partition' ? 'firePartition' : 'wall';
    for (const piece of w.pieces) closed(bandPolygon(piece), key);
  });
  for (const w of floor.walls) line([w.a, w.b], 'wallAxis');

  for (const door of drawing.doors) {
    const key: DxfLayerKey = door.fireRated ? 'fireDoor' : 'door';
    for (const leaf of door.symbol.leaves) line(leaf, key);
    door.symbol.arcs.forEach((points, i) => swingArc(points, door.symbol.leaves[i]![0], key));
  }
  for (const w of drawing.windows) for (const s of w.lines) line(s, 'window');

  for (const core of drawing.cores) {
    closed(core.polygon, 'core');
    for (const band of core.walls) closed(bandPolygon(band), 'core');
    for (const mark of core.marks) line(mark, 'core');
    label(labelPoint(core.polygon), LABEL_TEXT_HEIGHT, [words.cores[core.kind]], 'core');
  }
  for (const c of columns) {
    if (c.kind === 'polygon') closed(c.polygon, 'column');
    else space.addCircle(at(c.center), mm(c.radius), on('column'));
  }

  for (const exit of drawing.exits) {
    if (exit.symbol) {
      for (const leaf of exit.symbol.leaves) line(leaf, 'exit');
      exit.symbol.arcs.forEach((points, i) => swingArc(points, exit.symbol!.leaves[i]![0], 'exit'));
    }
    const beyond = exit.reach + 0.5;
    label([exit.at[0] + exit.out[0] * beyond, exit.at[1] + exit.out[1] * beyond], LABEL_TEXT_HEIGHT, [words.exit], 'exit');
  }

  for (const ws of floor.workstations) insert(deskBlock(ws.size[0], ws.size[1]), ws.at, 'desk', ws.rotation);
  symbols('extinguisher', floor.extinguishers);
  for (const raw of extraArray(floor, 'hydrants')) {
    const h = raw as HydrantLike;
    if (isPoint(h.at)) insert(SYMBOL_BLOCKS.hydrant, h.at, 'hydrant', isNumber(h.rotation) ? h.rotation : 0);
  }
  symbols('detector', floor.detectors);
  symbols('sprinkler', floor.sprinklers);
  symbols('luminaire', floor.luminaires.filter((l) => l.emergency !== true));
  for (const l of floor.luminaires) if (l.emergency === true) insert(SAFETY_BLOCKS.emergencyLuminaire, l.at, 'emergencyLuminaire');
  for (const d of floor.smokeExhausts) insert(SAFETY_BLOCKS.smokeExhaust, d.at, 'smokeExhaust');
  for (const sign of floor.exitSigns) {
    if (sign.kind === 'direction') insert(SAFETY_BLOCKS.directionSign, sign.at, 'directionSign', sign.rotation ?? 0);
    else insert(SAFETY_BLOCKS.exitSign, sign.at, 'exitSign');
  }
  for (const mark of floor.evacuationMarks) {
    insert(SAFETY_BLOCKS.evacuationMark, mark.at, 'evacuationMark');
    if (mark.label) label([mark.at[0], mark.at[1] - 0.7], LABEL_TEXT_HEIGHT, [mark.label], 'evacuationMark');
  }
  symbols('freshAir', floor.airTerminals);

  for (const z of drawing.zones) {
    const lines = [z.name, `${z.area.toFixed(1)} m²`];
    if (z.seats > 0) lines.push(words.seats(z.seats));
    label(labelPoint(z.polygon), ZONE_TEXT_HEIGHT, lines, 'zoneText');
  }

  const b = drawing.bounds;
  const title = space.addMText(at([b.minX, b.minY - 1.2]), TITLE_TEXT_HEIGHT, mtextLines([`${building.name} ${floor.name}`, words.units]), {
    ...on('text'),
    attachmentPoint: MTextAttachmentPoint.TopLeft,
  });
  title.textStyle = DXF_TEXT_STYLE.name;
  dxf.setVariable('$EXTMIN', { 10: mm(b.minX), 20: mm(b.minY - 3), 30: 0 });
  dxf.setVariable('$EXTMAX', { 10: mm(b.maxX), 20: mm(b.maxY), 30: 0 });
  return dxf.stringify();

  /** A door's swing as a true ARC about its hinge, from the closed leaf to the open one, counter-clockwise as DXF draws arcs. */
  function swingArc(points: Point[], hinge: Point, key: DxfLayerKey): void {
    const first = points[0];
    const last = points.at(-1);
    if (!first || !last) return;
    const radius = Math.hypot(first[0] - hinge[0], first[1] - hinge[1]);
    const a1 = Math.atan2(first[1] - hinge[1], first[0] - hinge[0]);
    const a2 = Math.atan2(last[1] - hinge[1], last[0] - hinge[0]);
    const ccw = (first[0] - hinge[0]) * (last[1] - hinge[1]) - (first[1] - hinge[1]) * (last[0] - hinge[0]) > 0;
    const [start, end] = ccw ? [a1, a2] : [a2, a1];
    space.addArc(at(hinge), mm(radius), degrees(start), degrees(end), on(key));
  }
}
