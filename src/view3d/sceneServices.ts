// The scene's side of SceneServices (src/editor/SceneServices.tsx), handed to the panels by the
// composition root.
import type { SceneServices } from '../editor/SceneServices.tsx';
import { startCardPlacer } from './presentationCamera.ts';
import { captureBuildingViews } from './tour/captureViews.ts';

export const sceneServices: SceneServices = {
  captureBuildingViews: (editor) => captureBuildingViews(editor),
  startCardPlacer,
};
