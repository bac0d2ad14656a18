// Select tool: click picks (Shift adds / removes), a drag from empty space selects by box, a drag
// from an element moves it with the selection (one undo step; the offset snaps to the grid).
// Alt+drag selects by box wherever it starts, on a desk too (a dense floor has no empty space);
// Alt+Shift+drag adds the box to the selection.
// On a floor the drag only shows the offset (the views move desks on the GPU, other elements as a
// ghost) and writes the plan once on release, so hundreds of desks follow the pointer on a
// 20,000-seat floor. On the site (no floor open) it picks and drags whole buildings.
// A press on the rotation handle (the round knob above the selection, rotateHandle.ts) comes
// before any element under it and turns the selection about its centre: 15° steps, Shift free
// (1°), the angle shown beside the pointer, one undo step on release, Esc puts it back.
import { moveBuilding } from '../../floorplan/commands/moveBuilding.ts';
import { moveElements } from '../../floorplan/commands/moveElements.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Point } from '../../floorplan/types.ts';
import { snapToGrid } from '../snapping.ts';
import { DragMove } from './dragMove.ts';
import { contextMetresPerPixel, rotateHandleAt, rotationPreview } from './rotateHandle.ts';
import { RotationDrag } from './rotateTool.ts';
import type { Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'pointing' | 'dragging' | 'brushing' | 'rotating';

export class SelectTool implements Tool {
  readonly id = 'select' as const;
  state: State = 'idle';
  private start: Point = [0, 0];
  private ids: string[] = [];
  private additive = false;
  private move: DragMove | null = null;
  /** the last offset the floor accepted (a desk may not leave the floor plate) */
  private accepted: Point = [0, 0];
  private rotation: RotationDrag | null = null;

  /** The rotation handle under p, when a floor selection shows one. */
  private handleAt(ctx: ToolContext, p: Point) {
    if (!ctx.floor || !ctx.floorId) return null;
    return rotateHandleAt(ctx.floor, ctx.store.getState().session.selection, contextMetresPerPixel(ctx), p);
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): void {
    const s = ctx.store.getState();
    if (e.alt) {
      this.startBox(ctx, e);
      return;
    }
    // the handle is drawn over the elements, so it is picked before them
    const handle = this.handleAt(ctx, e.point);
    if (handle) {
      // the drag starts from the knob's centre, so a press a little off it does not turn yet
      this.rotation = RotationDrag.begin(ctx, handle.knob);
      if (this.rotation) {
        s.setHover(null);
        ctx.setPreview(rotationPreview({ centre: this.rotation.centre, pointer: e.point, degrees: 0 }));
        this.state = 'rotating';
        return;
      }
    }
    const hit = ctx.pick(e.point);
    this.start = e.point;
    this.additive = !!e.shift;
    const current = s.session.selection;
    if (!hit) {
      this.startBox(ctx, e);
      return;
    }
    if (e.shift) {
      s.select(current.includes(hit) ? current.filter((id) => id !== hit) : [...current, hit]);
      this.state = 'idle';
      return;
    }
    this.ids = current.includes(hit) ? current : [hit];
    if (this.ids !== current) s.select(this.ids);
    this.state = 'pointing';
  }

  /** A box selection from here; without Shift it replaces the selection. */
  private startBox(ctx: ToolContext, e: ToolPointer): void {
    this.start = e.point;
    this.additive = !!e.shift;
    if (!e.shift) ctx.store.getState().select([]);
    this.state = 'brushing';
    ctx.setPreview({ box: [e.point, e.point] });
  }

  pointerMove(ctx: ToolContext, e: ToolPointer): void {
    if (this.state === 'idle') {
      ctx.store.getState().setHover(this.handleAt(ctx, e.point) ? null : ctx.pick(e.point));
      return;
    }
    if (this.state === 'rotating' && this.rotation) {
      this.rotation.moveTo(ctx, e.point, !!e.shift);
      // the turn the plan shows (a refused one keeps the last accepted)
      ctx.setPreview(rotationPreview({ centre: this.rotation.centre, pointer: e.point, degrees: this.rotation.degrees }));
      return;
    }
    if (this.state === 'brushing') {
      ctx.setPreview({ box: [this.start, e.point] });
      return;
    }
    if (this.state === 'pointing') {
      if (distance(this.start, e.point) < ctx.dragThreshold) return;
      if (ctx.floor) {
        this.move = new DragMove(ctx.floor, this.ids);
        this.accepted = [0, 0];
      } else ctx.store.getState().beginInteraction();
      this.state = 'dragging';
    }
    if (this.state === 'dragging') this.drag(ctx, e);
  }

  private drag(ctx: ToolContext, e: ToolPointer): void {
    let delta: Point = [e.point[0] - this.start[0], e.point[1] - this.start[1]];
    if (e.shift) delta = Math.abs(delta[0]) >= Math.abs(delta[1]) ? [delta[0], 0] : [0, delta[1]];
    if (ctx.options.snap.enabled) delta = snapToGrid(delta, ctx.options.snap.grid);
    if (this.move && ctx.floorId) {
      // an offset that would take a desk off the floor keeps the last accepted one
      if (!this.move.accepts(delta[0], delta[1])) return;
      this.accepted = delta;
      ctx.setDrag({ floorId: ctx.floorId, ids: this.move.ids, dx: delta[0], dy: delta[1] });
      const ghost = this.move.ghostAt(delta[0], delta[1]);
      ctx.setPreview(ghost.length ? { segments: ghost } : null);
      return;
    }
    if (this.ids.length === 1) ctx.store.getState().update(moveBuilding, { buildingId: this.ids[0]!, dx: delta[0], dy: delta[1] });
  }

  /** Ends a floor drag: the views stop drawing the offset, then the plan moves (one command). */
  private finishMove(ctx: ToolContext, commit: boolean): void {
    if (!this.move) return;
    const ids = [...this.move.ids];
    this.move = null;
    ctx.setDrag(null);
    ctx.setPreview(null);
    const [dx, dy] = this.accepted;
    if (commit && ctx.floorId && (dx !== 0 || dy !== 0)) ctx.store.getState().execute(moveElements, { floorId: ctx.floorId, ids, dx, dy });
  }

  pointerUp(ctx: ToolContext, e: ToolPointer): void {
    const s = ctx.store.getState();
    if (this.state === 'rotating') {
      this.rotation?.commit(ctx);
      this.rotation = null;
      ctx.setPreview(null);
    }
    if (this.state === 'dragging') {
      if (this.move) this.finishMove(ctx, true);
      else s.commit();
    }
    // On the site a click (no drag) on a building opens it: the park view is also a navigator.
    if (this.state === 'pointing' && !ctx.floorId && s.session.level === 'park' && this.ids.length === 1) {
      const id = this.ids[0]!;
      if (s.plan.site.buildings.some((b) => b.id === id)) s.openBuilding(id);
    }
    if (this.state === 'brushing') {
      ctx.setPreview(null);
      const inside = distance(this.start, e.point) < ctx.dragThreshold ? [] : ctx.pickBox(this.start, e.point);
      const current = s.session.selection;
      s.select(this.additive ? [...current, ...inside.filter((id) => !current.includes(id))] : inside);
    }
    this.state = 'idle';
  }

  cancel(ctx: ToolContext): void {
    if (this.state === 'rotating') this.rotation?.cancel(ctx);
    this.rotation = null;
    if (this.state === 'dragging') {
      if (this.move) this.finishMove(ctx, false);
      else ctx.store.getState().cancel();
    }
    ctx.setPreview(null);
    this.state = 'idle';
  }
}
