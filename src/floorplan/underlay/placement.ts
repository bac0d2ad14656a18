// Where a freshly loaded drawing goes: at its real size where the unit is known (a DXF), or
// stretched to the floor's width (an image has no unit); its lower-left corner on the floor's.
// Also: the plan box a placed drawing covers (to frame it), and whether a DXF looks like a
// printed sheet drawn at paper scale (a 1:100 plan in paper millimetres), which needs calibrating.
import type { Bounds } from '../geometry/polygon.ts';
import type { DrawingEntities } from './drawingEntities.ts';
import { originPutting, underlayToPlan, type UnderlayPlacement } from './transform.ts';

export function initialPlacement(drawing: Bounds, floor: Bounds, metresPerUnit: number | null): UnderlayPlacement {
  const width = drawing.maxX - drawing.minX;
  const floorWidth = floor.maxX - floor.minX;
  const scale = metresPerUnit ?? (width > 0 && floorWidth > 0 ? floorWidth / width : 1);
  return { scale, rotation: 0, origin: originPutting({ scale, rotation: 0 }, [drawing.minX, drawing.minY], [floor.minX, floor.minY]) };
}

/** The plan box (m) covered by a drawing box placed with `u` (its four corners, turned). */
export function placedBox(u: UnderlayPlacement, box: Bounds): Bounds {
  const corners = [underlayToPlan(u, [box.minX, box.minY]), underlayToPlan(u, [box.maxX, box.minY]), underlayToPlan(u, [box.maxX, box.maxY]), underlayToPlan(u, [box.minX, box.maxY])];
  return {
    minX: Math.min(...corners.map((c) => c[0])),
    minY: Math.min(...corners.map((c) => c[1])),
    maxX: Math.max(...corners.map((c) => c[0])),
    maxY: Math.max(...corners.map((c) => c[1])),
  };
}

/** ISO A sheets (A0 … A4), millimetres, landscape. */
const SHEETS_MM: readonly [number, number][] = [[1189, 841], [841, 594], [594, 420], [420, 297], [297, 210]];
/** How close a frame must be to a sheet size (share of each side). */
const SHEET_TOLERANCE = 0.02;
/** No building (nor room) is smaller than this: a drawing that is, at its named unit, is drawn at paper scale. */
const SMALLEST_REAL_SPAN_M = 2;
/** A frame covers at least this share of the drawing's extent. */
const FRAME_SHARE = 0.5;
/** Drawing scales a sheet may name in a text (1:100, 比例 1：50 …). */
const COMMON_SCALES = new Set([20, 25, 50, 75, 100, 150, 200, 250, 300, 500, 1000]);

export interface SheetScaleFlag {
  /** 'frame': a rectangle (or the whole drawing) the size of an A0–A4 sheet; 'size': the drawing is smaller than any building at its unit */
  reason: 'frame' | 'size';
  /** the scale a text on the sheet names (100 for "1:100"), or null */
  scale: number | null;
}

function isSheetSize(widthMm: number, heightMm: number): boolean {
  const long = Math.max(widthMm, heightMm);
  const short = Math.min(widthMm, heightMm);
  return SHEETS_MM.some(([w, h]) => Math.abs(long - w) <= w * SHEET_TOLERANCE && Math.abs(short - h) <= h * SHEET_TOLERANCE);
}

/** The scale most texts on the drawing name ("1:100", "1：50", "比例 1/200"), or null. */
export function namedScale(texts: readonly { text: string }[]): number | null {
  const votes = new Map<number, number>();
  for (const t of texts) {
    for (const m of t.text.matchAll(/(?:^|[^\d.])1\s*[:：/]\s*(\d{2,4})(?!\d)/g)) {
      const n = Number(m[1]);
      if (COMMON_SCALES.has(n)) votes.set(n, (votes.get(n) ?? 0) + 1);
    }
  }
  let best: number | null = null;
  for (const [n, count] of votes) if (best === null || count > votes.get(best)! || (count === votes.get(best)! && n < best)) best = n;
  return best;
}

/**
 * Whether a DXF looks like a sheet drawn at paper scale rather than a plan at real size. Flagged
 * when (1) a closed rectangle covering at least half the drawing, or the drawing's extent itself,
 * is the size of an A0–A4 sheet in millimetres (a title frame), or (2) at its unit (named, else millimetres) the drawing's extent
 * is under 2 m across: no floor is that small, so it is drawn in paper units.
 */
export function sheetScaleCheck(drawing: { extent: Bounds | null; metresPerUnit: number | null; entities: Pick<DrawingEntities, 'polygons' | 'texts'> }): SheetScaleFlag | null {
  const box = drawing.extent;
  if (!box) return null;
  const unit = drawing.metresPerUnit ?? 0.001;
  const mm = unit * 1000;
  const scale = namedScale(drawing.entities.texts);
  const extentArea = (box.maxX - box.minX) * (box.maxY - box.minY);
  // a frame surrounds the drawing: a rectangle covering at least half the extent
  const rectangleIsSheet = drawing.entities.polygons.some((p) => {
    if (p.points.length !== 8) return false;
    const xs = [p.points[0]!, p.points[2]!, p.points[4]!, p.points[6]!];
    const ys = [p.points[1]!, p.points[3]!, p.points[5]!, p.points[7]!];
    const w = Math.max(...xs) - Math.min(...xs);
    const h = Math.max(...ys) - Math.min(...ys);
    return w * h >= extentArea * FRAME_SHARE && isSheetSize(w * mm, h * mm);
  });
  if (rectangleIsSheet || isSheetSize((box.maxX - box.minX) * mm, (box.maxY - box.minY) * mm)) return { reason: 'frame', scale };
  if (Math.max(box.maxX - box.minX, box.maxY - box.minY) * unit < SMALLEST_REAL_SPAN_M) return { reason: 'size', scale };
  return null;
}
