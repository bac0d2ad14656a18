// Browser entry: language, the editor's stores, test hooks, then React.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, startOptions } from './App.tsx';
import type { ChecksStore } from './editor/checks.ts';
import { createEditorStores, EditorStoresProvider, type EditorStores } from './editor/EditorContext.tsx';
import { SceneServicesProvider } from './editor/SceneServices.tsx';
import { sceneServices } from './view3d/sceneServices.ts';
import type { EditorStore } from './editor/store.ts';
import { browserLocale, i18n, setLocale } from './i18n/index.ts';
import { browserStorage, chooseUiLocale, storedUiLocale } from './i18n/uiLocale.ts';
import { registerProjectStrings } from './ui/projects/index.ts';
import { planToClient, sceneStats, type SceneStats } from './view3d/index.ts';
import { benchFrames, probe, type FrameBench } from './view3d/probe.ts';
import type { Point } from './floorplan/types.ts';
import './ui/app.css';

declare global {
  interface Window {
    /** For browser tests and benchmarks. */
    __callfloor?: { store: EditorStore; checks: ChecksStore; stats(): SceneStats; planToClient(p: Point, height?: number): { x: number; y: number } | null; benchFrames(frames?: number): FrameBench; redraw(): void };
  }
}

registerProjectStrings(i18n);
// the app's one editor: its document store, its live checks and its tools
const stores: EditorStores = createEditorStores();
const options = startOptions(window.location.search);
// The interface language is settled before the first render, so no frame shows the other one.
const uiLocale = chooseUiLocale({ url: options.locale, stored: storedUiLocale(browserStorage()), browser: browserLocale() });
setLocale(uiLocale);
stores.editor.getState().setLocale(uiLocale);
// i18next follows the session's language at once (the header's switch), not after React's next effect.
stores.editor.subscribe((state, previous) => {
  if (state.session.locale !== previous.session.locale) setLocale(state.session.locale);
});
window.__callfloor = { store: stores.editor, checks: stores.checks, stats: sceneStats, planToClient, benchFrames, redraw: () => probe.invalidate?.() };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EditorStoresProvider stores={stores}>
      <SceneServicesProvider services={sceneServices}>
        <App options={options} />
      </SceneServicesProvider>
    </EditorStoresProvider>
  </StrictMode>,
);
