// The composition root: loads the plan named in the URL, then lays out header, navigator,
// scene, legend and status bar. The only module that imports both view3d and ui. The editor's
// stores come from the EditorStoresProvider around it (main.tsx makes them).
import { useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStores, useToolController } from './editor/EditorContext.tsx';
import { loadPlanFromUrl, type LoadOutcome } from './editor/loadPlan.ts';
import { findFloor } from './floorplan/queries/lookup.ts';
import { LOCALES, type Locale } from './floorplan/types.ts';
import { ExportMenu } from './ui/export/ExportMenu.tsx';
import { Header } from './ui/Header.tsx';
import { EditorOverlay } from './ui/editor/EditorPanels.tsx';
import { Dock } from './ui/layout/Dock.tsx';
import { RightDock } from './ui/layout/RightDock.tsx';
import { layoutStore } from './ui/layout/useDockLayout.ts';
import { fieldOwnsKey, isTextEntry, type FocusedElement } from './ui/layout/keyboardFocus.ts';
import { LoadError } from './ui/LoadError.tsx';
import { Navigator } from './ui/Navigator.tsx';
import { StatusBar } from './ui/StatusBar.tsx';
import { startChecks, workerBackend } from './editor/checks.ts';
import { Legend, SceneView } from './view3d/index.ts';
import { PresentationMode } from './ui/proposals/index.ts';
import { watchPresentOnce } from './ui/proposals/presentOnce.ts';
import { compareLazily } from './ui/proposals/compareLazily.ts';
import { ImportDropZone, PersistenceProvider, SaveStatus, usePersistence } from './ui/projects/index.ts';
import { CollabProvider } from './editor/collab/CollabContext.tsx';
import { i18n as appI18n } from './i18n/index.ts';
import type { CollabSession } from './editor/collab/collabSession.ts';
import type { JoinProblem } from './editor/collab/joinLink.ts';
import { CollabNamePrompt, PublishPrompt, RoleNotice, ShareButton, SyncStatus } from './ui/collab/index.ts';
import { PresenceList } from './ui/collab/presence/index.ts';

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

function focusedFacts(target: EventTarget | null): FocusedElement | null {
  if (!(target instanceof HTMLElement)) return null;
  return { tagName: target.tagName, type: target instanceof HTMLInputElement ? target.type : undefined, isContentEditable: target.isContentEditable };
}

/** The folded left dock's one button label, written top to bottom. */
function FoldedTitle({ text }: { text: string }) {
  return (
    <button type="button" className="dock-strip-title" onClick={() => layoutStore.getState().setOpen('left', true)}>
      {text}
    </button>
  );
}

function FloorLegend() {
  const floor = useEditorState((s) => (s.session.level === 'floor' && s.session.floorId ? findFloor(s.plan, s.session.floorId)?.floor : undefined));
  const camera = useEditorState((s) => s.session.camera);
  return floor ? <Legend floor={floor} camera={camera} /> : null;
}

export function App({ options, collab = null, joinProblem = null }: { options: StartOptions; collab?: CollabSession | null; joinProblem?: JoinProblem | null }) {
  const toolController = useToolController();
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<LoadOutcome | null>(null);
  const locale = useEditorState((s) => s.session.locale);
  const { editor: editorStore, checks: checksStore } = useEditorStores();

  // Storage first: the last project reopens where the user left it; otherwise (or when the URL
  // names a plan) the plan from the URL, the sample park by default.
  const [started, setStarted] = useState<boolean | null>(null);
  // a shared project lives in its documents (and their offline copy), not in this browser's projects
  const persistence = usePersistence(editorStore, collab ? { reopen: false, adoptOnEdit: false, onStarted: setStarted } : { reopen: !options.explicitPlan, onStarted: setStarted });
  const readOnly = useEditorState((s) => s.session.readOnly === true);
  // a viewer's link edits nothing: no drawing tools (the store refuses their edits anyway)
  const viewOnly = collab?.handle.store.getState().role === 'viewer';

  useEffect(() => {
    if (started === null) return;
    let stale = false;
    const applyView = (fromUrl: boolean): void => {
      const store = editorStore.getState();
      if (options.locale) store.setLocale(options.locale);
      if (options.camera) store.setCamera(options.camera);
      if (options.floorId) store.openFloor(options.floorId);
      // a pack opened as a project presents once (watchPresentOnce); one from a URL each time
      if (options.present || (fromUrl && store.plan.presentation)) store.setReadOnly(true);
    };
    if (joinProblem) {
      // a share link that cannot be used: say so rather than open something else
      setOutcome({ ok: false, url: appI18n.t('collab.joinLink'), fetchError: appI18n.t(`collab.joinProblem.${joinProblem}`) });
      return;
    }
    if (collab) {
      // the shared plan once it is here; an empty shared project shows the URL's plan for the owner to publish
      void collab.ready.then(async (ready) => {
        const result = ready === 'loaded' ? ({ ok: true } as const) : await loadPlanFromUrl(editorStore, options.planUrl);
        if (stale) return;
        if (result.ok) applyView(ready === 'empty');
        setOutcome(result);
      });
      return () => {
        stale = true;
      };
    }
    if (started) {
      applyView(false);
      setOutcome({ ok: true });
      return;
    }
    void loadPlanFromUrl(editorStore, options.planUrl).then((result) => {
      if (stale) return;
      if (result.ok) applyView(true);
      setOutcome(result);
    });
    return () => {
      stale = true;
    };
    // (the app's i18n instance, not the hook's `t`: a new `t` on every language switch would run
    // the start again and put the URL's language back)
  }, [options, started, editorStore, collab, joinProblem]);

  // a proposal pack opened as a project starts in presentation mode, the first time only
  useEffect(() => watchPresentOnce(editorStore, persistence), [editorStore, persistence]);

  // live rule checks of every edit, in web workers. A layout effect, so the checks subscribe to
  // the store before the components do (their subscriptions are passive effects): an edit's
  // request then goes to the worker before React renders the edit, not after.
  useLayoutEffect(() => {
    const checks = startChecks(editorStore, workerBackend(), checksStore, { warmOpenFloor: true });
    return () => checks.dispose();
  }, [editorStore, checksStore]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target;
      // a single-line field: Enter (after the field committed) and Esc hand the keyboard back
      if (target instanceof HTMLInputElement && isTextEntry(focusedFacts(target)) && (event.key === 'Enter' || event.key === 'Escape')) {
        target.blur();
        return;
      }
      if (fieldOwnsKey(focusedFacts(target), event)) return;
      // a modal dialog (export, confirmations) keeps its keys
      if (document.querySelector('dialog[open]')) return;
      // presentation mode: no editor shortcut (PresentationMode handles Esc)
      if (editorStore.getState().session.readOnly) return;
      if (event.key === 'Escape' && toolController.state.getState().helpOpen) {
        toolController.state.setState({ helpOpen: false });
        event.preventDefault();
        return;
      }
      // every editor shortcut (tools, undo/redo, nudge, delete, Esc) goes through the tool controller
      if (toolController.keyDown(event)) event.preventDefault();
    };
    // a list picked with the pointer gives the keyboard back (a keyboard user keeps it)
    let pointerOnSelect = false;
    const onPointerDown = (event: PointerEvent) => {
      pointerOnSelect = event.target instanceof HTMLSelectElement;
    };
    const onChange = (event: Event) => {
      if (event.target instanceof HTMLSelectElement && pointerOnSelect) event.target.blur();
      pointerOnSelect = false;
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('change', onChange, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('change', onChange, true);
    };
  }, [editorStore]);

  return (
    <PersistenceProvider session={persistence}>
      <CollabProvider collab={collab?.handle ?? null}>
      <ImportDropZone />
      <div className={readOnly ? 'app presenting' : 'app'}>
        {readOnly && outcome?.ok && <PresentationMode compare={compareLazily} />}
        {!readOnly && (
          <Header
            actions={
              <>
                <PresenceList />
                <SyncStatus />
                <ShareButton />
                {!collab && <SaveStatus />}
                <ExportMenu />
              </>
            }
          />
        )}
        <main className="body">
          {!readOnly && (
            <Dock side="left" label={t('layout.navigator')} strip={<FoldedTitle text={t('layout.navigator')} />} header={<h3 className="dock-title">{t('layout.navigator')}</h3>}>
              <Navigator />
            </Dock>
          )}
          <div className="stage">
            {outcome && !outcome.ok ? (
              <LoadError outcome={outcome} locale={locale} />
            ) : (
              <>
                <PublishPrompt />
                <RoleNotice />
                <SceneView testMode={options.testMode} />
                {!outcome && <div className="loading">{t('app.loading')}</div>}
                <FloorLegend />
                {!readOnly && !viewOnly && <EditorOverlay />}
              </>
            )}
          </div>
          {!readOnly && <RightDock />}
        </main>
        {!readOnly && <StatusBar />}
      </div>
      <CollabNamePrompt />
      </CollabProvider>
    </PersistenceProvider>
  );
}
