// Exit tool: click on the outline or on a core's edge to place a safe exit.
import { addExit } from '../../floorplan/commands/addExit.ts';
import type { Point } from '../../floorplan/types.ts';
import { ClickTool } from './clickTool.ts';
import { placeOnLine } from './placeOnLine.ts';
import type { ToolContext, ToolPointer, ToolPreview } from './types.ts';

export class ExitTool extends ClickTool {
  readonly id = 'exit' as const;

  protected target(ctx: ToolContext, e: ToolPointer): Point | null {
    return placeOnLine(ctx, e.point, 'outlineOrCores')?.point ?? null;
  }

  protected preview(_ctx: ToolContext, at: Point): ToolPreview {
    return { points: [at] };
  }

  protected place(ctx: ToolContext, at: Point | null, e: ToolPointer): void {
    const { width, kind } = ctx.options.exit;
    ctx.store.getState().execute(addExit, { floorId: ctx.floorId!, exit: { id: ctx.newIds('e', 1)[0]!, at: at ?? e.point, width, kind } });
  }
}
