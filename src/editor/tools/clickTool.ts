// Base of the tools that place something with one click: they preview at the pointer and run
// one command on press. Refusals (off the floor, not on a wall…) come back as the store's message.
import type { Point } from '../../floorplan/types.ts';
import type { Tool, ToolContext, ToolPointer, ToolPreview } from './types.ts';

export abstract class ClickTool implements Tool {
  abstract readonly id: string;
  state: 'idle' = 'idle';

  /** where the thing would go for this raw pointer position, or null when nowhere */
  protected abstract target(ctx: ToolContext, e: ToolPointer): Point | null;
  protected abstract preview(ctx: ToolContext, at: Point): ToolPreview;
  protected abstract place(ctx: ToolContext, at: Point | null, e: ToolPointer): void;

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floorId) return;
    this.place(ctx, this.target(ctx, e), e);
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    const at = this.target(ctx, e);
    ctx.setPreview(at ? this.preview(ctx, at) : null);
  }

  pointerUp(): void {}

  cancel(ctx: ToolContext): void {
    ctx.setPreview(null);
  }
}
