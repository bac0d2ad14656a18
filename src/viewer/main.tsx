// Entry of the proposal pack's HTML viewer (viewer.html, built into one self-contained file by
// scripts/viewerBuild.ts): reads the pack from the page's JSON block, loads its plan into the
// editor store read-only and shows the presentation. No server, no storage, no workers needed
// (the checks store stays empty: the presentation runs the rules itself).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createEditorStores, EditorStoresProvider, type EditorStores } from '../editor/EditorContext.tsx';
import { SceneServicesProvider } from '../editor/SceneServices.tsx';
import { sceneServices } from '../view3d/sceneServices.ts';
import { parsePlanValue } from '../floorplan/format/parsePlan.ts';
import { LOCALES } from '../floorplan/types.ts';
import { browserLocale, setLocale } from '../i18n/index.ts';
import { planToClient, sceneStats } from '../view3d/index.ts';
import { probe } from '../view3d/probe.ts';
import { PACK_ELEMENT_ID, readPackText } from './pack.ts';
import { ViewerApp, ViewerProblem } from './ViewerApp.tsx';
import '../ui/app.css';

const params = new URLSearchParams(window.location.search);
const read = readPackText(document.getElementById(PACK_ELEMENT_ID)?.textContent);
const stores: EditorStores = createEditorStores();
const store = stores.editor.getState();
const fromUrl = LOCALES.find((l) => l === params.get('lang'));
const locale = fromUrl ?? (read.ok ? read.pack.locale : null) ?? browserLocale();
setLocale(locale);
store.setLocale(locale);
stores.editor.subscribe((state, previous) => {
  if (state.session.locale !== previous.session.locale) setLocale(state.session.locale);
});

let problem: { reason: 'missing' } | { reason: 'broken'; message: string } | null = read.ok ? null : read;
if (read.ok) {
  const parsed = parsePlanValue(read.pack.plan);
  if (parsed.ok) {
    // read-only before the plan arrives, so not one frame offers an edit
    store.setReadOnly(true);
    store.load(parsed.plan);
  } else {
    problem = { reason: 'broken', message: parsed.problems.slice(0, 3).map((p) => `${p.path || '/'}: ${p.message[locale]}`).join('; ') };
  }
}
// the same test hooks as the app (window.__callfloor), for the browser tests
window.__callfloor = { store: stores.editor, checks: stores.checks, stats: sceneStats, planToClient, benchFrames: () => { throw new Error('not in the viewer'); }, redraw: () => probe.invalidate?.() };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <EditorStoresProvider stores={stores}>
      <SceneServicesProvider services={sceneServices}>
        {problem ? <ViewerProblem problem={problem} /> : <ViewerApp comparison={read.ok ? read.pack.comparison : null} testMode={params.get('test') === '1'} />}
      </SceneServicesProvider>
    </EditorStoresProvider>
  </StrictMode>,
);
