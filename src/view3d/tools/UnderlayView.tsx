// The open floor's underlay, drawn just above the slab (under walls and desks) in plan and 3D:
// an image as one textured plane, a DXF as one LineSegments plus one mesh of its texts. The
// drawing comes by its hash (editor/drawingLibrary.ts: memory, else IndexedDB). The DXF
// is read in the DXF worker (editor/useDxfDrawing.ts, shared with the panel), and its geometry is
// built once per drawing and set of hidden layers (filtered from the kept read, not read again);
// moving, scaling or turning it only changes the group's transform.
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import * as THREE from 'three';
import { useEditorState } from '../../editor/EditorContext.tsx';
import { useUnderlaySource } from '../../editor/drawingLibrary.ts';
import { useDxfDrawing } from '../../editor/useDxfDrawing.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Underlay } from '../../floorplan/types.ts';
import { segmentsWithoutLayers, type DxfDrawing } from '../../floorplan/underlay/dxfSegments.ts';
import { buildTextMesh } from './underlayTextMesh.ts';

/** Above the slab (0) and zone fills (0.01), below everything standing on the floor. */
const LIFT = 0.02;
const LINE_COLOR = '#27323d';

function UnderlayLines({ drawing, hiddenKey, opacity }: { drawing: DxfDrawing; hiddenKey: string; opacity: number }) {
  const geometry = useMemo(() => {
    const g = new THREE.BufferGeometry();
    const s = segmentsWithoutLayers(drawing, JSON.parse(hiddenKey) as string[]);
    // drawing (x, y) → local (x, 0, −y); the group scales, turns and places it
    const positions = new Float32Array((s.length / 2) * 3);
    for (let i = 0, j = 0; i < s.length; i += 2, j += 3) {
      positions[j] = s[i]!;
      positions[j + 2] = -s[i + 1]!;
    }
    g.setAttribute('position', new THREE.BufferAttribute(positions, 3));
    g.computeBoundingSphere();
    return g;
  }, [drawing, hiddenKey]);
  useLayoutEffect(() => () => geometry.dispose(), [geometry]);
  return (
    <lineSegments geometry={geometry} raycast={() => null} renderOrder={1} name="underlay-lines">
      <lineBasicMaterial color={LINE_COLOR} transparent opacity={opacity} depthWrite={false} />
    </lineSegments>
  );
}

function UnderlayTexts({ drawing, hiddenKey, opacity }: { drawing: DxfDrawing; hiddenKey: string; opacity: number }) {
  const mesh = useMemo(() => {
    const hidden = new Set(JSON.parse(hiddenKey) as string[]);
    const shown = drawing.entities.texts.filter((t) => !hidden.has(drawing.layers[t.layer]?.name ?? ''));
    return buildTextMesh(shown, LINE_COLOR);
  }, [drawing, hiddenKey]);
  useLayoutEffect(
    () => () => {
      mesh?.geometry.dispose();
      mesh?.texture.dispose();
    },
    [mesh],
  );
  if (!mesh) return null;
  return (
    <mesh geometry={mesh.geometry} raycast={() => null} renderOrder={1} name="underlay-texts">
      <meshBasicMaterial map={mesh.texture} transparent opacity={opacity} depthWrite={false} side={THREE.DoubleSide} toneMapped={false} />
    </mesh>
  );
}

function UnderlayDxf({ source, hiddenLayers, opacity }: { source: string; hiddenLayers: readonly string[] | undefined; opacity: number }) {
  const state = useDxfDrawing(source);
  // a stable key, so a new array with the same names (an unrelated edit, undo) keeps the geometry
  const hiddenKey = JSON.stringify(hiddenLayers ?? []);
  if (state.status !== 'done' || !state.result.ok) return null;
  return (
    <>
      <UnderlayLines drawing={state.result.drawing} hiddenKey={hiddenKey} opacity={opacity} />
      <UnderlayTexts drawing={state.result.drawing} hiddenKey={hiddenKey} opacity={opacity} />
    </>
  );
}

function UnderlayImage({ source, opacity }: { source: string; opacity: number }) {
  const [texture, setTexture] = useState<THREE.Texture | null>(null);
  useEffect(() => {
    let live = true;
    let loaded: THREE.Texture | null = null;
    new THREE.TextureLoader().load(source, (t) => {
      t.colorSpace = THREE.SRGBColorSpace;
      loaded = t;
      if (live) setTexture(t);
      else t.dispose();
    });
    return () => {
      live = false;
      loaded?.dispose();
      setTexture(null);
    };
  }, [source]);
  const image = texture?.image as { width: number; height: number } | undefined;
  if (!texture || !image) return null;
  // pixels from the lower-left corner, y up: the plane spans (0, 0)–(w, h) in drawing units
  return (
    <mesh position={[image.width / 2, 0, -image.height / 2]} rotation={[-Math.PI / 2, 0, 0]} raycast={() => null} renderOrder={1} name="underlay-image">
      <planeGeometry args={[image.width, image.height]} />
      <meshBasicMaterial map={texture} transparent opacity={opacity} depthWrite={false} side={THREE.DoubleSide} toneMapped={false} />
    </mesh>
  );
}

function UnderlayDrawing({ underlay }: { underlay: Underlay }) {
  const { origin, scale, rotation, opacity, kind, hiddenLayers } = underlay;
  // the drawing by its hash: in memory, or fetched from storage (a missing one: nothing is drawn, the panel says why)
  const drawing = useUnderlaySource(underlay);
  if (drawing.status !== 'ready') return null;
  const source = drawing.source;
  return (
    <group position={[origin[0], LIFT, -origin[1]]} rotation={[0, (rotation * Math.PI) / 180, 0]} scale={[scale, 1, scale]}>
      {kind === 'dxf' ? <UnderlayDxf source={source} hiddenLayers={hiddenLayers} opacity={opacity} /> : <UnderlayImage source={source} opacity={opacity} />}
    </group>
  );
}

export function UnderlayView() {
  const underlay = useEditorState((s) => (s.session.level === 'floor' && s.session.floorId ? findFloor(s.plan, s.session.floorId)?.floor.underlay : undefined));
  if (!underlay || !underlay.visible) return null;
  return <UnderlayDrawing underlay={underlay} />;
}
