// Window tool: glazing along an outline edge, from a first to a second point on that edge
// (press-drag-release or two clicks).
import { addWindow } from '../../floorplan/commands/addWindow.ts';
import { closestPointOnSegment, distance } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import { snapToGrid, type SnapLine } from '../snapping.ts';
import { placeOnLine } from './placeOnLine.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'drawing';

export class WindowTool implements Tool {
  readonly id = 'window' as const;
  state: State = 'idle';
  private start: Point = [0, 0];
  private line: SnapLine | null = null;
  private pressedAt: Point | null = null;

  /** The pointer projected onto the edge where the window began. */
  private along(ctx: ToolContext, raw: Point): Point {
    const line = this.line!;
    const p = ctx.options.snap.enabled ? snapToGrid(raw, ctx.options.snap.grid) : raw;
    const q = closestPointOnSegment(p, line.a, line.b);
    return [Math.round(q[0] * 1e9) / 1e9, Math.round(q[1] * 1e9) / 1e9];
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floorId) return;
    if (this.state === 'drawing') {
      this.place(ctx, this.along(ctx, e.point));
      return;
    }
    const hit = placeOnLine(ctx, e.point, 'outline');
    if (!hit) return;
    this.start = hit.point;
    this.line = hit.line;
    this.pressedAt = hit.point;
    this.state = 'drawing';
    ctx.setPreview({ segments: [[hit.point, hit.point]] });
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'drawing') {
      const hit = placeOnLine(ctx, e.point, 'outline');
      ctx.setPreview(hit ? { points: [hit.point] } : null);
      return;
    }
    ctx.setPreview({ segments: [[this.start, this.along(ctx, e.point)]] });
  }

  pointerUp(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'drawing' || !this.pressedAt) return;
    const end = this.along(ctx, e.point);
    this.pressedAt = null;
    if (distance(end, this.start) >= ctx.dragThreshold) this.place(ctx, end);
  }

  cancel(ctx: ToolContext): void {
    this.state = 'idle';
    this.line = null;
    this.pressedAt = null;
    ctx.setPreview(null);
  }

  private place(ctx: ToolContext, end: Point): void {
    const { sill, head, openable } = ctx.options.window;
    const result = ctx.store.getState().execute(addWindow, { floorId: ctx.floorId!, window: { id: ctx.newIds('n', 1)[0]!, a: this.start, b: end, sill, head, openable } });
    if (result.ok) this.cancel(ctx);
  }
}
