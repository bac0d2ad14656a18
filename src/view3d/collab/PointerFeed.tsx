// Sends this user's pointer on the open floor to the others (CollabActions.setPointer), in plan
// metres, about 20 times a second at most, and null when it leaves the canvas or the floor is
// closed. A listener of its own on the canvas (the tools' input, ToolInput.tsx, is untouched):
// the same floor-plane point the tools get (pointerPlane.ts), in plan and 3D alike.
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { CollabActions } from '../../editor/collab/collabState.ts';
import { useEditorState } from '../../editor/EditorContext.tsx';
import { planPointAt } from '../tools/pointerPlane.ts';
import { createPointerThrottle } from './pointerThrottle.ts';

export function PointerFeed({ actions }: { actions: CollabActions }) {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const openFloorId = useEditorState((s) => (s.session.level === 'floor' ? s.session.floorId : null));

  useEffect(() => {
    // the others see nothing of a park or building view
    if (openFloorId === null) return undefined;
    const throttle = createPointerThrottle((pointer) => actions.setPointer(pointer));
    const canvas = gl.domElement;
    const onMove = (e: PointerEvent) => {
      const point = planPointAt(e.clientX, e.clientY, canvas, get().camera);
      // a ray above the horizon (3D) misses the floor: off the drawing
      throttle.push(point ? { x: point[0], y: point[1] } : null);
    };
    const onLeave = () => throttle.push(null);
    canvas.addEventListener('pointermove', onMove);
    canvas.addEventListener('pointerleave', onLeave);
    return () => {
      canvas.removeEventListener('pointermove', onMove);
      canvas.removeEventListener('pointerleave', onLeave);
      throttle.cancel();
      // the floor closed or the view went away: the pointer is no longer on it
      actions.setPointer(null);
    };
  }, [gl, get, actions, openFloorId]);
  return null;
}
