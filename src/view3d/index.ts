// The scene's public surface for the app's composition root.
export { SceneView } from './SceneView.tsx';
export { Legend } from './Legend.tsx';
export { sceneStats, planToClient, type SceneStats } from './probe.ts';
