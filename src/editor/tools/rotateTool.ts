// Rotate tool: press anywhere and drag round the selection's centre; the angle snaps to 15°
// steps (Shift: free, to 1°). One undo step per drag. The select tool's rotation handle drives
// the same RotationDrag.
import { rotateElements } from '../../floorplan/commands/rotateElements.ts';
import type { Point } from '../../floorplan/types.ts';
import { selectionCentre } from './selectionGeometry.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'rotating';
export const ROTATE_STEP = 15;
/** The step with Shift held ("free"). */
export const FREE_ROTATE_STEP = 1;

/** Direction (degrees counter-clockwise from east) of p seen from centre. */
export const angleOf = (centre: Point, p: Point): number => (Math.atan2(p[1] - centre[1], p[0] - centre[0]) * 180) / Math.PI;

/** An angle in (−180°, 180°]. */
export function normaliseDegrees(degrees: number): number {
  const d = ((((degrees + 180) % 360) + 360) % 360) - 180;
  return d === -180 ? 180 : d;
}

/** A turn snapped to the 15° step, or to whole degrees when free. */
export function snapDegrees(degrees: number, free: boolean): number {
  const step = free ? FREE_ROTATE_STEP : ROTATE_STEP;
  // `+ 0` turns −0 into 0
  return normaliseDegrees(Math.round(degrees / step) * step) + 0;
}

/**
 * One rotation of the selection by dragging round a pivot: a live interaction (each move
 * replaces the last), one undo step on commit, the plan untouched on cancel.
 */
export class RotationDrag {
  degrees = 0;

  private constructor(
    readonly floorId: string,
    readonly ids: string[],
    readonly centre: Point,
    private readonly startAngle: number,
  ) {}

  /** Starts rotating the selection about its centre from a press at `from`; null when nothing is selected. */
  static begin(ctx: ToolContext, from: Point): RotationDrag | null {
    const ids = ctx.store.getState().session.selection;
    if (!ctx.floor || !ctx.floorId || ids.length === 0) return null;
    const centre = selectionCentre(ctx.floor, ids);
    if (!centre) return null;
    ctx.store.getState().beginInteraction();
    return new RotationDrag(ctx.floorId, ids, centre, angleOf(centre, from));
  }

  /** The snapped turn for the pointer at p (degrees counter-clockwise). */
  degreesAt(p: Point, free: boolean): number {
    return snapDegrees(angleOf(this.centre, p) - this.startAngle, free);
  }

  /** Shows the selection turned for the pointer at p; returns the turn tried. */
  moveTo(ctx: ToolContext, p: Point, free: boolean): number {
    const degrees = this.degreesAt(p, free);
    // a refused turn (a desk would leave the floor) keeps the last accepted one
    if (ctx.store.getState().update(rotateElements, { floorId: this.floorId, ids: this.ids, center: this.centre, degrees }).ok) this.degrees = degrees;
    return degrees;
  }

  commit(ctx: ToolContext): void {
    ctx.store.getState().commit();
  }

  cancel(ctx: ToolContext): void {
    ctx.store.getState().cancel();
  }
}

export class RotateTool implements Tool {
  readonly id = 'rotate' as const;
  state: State = 'idle';
  private drag: RotationDrag | null = null;

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    const drag = RotationDrag.begin(ctx, e.point);
    if (!drag) return;
    this.drag = drag;
    ctx.setPreview({ handles: [drag.centre], segments: [[drag.centre, e.point]] });
    this.state = 'rotating';
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'rotating' || !this.drag) return;
    this.drag.moveTo(ctx, e.point, !!e.shift);
    ctx.setPreview({ handles: [this.drag.centre], segments: [[this.drag.centre, e.point]] });
  }

  pointerUp(ctx: ToolContext): void {
    if (this.state !== 'rotating') return;
    this.drag?.commit(ctx);
    this.drag = null;
    ctx.setPreview(null);
    this.state = 'idle';
  }

  cancel(ctx: ToolContext): void {
    if (this.state === 'rotating') this.drag?.cancel(ctx);
    this.drag = null;
    ctx.setPreview(null);
    this.state = 'idle';
  }
}
