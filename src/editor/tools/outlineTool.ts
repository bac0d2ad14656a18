// Outline tool: drag a corner of the floor outline; the outline stays valid (a drag that would
// make it cross itself stops at the last valid shape). One undo step per drag.
import { editOutline } from '../../floorplan/commands/editOutline.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'dragging';

export class OutlineTool implements Tool {
  readonly id = 'outline' as const;
  state: State = 'idle';
  private vertex = -1;

  private nearestVertex(ctx: ToolContext, p: Point): number {
    let best = -1;
    let bestDistance = ctx.tolerance;
    ctx.floor?.outline.forEach((q, i) => {
      const d = distance(p, q);
      if (d <= bestDistance) {
        best = i;
        bestDistance = d;
      }
    });
    return best;
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floor || !ctx.floorId) return;
    this.vertex = this.nearestVertex(ctx, e.point);
    if (this.vertex < 0) return;
    ctx.store.getState().beginInteraction();
    this.state = 'dragging';
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floor || !ctx.floorId) return;
    if (this.state === 'idle') {
      ctx.setPreview({ handles: [...ctx.floor.outline] });
      return;
    }
    const outline = ctx.floor.outline;
    const prev = outline[(this.vertex + outline.length - 1) % outline.length]!;
    const p = ctx.snap(e.point, prev, e.shift).point;
    // the interaction replays from the outline as it was, so edit a copy of the current one
    const next = outline.map((q, i): Point => (i === this.vertex ? p : q));
    ctx.store.getState().update(editOutline, { floorId: ctx.floorId, outline: next });
    ctx.setPreview({ handles: [...next] });
  }

  pointerUp(ctx: ToolContext): void {
    if (this.state !== 'dragging') return;
    ctx.store.getState().commit();
    this.state = 'idle';
  }

  cancel(ctx: ToolContext): void {
    if (this.state === 'dragging') ctx.store.getState().cancel();
    this.state = 'idle';
    ctx.setPreview(null);
  }
}
