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
import type { CollabSession } from './editor/collab/collabSession.ts';
import { joinLinkOf } from './editor/collab/joinLink.ts';
import './ui/app.css';

declare global {
  interface Window {
    /** For browser tests and benchmarks. */
    __callfloor?: { store: EditorStore; checks: ChecksStore; stats(): SceneStats; planToClient(p: Point, height?: number): { x: number; y: number } | null; benchFrames(frames?: number): FrameBench; redraw(): void; collab?: CollabSession | null };
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
// A share link (?join=<token>) opens the shared project from the server instead of this
// browser's projects. Yjs, the provider and the offline store load only then (their own chunk):
// the app without a server does not carry them.
const join = joinLinkOf(window.location.search, window.location);
if (typeof join === 'string') console.error(`callfloor: the share link in the address is not usable (${join})`);

async function openShared(): Promise<CollabSession | null> {
  if (!join || typeof join === 'string') return null;
  const { openCollabSession } = await import('./editor/collab/collabSession.ts');
  return openCollabSession({
    store: stores.editor,
    link: join,
    appUrl: `${window.location.origin}${window.location.pathname}`,
    serverParam: new URLSearchParams(window.location.search).get('server'),
  });
}

void openShared().then((collab) => {
  window.__callfloor = { store: stores.editor, checks: stores.checks, stats: sceneStats, planToClient, benchFrames, redraw: () => probe.invalidate?.(), collab };
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <EditorStoresProvider stores={stores}>
        <SceneServicesProvider services={sceneServices}>
          <App options={options} collab={collab} joinProblem={typeof join === 'string' ? join : null} />
        </SceneServicesProvider>
      </EditorStoresProvider>
    </StrictMode>,
  );
});
