// Tools that draw a shape and hand it to one command: zone, core (on a floor), building footprint
// and green area (on the site). Rectangle mode: press and drag, or click two corners. Polygon
// mode: click the corners; Enter, a double click or a click on the first corner closes it.
// Backspace drops the last corner. After the first corner, a typed length ("7.25", "7.25<90") and
// Enter place the next corner exactly; in rectangle mode a typed width and depth ("6,4") do.
import { derivedId } from '../../floorplan/commands/idSpace.ts';
import { addBuilding } from '../../floorplan/commands/addBuilding.ts';
import { addCore } from '../../floorplan/commands/addCore.ts';
import { addGreen } from '../../floorplan/commands/addGreen.ts';
import { addZone } from '../../floorplan/commands/addZone.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Point, Polygon } from '../../floorplan/types.ts';
import type { ExecuteResult } from '../store.ts';
import { polarFrom, typedCorner, typingKeyDown } from './typedInput.ts';
import type { ShapeMode, Tool, ToolContext, ToolPointer } from './types.ts';
import { emptyFloor } from '../../floorplan/emptyFloor.ts';

type State = 'idle' | 'drawing';
type ShapeToolId = 'zone' | 'core' | 'building' | 'green';

export function rectangle(a: Point, b: Point): Polygon {
  return [
    [Math.min(a[0], b[0]), Math.min(a[1], b[1])],
    [Math.max(a[0], b[0]), Math.min(a[1], b[1])],
    [Math.max(a[0], b[0]), Math.max(a[1], b[1])],
    [Math.min(a[0], b[0]), Math.max(a[1], b[1])],
  ];
}

/** Runs the command that creates the shape; the result says whether it was refused. */
function create(ctx: ToolContext, tool: ShapeToolId, polygon: Polygon): ExecuteResult {
  const s = ctx.store.getState();
  const o = ctx.options;
  if (tool === 'green') return s.execute(addGreen, { polygon });
  if (tool === 'building') {
    const buildingId = ctx.newIds('B', 1)[0]!;
    const name = o.building.name.trim() || buildingId;
    return s.execute(addBuilding, {
      building: {
        id: buildingId,
        name,
        footprint: polygon,
        height: o.building.height,
        sprinklered: true,
        fireResistanceGrade: 2,
        floors: [
          emptyFloor({
            id: derivedId(`${buildingId}-1F`),
            name: '1F',
            level: 1,
            elevation: 0,
            height: o.building.floorHeight,
            clearHeight: o.building.clearHeight,
            outline: polygon,
          }),
        ],
      },
    });
  }
  if (!ctx.floorId) return { ok: false, refused: { reasonKey: 'commands.refused.noFloor', elementIds: [] } };
  if (tool === 'core') return s.execute(addCore, { floorId: ctx.floorId, core: { id: ctx.newIds('c', 1)[0]!, kind: o.core.kind, polygon } });
  const id = ctx.newIds('z', 1)[0]!;
  return s.execute(addZone, { floorId: ctx.floorId, zone: { id, name: o.zone.name.trim() || id, use: o.zone.use, polygon } });
}

export class ShapeTool implements Tool {
  state: State = 'idle';
  private corners: Point[] = [];
  private pressedAt: Point | null = null;
  /** the snapped pointer: typed lengths without an angle, and rectangles, point this way */
  private pointer: Point | null = null;
  /** the last pointer move, snapped afresh from each new corner */
  private lastMove: ToolPointer | null = null;

  constructor(readonly id: ShapeToolId) {}

  private mode(ctx: ToolContext): ShapeMode {
    if (this.id === 'zone') return ctx.options.zone.shape;
    if (this.id === 'core') return ctx.options.core.shape;
    return 'polygon';
  }

  private usable(ctx: ToolContext): boolean {
    return this.id === 'building' || this.id === 'green' ? true : ctx.floorId !== null;
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    if (!this.usable(ctx)) return;
    const p = this.snap(ctx, e);
    this.pressedAt = p;
    this.pointer = p;
    if (this.mode(ctx) === 'rectangle') {
      if (this.state === 'idle') {
        this.corners = [p];
        this.state = 'drawing';
        this.showPreview(ctx, p);
      } else this.close(ctx, rectangle(this.corners[0]!, p));
      return;
    }
    if (this.state === 'idle') {
      this.corners = [p];
      this.state = 'drawing';
    } else if (this.corners.length >= 3 && distance(p, this.corners[0]!) < 1e-9) {
      this.close(ctx, this.corners);
      return;
    } else if (distance(p, this.corners.at(-1)!) > 1e-9) this.corners.push(p);
    this.showPreview(ctx, p);
  }

  /** The snapped pointer; a rectangle's corner is not held to an axis from the first one (it would flatten it). */
  private snap(ctx: ToolContext, e: ToolPointer): Point {
    const rectangle = this.mode(ctx) === 'rectangle';
    return ctx.snap(e.point, rectangle ? null : (this.corners.at(-1) ?? null), !rectangle && e.shift).point;
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    this.lastMove = e;
    const p = this.snap(ctx, e);
    this.pointer = p;
    if (this.state !== 'drawing') return;
    this.showPreview(ctx, p);
  }

  pointerUp(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'drawing' || !this.pressedAt || this.mode(ctx) !== 'rectangle') return;
    const p = this.snap(ctx, e);
    if (distance(p, this.pressedAt) >= ctx.dragThreshold) this.close(ctx, rectangle(this.corners[0]!, p));
    this.pressedAt = null;
  }

  doubleClick(ctx: ToolContext): void {
    if (this.state === 'drawing' && this.mode(ctx) === 'polygon' && this.corners.length >= 3) this.close(ctx, this.corners);
  }

  keyDown(ctx: ToolContext, key: string): boolean {
    if (this.state !== 'drawing') return false;
    const first = this.corners[0]!;
    if (this.mode(ctx) === 'rectangle') {
      return typingKeyDown(ctx, key, {
        mode: 'size',
        pointFor: (value) => (value.kind === 'size' ? typedCorner(first, value, this.pointer) : null),
        place: (p) => this.close(ctx, rectangle(first, p)),
        preview: (p) => this.showPreview(ctx, p),
      });
    }
    const typing = typingKeyDown(ctx, key, {
      mode: 'polar',
      pointFor: polarFrom(this.corners.at(-1)!, this.pointer),
      place: (p) => this.addCorner(ctx, p),
      preview: (p) => this.showPreview(ctx, p),
    });
    if (typing) return true;
    if (key === 'Enter') {
      if (this.corners.length >= 3) this.close(ctx, this.corners);
      return true;
    }
    if (key === 'Backspace') {
      this.corners.pop();
      if (this.corners.length === 0) this.cancel(ctx);
      else this.showPreview(ctx, this.corners.at(-1)!);
      return true;
    }
    return false;
  }

  cancel(ctx: ToolContext): void {
    this.corners = [];
    this.pressedAt = null;
    this.state = 'idle';
    ctx.setPreview(null);
    ctx.setTyped(null);
  }

  /** A typed corner: closes the polygon when it lands on the first corner. */
  private addCorner(ctx: ToolContext, p: Point): boolean {
    const last = this.corners.at(-1)!;
    if (distance(p, last) <= 1e-9) return false;
    if (this.corners.length >= 3 && distance(p, this.corners[0]!) < 1e-9) return this.close(ctx, this.corners);
    this.corners.push(p);
    if (this.lastMove) this.pointerMove(ctx, this.lastMove);
    else this.showPreview(ctx, p);
    return true;
  }

  /** Creates the shape; a refused shape (e.g. self-crossing) keeps the drawing so it can be fixed. */
  private close(ctx: ToolContext, polygon: Polygon): boolean {
    const result = create(ctx, this.id, polygon.map((p) => [p[0], p[1]] as Point));
    if (result.ok) this.cancel(ctx);
    else ctx.setPreview({ polygon, invalid: true });
    return result.ok;
  }

  private showPreview(ctx: ToolContext, p: Point): void {
    const last = this.corners.at(-1)!;
    if (this.mode(ctx) === 'rectangle') ctx.setPreview({ polygon: rectangle(this.corners[0]!, p), dimension: { from: this.corners[0]!, to: p, rectangle: true } });
    else ctx.setPreview({ segments: [...this.corners.slice(1).map((q, i): [Point, Point] => [this.corners[i]!, q]), [last, p]], handles: [...this.corners], dimension: { from: last, to: p } });
  }
}
