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
// The views' rules live here too, so the headless editor tests them: in the building view the tool
// stands aside (presses and hovers go to the scene, where a click opens a floor). In the 3D view a
// press on a desk is read on the desk-top plane (the desk seen under the pointer is the one picked);
// a press on empty floor orbits ('pass'), unless Ctrl (⌘) is held: then, like Alt+drag from
// anywhere, it draws a box on the screen and selects what the camera shows inside it
// (screenBox.ts; Shift adds). A box smaller than BOX_CLICK_PX is a click.
import { moveBuilding } from '../../floorplan/commands/moveBuilding.ts';
import { moveElements } from '../../floorplan/commands/moveElements.ts';
import { distance } from '../../floorplan/geometry/polygon.ts';
import type { Floor, Point } from '../../floorplan/types.ts';
import { snapToGrid } from '../snapping.ts';
import { DragMove } from './dragMove.ts';
import { contextMetresPerPixel, rotateHandleAt, rotationPreview } from './rotateHandle.ts';
import { RotationDrag } from './rotateTool.ts';
import { combineSelection, screenRect, selectInScreenRect } from './screenBox.ts';
import type { PressOutcome, ScreenPoint, Tool, ToolContext, ToolPointer } from './types.ts';

type State = 'idle' | 'pointing' | 'dragging' | 'brushing' | 'rotating';

/** Height (m) of a desk top: in 3D a press on a desk is read on this plane. */
export const DESK_TOP = 0.75;
/** A screen box smaller than this (px) both ways is a click. */
export const BOX_CLICK_PX = 4;

const deskIds = new WeakMap<Floor, Set<string>>();
function isDesk(floor: Floor | undefined, id: string | null): boolean {
  if (!floor || !id) return false;
  let ids = deskIds.get(floor);
  if (!ids) deskIds.set(floor, (ids = new Set(floor.workstations.map((w) => w.id))));
  return ids.has(id);
}

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
  /** the plane (m above the floor) this press is read on: a desk top in 3D, else the floor */
  private height = 0;
  /** where a box drawn on the screen started (3D); null for a box on the plan */
  private screenStart: ScreenPoint | null = null;
  private screenEnd: ScreenPoint | null = null;

  /** The pointer's plan point on the plane this press is read on. */
  private at(e: ToolPointer): Point {
    return this.height !== 0 ? (e.pointAt?.(this.height) ?? e.point) : e.point;
  }

  /** The plane a press here is read on: a desk top when one is seen under the pointer in 3D, else the floor (0). */
  private static deskTopHeight(ctx: ToolContext, e: ToolPointer): number {
    if (e.view !== '3d' || !e.pointAt) return 0;
    const top = e.pointAt(DESK_TOP);
    return top && isDesk(ctx.floor, ctx.pick(top)) ? DESK_TOP : 0;
  }

  /** A box on the screen needs an open floor, the pointer's screen position and the camera. */
  private static canBoxOnScreen(ctx: ToolContext, e: ToolPointer): boolean {
    return e.view === '3d' && !!ctx.floor && !!e.screen && !!e.project;
  }

  /** The rotation handle under p, when a floor selection shows one. */
  private handleAt(ctx: ToolContext, p: Point) {
    if (!ctx.floor || !ctx.floorId) return null;
    return rotateHandleAt(ctx.floor, ctx.store.getState().session.selection, contextMetresPerPixel(ctx), p);
  }

  pointerDown(ctx: ToolContext, e: ToolPointer): PressOutcome {
    const s = ctx.store.getState();
    // the building view is a navigator: a press is the scene's (a click on a slab opens that
    // floor, a drag orbits), not the tool's, which would pick the building
    if (s.session.level === 'building') return 'pass';
    this.height = 0;
    if (e.alt && SelectTool.canBoxOnScreen(ctx, e)) {
      this.startScreenBox(ctx, e);
      return;
    }
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
    this.height = SelectTool.deskTopHeight(ctx, e);
    const point = this.at(e);
    const hit = ctx.pick(point);
    if (!hit && e.view === '3d') {
      // empty space in 3D: a plain drag orbits, Ctrl+drag draws a box on the screen
      if (e.ctrl && SelectTool.canBoxOnScreen(ctx, e)) {
        this.startScreenBox(ctx, e);
        return;
      }
      return 'pass';
    }
    this.start = point;
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

  /** A box on the screen from here (3D); the selection changes on release. */
  private startScreenBox(ctx: ToolContext, e: ToolPointer): void {
    this.screenStart = this.screenEnd = e.screen!;
    this.additive = !!e.shift;
    this.state = 'brushing';
    ctx.setPreview({ screenBox: screenRect(this.screenStart, this.screenEnd) });
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
      const s = ctx.store.getState();
      // in the building view the hovered floor is the scene's (BuildingView), not the tool's
      if (s.session.level === 'building') return;
      // what a press here would pick: a desk top in 3D, else the floor
      const height = this.handleAt(ctx, e.point) ? null : SelectTool.deskTopHeight(ctx, e);
      s.setHover(height === null ? null : ctx.pick(height ? (e.pointAt?.(height) ?? e.point) : e.point));
      return;
    }
    if (this.height !== 0) e = { ...e, point: this.at(e) };
    if (this.state === 'rotating' && this.rotation) {
      this.rotation.moveTo(ctx, e.point, !!e.shift);
      // the turn the plan shows (a refused one keeps the last accepted)
      ctx.setPreview(rotationPreview({ centre: this.rotation.centre, pointer: e.point, degrees: this.rotation.degrees }));
      return;
    }
    if (this.state === 'brushing' && this.screenStart) {
      if (e.screen) this.screenEnd = e.screen;
      ctx.setPreview({ screenBox: screenRect(this.screenStart, this.screenEnd!) });
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
    if (this.height !== 0) e = { ...e, point: this.at(e) };
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
    if (this.state === 'brushing' && this.screenStart) {
      ctx.setPreview(null);
      const rect = screenRect(this.screenStart, e.screen ?? this.screenEnd!);
      this.screenStart = this.screenEnd = null;
      const click = rect.maxX - rect.minX < BOX_CLICK_PX && rect.maxY - rect.minY < BOX_CLICK_PX;
      const inside = click || !ctx.floor || !e.project ? [] : selectInScreenRect(ctx.floor, rect, e.project);
      s.select(combineSelection(s.session.selection, inside, this.additive));
    } else if (this.state === 'brushing') {
      ctx.setPreview(null);
      const inside = distance(this.start, e.point) < ctx.dragThreshold ? [] : ctx.pickBox(this.start, e.point);
      const current = s.session.selection;
      s.select(this.additive ? [...current, ...inside.filter((id) => !current.includes(id))] : inside);
    }
    this.height = 0;
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
    this.screenStart = this.screenEnd = null;
    this.height = 0;
    this.state = 'idle';
  }
}
