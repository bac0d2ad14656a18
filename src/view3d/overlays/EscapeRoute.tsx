// The floor's longest escape route: the walk the travel-distance finding with the longest walk
// measures (routeFinding.ts), from its farthest point to the door or exit it reached, labelled
// with its length so it can be read against the rule panel.
import { Line } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo } from 'react';
import * as THREE from 'three';
import { useTranslation } from 'react-i18next';
import { overlayBackend } from '../../editor/overlayClient.ts';
import type { Floor } from '../../floorplan/types.ts';
import type { Finding } from '../../rules/types.ts';
import type { Point } from '../../floorplan/types.ts';
import { toWorld } from '../coords.ts';
import '../navigationMessages.ts';
import { probe } from '../probe.ts';
import { longestRouteFinding } from './routeFinding.ts';
import { useOverlayAnswer } from './useOverlayAnswer.ts';
import './escapeRoute.css';

const ROUTE_HEIGHT = 1.2;

/** The route's length as a caption at its start (one DOM element over the canvas, moved each frame). */
function RouteCaption({ at, text }: { at: Point; text: string }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const el = useMemo(() => {
    const div = document.createElement('div');
    div.className = 'route-caption';
    div.dataset['testid'] = 'route-caption';
    return div;
  }, []);
  useLayoutEffect(() => {
    gl.domElement.parentElement?.appendChild(el);
    return () => el.remove();
  }, [gl, el]);
  useLayoutEffect(() => {
    el.textContent = text;
    invalidate();
  }, [el, text, invalidate]);
  const v = useMemo(() => new THREE.Vector3(), []);
  useFrame(({ camera, size }) => {
    v.set(...toWorld(at, ROUTE_HEIGHT)).project(camera);
    const visible = v.z >= -1 && v.z <= 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1;
    el.style.display = visible ? '' : 'none';
    if (!visible) return;
    // above the start point, centred, but kept inside the canvas (the start is often at the floor's edge)
    const half = el.offsetWidth / 2;
    const x = Math.min(Math.max(((v.x + 1) / 2) * size.width, half + 4), size.width - half - 4);
    const y = Math.max(((1 - v.y) / 2) * size.height, el.offsetHeight * 1.3 + 4);
    el.style.transform = `translate(${x}px, ${y}px) translate(-50%, -130%)`;
  });
  return null;
}

export function EscapeRoute({ floor, findings }: { floor: Floor; findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation();
  const route = useMemo(() => longestRouteFinding(floor, findings), [floor, findings]);
  const from = route?.from;
  const target = route?.target;
  // walked in a worker (editor/overlayClient.ts), like the heat maps, to the finding's own target
  const path =
    useOverlayAnswer(route ? `${floor.id}:route` : null, () => overlayBackend().route(floor, from!, target!), [floor, from?.[0], from?.[1], target?.id]) ?? [];
  const shown = path.length >= 2 ? path.length : 0;
  useEffect(() => {
    probe.routePoints = shown;
    return () => {
      probe.routePoints = 0;
    };
  }, [shown]);
  if (!route || path.length < 2) return null;
  const caption = t('escapeRoute.label', { length: route.length.toLocaleString(i18n.language, { maximumFractionDigits: 2 }) });
  return (
    <>
      <Line
        points={path.map((p) => [p[0], ROUTE_HEIGHT, -p[1]] as [number, number, number])}
        color="#c2185b"
        lineWidth={4}
        dashed={false}
        depthTest={false}
        renderOrder={11}
      />
      <RouteCaption at={path[0]!} text={caption} />
    </>
  );
}
