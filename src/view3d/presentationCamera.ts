// Keeps the KPI card off the building it describes: after each new view (a tour stop, a resize,
// a card of another size, an orbit) projects the shown buildings' boxes to the canvas, asks
// layoutCard where the card goes and, when no corner is free, moves the picture with the
// camera's view offset (the camera itself stays where the scene's fit put it).
import * as THREE from 'three';
import { findBuilding, findFloor } from '../floorplan/queries/lookup.ts';
import type { Building, PlanDocument, Point } from '../floorplan/types.ts';
import { toWorld } from './coords.ts';
import { probe } from './probe.ts';
import { layoutCard, viewOffset, type CardPlacer, type PlacedCard, type ScreenBox } from '../editor/presentationLayout.ts';

/** A vertical prism: a footprint between two heights (m). */
export interface Prism {
  footprint: readonly Point[];
  bottom: number;
  top: number;
}

const buildingTop = (b: Building): number => b.floors.reduce((m, f) => Math.max(m, f.elevation + f.height), b.height);

/** What a rendered view ('park|3d', 'building:A|3d', 'floor:A-3F|3d') describes, as the scene draws it. */
export function shownPrisms(plan: PlanDocument, renderedView: string): Prism[] {
  const view = renderedView.split('|')[0] ?? '';
  if (view.startsWith('floor:')) {
    const floor = findFloor(plan, view.slice('floor:'.length))?.floor;
    // a floor is drawn on its own, slab at 0
    return floor ? [{ footprint: floor.outline, bottom: 0, top: floor.clearHeight }] : [];
  }
  if (view.startsWith('building:')) {
    const building = findBuilding(plan, view.slice('building:'.length));
    return building ? [{ footprint: building.footprint, bottom: 0, top: buildingTop(building) }] : [];
  }
  return plan.site.buildings.map((b) => ({ footprint: b.footprint, bottom: 0, top: buildingTop(b) }));
}

/** The prisms' corners projected onto a canvas of `size` px through `camera` (null when none is in front of it). */
export function projectPrisms(prisms: readonly Prism[], camera: THREE.Camera, size: { width: number; height: number }): ScreenBox | null {
  const v = new THREE.Vector3();
  let box: ScreenBox | null = null;
  for (const prism of prisms) {
    for (const p of prism.footprint) {
      for (const h of [prism.bottom, prism.top]) {
        v.set(...toWorld(p, h)).project(camera);
        if (v.z > 1 || v.z < -1) continue; // behind the camera or past its far plane
        const x = ((v.x + 1) / 2) * size.width;
        const y = ((1 - v.y) / 2) * size.height;
        box = box ? { minX: Math.min(box.minX, x), minY: Math.min(box.minY, y), maxX: Math.max(box.maxX, x), maxY: Math.max(box.maxY, y) } : { minX: x, minY: y, maxX: x, maxY: y };
      }
    }
  }
  return box;
}

/**
 * Watches the scene each animation frame and places the card when what it sees changed.
 * `card` and `controls` are the overlay's elements; `onPlaced` hears each new layout.
 */
export function startCardPlacer(getPlan: () => PlanDocument, elements: () => { card: HTMLElement | null; controls: HTMLElement | null }, onPlaced: (placed: PlacedCard) => void): CardPlacer {
  let seen = '';
  let frame = 0;
  let shifted: THREE.PerspectiveCamera | null = null;
  const tick = (): void => {
    frame = requestAnimationFrame(tick);
    const { camera, canvas } = probe;
    const { card, controls } = elements();
    if (!(camera instanceof THREE.PerspectiveCamera) || !canvas || !card || !probe.renderedView) return;
    const rect = canvas.getBoundingClientRect();
    const size = { width: Math.round(rect.width), height: Math.round(rect.height) };
    const cardSize = { width: card.offsetWidth, height: card.offsetHeight };
    const bottomReserved = controls ? Math.max(0, Math.round(rect.bottom - controls.getBoundingClientRect().top)) : 0;
    const p = camera.position;
    const q = camera.quaternion;
    const key = [camera.uuid, probe.renderedView, size.width, size.height, cardSize.width, cardSize.height, bottomReserved, p.x.toFixed(2), p.y.toFixed(2), p.z.toFixed(2), q.x.toFixed(4), q.y.toFixed(4), q.z.toFixed(4), q.w.toFixed(4)].join('|');
    if (key === seen || size.width === 0 || size.height === 0) return;
    seen = key;
    // measure the picture as the scene framed it
    if (camera.view?.enabled) camera.clearViewOffset();
    camera.updateMatrixWorld();
    const box = projectPrisms(shownPrisms(getPlan(), probe.renderedView), camera, size);
    if (!box) return;
    const layout = layoutCard({ canvas: size, card: cardSize, building: box, bottomReserved });
    if (layout.view) {
      camera.setViewOffset(...viewOffset(size, layout.view));
      shifted = camera;
    }
    const after = layout.view ? projectPrisms(shownPrisms(getPlan(), probe.renderedView), camera, size)! : box;
    probe.invalidate?.();
    onPlaced({ ...layout, view3d: probe.renderedView, building: after });
  };
  frame = requestAnimationFrame(tick);
  return {
    dispose() {
      cancelAnimationFrame(frame);
      // the editor's camera shows its own framing again
      if (shifted?.view?.enabled) {
        shifted.clearViewOffset();
        probe.invalidate?.();
      }
    },
  };
}
