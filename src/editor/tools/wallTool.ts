// Wall tool: chained segments. Click (or press-drag-release) from point to point; each segment
// appears in the plan at once, and the whole chain is one undo step: Enter, a double click or
// closing on the first point finishes it, Esc drops it. Shift locks to horizontal / vertical.
// After the first point a typed length ("7.25", "7.25<90") and Enter place the next point exactly.
import { addWalls } from '../../floorplan/commands/addWall.ts';
import { MIN_WALL_LENGTH } from '../../floorplan/commands/addWall.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Point, Wall } from '../../floorplan/types.ts';
import { polarFrom, typingKeyDown } from './typedInput.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'drawing';

export class WallTool implements Tool {
  readonly id = 'wall' as const;
  state: State = 'idle';
  private first: Point = [0, 0];
  private last: Point = [0, 0];
  private pressedAt: Point | null = null;
  /** the snapped pointer: a typed length without an angle points this way */
  private pointer: Point | null = null;
  /** the last pointer move, snapped afresh from each new point */
  private lastMove: ToolPointer | null = null;
  private walls: Wall[] = [];

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floorId) return;
    const p = ctx.snap(e.point, this.state === 'drawing' ? this.last : null, e.shift).point;
    this.pressedAt = p;
    this.pointer = p;
    if (this.state === 'idle') {
      ctx.store.getState().beginInteraction();
      this.walls = [];
      this.first = p;
      this.last = p;
      this.state = 'drawing';
      this.showPreview(ctx, p);
      return;
    }
    this.addSegment(ctx, p);
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    this.lastMove = e;
    const p = ctx.snap(e.point, this.state === 'drawing' ? this.last : null, e.shift).point;
    this.pointer = p;
    if (this.state === 'drawing') this.showPreview(ctx, p);
  }

  pointerUp(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'drawing' || !this.pressedAt) return;
    const p = ctx.snap(e.point, this.last, e.shift).point;
    // a press-drag-release draws the segment it dragged out
    if (distance(p, this.pressedAt) >= ctx.dragThreshold) this.addSegment(ctx, p);
    this.pressedAt = null;
  }

  doubleClick(ctx: ToolContext): void {
    this.finish(ctx);
  }

  keyDown(ctx: ToolContext, key: string): boolean {
    const typing =
      this.state === 'drawing' &&
      typingKeyDown(ctx, key, {
        mode: 'polar',
        pointFor: polarFrom(this.last, this.pointer),
        place: (p) => this.addSegment(ctx, p) && this.resnap(ctx),
        preview: (p) => this.showPreview(ctx, p),
      });
    if (typing) return true;
    if (key === 'Enter' && this.state === 'drawing') {
      this.finish(ctx);
      return true;
    }
    return false;
  }

  /** After a typed point: the pointer snapped from it, so the rubber band and markers are current. */
  private resnap(ctx: ToolContext): true {
    if (this.lastMove && this.state === 'drawing') this.pointerMove(ctx, this.lastMove);
    return true;
  }

  cancel(ctx: ToolContext): void {
    if (this.state === 'drawing') ctx.store.getState().cancel();
    this.reset(ctx);
  }

  /** Adds the segment from the last point to p; false when it is too short or refused. */
  private addSegment(ctx: ToolContext, p: Point): boolean {
    if (!ctx.floorId || distance(this.last, p) < MIN_WALL_LENGTH) return false;
    const { kind, height, thickness } = ctx.options.wall;
    // the walls of this chain are already in the plan, so fresh ids skip them
    const [id] = ctx.newIds('w', 1);
    const wall: Wall = { id: id!, a: this.last, b: p, kind, thickness };
    if (height !== null) wall.height = height;
    const result = ctx.store.getState().update(addWalls, { floorId: ctx.floorId, walls: [...this.walls, wall] });
    if (!result.ok) return false;
    this.walls.push(wall);
    this.last = p;
    if (this.walls.length > 1 && distance(p, this.first) < 1e-9) this.finish(ctx);
    else this.showPreview(ctx, this.pointer ?? p);
    return true;
  }

  private finish(ctx: ToolContext): void {
    if (this.state !== 'drawing') return;
    ctx.store.getState().commit();
    this.reset(ctx);
  }

  private reset(ctx: ToolContext): void {
    this.walls = [];
    this.pressedAt = null;
    this.state = 'idle';
    ctx.setPreview(null);
    ctx.setTyped(null);
  }

  private showPreview(ctx: ToolContext, p: Point): void {
    ctx.setPreview({ segments: [[this.last, p]], handles: [this.first], dimension: { from: this.last, to: p } });
  }
}
