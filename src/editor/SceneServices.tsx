// What the panels (src/ui) need from the 3D scene (src/view3d) without importing it: pictures of
// the buildings for the proposal PDF, and the presentation card kept off the building it
// describes. The composition root (App.tsx, viewer/ViewerApp.tsx) provides the scene's
// implementations; ui and view3d never import each other.
import { createContext, useContext, type ReactNode } from 'react';
import type { PlanDocument } from '../floorplan/types.ts';
import type { CardPlacer, PlacedCard } from './presentationLayout.ts';
import type { EditorStore } from './store.ts';

/** A picture of one building from the live 3D view. */
export interface ViewImage {
  buildingId: string;
  name: string;
  /** PNG data URL */
  dataUrl: string;
  width: number;
  height: number;
}

export interface SceneServices {
  /** Opens each building's 3D view of `editor` in turn and takes its picture. */
  captureBuildingViews(editor: EditorStore): Promise<ViewImage[]>;
  /** Places the presentation card beside what the scene shows, each frame it changes. */
  startCardPlacer(getPlan: () => PlanDocument, elements: () => { card: HTMLElement | null; controls: HTMLElement | null }, onPlaced: (placed: PlacedCard) => void): CardPlacer;
}

const ServicesContext = createContext<SceneServices | null>(null);

export function SceneServicesProvider({ services, children }: { services: SceneServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useSceneServices(): SceneServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('scene services are given by the composition root: <SceneServicesProvider services={…}>');
  return services;
}
