// What the checks draw on the open floor (switched in the rule panel): finding markers, one heat
// map and the longest escape route (the travel-distance finding's own walk). Desk status colours
// are applied by the Workstations layer.
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useChecksState } from '../../editor/EditorContext.tsx';
import { overlayBackend } from '../../editor/overlayClient.ts';
import type { Floor } from '../../floorplan/types.ts';
import { EscapeRoute } from './EscapeRoute.tsx';
import { FindingMarkers } from './FindingMarkers.tsx';
import { useFloorFindings } from './floorFindings.ts';
import { HeatMapLayer } from './HeatMapLayer.tsx';
import { useOverlayAnswer } from './useOverlayAnswer.ts';

export function FloorOverlays({ floor }: { floor: Floor }) {
  const overlays = useChecksState((s) => s.overlays);
  const findings = useFloorFindings(floor.id);
  const heat = overlays.heat;
  // measured in a worker: on a big floor a heat map takes up to a second
  const grid = useOverlayAnswer(heat === 'none' ? null : `${floor.id}:${heat}`, () => overlayBackend().heat(floor, heat === 'none' ? 'walking' : heat), [floor]);
  // the scene draws on demand: redraw when an overlay is switched or a heat map lands; a new
  // check result redraws only through what it changes (the pins, the desk colours and the route
  // redraw themselves), so a result that changes nothing on screen costs no frame
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => invalidate(), [overlays, grid, invalidate]);
  return (
    <group>
      {overlays.markers && <FindingMarkers floor={floor} findings={findings} height={floor.clearHeight * 0.6} />}
      {grid && heat !== 'none' && <HeatMapLayer grid={grid} kind={heat} />}
      {overlays.egressPath && <EscapeRoute floor={floor} findings={findings} />}
    </group>
  );
}
