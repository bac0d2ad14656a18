// Measure tool: click points to read the length of the polyline and, from 3 points on, the area
// it encloses. Enter or a double click holds the reading; nothing is written to the plan.
// After the first point a typed length ("7.25", "7.25<90") and Enter place the next point exactly.
import { distance, polygonArea } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import { polarFrom, typingKeyDown } from './typedInput.ts';
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
  /** the snapped pointer: a typed length without an angle points this way */
  private pointer: Point | null = null;
  /** the last pointer move, snapped afresh from each new point */
  private lastMove: ToolPointer | null = null;

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    const from = this.state === 'measuring' ? (this.points.at(-1) ?? null) : null;
    const p = ctx.snap(e.point, from, e.shift).point;
    this.pointer = p;
    if (this.state !== 'measuring') {
      this.points = [p];
      this.state = 'measuring';
    } else if (distance(p, this.points.at(-1)!) > 1e-9) this.points.push(p);
    this.show(ctx, this.points);
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    this.lastMove = e;
    const p = ctx.snap(e.point, this.state === 'measuring' ? (this.points.at(-1) ?? null) : null, e.shift).point;
    this.pointer = p;
    if (this.state === 'measuring') this.show(ctx, [...this.points, p]);
  }

  pointerUp(): void {}

  doubleClick(ctx: ToolContext): void {
    this.hold(ctx);
  }

  keyDown(ctx: ToolContext, key: string): boolean {
    const typing =
      this.state === 'measuring' &&
      typingKeyDown(ctx, key, {
        mode: 'polar',
        pointFor: polarFrom(this.points.at(-1)!, this.pointer),
        place: (p) => this.addPoint(ctx, p),
        preview: (p) => this.show(ctx, [...this.points, p]),
      });
    if (typing) return true;
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
    ctx.setTyped(null);
  }

  private addPoint(ctx: ToolContext, p: Point): boolean {
    if (distance(p, this.points.at(-1)!) <= 1e-9) return false;
    this.points.push(p);
    if (this.lastMove) this.pointerMove(ctx, this.lastMove);
    else this.show(ctx, this.points);
    return true;
  }

  private hold(ctx: ToolContext): void {
    this.state = 'done';
    this.show(ctx, this.points);
  }

  private show(ctx: ToolContext, points: Point[]): void {
    const reading = measure(points);
    const live = this.state === 'measuring' && points.length >= 2 ? { from: points.at(-2)!, to: points.at(-1)! } : undefined;
    ctx.setPreview({ segments: points.slice(1).map((q, i): [Point, Point] => [points[i]!, q]), handles: [...points], measure: reading, ...(live ? { dimension: live } : {}) });
  }
}
