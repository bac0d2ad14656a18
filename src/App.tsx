// The composition root: loads the plan named in the URL, then lays out header, navigator,
// scene, legend and status bar. The only module that imports both view3d and ui.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { handleEditorKey } from './editor/keyboard.ts';
import { loadPlanFromUrl, type LoadOutcome } from './editor/loadPlan.ts';
import { editorStore } from './editor/store.ts';
import { useEditor } from './editor/useEditor.ts';
import { findFloor } from './floorplan/queries/lookup.ts';
import { LOCALES, type Locale } from './floorplan/types.ts';
import { setLocale } from './i18n/index.ts';
import { Header } from './ui/Header.tsx';
import { LoadError } from './ui/LoadError.tsx';
import { Navigator } from './ui/Navigator.tsx';
import { StatusBar } from './ui/StatusBar.tsx';
import { Legend, SceneView } from './view3d/index.ts';

export const DEFAULT_PLAN_URL = '/samples/sample-park.callfloor.json';

export interface StartOptions {
  planUrl: string;
  floorId: string | null;
  camera: 'plan' | '3d' | null;
  locale: Locale | null;
  testMode: boolean;
}

export function startOptions(search: string): StartOptions {
  const params = new URLSearchParams(search);
  const camera = params.get('camera');
  const lang = params.get('lang');
  return {
    planUrl: params.get('plan') ?? DEFAULT_PLAN_URL,
    floorId: params.get('floor'),
    camera: camera === 'plan' || camera === '3d' ? camera : null,
    locale: LOCALES.find((l) => l === lang) ?? null,
    testMode: params.get('test') === '1',
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

  useEffect(() => {
    let stale = false;
    void loadPlanFromUrl(editorStore, options.planUrl).then((result) => {
      if (stale) return;
      const store = editorStore.getState();
      if (result.ok) {
        if (options.locale) store.setLocale(options.locale);
        if (options.camera) store.setCamera(options.camera);
        if (options.floorId) store.openFloor(options.floorId);
      }
      setOutcome(result);
    });
    return () => {
      stale = true;
    };
  }, [options]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      if (handleEditorKey(event, editorStore)) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="app">
      <Header />
      <main className="body">
        <Navigator />
        <div className="stage">
          {outcome && !outcome.ok ? (
            <LoadError outcome={outcome} locale={locale} />
          ) : (
            <>
              <SceneView testMode={options.testMode} />
              {!outcome && <div className="loading">{t('app.loading')}</div>}
              <FloorLegend />
            </>
          )}
        </div>
      </main>
      <StatusBar />
    </div>
  );
}
