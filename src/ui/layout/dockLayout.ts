// The workspace's dock layout — which docks are open, how wide, which tab is in front — as plain
// data with its rules (clamping, defaults), remembered per user in localStorage. No React here,
// so the rules are tested in Node.

export type DockSide = 'left' | 'right';

export const RIGHT_TABS = ['checks', 'properties', 'fire', 'site', 'underlay', 'proposals', 'projects', 'demand', 'park', 'layout'] as const;
export type RightTab = (typeof RIGHT_TABS)[number];

export interface DockState {
  open: boolean;
  /** px, the dock's content width when open */
  width: number;
}

export interface DockLayout {
  left: DockState;
  right: DockState & { tab: RightTab };
}

export const LAYOUT_STORAGE_KEY = 'callfloor.layout';
/** Defaults chosen so a floor's canvas gets two thirds of a 1440 px window with both docks open. */
export const DEFAULT_LAYOUT: DockLayout = {
  left: { open: true, width: 180 },
  right: { open: true, width: 300, tab: 'checks' },
};
export const MIN_DOCK_WIDTH = 160;
export const MAX_DOCK_WIDTH = 640;
/** A dock never takes more than this share of the window, however it was dragged. */
export const MAX_DOCK_SHARE = 0.4;

export function clampDockWidth(width: number, windowWidth: number): number {
  const max = Math.max(MIN_DOCK_WIDTH, Math.min(MAX_DOCK_WIDTH, Math.floor(windowWidth * MAX_DOCK_SHARE)));
  if (!Number.isFinite(width)) return MIN_DOCK_WIDTH;
  return Math.round(Math.min(max, Math.max(MIN_DOCK_WIDTH, width)));
}

function readDock(value: unknown, fallback: DockState): DockState {
  if (typeof value !== 'object' || value === null) return { ...fallback };
  const v = value as Record<string, unknown>;
  return {
    open: typeof v['open'] === 'boolean' ? v['open'] : fallback.open,
    width: typeof v['width'] === 'number' && Number.isFinite(v['width']) ? v['width'] : fallback.width,
  };
}

/** Reads a stored layout; anything missing or malformed falls back to the default, field by field. */
export function parseLayout(text: string | null | undefined): DockLayout {
  let raw: unknown = null;
  try {
    raw = text ? JSON.parse(text) : null;
  } catch {
    raw = null;
  }
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const right = r['right'] as Record<string, unknown> | undefined;
  const tab = RIGHT_TABS.find((t) => t === right?.['tab']) ?? DEFAULT_LAYOUT.right.tab;
  return { left: readDock(r['left'], DEFAULT_LAYOUT.left), right: { ...readDock(right, DEFAULT_LAYOUT.right), tab } };
}

export function loadLayout(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): DockLayout {
  try {
    return parseLayout(storage?.getItem(LAYOUT_STORAGE_KEY));
  } catch {
    // storage blocked (private mode, sandboxed frame): the default layout
    return parseLayout(null);
  }
}

export function saveLayout(layout: DockLayout, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(LAYOUT_STORAGE_KEY, JSON.stringify(layout));
  } catch {
    // not remembered; the layout still applies for this visit
  }
}

/**
 * Clicking a tab: another tab comes to the front (opening the dock if it was folded); the tab
 * already in front of an open dock folds the dock.
 */
export function pickTab(layout: DockLayout, tab: RightTab): DockLayout {
  if (layout.right.open && layout.right.tab === tab) return { ...layout, right: { ...layout.right, open: false } };
  return { ...layout, right: { ...layout.right, open: true, tab } };
}
