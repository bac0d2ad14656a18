// The composition root: loads the plan named in the URL, then lays out header, navigator,
// scene, legend and status bar. The only module that imports both view3d and ui.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toolController } from './editor/tools/appTools.ts';
import { loadPlanFromUrl, type LoadOutcome } from './editor/loadPlan.ts';
import { editorStore } from './editor/store.ts';
import { useEditor } from './editor/useEditor.ts';
import { findFloor } from './floorplan/queries/lookup.ts';
import { LOCALES, type Locale } from './floorplan/types.ts';
import { setLocale } from './i18n/index.ts';
import { ExportMenu } from './ui/export/ExportMenu.tsx';
import { Header } from './ui/Header.tsx';
import { EditorOverlay, EditorSidePanel } from './ui/editor/EditorPanels.tsx';
import { LoadError } from './ui/LoadError.tsx';
import { Navigator } from './ui/Navigator.tsx';
import { StatusBar } from './ui/StatusBar.tsx';
import { RulePanel } from './ui/rules/RulePanel.tsx';
import { checksStore, startChecks, workerBackend } from './editor/checks.ts';
import { Legend, SceneView } from './view3d/index.ts';
import { PresentationMode, ProposalsPanel } from './ui/proposals/index.ts';
import { ImportDropZone, PersistenceProvider, ProjectsPanel, RevisionsPanel, SaveStatus, usePersistence } from './ui/projects/index.ts';

export const DEFAULT_PLAN_URL = '/samples/sample-park.callfloor.json';

export interface StartOptions {
  planUrl: string;
  /** the URL named a plan: open it rather than the last project */
  explicitPlan: boolean;
  floorId: string | null;
  camera: 'plan' | '3d' | null;
  locale: Locale | null;
  testMode: boolean;
  /** ?present=1: open read-only in presentation mode (as does a plan file with `presentation: true`) */
  present: boolean;
}

export function startOptions(search: string): StartOptions {
  const params = new URLSearchParams(search);
  const camera = params.get('camera');
  const lang = params.get('lang');
  return {
    planUrl: params.get('plan') ?? DEFAULT_PLAN_URL,
    explicitPlan: params.has('plan'),
    floorId: params.get('floor'),
    camera: camera === 'plan' || camera === '3d' ? camera : null,
    locale: LOCALES.find((l) => l === lang) ?? null,
    testMode: params.get('test') === '1',
    present: params.get('present') === '1',
  };
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function FloorLegend() {
  const floor = useEditor((s) => (s.session.level === 'floor' && s.session.floorId ? findFloor(s.plan, s.session.floorId)?.floor : undefined));
  return floor ? <Legend floor={floor} /> : null;
}

export function App({ options }: { options: StartOptions }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);
  const locale = useEditor((s) => s.session.locale);

  useEffect(() => setLocale(locale), [locale]);

  // Storage first: the last project reopens where the user left it; otherwise (or when the URL
  // names a plan) the plan from the URL, the sample park by default.
  const [started, setStarted] = useState<boolean | null>(null);
  const persistence = usePersistence(editorStore, { reopen: !options.explicitPlan, onStarted: setStarted });
  const [panel, setPanel] = useState<'projects' | 'proposals' | null>(null);
  const readOnly = useEditor((s) => s.session.readOnly === true);

  useEffect(() => {
    if (started === null) return;
    let stale = false;
    const applyView = (): void => {
      const store = editorStore.getState();
      if (options.locale) store.setLocale(options.locale);
      if (options.camera) store.setCamera(options.camera);
      if (options.floorId) store.openFloor(options.floorId);
      if (options.present || store.plan.presentation) store.setReadOnly(true);
    };
    if (started) {
      applyView();
      setOutcome({ ok: true });
      return;
    }
    void loadPlanFromUrl(editorStore, options.planUrl).then((result) => {
      if (stale) return;
      if (result.ok) applyView();
      setOutcome(result);
    });
    return () => {
      stale = true;
    };
  }, [options, started]);

  // live rule checks of every edit, in web workers
  useEffect(() => {
    const checks = startChecks(editorStore, workerBackend(), checksStore);
    return () => checks.dispose();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      // presentation mode: no editor shortcut (PresentationMode handles Esc)
      if (editorStore.getState().session.readOnly) return;
      // every editor shortcut (tools, undo/redo, nudge, delete, Esc) goes through the tool controller
      if (toolController.keyDown(event)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <PersistenceProvider session={persistence}>
      <ImportDropZone />
      <div className={readOnly ? 'app presenting' : 'app'}>
        {readOnly && outcome?.ok && <PresentationMode />}
        {!readOnly && (
          <Header
            actions={
              <>
                <SaveStatus />
                <ExportMenu />
                <button
                  type="button"
                  data-testid="toggle-projects"
                  aria-pressed={panel === 'projects'}
                  className={panel === 'projects' ? 'active' : ''}
                  title={t('app.projectsHint')}
                  onClick={() => setPanel(panel === 'projects' ? null : 'projects')}
                >
                  {t('app.projects')}
                </button>
                <button
                  type="button"
                  data-testid="toggle-proposals"
                  aria-pressed={panel === 'proposals'}
                  className={panel === 'proposals' ? 'active' : ''}
                  onClick={() => setPanel(panel === 'proposals' ? null : 'proposals')}
                >
                  {t('proposals.title')}
                </button>
              </>
            }
          />
        )}
        <main className="body">
          {!readOnly && <Navigator />}
          {!readOnly && <RulePanel />}
          <div className="stage">
            {outcome && !outcome.ok ? (
              <LoadError outcome={outcome} locale={locale} />
            ) : (
              <>
                <SceneView testMode={options.testMode} />
                {!outcome && <div className="loading">{t('app.loading')}</div>}
                <FloorLegend />
                {!readOnly && <EditorOverlay />}
              </>
            )}
          </div>
          {!readOnly && <EditorSidePanel />}
          {!readOnly && panel === 'proposals' && (
            <aside className="side-panel" data-testid="side-panel">
              <ProposalsPanel />
            </aside>
          )}
          {!readOnly && panel === 'projects' && (
            <aside className="side-panel" data-testid="side-panel">
              <ProjectsPanel />
              <RevisionsPanel />
            </aside>
          )}
        </main>
        {!readOnly && <StatusBar />}
      </div>
    </PersistenceProvider>
  );
}
