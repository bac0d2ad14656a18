// Rotate tool: press anywhere and drag round the selection's centre; the angle snaps to 15°
// steps (Shift: free, to 1°). One undo step per drag.
import { rotateElements } from '../../floorplan/commands/rotateElements.ts';
import type { Point } from '../../floorplan/types.ts';
import { selectionCentre } from './selectionGeometry.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'rotating';
export const ROTATE_STEP = 15;

const angleOf = (centre: Point, p: Point): number => (Math.atan2(p[1] - centre[1], p[0] - centre[0]) * 180) / Math.PI;

export class RotateTool implements Tool {
  readonly id = 'rotate' as const;
  state: State = 'idle';
  private centre: Point = [0, 0];
  private startAngle = 0;
  private ids: string[] = [];

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    const ids = ctx.store.getState().session.selection;
    if (!ctx.floor || !ctx.floorId || ids.length === 0) return;
    const centre = selectionCentre(ctx.floor, ids);
    if (!centre) return;
    this.centre = centre;
    this.ids = ids;
    this.startAngle = angleOf(centre, e.point);
    ctx.store.getState().beginInteraction();
    ctx.setPreview({ handles: [centre], segments: [[centre, e.point]] });
    this.state = 'rotating';
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'rotating' || !ctx.floorId) return;
    const step = e.shift ? 1 : ROTATE_STEP;
    const degrees = Math.round((angleOf(this.centre, e.point) - this.startAngle) / step) * step;
    ctx.store.getState().update(rotateElements, { floorId: ctx.floorId, ids: this.ids, center: this.centre, degrees });
    ctx.setPreview({ handles: [this.centre], segments: [[this.centre, e.point]] });
  }

  pointerUp(ctx: ToolContext): void {
    if (this.state !== 'rotating') return;
    ctx.store.getState().commit();
    ctx.setPreview(null);
    this.state = 'idle';
  }

  cancel(ctx: ToolContext): void {
    if (this.state === 'rotating') ctx.store.getState().cancel();
    ctx.setPreview(null);
    this.state = 'idle';
  }
}
