// The tools' shared vocabulary: which tools exist, what a tool is fed (plan points in metres),
// what it may show (a preview, never part of the plan) and the options the tool panel edits.
import type { PlannedDesk } from '../../floorplan/geometry/workstationArray.ts';
import type { CoreKind, ExitKind, FireRating, Floor, Point, Role, SignKind, WallKind, ZoneUse } from '../../floorplan/types.ts';
import type { EditorStore } from '../store.ts';
import type { SnapResult } from '../snapping.ts';
import type { ScreenProjection, ScreenRect } from './screenBox.ts';

// which tools exist is the registry's to say (registry.ts); types only, so no import cycle at run time
export type { ToolId } from './registry.ts';

export interface ToolPointer {
  /** plan coordinates, metres (on the floor plane) */
  point: Point;
  shift?: boolean;
  ctrl?: boolean;
  alt?: boolean;
  /** the view the pointer is in: the perspective 3D view, or (absent) the plan */
  view?: 'plan' | '3d';
  /** where the pointer is on the canvas, px from its top left (the views give it; tests may) */
  screen?: ScreenPoint;
  /** the plan point under the pointer on the plane `height` m above the floor; null when the ray misses it */
  pointAt?: (height: number) => Point | null;
  /** plan point → canvas px through the camera as it is now (for boxes drawn on the screen) */
  project?: ScreenProjection;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Measurement {
  points: Point[];
  /** along the polyline (m) */
  length: number;
  /** of the closed polygon when it has 3 points or more (m²) */
  area: number | null;
}

/** What a tool shows while it works; drawn by view3d/tools, never saved. */
export interface ToolPreview {
  segments?: [Point, Point][];
  polygon?: Point[];
  box?: [Point, Point];
  desks?: PlannedDesk[];
  points?: Point[];
  handles?: Point[];
  measure?: Measurement;
  /** the segment being drawn (or a rectangle's diagonal), read out as length and angle by the dynamic input */
  dimension?: { from: Point; to: Point; rectangle?: boolean };
  /** the preview would be refused (drawn in red) */
  invalid?: boolean;
  /** a box drawn on the screen (the 3D view's box selection), canvas px */
  screenBox?: ScreenRect;
}

export type ShapeMode = 'rectangle' | 'polygon';

export interface ToolOptions {
  /** drawing: snap to a shown DXF underlay's lines as well */
  snap: { grid: number; enabled: boolean; drawing: boolean };
  wall: { kind: WallKind; height: number | null; thickness: number };
  zone: { use: ZoneUse; name: string; shape: ShapeMode };
  core: { kind: CoreKind; shape: ShapeMode };
  /** a column placed with one click: width (x) × depth (y), m */
  column: { width: number; depth: number };
  door: { width: number; fireRating: FireRating | null };
  window: { sill: number; head: number; openable: number };
  exit: { width: number; kind: ExitKind };
  desk: { width: number; depth: number; rotation: number; role: Role };
  array: { rows: number; columns: number; rowPitch: number; aisleEvery: number; aisleWidth: number; backToBack: boolean };
  luminaire: { spacing: number; flux: number; power: number; mount: number };
  airTerminal: { freshAir: number };
  extinguisher: { rating: string; lastInspected: string };
  /** the sign placed next: safety exit or evacuation direction, and where a direction sign's arrow points (° counter-clockwise from east) */
  exitSign: { kind: SignKind; rotation: number };
  /** the label of the next "you are here" mark (empty: none) */
  evacuationMark: { label: string };
  building: { name: string; height: number; floorHeight: number; clearHeight: number };
}

export const DEFAULT_TOOL_OPTIONS: ToolOptions = {
  snap: { grid: 0.1, enabled: true, drawing: true },
  wall: { kind: 'solid', height: null, thickness: 0.1 },
  zone: { use: 'work', name: '', shape: 'rectangle' },
  core: { kind: 'stair', shape: 'rectangle' },
  column: { width: 0.6, depth: 0.6 },
  door: { width: 1.0, fireRating: null },
  window: { sill: 0.9, head: 2.6, openable: 0.3 },
  exit: { width: 1.4, kind: 'exterior' },
  desk: { width: 1.2, depth: 0.7, rotation: 0, role: 'agent' },
  array: { rows: 4, columns: 10, rowPitch: 3.2, aisleEvery: 5, aisleWidth: 1.2, backToBack: true },
  luminaire: { spacing: 2.4, flux: 3600, power: 32, mount: 2.8 },
  airTerminal: { freshAir: 300 },
  extinguisher: { rating: '3A', lastInspected: '' },
  exitSign: { kind: 'exit', rotation: 0 },
  evacuationMark: { label: '' },
  building: { name: '', height: 24, floorHeight: 4.2, clearHeight: 2.8 },
};

/**
 * A floor selection being dragged: the views draw it moved by (dx, dy) without touching the
 * plan; the plan changes once, on release. `ids` keeps its identity for the whole drag.
 */
export interface DragOffset {
  floorId: string;
  ids: readonly string[];
  dx: number;
  dy: number;
}

/** What a tool may use: the store, the open floor, snapping, picking, fresh ids, its preview. */
export interface ToolContext {
  store: EditorStore;
  options: ToolOptions;
  floorId: string | null;
  floor: Floor | undefined;
  /** metres the pointer must travel before a press becomes a drag */
  dragThreshold: number;
  /** how close (m) the pointer must be to pick or snap to something */
  tolerance: number;
  /** snap a raw point (and show the snapped point) */
  snap(raw: Point, from?: Point | null, ortho?: boolean): SnapResult;
  /** the element (or, on the site, the building) under a point */
  pick(p: Point): string | null;
  /** elements lying wholly inside the box */
  pickBox(a: Point, b: Point): string[];
  newIds(prefix: string, count: number): string[];
  setPreview(preview: ToolPreview | null): void;
  /** show (or, with null, stop showing) a selection dragged by an offset */
  setDrag(drag: DragOffset | null): void;
  /** what the user typed for the next point (see typedInput.ts); null when nothing */
  typed: string | null;
  /** change the typed text; `rejected` marks text that did not give a point */
  setTyped(text: string | null, rejected?: boolean): void;
}

export type PressOutcome = void | 'pass';

/** A tool is a small state machine; `state` is one of its named states ('idle', 'drawing', …). */
export interface Tool {
  /** its registry id (a plain string here, so the registry may list the tools) */
  readonly id: string;
  readonly state: string;
  /** 'pass': the press is not the tool's; the view has it (the camera orbits, the scene is clicked) */
  pointerDown(ctx: ToolContext, e: ToolPointer): PressOutcome;
  pointerMove(ctx: ToolContext, e: ToolPointer): void;
  pointerUp(ctx: ToolContext, e: ToolPointer): void;
  doubleClick?(ctx: ToolContext, e: ToolPointer): void;
  /** Enter, Backspace… while the tool works; true when handled */
  keyDown?(ctx: ToolContext, key: string): boolean;
  /** Escape: drop what is in progress, back to idle */
  cancel(ctx: ToolContext): void;
}
