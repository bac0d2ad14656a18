// Outline tool: move a corner of the floor outline. Drag it, or click it to pick it up, move the
// pointer and click again to put it down (as CAD's grips); while it is held, a typed length
// ("7.25", "7.25<90") and Enter put it at exactly that distance from the corner before it. The
// outline stays valid (a move that would make it cross itself stops at the last valid shape).
// One undo step per move; Esc puts the corner back.
import { editOutline } from '../../floorplan/commands/editOutline.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import { polarFrom, typingKeyDown } from './typedInput.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

/** dragging: the button is down on the corner; placing: picked up by a click, follows the pointer */
type State = 'idle' | 'dragging' | 'placing';

export class OutlineTool implements Tool {
  readonly id = 'outline' as const;
  state: State = 'idle';
  private vertex = -1;
  private pressedAt: Point | null = null;
  private moved = false;
  /** the snapped pointer: a typed length without an angle points this way */
  private pointer: Point | null = null;

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

  /** The corner before the one being moved: the segment drawn and typed runs from it. */
  private previous(ctx: ToolContext): Point | null {
    const outline = ctx.floor?.outline;
    return outline ? outline[(this.vertex + outline.length - 1) % outline.length]! : null;
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floor || !ctx.floorId) return;
    if (this.state === 'placing') {
      this.moveTo(ctx, ctx.snap(e.point, this.previous(ctx), e.shift).point);
      this.finish(ctx);
      return;
    }
    this.vertex = this.nearestVertex(ctx, e.point);
    if (this.vertex < 0) return;
    ctx.store.getState().beginInteraction();
    this.state = 'dragging';
    this.pressedAt = e.point;
    this.moved = false;
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floor || !ctx.floorId) return;
    if (this.state === 'idle') {
      ctx.setPreview({ handles: [...ctx.floor.outline] });
      return;
    }
    if (this.pressedAt && distance(e.point, this.pressedAt) >= ctx.dragThreshold) this.moved = true;
    const p = ctx.snap(e.point, this.previous(ctx), e.shift).point;
    this.pointer = p;
    this.moveTo(ctx, p);
  }

  pointerUp(ctx: ToolContext): void {
    if (this.state !== 'dragging') return;
    this.pressedAt = null;
    // a click without a drag picks the corner up; the next click puts it down
    if (this.moved) this.finish(ctx);
    else this.state = 'placing';
  }

  keyDown(ctx: ToolContext, key: string): boolean {
    if (this.state === 'idle') return false;
    const from = this.previous(ctx);
    const typing =
      !!from &&
      typingKeyDown(ctx, key, {
        mode: 'polar',
        pointFor: polarFrom(from, this.pointer),
        place: (p) => this.moveTo(ctx, p) && this.finish(ctx),
        // the corner itself shows where it goes (inside the move's one undo step)
        preview: (p) => void this.moveTo(ctx, p),
      });
    if (typing) return true;
    if (key === 'Enter' && this.state === 'placing') {
      this.finish(ctx);
      return true;
    }
    return false;
  }

  cancel(ctx: ToolContext): void {
    if (this.state !== 'idle') ctx.store.getState().cancel();
    this.state = 'idle';
    this.pressedAt = null;
    ctx.setPreview(null);
    ctx.setTyped(null);
  }

  /** Moves the corner to p; false when that outline is refused (it stays as it was). */
  private moveTo(ctx: ToolContext, p: Point): boolean {
    if (!ctx.floor || !ctx.floorId) return false;
    const from = this.previous(ctx);
    // the interaction replays from the outline as it was, so edit a copy of the current one
    const next = ctx.floor.outline.map((q, i): Point => (i === this.vertex ? p : q));
    const result = ctx.store.getState().update(editOutline, { floorId: ctx.floorId, outline: next });
    ctx.setPreview({ handles: [...next], ...(from ? { dimension: { from, to: p } } : {}) });
    return result.ok;
  }

  private finish(ctx: ToolContext): true {
    ctx.store.getState().commit();
    this.state = 'idle';
    this.pressedAt = null;
    ctx.setPreview(null);
    ctx.setTyped(null);
    return true;
  }
}
