// Colours of check results in the scene (the rule panel uses the same in CSS) and the heat-map
// ramp (each heat map's scale onto it: heatScale.ts).
import type { FindingStatus } from '../../rules/types.ts';

export const STATUS_COLORS: Record<FindingStatus, string> = {
  fail: '#d62828',
  warn: '#e09b00',
  pass: '#2e9e55',
  'n/a': '#8a949e',
};

/** Green (0) → yellow (0.5) → red (1), clamped; as 0–255 RGB. */
export function rampColor(t: number): [number, number, number] {
  const u = Math.min(1, Math.max(0, t));
  const green: [number, number, number] = [46, 158, 85];
  const yellow: [number, number, number] = [240, 200, 40];
  const red: [number, number, number] = [214, 40, 40];
  const [from, to, k] = u < 0.5 ? [green, yellow, u / 0.5] : [yellow, red, (u - 0.5) / 0.5];
  return [0, 1, 2].map((i) => Math.round(from[i]! + (to[i]! - from[i]!) * k)) as [number, number, number];
}
