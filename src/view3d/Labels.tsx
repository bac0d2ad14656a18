// Text labels pinned to scene points, drawn as plain DOM over the canvas (so CJK text uses the
// page's fonts) and moved every rendered frame. One imperative layer per view instead of a React
// root per label: mounting and unmounting many roots while views switch proved racy.
// Every frame the labels are laid out on screen (labelLayout.ts) so none overlaps another: a
// label that does not fit drops its detail line, then shrinks, then hides; the one under the
// pointer always shows.
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { Point } from '../floorplan/types.ts';
import { layoutLabels, type LayoutLabel, type Rect, type Size } from './labelLayout.ts';
import { planPointAt } from './tools/pointerPlane.ts';
import './labels.css';

type WorldPoint = readonly [number, number, number];

export interface SceneLabel {
  key: string;
  /** world position */
  position: [number, number, number];
  title: string;
  detail?: string;
  className?: string;
  /** what the label names ('zone', 'exit', 'floor' …), written as data-kind */
  kind?: string;
  /** higher wins a collision; equal priorities keep the given order (earlier wins) */
  priority?: number;
  /** world points whose screen bounding box the label must stay inside (its room); none: anywhere */
  within?: readonly WorldPoint[];
  /** the smallest scale the title may shrink to before the label hides (default 1: never shrinks) */
  minScale?: number;
  /** world directions: the label sits beside its position on the first of these sides where it fits */
  sides?: readonly WorldPoint[];
}

/** The views mark their hovered label with this class; it always shows. */
const HOVER_CLASS = 'scene-label--hover';
/** The label of the zone under the pointer (shown even where it would be hidden). */
const POINTED_CLASS = 'scene-label--pointed';
const COMPACT_CLASS = 'scene-label--compact';

function labelElement(label: SceneLabel): HTMLElement {
  const el = document.createElement('div');
  el.className = `scene-label ${label.className ?? ''}`.trim();
  el.dataset['label'] = label.key;
  if (label.kind) el.dataset['kind'] = label.kind;
  const title = document.createElement('strong');
  title.textContent = label.title;
  el.append(title);
  if (label.detail) {
    const detail = document.createElement('span');
    detail.className = 'scene-label__detail';
    detail.textContent = label.detail;
    el.append(detail);
  }
  return el;
}

/** Unscaled sizes with and without the detail line: two layout passes for the whole layer. */
function measure(elements: readonly HTMLElement[]): { full: Size; compact: Size }[] | null {
  for (const el of elements) {
    el.style.display = '';
    el.classList.remove(COMPACT_CLASS);
  }
  const full = elements.map((el) => ({ width: el.offsetWidth, height: el.offsetHeight }));
  for (const el of elements) el.classList.add(COMPACT_CLASS);
  const compact = elements.map((el) => ({ width: el.offsetWidth, height: el.offsetHeight }));
  for (const el of elements) el.classList.remove(COMPACT_CLASS);
  // a layer not laid out yet (detached, hidden) measures zero: try again next frame
  if (elements.length > 0 && full.every((s) => s.width === 0)) return null;
  return full.map((f, i) => ({ full: f, compact: compact[i]! }));
}

/** The screen bounding box of world points, or null when one is behind the camera. */
function screenBox(points: readonly WorldPoint[], camera: THREE.Camera, width: number, height: number, v: THREE.Vector3): Rect | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const p of points) {
    v.set(p[0], p[1], p[2]).project(camera);
    if (v.z < -1 || v.z > 1) return null;
    const x = ((v.x + 1) / 2) * width;
    const y = ((1 - v.y) / 2) * height;
    left = Math.min(left, x);
    right = Math.max(right, x);
    top = Math.min(top, y);
    bottom = Math.max(bottom, y);
  }
  return { left, top, right, bottom };
}

export function Labels({ labels, hoverAt }: { labels: readonly SceneLabel[]; hoverAt?: (p: Point) => string | null }) {
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);
  const invalidate = useThree((s) => s.invalidate);
  const layer = useMemo(() => {
    const div = document.createElement('div');
    div.className = 'scene-labels';
    return div;
  }, []);
  const elements = useMemo(() => labels.map(labelElement), [labels]);
  const sizes = useRef<{ full: Size; compact: Size }[] | null>(null);
  /** what each element shows now, so a frame writes only what changed */
  const written = useRef<string[]>([]);
  const pointed = useRef<string | null>(null);
  const remeasures = useRef(0);

  useLayoutEffect(() => {
    gl.domElement.parentElement?.appendChild(layer);
    return () => layer.remove();
  }, [gl, layer]);

  useLayoutEffect(() => {
    layer.replaceChildren(...elements);
    sizes.current = null;
    written.current = [];
    remeasures.current = 0;
    invalidate();
  }, [layer, elements, invalidate]);

  // web fonts (CJK) arriving late change the text's width
  useEffect(() => {
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (!fonts) return;
    const remeasure = () => {
      sizes.current = null;
      written.current = [];
      remeasures.current = 0;
      invalidate();
    };
    fonts.addEventListener('loadingdone', remeasure);
    return () => fonts.removeEventListener('loadingdone', remeasure);
  }, [invalidate]);

  // the label under the pointer shows even where the layout hid it
  useEffect(() => {
    const target = gl.domElement.parentElement;
    if (!hoverAt || !target) return;
    const setPointed = (key: string | null) => {
      if (key === pointed.current) return;
      pointed.current = key;
      invalidate();
    };
    const onMove = (e: PointerEvent) => {
      const p = planPointAt(e.clientX, e.clientY, gl.domElement, get().camera);
      setPointed(p ? hoverAt(p) : null);
    };
    const onLeave = () => setPointed(null);
    target.addEventListener('pointermove', onMove);
    target.addEventListener('pointerleave', onLeave);
    return () => {
      target.removeEventListener('pointermove', onMove);
      target.removeEventListener('pointerleave', onLeave);
      pointed.current = null;
    };
  }, [gl, get, hoverAt, invalidate]);

  const v = useMemo(() => new THREE.Vector3(), []);
  useFrame(({ camera, size }) => {
    camera.updateMatrixWorld();
    if (sizes.current?.length !== elements.length) {
      // measuring shows every element: what was written before no longer holds
      sizes.current = measure(elements);
      written.current = [];
    }
    const measured = sizes.current;
    if (!measured) {
      // not laid out yet: look again next frame, a few times, rather than render for ever
      if (remeasures.current++ < 30) invalidate();
      return;
    }
    remeasures.current = 0;
    const items = labels.map((label, i): LayoutLabel => {
      const forced = label.key === pointed.current || (label.className ?? '').split(' ').includes(HOVER_CLASS);
      v.set(...label.position).project(camera);
      const onScreen = v.z >= -1 && v.z <= 1;
      const x = onScreen ? ((v.x + 1) / 2) * size.width : NaN;
      const y = onScreen ? ((1 - v.y) / 2) * size.height : NaN;
      const sides: { dx: number; dy: number }[] = [];
      if (onScreen && label.sides) {
        for (const d of label.sides) {
          v.set(label.position[0] + d[0], label.position[1] + d[1], label.position[2] + d[2]).project(camera);
          const dx = ((v.x + 1) / 2) * size.width - x;
          const dy = ((1 - v.y) / 2) * size.height - y;
          const len = Math.hypot(dx, dy);
          // a side pointing at the camera has no screen direction
          if (len > 1e-6) sides.push({ dx: dx / len, dy: dy / len });
        }
      }
      const { full, compact } = measured[i]!;
      return {
        x,
        y,
        full,
        compact,
        priority: label.priority ?? 0,
        within: label.within ? (screenBox(label.within, camera, size.width, size.height, v) ?? { left: x, top: y, right: x, bottom: y }) : null,
        minScale: label.minScale ?? 1,
        sides,
        forced,
      };
    });
    const placements = layoutLabels(items, { viewport: { left: 0, top: 0, right: size.width, bottom: size.height } });
    placements.forEach((place, i) => {
      const el = elements[i];
      if (!el) return;
      const key = labels[i]!.key;
      const state = place.rect
        ? `${place.detail ? 'd' : 'c'}|${place.rect.left.toFixed(1)}|${place.rect.top.toFixed(1)}|${place.scale}|${key === pointed.current}`
        : 'hidden';
      if (written.current[i] === state) return;
      written.current[i] = state;
      if (!place.rect) {
        el.style.display = 'none';
        return;
      }
      el.style.display = '';
      el.classList.toggle(COMPACT_CLASS, !place.detail);
      el.classList.toggle(POINTED_CLASS, key === pointed.current);
      el.style.transform = `translate(${place.rect.left.toFixed(1)}px, ${place.rect.top.toFixed(1)}px)${place.scale !== 1 ? ` scale(${place.scale})` : ''}`;
    });
  });
  return null;
}
