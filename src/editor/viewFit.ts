// Zoom to fit and zoom to selection: which view is open (the key a fit request is made for) and
// the plan box the selection covers there. The scene frames the box (view3d/ViewCamera).
import { bounds } from '../floorplan/geometry/polygon.ts';
import { findFloor } from '../floorplan/queries/lookup.ts';
import type { PlanDocument, Point } from '../floorplan/types.ts';
import type { FitBox, Session } from './session.ts';
import { selectionExtent } from './tools/selectionGeometry.ts';

/** A selection smaller than this (m a side) is framed at this size: one desk is not zoomed to fill the screen. */
export const MIN_FIT_SIZE = 8;

/** The open view as the scene names it: 'park', 'building:<id>' or 'floor:<id>'. */
export function viewKeyOf(session: Pick<Session, 'level' | 'buildingId' | 'floorId'>): string {
  if (session.level === 'floor' && session.floorId) return `floor:${session.floorId}`;
  if (session.level === 'building' && session.buildingId) return `building:${session.buildingId}`;
  return 'park';
}

/** The box grown about its centre to at least `minSize` a side. */
export function grownBox(box: FitBox, minSize = MIN_FIT_SIZE): FitBox {
  const grow = (lo: number, hi: number): [number, number] => {
    const size = Math.max(hi - lo, minSize);
    const mid = (lo + hi) / 2;
    return [mid - size / 2, mid + size / 2];
  };
  const [minX, maxX] = grow(box.minX, box.maxX);
  const [minY, maxY] = grow(box.minY, box.maxY);
  return { minX, minY, maxX, maxY };
}

/**
 * The box to frame for the selection in the open view: on a floor, what the selected elements
 * cover (desk footprints whole); in the park or a building, the selected buildings' footprints.
 * Null when nothing selected is in the view.
 */
export function selectionFitBox(plan: PlanDocument, session: Pick<Session, 'level' | 'buildingId' | 'floorId' | 'selection'>): FitBox | null {
  const ids = session.selection;
  if (ids.length === 0) return null;
  if (session.level === 'floor') {
    const floor = session.floorId ? findFloor(plan, session.floorId)?.floor : undefined;
    const extent = floor ? selectionExtent(floor, ids) : null;
    return extent ? grownBox(extent) : null;
  }
  const wanted = new Set(ids);
  const points: Point[] = plan.site.buildings.filter((b) => wanted.has(b.id)).flatMap((b) => b.footprint);
  if (points.length === 0) return null;
  const b = bounds(points);
  return grownBox({ minX: b.minX, minY: b.minY, maxX: b.maxX, maxY: b.maxY });
}
