// The plan camera's zoom (screen pixels per metre) as React state, updated when the user zooms
// (read after each rendered frame; small changes are ignored so a pan does not re-render).
import { useFrame, useThree } from '@react-three/fiber';
import { useRef, useState } from 'react';

/** Relative change of zoom that is worth a re-render. */
const ZOOM_STEP = 0.01;

export function usePlanZoom(): number {
  const camera = useThree((s) => s.camera);
  const [zoom, setZoom] = useState(camera.zoom);
  const last = useRef(camera.zoom);
  useFrame(({ camera: c }) => {
    if (Math.abs(c.zoom - last.current) > last.current * ZOOM_STEP) {
      last.current = c.zoom;
      setZoom(c.zoom);
    }
  });
  return zoom;
}
