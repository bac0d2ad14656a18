// The others on the open floor, drawn in the scene (issue 19): each one's pointer as a small arrow
// with their name (plain DOM over the canvas, like the labels, so CJK names use the page's fonts)
// and the elements they have selected outlined in their colour. Outlines only: the local
// selection's look (orange desks, dimensions, the rotation handle) stays as it is.
// Nothing here asks for frames of its own: an awareness update that changes what is drawn here
// invalidates once; the pointers follow the camera in the frames the scene renders anyway. Nothing
// here is ever hit by a raycast.
import { Line } from '@react-three/drei';
import { useFrame, useThree } from '@react-three/fiber';
import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import * as THREE from 'three';
import type { CollabStore } from '../../editor/collab/collabState.ts';
import { useCollabState } from '../../editor/collab/CollabContext.tsx';
import { inkOn } from '../../editor/collab/peerInk.ts';
import { useEditorState } from '../../editor/EditorContext.tsx';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Floor } from '../../floorplan/types.ts';
import { toWorld } from '../coords.ts';
import { noRaycast } from '../noRaycast.ts';
import { remoteOutlines, remotePointers, ringSegments, samePointers, selectionKey, type RemotePointer } from './remotePresence.ts';
import './remotePresence.css';

/** Outline heights (m): over the desks' tops in plan (seen from above); at the floor in 3D. */
const PLAN_OUTLINE_HEIGHT = 0.92;
const OUTLINE_HEIGHT_3D = 0.03;
const OUTLINE_PX = 3;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** The arrow's tip in its own 16 × 20 box: placed on the pointer's point. */
const TIP: [number, number] = [2, 2];

function pointerElement(pointer: RemotePointer): HTMLElement {
  const el = document.createElement('div');
  el.className = 'remote-pointer';
  el.dataset['testid'] = `remote-pointer-${pointer.clientId}`;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'remote-pointer__arrow');
  svg.setAttribute('viewBox', '0 0 16 20');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '20');
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', 'M2 2 L2 16 L5.6 12.6 L8.2 18.4 L10.6 17.3 L8.1 11.6 L13 11.6 Z');
  svg.append(path);
  const name = document.createElement('span');
  name.className = 'remote-pointer__name';
  el.append(svg, name);
  return el;
}

function paint(el: HTMLElement, pointer: RemotePointer): void {
  el.style.setProperty('--peer-color', pointer.color);
  el.style.setProperty('--peer-ink', inkOn(pointer.color));
  const name = el.querySelector('.remote-pointer__name')!;
  if (name.textContent !== pointer.name) name.textContent = pointer.name;
}

/** The pointers: one DOM element per peer, added, repainted and removed as awareness changes. */
function RemotePointers({ store, floorId }: { store: CollabStore; floorId: string }) {
  const gl = useThree((s) => s.gl);
  const invalidate = useThree((s) => s.invalidate);
  const layer = useMemo(() => {
    const div = document.createElement('div');
    div.className = 'remote-pointers';
    div.dataset['testid'] = 'remote-pointers';
    return div;
  }, []);
  useLayoutEffect(() => {
    gl.domElement.parentElement?.appendChild(layer);
    return () => layer.remove();
  }, [gl, layer]);

  const shown = useRef<RemotePointer[]>([]);
  const elements = useRef(new Map<number, HTMLElement>());
  useEffect(() => {
    const els = elements.current;
    const update = (): void => {
      const state = store.getState();
      const next = remotePointers(state.peers, floorId);
      if (samePointers(next, shown.current)) return;
      shown.current = next;
      const keep = new Set(next.map((p) => p.clientId));
      for (const [clientId, el] of els) {
        if (keep.has(clientId)) continue;
        el.remove();
        els.delete(clientId);
      }
      for (const pointer of next) {
        let el = els.get(pointer.clientId);
        if (!el) {
          el = pointerElement(pointer);
          // hidden until the next frame places it
          el.style.display = 'none';
          els.set(pointer.clientId, el);
          layer.append(el);
        }
        paint(el, pointer);
      }
      invalidate();
    };
    update();
    const unsubscribe = store.subscribe(update);
    return () => {
      unsubscribe();
      for (const el of els.values()) el.remove();
      els.clear();
      shown.current = [];
    };
  }, [store, floorId, layer, invalidate]);

  const v = useMemo(() => new THREE.Vector3(), []);
  useFrame(({ camera, size }) => {
    for (const pointer of shown.current) {
      const el = elements.current.get(pointer.clientId);
      if (!el) continue;
      v.set(...toWorld(pointer.at, 0)).project(camera);
      const visible = v.z >= -1 && v.z <= 1 && Math.abs(v.x) <= 1 && Math.abs(v.y) <= 1;
      el.style.display = visible ? '' : 'none';
      if (!visible) continue;
      const x = ((v.x + 1) / 2) * size.width - TIP[0];
      const y = ((1 - v.y) / 2) * size.height - TIP[1];
      el.style.transform = `translate(${x.toFixed(1)}px, ${y.toFixed(1)}px)`;
    }
  });
  return null;
}

/** The selections' outlines: one line draw per peer, rebuilt when a selection (not a pointer) changes. */
function RemoteOutlines({ store, floor, height }: { store: CollabStore; floor: Floor; height: number }) {
  const key = useCollabState((s) => selectionKey(s.peers, floor.id)) ?? '';
  const invalidate = useThree((s) => s.invalidate);
  // the key stands for the peers' selections: they are read from the store when it changes
  const outlines = useMemo(() => (key ? remoteOutlines(floor, store.getState().peers) : []), [key, floor, store]);
  const lines = useMemo(
    () => outlines.map((o) => ({ clientId: o.clientId, color: o.color, points: ringSegments(o.rings).map((p) => toWorld(p, height)) })),
    [outlines, height],
  );
  useEffect(() => invalidate(), [lines, invalidate]);
  return (
    <group name="remote-selections">
      {lines.map((line) => (
        <Line
          key={line.clientId}
          name={`remote-selection-${line.clientId}`}
          points={line.points}
          segments
          color={line.color}
          lineWidth={OUTLINE_PX}
          depthTest={false}
          depthWrite={false}
          renderOrder={13}
          raycast={noRaycast}
        />
      ))}
    </group>
  );
}

/** The others on the floor open here; nothing at park or building level. */
export function RemotePresence({ store }: { store: CollabStore }) {
  const floor = useEditorState((s) => (s.session.level === 'floor' && s.session.floorId ? findFloor(s.plan, s.session.floorId)?.floor : undefined));
  const camera = useEditorState((s) => s.session.camera);
  if (!floor) return null;
  return (
    <>
      <RemoteOutlines store={store} floor={floor} height={camera === 'plan' ? PLAN_OUTLINE_HEIGHT : OUTLINE_HEIGHT_3D} />
      <RemotePointers store={store} floorId={floor.id} />
    </>
  );
}
