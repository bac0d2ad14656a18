// Browser entry: language, store, test hooks, then React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startOptions } from './App.tsx';
import { checksStore, type ChecksStore } from './editor/checks.ts';
import { editorStore, type EditorStore } from './editor/store.ts';
import { browserLocale, i18n } from './i18n/index.ts';
import { registerProjectStrings } from './ui/projects/index.ts';
import { planToClient, sceneStats, type SceneStats } from './view3d/index.ts';
import { benchFrames, type FrameBench } from './view3d/probe.ts';
import type { Point } from './floorplan/types.ts';
import './ui/app.css';

declare global {
  interface Window {
    /** For browser tests and benchmarks. */
    __callfloor?: { store: EditorStore; checks: ChecksStore; stats(): SceneStats; planToClient(p: Point, height?: number): { x: number; y: number } | null; benchFrames(frames?: number): FrameBench };
  }
}

registerProjectStrings(i18n);
const options = startOptions(window.location.search);
editorStore.getState().setLocale(options.locale ?? browserLocale());
window.__callfloor = { store: editorStore, checks: checksStore, stats: sceneStats, planToClient, benchFrames };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App options={options} />
  </StrictMode>,
);
