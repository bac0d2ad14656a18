// A new plan made from one converted drawing (the command line's import-dxf): one building, one
// floor whose outline is the drawing's, with everything the conversion made added by the same
// import the editor runs (commands/importDrawing.ts).
import { bounds } from '../../geometry/polygon.ts';
import { DEFAULT_IMPORT_WINDOW, importDrawing } from '../../commands/importDrawing.ts';
import { emptyFloor } from '../../emptyFloor.ts';
import { CURRENT_VERSION } from '../../format/migrations.ts';
import type { Locale, PlanDocument, Polygon } from '../../types.ts';
import type { ConversionResult } from './types.ts';

export interface NewPlanOptions {
  name: string;
  /** e.g. "3F": a leading number is taken as the level */
  floorName: string;
  locale: Locale;
  /** floor-to-floor and clear heights (m) */
  height?: number;
  clearHeight?: number;
}

/** Margin (m) of site round the building. */
const SITE_MARGIN = 20;

/** The level a floor name gives (3F, 3层, 3 → 3; B1 or anything else → 1). */
export function levelOfFloorName(name: string): number {
  const m = /^\s*(\d{1,3})\s*(f|层|楼|th|st|nd|rd)?\s*$/i.exec(name);
  return m ? Math.max(1, Number(m[1])) : 1;
}

function box(polygon: Polygon, margin = 0): Polygon {
  const b = bounds(polygon);
  return [[b.minX - margin, b.minY - margin], [b.maxX + margin, b.minY - margin], [b.maxX + margin, b.maxY + margin], [b.minX - margin, b.maxY + margin]];
}

/**
 * The plan, or null when the conversion has neither an outline nor any wall to frame one. With
 * no outline from the walls, the floor is the box round the walls (the notes say why).
 */
export function planFromDrawing(result: ConversionResult, options: NewPlanOptions): PlanDocument | null {
  const points = result.walls.flatMap((w) => [w.a, w.b]);
  const outline = result.outline ?? (points.length >= 2 ? box(points) : null);
  if (!outline || bounds(outline).maxX - bounds(outline).minX < 0.5 || bounds(outline).maxY - bounds(outline).minY < 0.5) return null;
  const footprint = result.footprint ?? outline;
  const level = levelOfFloorName(options.floorName);
  const height = options.height ?? 4.2;
  const clearHeight = options.clearHeight ?? 2.8;
  const floor = emptyFloor({
    id: `A-${options.floorName.trim().replace(/[^\p{L}\p{N}_-]+/gu, '') || '1F'}`,
    name: options.floorName.trim() || '1F',
    level,
    elevation: (level - 1) * height,
    height,
    clearHeight,
    outline,
  });
  const plan: PlanDocument = {
    format: 'callfloor',
    version: CURRENT_VERSION,
    name: options.name,
    locale: options.locale,
    profile: { base: 'gb', overrides: {} },
    site: {
      boundary: box(footprint, SITE_MARGIN),
      green: [],
      buildings: [{ id: 'A', name: 'A', footprint, height: level * height, sprinklered: false, fireResistanceGrade: 2, floors: [floor] }],
    },
  };
  // the outline is in place already: the import adds the rest (external walls being the outline)
  importDrawing.apply(plan, { floorId: floor.id, result: { ...result, outline }, replaceOutline: true, window: { ...DEFAULT_IMPORT_WINDOW, head: Math.min(DEFAULT_IMPORT_WINDOW.head, clearHeight) } });
  return plan;
}
