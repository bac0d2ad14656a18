// Feeds the active tool from the canvas: left-button presses become plan-space pointer events
// (captured before the orbit / map controls and the scene's own handlers); other buttons and the
// wheel still pan, orbit and zoom. In the 3D view an empty-space press with the select tool
// orbits instead of starting a box; Ctrl+drag (⌘ on a Mac) from empty space draws a screen box
// instead and selects what projects into it (Ctrl+Shift adds to the selection). A press on the
// selection's rotation handle goes to the select tool in both views. In the building view the
// select tool stands aside: presses and hovers go to the scene, where a click opens a floor.
// With Space held every left press goes to the camera controls (it pans; spacePan.ts). A press of
// any button gives the canvas keyboard focus, so the shortcuts work again after typing in a panel.
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import { toolController } from '../../editor/tools/appTools.ts';
import { rotateHandleAt } from '../../editor/tools/rotateHandle.ts';
import { combineSelection, screenRect, selectInScreenRect, type ScreenProjection } from '../../editor/tools/screenBox.ts';
import type { ToolPointer } from '../../editor/tools/types.ts';
import { editorStore } from '../../editor/store.ts';
import { metresPerPixelAt, planPointAt } from './pointerPlane.ts';
import { installSpacePan, onSpaceChange, spaceHeld } from './spacePan.ts';

/** Height (m) of a desk top, where a 3D press on a desk is read. */
const DESK_TOP = 0.75;
/** A screen box smaller than this (px) is a click. */
const BOX_CLICK_PX = 4;

function isWorkstation(id: string): boolean {
  const floor = toolController.context().floor;
  return !!floor?.workstations.some((w) => w.id === id);
}

/** Plan point → canvas pixels for the camera as it is now: one matrix, no allocation per point. */
function projectionFor(camera: THREE.Camera, width: number, height: number): ScreenProjection {
  camera.updateMatrixWorld();
  const m = new THREE.Matrix4().multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse).elements;
  return (x, y, h, out) => {
    // world = (x, h, −y)
    const z = -y;
    const w = m[3]! * x + m[7]! * h + m[11]! * z + m[15]!;
    if (w <= 1e-9) return false;
    out[0] = (((m[0]! * x + m[4]! * h + m[8]! * z + m[12]!) / w + 1) / 2) * width;
    out[1] = ((1 - (m[1]! * x + m[5]! * h + m[9]! * z + m[13]!) / w) / 2) * height;
    return true;
  };
}

export function ToolInput() {
  const { gl, camera, invalidate } = useThree();

  // the canvas is focusable and takes the keys (Space pans while held)
  useEffect(() => {
    const canvas = gl.domElement;
    canvas.tabIndex = 0;
    let grabbing = false;
    const showHand = () => {
      canvas.style.cursor = spaceHeld() ? (grabbing ? 'grabbing' : 'grab') : '';
    };
    const onGrab = (e: PointerEvent) => {
      if (!spaceHeld() || e.button !== 0) return;
      grabbing = true;
      showHand();
      window.addEventListener(
        'pointerup',
        () => {
          grabbing = false;
          showHand();
        },
        { once: true },
      );
    };
    canvas.addEventListener('pointerdown', onGrab);
    const uninstall = installSpacePan(canvas);
    const unsubscribe = onSpaceChange(showHand);
    return () => {
      unsubscribe();
      uninstall();
      canvas.removeEventListener('pointerdown', onGrab);
      canvas.style.cursor = '';
    };
  }, [gl]);

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

    // --- the 3D view's screen box (Ctrl+drag from empty space) ---
    let box: { x0: number; y0: number; x1: number; y1: number; additive: boolean; div: HTMLDivElement } | null = null;
    /** the click that ends a box drag must not reach the scene (it would clear the selection) */
    let swallowClick = false;
    const local = (e: MouseEvent) => {
      const rect = canvas.getBoundingClientRect();
      return { x: e.clientX - rect.left, y: e.clientY - rect.top };
    };
    const drawBox = () => {
      if (!box) return;
      const r = screenRect({ x: box.x0, y: box.y0 }, { x: box.x1, y: box.y1 });
      const offsetLeft = canvas.offsetLeft;
      const offsetTop = canvas.offsetTop;
      Object.assign(box.div.style, { left: `${offsetLeft + r.minX}px`, top: `${offsetTop + r.minY}px`, width: `${r.maxX - r.minX}px`, height: `${r.maxY - r.minY}px` });
    };
    const endBox = (e: PointerEvent | null) => {
      if (!box) return;
      const ended = box;
      box = null;
      ended.div.remove();
      window.removeEventListener('pointermove', onBoxMove);
      window.removeEventListener('pointerup', onBoxUp);
      window.removeEventListener('keydown', onBoxKey, { capture: true });
      if (!e) return;
      const s = editorStore.getState();
      const floor = toolController.context().floor;
      const { x, y } = local(e);
      ended.x1 = x;
      ended.y1 = y;
      const rect = screenRect({ x: ended.x0, y: ended.y0 }, { x, y });
      const small = rect.maxX - rect.minX < BOX_CLICK_PX && rect.maxY - rect.minY < BOX_CLICK_PX;
      const inside = !floor || small ? [] : selectInScreenRect(floor, rect, projectionFor(camera, canvas.clientWidth, canvas.clientHeight));
      s.select(combineSelection(s.session.selection, inside, ended.additive));
      invalidate();
    };
    const onBoxMove = (e: PointerEvent) => {
      if (!box) return;
      const { x, y } = local(e);
      box.x1 = x;
      box.y1 = y;
      drawBox();
    };
    const onBoxUp = (e: PointerEvent) => endBox(e);
    const onBoxKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !box) return;
      // Esc drops the box; it must not also clear the selection
      e.stopImmediatePropagation();
      e.preventDefault();
      endBox(null);
    };
    const startBox = (e: PointerEvent) => {
      const { x, y } = local(e);
      const div = document.createElement('div');
      div.dataset['testid'] = 'box-select-3d';
      Object.assign(div.style, {
        position: 'absolute',
        border: '1px dashed #1f6feb',
        background: 'rgba(31, 111, 235, 0.08)',
        pointerEvents: 'none',
        zIndex: '5',
        boxSizing: 'border-box',
      });
      (canvas.parentElement ?? document.body).appendChild(div);
      box = { x0: x, y0: y, x1: x, y1: y, additive: e.shiftKey, div };
      drawBox();
      swallowClick = true;
      window.addEventListener('pointermove', onBoxMove);
      window.addEventListener('pointerup', onBoxUp, { once: true });
      window.addEventListener('keydown', onBoxKey, { capture: true });
    };
    const onClick = (e: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopImmediatePropagation();
    };

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
      swallowClick = false;
      canvas.focus({ preventScroll: true });
      if (e.button !== 0 || box) return;
      if (spaceHeld()) {
        // the hand: the controls pan; the click that ends the press must not reach the scene
        swallowClick = true;
        return;
      }
      const { session } = editorStore.getState();
      const selecting = toolController.toolId === 'select';
      // the building view is a navigator: a press goes to the scene (a click on a floor's slab
      // opens that floor, a drag orbits), not to the select tool, which would pick the building
      if (selecting && session.level === 'building') return;
      const in3d = session.camera === '3d';
      height = 0;
      // the rotation handle lies on the floor plane and is taken before anything under it
      const onFloor = selecting ? pointer(e) : null;
      const onHandle = !!onFloor && !!rotateHandleAt(toolController.context().floor, session.selection, toolController.metresPerPixel, onFloor.point);
      if (selecting && in3d && !onHandle) {
        height = DESK_TOP;
        const onDesk = pointer(e);
        const pick = onDesk ? toolController.context().pick(onDesk.point) : null;
        if (!pick || !isWorkstation(pick)) height = 0;
      }
      const p = pointer(e);
      if (!p) return;
      if (selecting && in3d && !onHandle && !toolController.context().pick(p.point)) {
        // in 3D, Ctrl+drag on empty floor draws a selection box; a plain drag orbits the camera
        if ((e.ctrlKey || e.metaKey) && session.level === 'floor') {
          e.stopImmediatePropagation();
          e.preventDefault();
          startBox(e);
        }
        return;
      }
      e.stopImmediatePropagation();
      e.preventDefault();
      pressed = true;
      window.addEventListener('pointermove', onWindowMove);
      window.addEventListener('pointerup', onUp, { once: true });
      toolController.pointerDown(p);
      invalidate();
    };
    const onHover = (e: PointerEvent) => {
      if (spaceHeld()) return;
      // in the building view the hovered floor comes from the scene (BuildingView), not the tool
      if (toolController.toolId === 'select' && editorStore.getState().session.level === 'building') return;
      if (!pressed && !box) onMove(e);
    };
    const onDoubleClick = (e: MouseEvent) => {
      const p = pointer(e);
      if (p) toolController.doubleClick(p);
      invalidate();
    };
    canvas.addEventListener('pointerdown', onDown, { capture: true });
    canvas.addEventListener('pointermove', onHover);
    canvas.addEventListener('click', onClick, { capture: true });
    canvas.addEventListener('dblclick', onDoubleClick);
    return () => {
      endBox(null);
      canvas.removeEventListener('pointerdown', onDown, { capture: true });
      canvas.removeEventListener('pointermove', onHover);
      canvas.removeEventListener('click', onClick, { capture: true });
      canvas.removeEventListener('dblclick', onDoubleClick);
      window.removeEventListener('pointermove', onWindowMove);
      window.removeEventListener('pointerup', onUp);
    };
  }, [gl, camera, invalidate]);

  // redraw when the preview or the snapped point changes
  useEffect(() => toolController.state.subscribe(() => invalidate()), [invalidate]);
  return null;
}
