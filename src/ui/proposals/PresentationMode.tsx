// Presentation mode: read-only and full screen (where the browser allows), a guided camera tour
// (park → each building → its floors) with the KPIs of what is shown; Esc leaves. The app hides
// every editing control while the session is read-only and the store refuses edits. The tour has
// its own camera: every stop is seen in 3D whatever view the editor had (restored on leaving),
// and the KPI card is kept off the building it describes (view3d/presentationCamera.ts, given
// through SceneServices). The HTML
// viewer (src/viewer) shows the same overlay with the comparison it carries and no way out.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import type { CameraMode } from '../../editor/session.ts';
import type { EditorStore } from '../../editor/store.ts';
import { economicsOf, planCosts } from '../../floorplan/economics/index.ts';
import type { Comparison } from '../../floorplan/proposals/compare.ts';
import { findBuilding, findFloor } from '../../floorplan/queries/lookup.ts';
import type { PlanDocument } from '../../floorplan/types.ts';
import type { RunResult } from '../../rules/results.ts';
import { startCameraTour, type CameraTour } from '../../editor/tour/cameraTour.ts';
import { tourStops } from '../../editor/tour/tourSteps.ts';
import { ComparisonChart } from './ComparisonChart.tsx';
import { ComparisonTable } from './ComparisonTable.tsx';
import { formatMoney } from './format.ts';
import type { PlacedCard } from '../../editor/presentationLayout.ts';
import { useSceneServices } from '../../editor/SceneServices.tsx';
import { sayOrFallback } from './presentationMessages.ts';
import { shownKpis } from './shownKpis.ts';
import './presentation.css';

/** Every stop of the tour is seen through the 3D camera, whatever the editor showed. */
export const TOUR_CAMERA: CameraMode = '3d';

/** Seconds per tour stop; `?tourMs=` shortens it (tests). */
function stopMs(): number {
  const fromUrl = Number(new URLSearchParams(window.location.search).get('tourMs'));
  return Number.isFinite(fromUrl) && fromUrl >= 200 ? fromUrl : 6000;
}

export function leavePresentation(editor: EditorStore): void {
  editor.getState().setReadOnly(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

function useRulesRun(): RunResult | null {
  const plan = useEditorState((s) => s.plan);
  const [run, setRun] = useState<{ of: typeof plan; result: RunResult } | null>(null);
  useEffect(() => {
    let stale = false;
    void import('../../rules/runRules.ts').then(({ runRules }) => {
      // after the first tour frames, so the rules run does not delay them
      setTimeout(() => {
        if (!stale) setRun({ of: plan, result: runRules(plan) });
      }, 300);
    });
    return () => {
      stale = true;
    };
  }, [plan]);
  return run && run.of === plan ? run.result : null;
}

/** The translator of the overlay: never a message key on screen. */
function useSay(): (key: string, fallback?: string, options?: Record<string, unknown>) => string {
  const { i18n } = useTranslation();
  return (key, fallback = '—', options = {}) => sayOrFallback(i18n, key, fallback, options);
}

function Kpis({ run, placed, cardRef }: { run: RunResult | null; placed: PlacedCard | null; cardRef: RefObject<HTMLDivElement | null> }) {
  const say = useSay();
  const plan = useEditorState((s) => s.plan);
  const locale = useEditorState((s) => s.session.locale);
  const { level, buildingId, floorId } = useEditorState((s) => s.session);
  const building = buildingId ? findBuilding(plan, buildingId) : undefined;
  const floor = level === 'floor' && floorId ? findFloor(plan, floorId)?.floor : undefined;
  const title = level === 'park' || !building ? `${plan.activeProposal?.name ? `${plan.activeProposal.name} · ` : ''}${plan.name}` : floor ? `${building.name} ${floor.name}` : building.name;
  const k = run ? shownKpis(run, level, buildingId, floorId) : null;
  const money = useMemo(() => {
    const scope = level === 'floor' && floorId ? { floorId } : level === 'building' && buildingId ? { buildingId } : {};
    try {
      return economicsOf(plan, scope);
    } catch {
      return null; // a plan the economics cannot read shows no money rather than no card
    }
  }, [plan, level, buildingId, floorId]);
  const currency = planCosts(plan).currency;
  const n = (v: number | null, digits = 0) => (v === null ? '—' : v.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }));
  const binding = k?.binding ? say(`proposals.presentation.limits.${k.binding}`, k.binding) : null;
  const style = placed ? { left: placed.card.x, top: placed.card.y } : undefined;
  return (
    <div className="presentation-kpis presentation-card" data-testid="presentation-kpis" ref={cardRef} style={style} data-placed-view={placed?.view3d} data-side={placed?.side} data-shifted={placed ? (placed.view ? 'yes' : 'no') : undefined}>
      <h2>{title}</h2>
      <dl>
        <dt>{say('proposals.presentation.seats')}</dt>
        <dd data-testid="kpi-seats">{k ? n(k.seats) : '…'}</dd>
        <dt>{say('proposals.presentation.capacity')}</dt>
        <dd data-testid="kpi-capacity">{k ? `${n(k.capacity)}${binding ? ` (${binding})` : ''}` : '…'}</dd>
        <dt>{say('proposals.presentation.gfa')}</dt>
        <dd>{k ? `${n(k.grossArea)} m²` : '…'}</dd>
        <dt>{say('proposals.presentation.areaPerSeat')}</dt>
        <dd>{k ? n(k.areaPerSeat, 2) : '…'}</dd>
        <dt>{say('proposals.presentation.investmentPerSeat')}</dt>
        <dd data-testid="kpi-investment">{money?.investmentPerSeat != null ? formatMoney(money.investmentPerSeat, currency, locale) : '—'}</dd>
        <dt>{say('proposals.presentation.runningPerSeatMonth')}</dt>
        <dd>{money?.runningPerSeatMonth ? formatMoney(money.runningPerSeatMonth.total, currency, locale) : '—'}</dd>
        <dt>{say('proposals.presentation.findings')}</dt>
        <dd>{k ? `${k.fails} / ${k.warns}` : '…'}</dd>
      </dl>
    </div>
  );
}

type ComparisonState = { status: 'idle' } | { status: 'busy' } | { status: 'done'; comparison: Comparison } | { status: 'failed' };

function ComparisonOverlay({ state, onClose }: { state: ComparisonState; onClose: () => void }) {
  const say = useSay();
  const locale = useEditorState((s) => s.session.locale);
  // the binding limit in words, as on the KPI card (the comparison holds its id)
  const shown = state.status === 'done' ? { ...state.comparison, proposals: state.comparison.proposals.map((p) => ({ ...p, binding: p.binding ? say(`proposals.presentation.limits.${p.binding}`, p.binding) : null })) } : null;
  return (
    <section className="presentation-comparison" data-testid="presentation-comparison" aria-label={say('proposals.presentation.comparison')}>
      <header>
        <h2>{say('proposals.presentation.comparison')}</h2>
        <button type="button" data-testid="presentation-comparison-close" aria-label={say('proposals.presentation.closeComparison')} title={say('proposals.presentation.closeComparison')} onClick={onClose}>
          ×
        </button>
      </header>
      {state.status === 'busy' && <p role="status">{say('proposals.presentation.comparing')}</p>}
      {state.status === 'failed' && <p role="alert">{say('proposals.presentation.comparisonFailed')}</p>}
      {shown && (
        <>
          <ComparisonTable comparison={shown} locale={locale} />
          <ComparisonChart comparison={shown} locale={locale} width={440} />
        </>
      )}
    </section>
  );
}

export interface PresentationProps {
  /** the comparison of the plan's proposals, worked out before (the HTML viewer carries it); absent: compared on request */
  comparison?: Comparison | null;
  /** works out the comparison when asked (the app: compareLazily.ts); without it and `comparison` there is no comparison button */
  compare?: (plan: PlanDocument) => Promise<Comparison>;
  /** the HTML viewer: there is no editor to go back to (no exit), and a language switch is offered */
  viewer?: boolean;
}

export function PresentationMode({ comparison: given = null, compare, viewer = false }: PresentationProps) {
  const say = useSay();
  const plan = useEditorState((s) => s.plan);
  const locale = useEditorState((s) => s.session.locale);
  const editorStore = useEditorStore();
  const scene = useSceneServices();
  const stops = useMemo(() => tourStops(plan), [plan]);
  const tour = useRef<CameraTour | null>(null);
  const cardRef = useRef<HTMLDivElement | null>(null);
  const controlsRef = useRef<HTMLDivElement | null>(null);
  const [state, setState] = useState({ index: 0, playing: true });
  const [placed, setPlaced] = useState<PlacedCard | null>(null);
  const [showComparison, setShowComparison] = useState(false);
  const [comparison, setComparison] = useState<ComparisonState>(given ? { status: 'done', comparison: given } : { status: 'idle' });
  const run = useRulesRun();
  const canCompare = given !== null || (compare !== undefined && (plan.proposals?.length ?? 0) > 0);

  // the tour's own camera; the editor gets back the one it had
  useEffect(() => {
    const before = editorStore.getState().session.camera;
    if (before !== TOUR_CAMERA) editorStore.getState().setCamera(TOUR_CAMERA);
    return () => {
      if (before !== TOUR_CAMERA && editorStore.getState().session.camera === TOUR_CAMERA) editorStore.getState().setCamera(before);
    };
  }, [editorStore]);

  useEffect(() => {
    // fails quietly where not allowed (no user gesture, iframes, headless browsers)
    if (!viewer && !document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      if (showComparison) setShowComparison(false);
      else if (!viewer) leavePresentation(editorStore);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [viewer, showComparison, editorStore]);

  useEffect(() => {
    tour.current = startCameraTour(editorStore, stops, stopMs(), (index, playing) => {
      if (editorStore.getState().session.camera !== TOUR_CAMERA) editorStore.getState().setCamera(TOUR_CAMERA);
      setState({ index, playing });
    });
    return () => tour.current?.dispose();
  }, [stops, editorStore]);

  useEffect(() => {
    const placer = scene.startCardPlacer(
      () => editorStore.getState().plan,
      () => ({ card: cardRef.current, controls: controlsRef.current }),
      setPlaced,
    );
    return () => placer.dispose();
  }, [editorStore, scene]);

  const openComparison = (): void => {
    setShowComparison(true);
    if (comparison.status === 'done' || comparison.status === 'busy' || !compare) return;
    setComparison({ status: 'busy' });
    compare(editorStore.getState().plan).then(
        (result) => setComparison({ status: 'done', comparison: result }),
        () => setComparison({ status: 'failed' }),
      );
  };

  const switchLanguage = (): void => {
    editorStore.getState().setLocale(locale === 'en' ? 'zh-CN' : 'en');
  };

  return (
    <div className={viewer ? 'presentation presentation-viewer' : 'presentation'} data-testid="presentation" data-stop={state.index}>
      <Kpis run={run} placed={placed} cardRef={cardRef} />
      {showComparison && <ComparisonOverlay state={comparison} onClose={() => setShowComparison(false)} />}
      <div className="presentation-controls" role="toolbar" aria-label={say('proposals.presentation.tourLabel')} ref={controlsRef}>
        <button type="button" data-testid="tour-previous" title={say('proposals.presentation.previous')} aria-label={say('proposals.presentation.previous')} onClick={() => tour.current?.previous()}>
          ◀
        </button>
        <button type="button" data-testid="tour-play" onClick={() => (state.playing ? tour.current?.pause() : tour.current?.play())}>
          {state.playing ? say('proposals.presentation.pause') : say('proposals.presentation.play')}
        </button>
        <button type="button" data-testid="tour-next" title={say('proposals.presentation.next')} aria-label={say('proposals.presentation.next')} onClick={() => tour.current?.next()}>
          ▶
        </button>
        <span className="tour-position" data-testid="tour-position">
          {state.index + 1} / {stops.length}
        </span>
        {canCompare && (
          <button type="button" data-testid="presentation-compare" aria-pressed={showComparison} onClick={() => (showComparison ? setShowComparison(false) : openComparison())}>
            {say('proposals.presentation.comparison')}
          </button>
        )}
        {viewer ? (
          <button type="button" data-testid="presentation-language" title={say('proposals.presentation.languageTitle')} onClick={switchLanguage}>
            {say('proposals.presentation.language')}
          </button>
        ) : (
          <button type="button" data-testid="presentation-exit" onClick={() => leavePresentation(editorStore)}>
            {say('proposals.presentation.exit')}
          </button>
        )}
      </div>
    </div>
  );
}
