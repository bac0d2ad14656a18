// Door tool: click on a wall (or the outline) to place a door of the chosen width and fire rating.
import { addDoor } from '../../floorplan/commands/addDoor.ts';
import type { Door, Point } from '../../floorplan/types.ts';
import { ClickTool } from './clickTool.ts';
import { placeOnLine } from './placeOnLine.ts';
import type { ToolContext, ToolPointer, ToolPreview } from './types.ts';

export class DoorTool extends ClickTool {
  readonly id = 'door' as const;

  protected target(ctx: ToolContext, e: ToolPointer): Point | null {
    return placeOnLine(ctx, e.point, 'walls')?.point ?? null;
  }

  protected preview(ctx: ToolContext, at: Point): ToolPreview {
    const hit = placeOnLine(ctx, at, 'walls');
    if (!hit) return { points: [at] };
    const { a, b } = hit.line;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
    const half = ctx.options.door.width / 2;
    const ux = ((b[0] - a[0]) / len) * half;
    const uy = ((b[1] - a[1]) / len) * half;
    return { segments: [[[at[0] - ux, at[1] - uy], [at[0] + ux, at[1] + uy]]], points: [at] };
  }

  protected place(ctx: ToolContext, _at: Point | null, e: ToolPointer): void {
    const hit = placeOnLine(ctx, e.point, 'walls');
    const { width, fireRating } = ctx.options.door;
    const door: Door = { id: ctx.newIds('d', 1)[0]!, at: hit?.point ?? e.point, width };
    if (hit?.line.kind === 'wall') door.wall = hit.line.ref;
    if (fireRating) door.fireRating = fireRating;
    // with no wall near, the command refuses (not on a wall) and says so
    ctx.store.getState().execute(addDoor, { floorId: ctx.floorId!, door });
  }
}
