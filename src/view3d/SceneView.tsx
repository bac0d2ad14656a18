// The 3D / plan canvas: one scene whose content follows the view level (park, building, floor),
// rendered on demand (frameloop "demand") and redrawn when the store changes.
import { Canvas, useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useEditorState, useEditorStore } from '../editor/EditorContext.tsx';
import { bounds } from '../floorplan/geometry/polygon.ts';
import { findBuilding, findFloor } from '../floorplan/queries/lookup.ts';
import type { Point } from '../floorplan/types.ts';
import { BuildingView } from './BuildingView.tsx';
import { FloorView } from './FloorView.tsx';
import { COLORS } from './palette.ts';
import { ParkView } from './ParkView.tsx';
import { probe } from './probe.ts';
import { softwareRendering } from './softwareRendering.ts';
import { NavigationButtons } from './NavigationButtons.tsx';
import { HeatScaleBar } from './overlays/HeatScaleBar.tsx';
import { ViewCamera, type ViewBox } from './ViewCamera.tsx';
import { ToolLayer } from './tools/ToolLayer.tsx';
import { CollabLayer } from './collab/CollabLayer.tsx';
import { ViewControlsBridge } from './viewControls.ts';

function boxOf(points: readonly Point[], top: number): ViewBox {
  if (points.length === 0) return { minX: -50, maxX: 50, minY: -50, maxY: 50, top };
  const b = bounds(points);
  return { minX: b.minX, maxX: b.maxX, minY: b.minY, maxY: b.maxY, top };
}

/** Counts frames, reports the renderer to the probe and marks the page ready after the first frame of a plan. */
function FrameProbe({ view, loaded }: { view: string; loaded: boolean }) {
  const { gl, scene } = useThree();
  const invalidate = useThree((s) => s.invalidate);
  const editorStore = useEditorStore();
  useEffect(() => {
    probe.gl = gl;
    probe.scene = scene;
    probe.canvas = gl.domElement;
  }, [gl, scene]);
  useEffect(() => {
    scene.onAfterRender = (_renderer, _scene, camera) => {
      probe.frames++;
      probe.camera = camera;
      if (!loaded) return;
      probe.renderedView = view;
      document.body.dataset.view = view;
      if (probe.firstFrameMs === null) {
        probe.firstFrameMs = performance.now();
        document.body.dataset.ready = '1';
      }
    };
    invalidate();
  }, [scene, view, loaded, invalidate]);
  // redraw on every store change (instance buffers are written outside React's props)
  useEffect(() => editorStore.subscribe(() => invalidate()), [editorStore, invalidate]);
  useEffect(() => {
    probe.invalidate = () => invalidate();
    return () => {
      probe.invalidate = null;
    };
  }, [invalidate]);
  return null;
}

function SceneContent() {
  const plan = useEditorState((s) => s.plan);
  const revision = useEditorState((s) => s.revision);
  const level = useEditorState((s) => s.session.level);
  const buildingId = useEditorState((s) => s.session.buildingId);
  const floorId = useEditorState((s) => s.session.floorId);
  const camera = useEditorState((s) => s.session.camera);
  const focus = useEditorState((s) => s.session.focus);
  const fit = useEditorState((s) => s.session.fit ?? null);
  const editorStore = useEditorStore();

  const floorRef = level === 'floor' && floorId ? findFloor(plan, floorId) : undefined;
  const building = level === 'building' && buildingId ? findBuilding(plan, buildingId) : undefined;

  let content;
  let box: ViewBox;
  let view: string;
  if (floorRef) {
    content = <FloorView floor={floorRef.floor} camera={camera} />;
    box = boxOf(floorRef.floor.outline, floorRef.floor.clearHeight);
    view = `floor:${floorRef.floor.id}`;
    // a focus request (a clicked finding) frames its box instead of the whole floor
    if (focus && focus.floorId === floorRef.floor.id) box = { ...focus.box, top: floorRef.floor.clearHeight };
  } else if (building) {
    content = <BuildingView building={building} />;
    const top = building.floors.reduce((m, f) => Math.max(m, f.elevation + f.height), building.height);
    box = boxOf(building.footprint, top);
    view = `building:${building.id}`;
  } else {
    content = <ParkView site={plan.site} />;
    box = boxOf(plan.site.boundary, plan.site.buildings.reduce((m, b) => Math.max(m, b.height), 0));
    view = 'park';
  }
  // zoom to fit / to selection (editor/viewFit.ts), asked in this view; a finding's focus wins
  const focused = !!(focus && floorRef && focus.floorId === floorRef.floor.id);
  const fitted = !focused && fit !== null && fit.view === view;
  if (fitted && fit.box) box = { ...fit.box, top: box.top };
  // a fit request belongs to the view it was asked in: leaving that view drops it
  useEffect(() => {
    if (fit && fit.view !== view) editorStore.setState((s) => ({ session: { ...s.session, fit: null } }));
  }, [fit, view, editorStore]);
  // the camera is fitted when the view or the camera mode changes, or on a focus / fit request, not on every edit
  const focusKey = focused ? `|focus${focus!.nonce}` : fitted ? `|fit${fit.nonce}` : '';
  const cameraKey = `${view}|${camera}|${revision > 0 ? 'plan' : 'empty'}${focusKey}`;
  return (
    <>
      <ViewCamera key={cameraKey} mode={camera} box={box} viewpoint={building ? 'side' : 'high'} />
      {content}
      <FrameProbe view={`${view}|${camera}`} loaded={revision > 0} />
      <ViewControlsBridge />
    </>
  );
}

/** The canvas, with its DOM companions over it: the zoom buttons (bottom right) and the heat map's colour bar (bottom centre). */
export function SceneView({ testMode }: { testMode: boolean }) {
  const editorStore = useEditorStore();
  return (
    <>
      <Canvas
        className="scene"
        frameloop="demand"
        dpr={testMode ? 1 : [1, 2]}
        gl={{ antialias: !testMode && !softwareRendering(), preserveDrawingBuffer: testMode }}
        onPointerMissed={() => editorStore.getState().select([])}
      >
        <color attach="background" args={[COLORS.background]} />
        <ambientLight intensity={1.6} />
        <directionalLight position={[60, 120, 40]} intensity={1.8} />
        <directionalLight position={[-40, 60, -80]} intensity={0.6} />
        <SceneContent />
        <ToolLayer />
        <CollabLayer />
      </Canvas>
      <NavigationButtons />
      <HeatScaleBar />
    </>
  );
}
