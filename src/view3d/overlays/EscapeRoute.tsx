// The floor's longest escape route: the walk from the seat farthest from an exit to that exit.
import { Line } from '@react-three/drei';
import { useEffect, useMemo } from 'react';
import type { FloorAnalysis } from '../../editor/checks.ts';
import { overlayBackend } from '../../editor/overlayClient.ts';
import type { Floor, Point } from '../../floorplan/types.ts';
import { probe } from '../probe.ts';
import { useOverlayAnswer } from './useOverlayAnswer.ts';

/** The occupant point with the longest finite walk to an exit, or null. */
export function worstSeat(analysis: FloorAnalysis | undefined): Point | null {
  let best: { at: Point; walking: number } | null = null;
  for (const w of analysis?.workstations ?? []) {
    if (w.walking === null) continue;
    if (!best || w.walking > best.walking) best = { at: w.occupant, walking: w.walking };
  }
  return best?.at ?? null;
}

export function EscapeRoute({ floor, analysis }: { floor: Floor; analysis: FloorAnalysis | undefined }) {
  const seat = useMemo(() => worstSeat(analysis), [analysis]);
  // walked in a worker (editor/overlayClient.ts), like the heat maps
  const path = useOverlayAnswer(seat ? `${floor.id}:route` : null, () => overlayBackend().route(floor, seat!), [floor, seat?.[0], seat?.[1]]) ?? [];
  const shown = path.length >= 2 ? path.length : 0;
  useEffect(() => {
    probe.routePoints = shown;
    return () => {
      probe.routePoints = 0;
    };
  }, [shown]);
  if (path.length < 2) return null;
  return (
    <Line
      points={path.map((p) => [p[0], 1.2, -p[1]] as [number, number, number])}
      color="#c2185b"
      lineWidth={4}
      dashed={false}
      depthTest={false}
      renderOrder={11}
    />
  );
}
