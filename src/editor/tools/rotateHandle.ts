// The select tool's rotation handle: a small round knob a fixed screen distance above the top of
// the selection's bounding box (plan +y), joined to it by a thin stem. Pure geometry and hit
// test, in plan metres; the views draw it (view3d/tools/RotateHandle.tsx) and the select tool
// and the 3D input use the same hit test, so what is drawn is what is picked.
import type { Floor, Point } from '../../floorplan/types.ts';
import { selectionCentre, selectionExtent } from './selectionGeometry.ts';
import type { ToolContext, ToolPreview } from './types.ts';

/** Screen distance (px) from the top of the selection's box to the knob's centre. */
export const HANDLE_OFFSET_PX = 30;
/** Drawn radius of the knob (px). */
export const HANDLE_RADIUS_PX = 7;
/** How far from the knob's centre (px) a press still takes the handle. */
export const HANDLE_HIT_PX = 11;
/** The controller's pick tolerance in pixels (ToolController.tolerance = 8 px in metres). */
const TOLERANCE_PX = 8;

export interface RotateHandle {
  /** the pivot: centre of the selection's bounding box (as for R and the rotate tool) */
  centre: Point;
  /** where the stem starts: top middle of what the selection covers */
  base: Point;
  /** the knob's centre */
  knob: Point;
  /** the knob's drawn radius (m) */
  radius: number;
  /** the radius (m) within which a press takes the handle */
  hitRadius: number;
}

/** The handle for a selection at a scale of `metresPerPixel`, or null when nothing selected is on the floor. */
export function rotateHandle(floor: Floor, ids: readonly string[], metresPerPixel: number): RotateHandle | null {
  if (ids.length === 0) return null;
  const anchor = anchorOf(floor, ids);
  return anchor ? placeHandle(anchor.centre, anchor.base, metresPerPixel) : null;
}

/** Pivot and stem foot of the last selection asked for on each floor object (hover asks on every move). */
const anchors = new WeakMap<Floor, { ids: readonly string[]; anchor: { centre: Point; base: Point } | null }>();

function anchorOf(floor: Floor, ids: readonly string[]): { centre: Point; base: Point } | null {
  const cached = anchors.get(floor);
  if (cached && cached.ids === ids) return cached.anchor;
  const extent = selectionExtent(floor, ids);
  const centre = selectionCentre(floor, ids);
  const anchor = extent && centre ? { centre, base: [(extent.minX + extent.maxX) / 2, extent.maxY] as Point } : null;
  anchors.set(floor, { ids, anchor });
  return anchor;
}

/** The handle over `base` (top middle of the selection) at a scale: what a zoom changes. */
export function placeHandle(centre: Point, base: Point, metresPerPixel: number): RotateHandle {
  return {
    centre,
    base,
    knob: [base[0], base[1] + HANDLE_OFFSET_PX * metresPerPixel],
    radius: HANDLE_RADIUS_PX * metresPerPixel,
    hitRadius: HANDLE_HIT_PX * metresPerPixel,
  };
}

/** Whether a press at p (plan metres) takes the handle. */
export function hitsRotateHandle(handle: RotateHandle | null, p: Point): boolean {
  return !!handle && Math.hypot(p[0] - handle.knob[0], p[1] - handle.knob[1]) <= handle.hitRadius;
}

/** The handle under p for the given selection, or null. */
export function rotateHandleAt(floor: Floor | undefined, ids: readonly string[], metresPerPixel: number, p: Point): RotateHandle | null {
  if (!floor) return null;
  const handle = rotateHandle(floor, ids, metresPerPixel);
  return hitsRotateHandle(handle, p) ? handle : null;
}

/** Metres per screen pixel where the tool's pointer is (the context gives it as the pick tolerance). */
export function contextMetresPerPixel(ctx: Pick<ToolContext, 'tolerance'>): number {
  return ctx.tolerance / TOLERANCE_PX;
}

/** A rotation by the handle in progress, as the views draw it. */
export interface HandleRotation {
  centre: Point;
  pointer: Point;
  /** the turn shown (degrees counter-clockwise) */
  degrees: number;
}

/** The select tool's preview while the handle is dragged: the usual lines plus the rotation. */
export interface RotationPreview extends ToolPreview {
  rotation: HandleRotation;
}

export function rotationPreview(rotation: HandleRotation): RotationPreview {
  return { handles: [rotation.centre], segments: [[rotation.centre, rotation.pointer]], rotation };
}

/** The handle rotation a preview carries, if any. */
export function rotationOf(preview: ToolPreview | null | undefined): HandleRotation | null {
  return preview && 'rotation' in preview ? (preview as RotationPreview).rotation : null;
}

/** The angle as shown beside the pointer: clockwise turns negative, e.g. "−90°". */
export function formatDegrees(degrees: number): string {
  const rounded = Math.round(degrees);
  return `${rounded < 0 ? '−' : ''}${Math.abs(rounded)}°`;
}
