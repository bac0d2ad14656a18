// Feeds the active tool from the canvas: left-button presses become plan-space pointer events
// (captured before the orbit / map controls and the scene's own handlers); other buttons and the
// wheel still pan, orbit and zoom. In the 3D view an empty-space press with the select tool
// orbits instead of starting a box.
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { toolController } from '../../editor/tools/appTools.ts';
import type { ToolPointer } from '../../editor/tools/types.ts';
import { editorStore } from '../../editor/store.ts';
import { metresPerPixelAt, planPointAt } from './pointerPlane.ts';

/** Height (m) of a desk top, where a 3D press on a desk is read. */
const DESK_TOP = 0.75;

function isWorkstation(id: string): boolean {
  const floor = toolController.context().floor;
  return !!floor?.workstations.some((w) => w.id === id);
}

export function ToolInput() {
  const { gl, camera, invalidate } = useThree();

  useEffect(() => {
    const canvas = gl.domElement;
    // in 3D a press on a desk top is read on the desk-top plane for the whole press, so the
    // desk under the pointer is the one picked and dragged (the floor point lies behind it)
    let height = 0;
    const pointer = (e: MouseEvent): ToolPointer | null => {
      const point = planPointAt(e.clientX, e.clientY, canvas, camera, height);
      if (!point) return null;
      toolController.metresPerPixel = metresPerPixelAt(e.clientX, e.clientY, canvas, camera);
      return { point, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey };
    };
    let pressed = false;

    const onMove = (e: PointerEvent) => {
      const p = pointer(e);
      if (p) toolController.pointerMove(p);
      invalidate();
    };
    const onUp = (e: PointerEvent) => {
      if (!pressed) return;
      pressed = false;
      window.removeEventListener('pointermove', onWindowMove);
      const p = pointer(e);
      if (p) toolController.pointerUp(p);
      invalidate();
    };
    const onWindowMove = (e: PointerEvent) => {
      if (pressed) onMove(e);
    };
    const onDown = (e: PointerEvent) => {
      if (e.button !== 0) return;
      const { session } = editorStore.getState();
      const selecting = toolController.toolId === 'select';
      height = 0;
      if (selecting && session.camera === '3d') {
        height = DESK_TOP;
        const onDesk = pointer(e);
        const pick = onDesk ? toolController.context().pick(onDesk.point) : null;
        if (!pick || !isWorkstation(pick)) height = 0;
      }
      const p = pointer(e);
      if (!p) return;
      // in 3D, a left drag on empty space orbits the camera
      if (selecting && session.camera === '3d' && !toolController.context().pick(p.point)) return;
      e.stopImmediatePropagation();
      e.preventDefault();
      pressed = true;
      window.addEventListener('pointermove', onWindowMove);
      window.addEventListener('pointerup', onUp, { once: true });
      toolController.pointerDown(p);
      invalidate();
    };
    const onHover = (e: PointerEvent) => {
      if (!pressed) onMove(e);
    };
    const onDoubleClick = (e: MouseEvent) => {
      const p = pointer(e);
      if (p) toolController.doubleClick(p);
      invalidate();
    };
    canvas.addEventListener('pointerdown', onDown, { capture: true });
    canvas.addEventListener('pointermove', onHover);
    canvas.addEventListener('dblclick', onDoubleClick);
    return () => {
      canvas.removeEventListener('pointerdown', onDown, { capture: true });
      canvas.removeEventListener('pointermove', onHover);
      canvas.removeEventListener('dblclick', onDoubleClick);
      window.removeEventListener('pointermove', onWindowMove);
      window.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, invalidate]);

  // redraw when the preview or the snapped point changes
  useEffect(() => toolController.state.subscribe(() => invalidate()), [invalidate]);
  return null;
}
