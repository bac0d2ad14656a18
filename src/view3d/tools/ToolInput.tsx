// Feeds the active tool from the canvas, and nothing more: a left-button press becomes a tool
// event (the plan point on the floor, the screen point, the pointer's ray as `pointAt(height)`, a
// plan → screen projection for the camera, the modifiers), captured before the orbit / map
// controls and the scene's own handlers. The tool says whether the press is its own
// (ToolController.pointerDown → true); when it is not (an empty-space press in 3D, any press in
// the building view: selectTool.ts has these rules) the press goes on to the controls and the
// scene. Other buttons and the wheel still pan, orbit and zoom. The box the tool draws on the
// screen (its preview's screenBox) is shown here as a dashed rectangle over the canvas.
// With Space held every left press goes to the camera controls (it pans; spacePan.ts). A press of
// any button gives the canvas keyboard focus, so the shortcuts work again after typing in a panel.
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import * as THREE from 'three';
import type { Point } from '../../floorplan/types.ts';
import { useToolController } from '../../editor/EditorContext.tsx';
import type { ScreenProjection, ScreenRect } from '../../editor/tools/screenBox.ts';
import type { ToolPointer } from '../../editor/tools/types.ts';
import { metresPerPixelAt, planPointAt } from './pointerPlane.ts';
import { installSpacePan, onSpaceChange, spaceHeld } from './spacePan.ts';

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

/** The dashed rectangle of a box drawn on the screen, laid over the canvas. */
function screenBoxDiv(canvas: HTMLCanvasElement): HTMLDivElement {
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
  return div;
}

export function ToolInput() {
  const toolController = useToolController();
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

  // the box the tool draws on the screen
  useEffect(() => {
    const canvas = gl.domElement;
    let div: HTMLDivElement | null = null;
    const draw = (box: ScreenRect | undefined) => {
      if (!box) {
        div?.remove();
        div = null;
        return;
      }
      div ??= screenBoxDiv(canvas);
      Object.assign(div.style, { left: `${canvas.offsetLeft + box.minX}px`, top: `${canvas.offsetTop + box.minY}px`, width: `${box.maxX - box.minX}px`, height: `${box.maxY - box.minY}px` });
    };
    draw(toolController.state.getState().preview?.screenBox);
    const unsubscribe = toolController.state.subscribe((s) => draw(s.preview?.screenBox));
    return () => {
      unsubscribe();
      draw(undefined);
    };
  }, [gl]);

  useEffect(() => {
    const canvas = gl.domElement;
    /** the last floor point: a pointer whose ray misses the floor (above the horizon) keeps it */
    let last: Point | null = null;
    const pointer = (e: MouseEvent): ToolPointer | null => {
      const point = planPointAt(e.clientX, e.clientY, canvas, camera) ?? last;
      if (!point) return null;
      last = point;
      toolController.metresPerPixel = metresPerPixelAt(e.clientX, e.clientY, canvas, camera);
      const rect = canvas.getBoundingClientRect();
      let projection: ScreenProjection | null = null;
      return {
        point,
        shift: e.shiftKey,
        ctrl: e.ctrlKey || e.metaKey,
        alt: e.altKey,
        // the plan is drawn through an orthographic camera, the 3D view through a perspective one
        view: (camera as THREE.PerspectiveCamera).isPerspectiveCamera ? '3d' : 'plan',
        screen: { x: e.clientX - rect.left, y: e.clientY - rect.top },
        pointAt: (height) => planPointAt(e.clientX, e.clientY, canvas, camera, height),
        // made on first use, for the camera as it is at that moment
        project: (x, y, h, out) => (projection ??= projectionFor(camera, canvas.clientWidth, canvas.clientHeight))(x, y, h, out),
      };
    };
    let pressed = false;
    /** the click that ends a press the tool took with a box on the screen, or a Space pan, must not reach the scene */
    let swallowClick = false;

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
      if (e.button !== 0 || pressed) return;
      if (spaceHeld()) {
        // the hand: the controls pan; the click that ends the press must not reach the scene
        swallowClick = true;
        return;
      }
      // a ray that misses the floor at the press gives no point: the press is the view's
      last = null;
      const p = pointer(e);
      if (!p || !toolController.pointerDown(p)) return;
      e.stopImmediatePropagation();
      e.preventDefault();
      swallowClick = !!toolController.state.getState().preview?.screenBox;
      pressed = true;
      window.addEventListener('pointermove', onWindowMove);
      window.addEventListener('pointerup', onUp, { once: true });
      invalidate();
    };
    const onClick = (e: MouseEvent) => {
      if (!swallowClick) return;
      swallowClick = false;
      e.stopImmediatePropagation();
    };
    const onHover = (e: PointerEvent) => {
      if (spaceHeld() || pressed) return;
      onMove(e);
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
      // a press cut off by the view going away: the tool drops it (a box on the screen with it)
      if (pressed) toolController.interrupt();
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
