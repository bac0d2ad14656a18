// Text labels pinned to scene points, drawn as plain DOM over the canvas (so CJK text uses the
// page's fonts) and moved every rendered frame. One imperative layer per view instead of a React
// root per label: mounting and unmounting many roots while views switch proved racy.
import { useFrame, useThree } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';

export interface SceneLabel {
  key: string;
  /** world position */
  position: [number, number, number];
  title: string;
  detail?: string;
  className?: string;
}

function labelElement(label: SceneLabel): HTMLElement {
  const el = document.createElement('div');
  el.className = `scene-label ${label.className ?? ''}`.trim();
  el.dataset['label'] = label.key;
  const title = document.createElement('strong');
  title.textContent = label.title;
  el.append(title);
  if (label.detail) {
    const detail = document.createElement('span');
    detail.textContent = label.detail;
    el.append(detail);
  }
  return el;
}

export function Labels({ labels }: { labels: readonly SceneLabel[] }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const layer = useMemo(() => {
    const div = document.createElement('div');
    div.className = 'scene-labels';
    return div;
  }, []);
  const elements = useMemo(() => labels.map(labelElement), [labels]);

  useLayoutEffect(() => {
    gl.domElement.parentElement?.appendChild(layer);
    return () => layer.remove();
  }, [gl, layer]);

  useLayoutEffect(() => {
    layer.replaceChildren(...elements);
    invalidate();
  }, [layer, elements, invalidate]);

  const v = useMemo(() => new THREE.Vector3(), []);
  useFrame(({ camera, size }) => {
    camera.updateMatrixWorld();
    labels.forEach((label, i) => {
      const el = elements[i];
      if (!el) return;
      v.set(...label.position).project(camera);
      const visible = v.z >= -1 && v.z <= 1 && Math.abs(v.x) <= 1.2 && Math.abs(v.y) <= 1.2;
      el.style.display = visible ? '' : 'none';
      if (visible) el.style.transform = `translate(${((v.x + 1) / 2) * size.width}px, ${((1 - v.y) / 2) * size.height}px) translate(-50%, -50%)`;
    });
  });
  return null;
}
