// The heat maps' colour scales: the one function a value's colour comes from (the slab's texture
// and the colour bar both call `heatColor`), the range the ramp spans and its unit, and the
// heat map shown now (so the DOM colour bar outside the canvas can show this floor's min/max).
import { useSyncExternalStore } from 'react';
import { rampColor } from './statusColors.ts';

export type HeatKind = 'walking' | 'illuminance';

export interface HeatRange {
  /** value at the bar's left end and at its right end (the ramp is clamped beyond) */
  from: number;
  to: number;
  unit: 'm' | 'lx';
  /** tick values, left to right */
  ticks: readonly number[];
}

/**
 * Where a value sits on a heat map's ramp (0 green … 1 red): walking distance grows towards red
 * (red at 45 m, past the 37.5 m open-hall limit); illuminance shrinks towards red (yellow at
 * 375 lx, green from 750 lx).
 */
export const HEAT_SCALES: Record<HeatKind, (v: number) => number> = {
  walking: (v) => v / 45,
  illuminance: (v) => 1 - v / 750,
};

/** The values each ramp spans, as the bar lays them out (green on the left for both). */
export const HEAT_RANGES: Record<HeatKind, HeatRange> = {
  walking: { from: 0, to: 45, unit: 'm', ticks: [0, 15, 30, 45] },
  illuminance: { from: 750, to: 0, unit: 'lx', ticks: [750, 500, 250, 0] },
};

/** A value's colour on its heat map (0–255 RGB). */
export function heatColor(kind: HeatKind, value: number): [number, number, number] {
  return rampColor(HEAT_SCALES[kind](value));
}

export interface HeatStop {
  /** 0 at the bar's left end, 1 at its right */
  offset: number;
  value: number;
  rgb: [number, number, number];
}

/** Colour stops along the bar, from the same colour function as the slab. */
export function heatBarStops(kind: HeatKind, count = 11): HeatStop[] {
  const { from, to } = HEAT_RANGES[kind];
  return Array.from({ length: count }, (_, i) => {
    const offset = i / (count - 1);
    const value = from + (to - from) * offset;
    return { offset, value, rgb: heatColor(kind, value) };
  });
}

/** Where a value lies along the bar (0–1, clamped). */
export function barOffset(kind: HeatKind, value: number): number {
  const { from, to } = HEAT_RANGES[kind];
  return Math.min(1, Math.max(0, (value - from) / (to - from)));
}

// --- the heat map on the slab now (set by HeatMapLayer, read by the DOM colour bar) ---

export interface ShownHeat {
  kind: HeatKind;
  min: number;
  max: number;
}

let shown: ShownHeat | null = null;
const listeners = new Set<() => void>();

export function setShownHeat(next: ShownHeat | null): void {
  if (shown === next || (shown && next && shown.kind === next.kind && shown.min === next.min && shown.max === next.max)) return;
  shown = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useShownHeat(): ShownHeat | null {
  return useSyncExternalStore(subscribe, () => shown, () => null);
}
