// Workstation array tool: the array follows the pointer as a live preview; a click places the
// rows × columns of the options, a press-drag-release fills the dragged rectangle. Either way
// one command, one undo step.
import { placeWorkstations } from '../../floorplan/commands/placeWorkstationArray.ts';
import { pointInPolygon } from '../../floorplan/geometry/polygon.ts';
import { fitArray, workstationArray, type PlannedDesk, type WorkstationArrayParams } from '../../floorplan/geometry/workstationArray.ts';
import type { Point } from '../../floorplan/types.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'dragging';

export function arrayParams(ctx: ToolContext, origin: Point): WorkstationArrayParams {
  const { desk, array } = ctx.options;
  return { origin, deskSize: [desk.width, desk.depth], rotation: desk.rotation, role: desk.role, ...array };
}

export class ArrayTool implements Tool {
  readonly id = 'workstationArray' as const;
  state: State = 'idle';
  private origin: Point = [0, 0];

  private layout(ctx: ToolContext, corner: Point | null): PlannedDesk[] {
    const params = arrayParams(ctx, this.origin);
    if (corner) Object.assign(params, fitArray(params, corner));
    return workstationArray(params);
  }

  private show(ctx: ToolContext, desks: PlannedDesk[]): void {
    const outline = ctx.floor?.outline ?? [];
    ctx.setPreview({ desks, invalid: desks.some((d) => !pointInPolygon(d.at, outline)) });
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floorId) return;
    this.origin = ctx.snap(e.point).point;
    this.state = 'dragging';
    this.show(ctx, this.layout(ctx, null));
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    const p = ctx.snap(e.point).point;
    if (this.state === 'idle') {
      this.origin = p;
      this.show(ctx, this.layout(ctx, null));
      return;
    }
    this.show(ctx, this.dragged(ctx, p));
  }

  private dragged(ctx: ToolContext, p: Point): PlannedDesk[] {
    const moved = Math.hypot(p[0] - this.origin[0], p[1] - this.origin[1]) >= ctx.dragThreshold;
    return this.layout(ctx, moved ? p : null);
  }

  pointerUp(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'dragging' || !ctx.floorId) return;
    const desks = this.dragged(ctx, ctx.snap(e.point).point);
    const ids = ctx.newIds('s', desks.length);
    ctx.store.getState().execute(placeWorkstations, { floorId: ctx.floorId, workstations: desks.map((d, i) => ({ id: ids[i]!, ...d })) });
    this.state = 'idle';
    ctx.setPreview(null);
  }

  cancel(ctx: ToolContext): void {
    this.state = 'idle';
    ctx.setPreview(null);
  }
}
