// The tool controller: holds the active tool, its options, preview, snapped point and the
// clipboard in a small store of its own (never in the plan, never in history), and feeds the tool
// plan-space pointer events from whichever view is showing (plan or 3D) or from tests.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { newIds } from '../../floorplan/commands/newIds.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Floor, Point } from '../../floorplan/types.ts';
import type { KeyLike } from '../keyboard.ts';
import { drawingSnapIndexFor, type DrawingSnapIndex } from '../drawingSnap.ts';
import { EMPTY_TARGETS, floorSnapTargets, siteSnapTargets, snapPoint, type SnapResult, type SnapTargets } from '../snapping.ts';
import { underlaySnapSegments } from '../underlaySnapSegments.ts';
import type { EditorStore } from '../store.ts';
import { floorPickIndex, sitePickIndex } from './pickIndex.ts';
import { actionEntry, entryForKey, toolEntry, type ActionEntry, type ActionId, type ToolId } from './registry.ts';
import type { Clipboard } from './selectionActions.ts';
import { SelectTool } from './selectTool.ts';
import { DEFAULT_TOOL_OPTIONS, type DragOffset, type Tool, type ToolContext, type ToolOptions, type ToolPointer, type ToolPreview } from './types.ts';

export function createTool(id: ToolId): Tool {
  return toolEntry(id).create();
}

export interface ToolState {
  toolId: ToolId;
  /** '<tool>.<state>', e.g. 'wall.drawing' */
  path: string;
  preview: ToolPreview | null;
  snap: SnapResult | null;
  options: ToolOptions;
  clipboard: Clipboard | null;
  helpOpen: boolean;
  /** the selection being dragged (drawn moved; the plan changes on release) */
  drag: DragOffset | null;
  /** a length (and angle) typed for the next point while drawing, e.g. '7.25<90'; null when none */
  typed: string | null;
  /** the typed text did not give a point (Enter on junk, or the edit was refused) */
  typedRejected: boolean;
}

/** Shift+arrow moves this many grid steps (the registry's nudge). */
export { LARGE_NUDGE_STEPS } from './registry.ts';

export class ToolController {
  readonly state: StoreApi<ToolState>;
  private tool: Tool = new SelectTool();
  private current: ToolId = 'select';
  /** metres per screen pixel, set by the view (tests keep 1 cm) */
  metresPerPixel = 0.01;
  private targetsCache: { key: unknown; targets: SnapTargets } | null = null;

  constructor(readonly store: EditorStore) {
    this.state = createStore<ToolState>()(() => ({
      toolId: 'select',
      path: 'select.idle',
      preview: null,
      snap: null,
      options: structuredClone(DEFAULT_TOOL_OPTIONS),
      clipboard: null,
      helpOpen: false,
      drag: null,
      typed: null,
      typedRejected: false,
    }));
  }

  get toolId(): ToolId {
    return this.current;
  }

  setTool(id: ToolId): void {
    this.tool.cancel(this.context());
    this.tool = createTool(id);
    this.current = id;
    this.state.setState({ toolId: id, preview: null, snap: null, typed: null, typedRejected: false });
    this.sync();
  }

  setOptions(change: (options: ToolOptions) => ToolOptions): void {
    this.state.setState((s) => ({ options: change(s.options) }));
  }

  private floorOpen(): { floorId: string | null; floor: Floor | undefined } {
    const { session, plan } = this.store.getState();
    if (session.level !== 'floor' || !session.floorId) return { floorId: null, floor: undefined };
    return { floorId: session.floorId, floor: findFloor(plan, session.floorId)?.floor };
  }

  private targets(floor: Floor | undefined): SnapTargets {
    const site = this.store.getState().plan.site;
    const key = floor ?? site;
    if (this.targetsCache?.key === key) return this.targetsCache.targets;
    const targets = floor
      ? floorSnapTargets(floor)
      : site
        ? siteSnapTargets([site.boundary, ...site.buildings.map((b) => b.footprint), ...site.green].filter((p) => p.length >= 3))
        : EMPTY_TARGETS;
    this.targetsCache = { key, targets };
    return targets;
  }

  /**
   * The open floor's drawing to snap to: its DXF underlay while shown and "snap to drawing" is on.
   * Kept per drawing, hidden layers and placement (drawingSnap.ts), not per floor object.
   */
  private drawingTargets(floor: Floor | undefined, options: ToolOptions): DrawingSnapIndex | null {
    const underlay = floor?.underlay;
    if (!underlay || underlay.kind !== 'dxf' || !underlay.visible || !options.snap.drawing) return null;
    return drawingSnapIndexFor(underlay, underlaySnapSegments);
  }

  /** Snap tolerance and drag threshold are a few pixels, in metres. */
  get tolerance(): number {
    return 8 * this.metresPerPixel;
  }

  context(): ToolContext {
    const { floorId, floor } = this.floorOpen();
    const { options } = this.state.getState();
    const store = this.store;
    const tolerance = this.tolerance;
    return {
      store,
      options,
      floorId,
      floor,
      dragThreshold: 4 * this.metresPerPixel,
      tolerance,
      snap: (raw, from, ortho) => {
        const result = snapPoint(raw, this.targets(floor), { grid: options.snap.grid, enabled: options.snap.enabled, tolerance }, { from: from ?? null, ortho: !!ortho, drawing: this.drawingTargets(floor, options) });
        this.state.setState({ snap: result });
        return result;
      },
      pick: (p) => {
        const plan = store.getState().plan;
        return floor ? floorPickIndex(floor).at(p, tolerance) : sitePickIndex(plan.site).at(p, tolerance);
      },
      pickBox: (a, b) => (floor ? floorPickIndex(floor).within(a, b) : sitePickIndex(store.getState().plan.site).within(a, b)),
      newIds: (prefix, count) => newIds(store.getState().plan, prefix, count),
      setPreview: (preview) => this.state.setState({ preview }),
      setDrag: (drag) => this.state.setState({ drag }),
      typed: this.state.getState().typed,
      setTyped: (typed, rejected = false) => this.state.setState({ typed, typedRejected: rejected }),
    };
  }

  private sync(): void {
    const path = `${this.tool.id}.${this.tool.state}`;
    if (this.state.getState().path !== path) this.state.setState({ path });
  }

  /**
   * A press. True when the tool takes it (the view must not also orbit, pan or click the scene);
   * false when it is the view's: the select tool lets an empty-space press in 3D orbit and a press
   * in the building view reach the scene (selectTool.ts has the rules).
   */
  pointerDown(e: ToolPointer): boolean {
    // a click places the point itself: what was typed is dropped
    if (this.state.getState().typed !== null) this.state.setState({ typed: null, typedRejected: false });
    const outcome = this.tool.pointerDown(this.context(), e);
    this.sync();
    return outcome !== 'pass';
  }

  pointerMove(e: ToolPointer): void {
    this.tool.pointerMove(this.context(), e);
    this.sync();
  }

  pointerUp(e: ToolPointer): void {
    this.tool.pointerUp(this.context(), e);
    this.sync();
  }

  doubleClick(e: ToolPointer): void {
    this.tool.doubleClick?.(this.context(), e);
    this.sync();
  }

  /** Escape: the tool drops what it is doing; a second Escape clears the selection. */
  cancel(): void {
    const busy = !this.tool.state.startsWith('idle') || this.state.getState().preview !== null;
    this.tool.cancel(this.context());
    this.state.setState({ preview: null, snap: null, drag: null, typed: null, typedRejected: false });
    if (!busy) {
      const s = this.store.getState();
      if (s.interaction) s.cancel();
      else s.select([]);
    }
    this.sync();
  }

  /** Drops what the tool is doing (no Escape semantics: the selection stays), e.g. before undo. */
  interrupt(): void {
    this.tool.cancel(this.context());
    this.sync();
  }

  /** Runs an action of the registry (a toolbar button, a key). True when it did something with the key. */
  runAction(action: ActionId | ActionEntry, key: KeyLike | null = null): boolean {
    const entry = typeof action === 'string' ? actionEntry(action) : action;
    const used = entry.run?.({ store: this.store, tools: this }, key) ?? false;
    this.sync();
    return used;
  }

  /**
   * Every keyboard shortcut of the editor, from the registry: Esc and the fit keys first, then the
   * active tool's own keys (Enter, Backspace, a typed length), then the other actions and the tool
   * letters. Returns true when the key was used.
   */
  keyDown(event: KeyLike): boolean {
    const entry = entryForKey(event);
    if (entry?.kind === 'action' && 'first' in entry && entry.first) return this.runAction(entry, event);
    if (!event.ctrlKey && !event.metaKey && !event.altKey && this.tool.keyDown?.(this.context(), event.key)) {
      this.sync();
      return true;
    }
    if (!entry) return false;
    if (entry.kind === 'tool') {
      this.setTool(entry.id);
      return true;
    }
    return this.runAction(entry, event);
  }
}

export function createToolController(store: EditorStore): ToolController {
  return new ToolController(store);
}
