// The tool controller: holds the active tool, its options, preview, snapped point and the
// clipboard in a small store of its own (never in the plan, never in history), and feeds the tool
// plan-space pointer events from whichever view is showing (plan or 3D) or from tests.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { newIds } from '../../floorplan/commands/newIds.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Floor, Point } from '../../floorplan/types.ts';
import { handleEditorKey, type KeyLike } from '../keyboard.ts';
import { drawingSnapIndexFor, type DrawingSnapIndex } from '../drawingSnap.ts';
import { EMPTY_TARGETS, floorSnapTargets, siteSnapTargets, snapPoint, type SnapResult, type SnapTargets } from '../snapping.ts';
import { underlaySnapSegments } from '../underlaySnapSegments.ts';
import type { EditorStore } from '../store.ts';
import { ArrayTool } from './arrayTool.ts';
import { DeviceTool } from './deviceTool.ts';
import { DoorTool } from './doorTool.ts';
import { ExitTool } from './exitTool.ts';
import { LuminaireTool } from './luminaireTool.ts';
import { MeasureTool } from './measureTool.ts';
import { OutlineTool } from './outlineTool.ts';
import { floorPickIndex, sitePickIndex } from './pickIndex.ts';
import { RotateTool } from './rotateTool.ts';
import { copySelection, deleteSelection, duplicateSelection, nudgeSelection, paste, rotateSelection, selectAll, type Clipboard } from './selectionActions.ts';
import { SelectTool } from './selectTool.ts';
import { ShapeTool } from './shapeTool.ts';
import { ColumnTool } from './columnTool.ts';
import { toolForKey, viewKeyFor } from './shortcuts.ts';
import { DEFAULT_TOOL_OPTIONS, type DragOffset, type Tool, type ToolContext, type ToolId, type ToolOptions, type ToolPointer, type ToolPreview } from './types.ts';
import { WallTool } from './wallTool.ts';
import { WindowTool } from './windowTool.ts';

export function createTool(id: ToolId): Tool {
  switch (id) {
    case 'select': return new SelectTool();
    case 'rotate': return new RotateTool();
    case 'wall': return new WallTool();
    case 'zone': case 'core': case 'building': case 'green': return new ShapeTool(id);
    case 'column': return new ColumnTool();
    case 'door': return new DoorTool();
    case 'window': return new WindowTool();
    case 'exit': return new ExitTool();
    case 'workstation': case 'airTerminal': case 'extinguisher': case 'detector': case 'sprinkler': return new DeviceTool(id);
    case 'smokeExhaust': case 'exitSign': case 'hydrant': case 'evacuationMark': return new DeviceTool(id);
    case 'workstationArray': return new ArrayTool();
    case 'luminaireArray': return new LuminaireTool();
    case 'outline': return new OutlineTool();
    case 'measure': return new MeasureTool();
  }
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

const DIRECTIONS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
/** Shift+arrow moves this many grid steps. */
export const LARGE_NUDGE_STEPS = 10;

export class ToolController {
  readonly state: StoreApi<ToolState>;
  private tool: Tool = new SelectTool();
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
    return this.tool.id;
  }

  setTool(id: ToolId): void {
    this.tool.cancel(this.context());
    this.tool = createTool(id);
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

  pointerDown(e: ToolPointer): void {
    // a click places the point itself: what was typed is dropped
    if (this.state.getState().typed !== null) this.state.setState({ typed: null, typedRejected: false });
    this.tool.pointerDown(this.context(), e);
    this.sync();
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

  /** Every keyboard shortcut of the editor. Returns true when the key was used. */
  keyDown(event: KeyLike & { code?: string }): boolean {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key;
    if (key === 'Escape') {
      // the first Esc clears a typed length, the next one cancels the tool
      if (this.state.getState().typed !== null) this.state.setState({ typed: null, typedRejected: false });
      else this.cancel();
      return true;
    }
    // zoom to fit / to selection: the view frames again, whatever the tool is doing
    const view = viewKeyFor(event);
    if (view === 'fitView') {
      this.store.getState().fitView();
      return true;
    }
    if (view === 'fitSelection') {
      this.store.getState().fitSelection();
      return true;
    }
    if (!mod && !event.altKey && this.tool.keyDown?.(this.context(), key)) {
      this.sync();
      return true;
    }
    if (mod) {
      const k = key.toLowerCase();
      if (k === 'c') {
        const clipboard = copySelection(this.store);
        if (clipboard) this.state.setState({ clipboard });
        return true;
      }
      if (k === 'v') {
        const clipboard = this.state.getState().clipboard;
        if (clipboard) paste(this.store, clipboard);
        return true;
      }
      if (k === 'd') {
        duplicateSelection(this.store);
        return true;
      }
      if (k === 'a') {
        selectAll(this.store);
        return true;
      }
      // an edit in progress is cancelled before undo / redo
      if (k === 'z' || k === 'y') this.tool.cancel(this.context());
      const handled = handleEditorKey(event, this.store);
      this.sync();
      return handled;
    }
    if (event.altKey) return false;
    const direction = DIRECTIONS[key];
    if (direction) {
      const { grid } = this.state.getState().options.snap;
      const step = grid * (event.shiftKey ? LARGE_NUDGE_STEPS : 1);
      return nudgeSelection(this.store, direction[0] * step, direction[1] * step).ok || this.store.getState().session.selection.length > 0;
    }
    if (key === 'Delete' || key === 'Backspace') {
      deleteSelection(this.store);
      return true;
    }
    if (key === '?') {
      this.state.setState((s) => ({ helpOpen: !s.helpOpen }));
      return true;
    }
    if ((key === 'r' || key === 'R') && !event.shiftKey) {
      rotateSelection(this.store, 90);
      return true;
    }
    const tool = toolForKey(key, event.shiftKey);
    if (tool) {
      this.setTool(tool);
      return true;
    }
    return false;
  }
}

export function createToolController(store: EditorStore): ToolController {
  return new ToolController(store);
}
