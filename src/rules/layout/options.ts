// What an auto-layout is asked for: the desk, the benches, the aisles and the clearances, with
// defaults from call-center practice (docs/auto-layout.md), and the three variants it offers.
export type LayoutOrientation = 'x' | 'y' | 'both';

export interface LayoutOptions {
  /** desk width along the bench (m); call-center desks 1.2–1.4 m */
  deskWidth: number;
  /** desk depth (m) */
  deskDepth: number;
  /** centre-to-centre spacing of desks along a bench (≥ deskWidth; a gap or a screen between) */
  deskPitch: number;
  /** desks per row of a bench (a bench is two rows back to back) */
  desksPerBench: number;
  /** 'x': benches run east–west; 'y': north–south; 'both': try each */
  orientation: LayoutOrientation;
  /** clear width of the cross aisles between bench ends, the ways to the exits (m) */
  mainAisle: number;
  /** clear walkway between the chair zones of two facing benches (m) */
  secondaryAisle: number;
  /** room for the chair behind a desk's edge (m); the occupant point sits 0.45 m behind it */
  chairSpace: number;
  /** one supervisor desk per this many agents (0: none) */
  supervisorEvery: number;
  /** clear distance round a door's or an exit's swing (m): the swing's radius is the door's width */
  doorClearance: number;
  /** clear distance from columns and cores (m) */
  columnClearance: number;
  /** clear distance from interior walls (m) */
  wallClearance: number;
  /** band kept clear along the façade (the floor's outline) (m) */
  facadeBand: number;
  /** clear distance from the target zone's other edges (m) */
  zoneMargin: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  deskWidth: 1.4,
  deskDepth: 0.7,
  deskPitch: 1.4,
  desksPerBench: 6,
  orientation: 'both',
  mainAisle: 1.5,
  secondaryAisle: 1.2,
  chairSpace: 0.75,
  supervisorEvery: 15,
  doorClearance: 1.0,
  columnClearance: 0.6,
  wallClearance: 0.3,
  facadeBand: 1.0,
  zoneMargin: 0.3,
};

export const LAYOUT_VARIANTS = ['most-seats', 'comfortable', 'fewest-changes'] as const;
export type LayoutVariantId = (typeof LAYOUT_VARIANTS)[number];

/** The options of a variant: "most comfortable" widens the aisles and spaces the desks at 1.6 m. */
export function variantOptions(variant: LayoutVariantId, base: LayoutOptions): LayoutOptions {
  if (variant !== 'comfortable') return base;
  return {
    ...base,
    // benches stay continuous (a 0.2 m gap between desks is no walkway, only a narrow place):
    // comfort is the wider aisles and chair space
    mainAisle: Math.max(base.mainAisle, 1.8),
    secondaryAisle: Math.max(base.secondaryAisle, 1.6),
    chairSpace: Math.max(base.chairSpace, 0.9),
  };
}

/** Says what is wrong with the options (a message key under `layout.problems`), or null. */
export function optionsProblem(o: LayoutOptions): string | null {
  const positive = [o.deskWidth, o.deskDepth, o.deskPitch, o.mainAisle, o.secondaryAisle, o.chairSpace];
  if (!positive.every((x) => Number.isFinite(x) && x > 0)) return 'badSize';
  if (o.deskWidth > 3 || o.deskDepth > 2) return 'badSize';
  if (o.deskPitch < o.deskWidth - 1e-9) return 'pitchUnderWidth';
  if (!Number.isInteger(o.desksPerBench) || o.desksPerBench < 1 || o.desksPerBench > 40) return 'badBench';
  if (o.chairSpace < 0.45) return 'chairUnderOccupant';
  const clear = [o.doorClearance, o.columnClearance, o.wallClearance, o.facadeBand, o.zoneMargin, o.supervisorEvery];
  if (!clear.every((x) => Number.isFinite(x) && x >= 0)) return 'badClearance';
  return null;
}

/** "1.4x0.7" → [1.4, 0.7]; null when it is not two positive numbers. */
export function parseDeskSize(text: string): [number, number] | null {
  const m = /^\s*(\d+(?:\.\d+)?)\s*[x×*]\s*(\d+(?:\.\d+)?)\s*$/i.exec(text);
  if (!m) return null;
  const w = Number(m[1]);
  const d = Number(m[2]);
  return w > 0 && d > 0 ? [w, d] : null;
}
