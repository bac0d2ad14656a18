// Luminaire array tool: press-drag a rectangle to fill it with a grid at the chosen spacing;
// a click places one luminaire. Flux, power and mounting height come from the options.
import { placeLuminaires } from '../../floorplan/commands/placeLuminaireArray.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import { luminaireGrid } from '../../floorplan/geometry/workstationArray.ts';
import type { Point } from '../../floorplan/types.ts';
import { rectangle } from './shapeTool.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'dragging';

export class LuminaireTool implements Tool {
  readonly id = 'luminaireArray' as const;
  state: State = 'idle';
  private start: Point = [0, 0];

  private points(ctx: ToolContext, end: Point): Point[] {
    return distance(this.start, end) < ctx.dragThreshold ? [this.start] : luminaireGrid(this.start, end, ctx.options.luminaire.spacing);
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!ctx.floorId) return;
    this.start = ctx.snap(e.point).point;
    this.state = 'dragging';
    ctx.setPreview({ points: [this.start] });
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    const p = ctx.snap(e.point).point;
    if (this.state === 'idle') ctx.setPreview({ points: [p] });
    else ctx.setPreview({ points: this.points(ctx, p), polygon: rectangle(this.start, p) });
  }

  pointerUp(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'dragging' || !ctx.floorId) return;
    const points = this.points(ctx, ctx.snap(e.point).point);
    const ids = ctx.newIds('l', points.length);
    const { flux, power, mount } = ctx.options.luminaire;
    ctx.store.getState().execute(placeLuminaires, { floorId: ctx.floorId, luminaires: points.map((at, i) => ({ id: ids[i]!, at, flux, power, mount })) });
    this.state = 'idle';
    ctx.setPreview(null);
  }

  cancel(ctx: ToolContext): void {
    this.state = 'idle';
    ctx.setPreview(null);
  }
}
