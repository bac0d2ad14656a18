// Measure tool: click points to read the length of the polyline and, from 3 points on, the area
// it encloses. Enter or a double click holds the reading; nothing is written to the plan.
import { distance, polygonArea } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import type { Measurement, Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'measuring' | 'done';

export function measure(points: readonly Point[]): Measurement {
  let length = 0;
  for (let i = 1; i < points.length; i++) length += distance(points[i - 1]!, points[i]!);
  return { points: [...points], length, area: points.length >= 3 ? polygonArea(points) : null };
}

export class MeasureTool implements Tool {
  readonly id = 'measure' as const;
  state: State = 'idle';
  private points: Point[] = [];

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    const p = ctx.snap(e.point, this.points.at(-1) ?? null, e.shift).point;
    if (this.state !== 'measuring') {
      this.points = [p];
      this.state = 'measuring';
    } else if (distance(p, this.points.at(-1)!) > 1e-9) this.points.push(p);
    this.show(ctx, this.points);
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    const p = ctx.snap(e.point, this.points.at(-1) ?? null, e.shift).point;
    if (this.state === 'measuring') this.show(ctx, [...this.points, p]);
  }

  pointerUp(): void {}

  doubleClick(ctx: ToolContext): void {
    this.hold(ctx);
  }

  keyDown(ctx: ToolContext, key: string): boolean {
    if (key !== 'Enter' || this.state !== 'measuring') return false;
    this.hold(ctx);
    return true;
  }

  /** The current reading (null when nothing is measured). */
  get reading(): Measurement | null {
    return this.points.length ? measure(this.points) : null;
  }

  cancel(ctx: ToolContext): void {
    this.points = [];
    this.state = 'idle';
    ctx.setPreview(null);
  }

  private hold(ctx: ToolContext): void {
    this.state = 'done';
    this.show(ctx, this.points);
  }

  private show(ctx: ToolContext, points: Point[]): void {
    const reading = measure(points);
    ctx.setPreview({ segments: points.slice(1).map((q, i): [Point, Point] => [points[i]!, q]), handles: [...points], measure: reading });
  }
}
