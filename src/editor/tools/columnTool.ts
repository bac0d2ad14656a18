// The column tool (柱): a click places a column of the size in the tool options (width × depth)
// centred on the snapped point; a press and drag draws a rectangular column corner to corner.
// One command either way (columns/add), so one undo removes it.
import { addColumn } from '../../floorplan/commands/addColumn.ts';
import { columnRectangle } from '../../floorplan/geometry/columns.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Point, Polygon } from '../../floorplan/types.ts';
import { rectangle } from './shapeTool.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

/** The narrowest side (m) a dragged column may have. */
const MIN_SIDE = 0.01;

export class ColumnTool implements Tool {
  readonly id = 'column' as const;
  state: 'idle' | 'dragging' = 'idle';
  private pressedAt: Point | null = null;

  /** The column a click at `at` places, from the tool options. */
  private clicked(ctx: ToolContext, at: Point): Polygon {
    return columnRectangle(at, ctx.options.column.width, ctx.options.column.depth);
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floorId) return;
    this.pressedAt = ctx.snap(e.point).point;
    this.state = 'dragging';
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floorId) return;
    const p = ctx.snap(e.point).point;
    if (this.pressedAt && distance(p, this.pressedAt) >= ctx.dragThreshold) {
      ctx.setPreview({ polygon: rectangle(this.pressedAt, p), dimension: { from: this.pressedAt, to: p, rectangle: true } });
    } else ctx.setPreview({ polygon: this.clicked(ctx, this.pressedAt ?? p) });
  }

  pointerUp(ctx: ToolContext, e: ToolPointer): void {
    const start = this.pressedAt;
    this.pressedAt = null;
    this.state = 'idle';
    if (!start || !ctx.floorId) return;
    const p = ctx.snap(e.point).point;
    // a drag is the rectangle it spans, however thin (a blade column); one with no width or no
    // depth at all (drawn along a grid line) has no area: the click's column instead
    const dragged = distance(p, start) >= ctx.dragThreshold && Math.abs(p[0] - start[0]) >= MIN_SIDE && Math.abs(p[1] - start[1]) >= MIN_SIDE;
    const polygon = dragged ? rectangle(start, p) : this.clicked(ctx, start);
    const id = ctx.newIds('col', 1)[0]!;
    const result = ctx.store.getState().execute(addColumn, { floorId: ctx.floorId, column: { id, polygon } });
    ctx.setPreview(result.ok ? null : { polygon, invalid: true });
  }

  cancel(ctx: ToolContext): void {
    this.pressedAt = null;
    this.state = 'idle';
    ctx.setPreview(null);
  }
}
