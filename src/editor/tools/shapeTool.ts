// Tools that draw a shape and hand it to one command: zone, core (on a floor), building footprint
// and green area (on the site). Rectangle mode: press and drag, or click two corners. Polygon
// mode: click the corners; Enter, a double click or a click on the first corner closes it.
// Backspace drops the last corner.
import { addBuilding } from '../../floorplan/commands/addBuilding.ts';
import { addCore } from '../../floorplan/commands/addCore.ts';
import { addGreen } from '../../floorplan/commands/addGreen.ts';
import { addZone } from '../../floorplan/commands/addZone.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Point, Polygon } from '../../floorplan/types.ts';
import type { ExecuteResult } from '../store.ts';
import type { ShapeMode, Tool, ToolContext, ToolPointer } from './types.ts';

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
          {
            id: `${buildingId}-1F`,
            name: '1F',
            level: 1,
            elevation: 0,
            height: o.building.floorHeight,
            clearHeight: o.building.clearHeight,
            outline: polygon,
            walls: [], doors: [], windows: [], exits: [], cores: [], zones: [], workstations: [],
            luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [],
          },
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
    const p = ctx.snap(e.point, this.corners.at(-1) ?? null, e.shift).point;
    this.pressedAt = p;
    if (this.mode(ctx) === 'rectangle') {
      if (this.state === 'idle') {
        this.corners = [p];
        this.state = 'drawing';
        ctx.setPreview({ polygon: rectangle(p, p) });
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

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    const p = ctx.snap(e.point, this.corners.at(-1) ?? null, e.shift).point;
    if (this.state !== 'drawing') return;
    this.showPreview(ctx, p);
  }

  pointerUp(ctx: ToolContext, e: ToolPointer): void {
    if (this.state !== 'drawing' || !this.pressedAt || this.mode(ctx) !== 'rectangle') return;
    const p = ctx.snap(e.point, this.corners[0] ?? null, e.shift).point;
    if (distance(p, this.pressedAt) >= ctx.dragThreshold) this.close(ctx, rectangle(this.corners[0]!, p));
    this.pressedAt = null;
  }

  doubleClick(ctx: ToolContext): void {
    if (this.state === 'drawing' && this.mode(ctx) === 'polygon' && this.corners.length >= 3) this.close(ctx, this.corners);
  }

  keyDown(ctx: ToolContext, key: string): boolean {
    if (this.state !== 'drawing' || this.mode(ctx) !== 'polygon') return false;
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
  }

  /** Creates the shape; a refused shape (e.g. self-crossing) keeps the drawing so it can be fixed. */
  private close(ctx: ToolContext, polygon: Polygon): void {
    const result = create(ctx, this.id, polygon.map((p) => [p[0], p[1]] as Point));
    if (result.ok) this.cancel(ctx);
    else ctx.setPreview({ polygon, invalid: true });
  }

  private showPreview(ctx: ToolContext, p: Point): void {
    if (this.mode(ctx) === 'rectangle') ctx.setPreview({ polygon: rectangle(this.corners[0]!, p) });
    else ctx.setPreview({ segments: [...this.corners.slice(1).map((q, i): [Point, Point] => [this.corners[i]!, q]), [this.corners.at(-1)!, p]], handles: [...this.corners] });
  }
}
