// Presentation mode: read-only and full screen (where the browser allows), a guided camera tour
// (park → each building → its floors) with the KPIs of what is shown; Esc leaves. The app hides
// every editing control while the session is read-only and the store refuses edits.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { editorStore } from '../../editor/store.ts';
import { useEditor } from '../../editor/useEditor.ts';
import { findBuilding, findFloor } from '../../floorplan/queries/lookup.ts';
import type { RunResult } from '../../rules/runRules.ts';
import { startCameraTour, type CameraTour } from '../../view3d/tour/cameraTour.ts';
import { tourStops } from '../../view3d/tour/tourSteps.ts';
import './messages.ts';
import { shownKpis } from './shownKpis.ts';

/** Seconds per tour stop; `?tourMs=` shortens it (tests). */
function stopMs(): number {
  const fromUrl = Number(new URLSearchParams(window.location.search).get('tourMs'));
  return Number.isFinite(fromUrl) && fromUrl >= 200 ? fromUrl : 6000;
}

export function leavePresentation(): void {
  editorStore.getState().setReadOnly(false);
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
}

function useRulesRun(): RunResult | null {
  const plan = useEditor((s) => s.plan);
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

function Kpis({ run }: { run: RunResult | null }) {
  const { t } = useTranslation();
  const plan = useEditor((s) => s.plan);
  const locale = useEditor((s) => s.session.locale);
  const { level, buildingId, floorId } = useEditor((s) => s.session);
  const building = buildingId ? findBuilding(plan, buildingId) : undefined;
  const floor = level === 'floor' && floorId ? findFloor(plan, floorId)?.floor : undefined;
  const title = level === 'park' || !building ? `${plan.activeProposal?.name ? `${plan.activeProposal.name} · ` : ''}${plan.name}` : floor ? `${building.name} ${floor.name}` : building.name;
  const k = run ? shownKpis(run, level, buildingId, floorId) : null;
  const n = (v: number | null, digits = 0) => (v === null ? '—' : v.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: digits }));
  return (
    <div className="presentation-kpis" data-testid="presentation-kpis">
      <h2>{title}</h2>
      <dl>
        <dt>{t('proposals.presentation.seats')}</dt>
        <dd data-testid="kpi-seats">{k ? n(k.seats) : '…'}</dd>
        <dt>{t('proposals.presentation.capacity')}</dt>
        <dd data-testid="kpi-capacity">{k ? `${n(k.capacity)}${k.binding ? ` (${k.binding})` : ''}` : '…'}</dd>
        <dt>{t('proposals.presentation.gfa')}</dt>
        <dd>{k ? `${n(k.grossArea)} m²` : '…'}</dd>
        <dt>{t('proposals.presentation.areaPerSeat')}</dt>
        <dd>{k ? n(k.areaPerSeat, 2) : '…'}</dd>
        <dt>{t('proposals.presentation.findings')}</dt>
        <dd>{k ? `${k.fails} / ${k.warns}` : '…'}</dd>
      </dl>
    </div>
  );
}

export function PresentationMode() {
  const { t } = useTranslation();
  const plan = useEditor((s) => s.plan);
  const stops = useMemo(() => tourStops(plan), [plan]);
  const tour = useRef<CameraTour | null>(null);
  const [state, setState] = useState({ index: 0, playing: true });
  const run = useRulesRun();

  useEffect(() => {
    // fails quietly where not allowed (no user gesture, iframes, headless browsers)
    if (!document.fullscreenElement) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') {
        e.preventDefault();
        leavePresentation();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    tour.current = startCameraTour(editorStore, stops, stopMs(), (index, playing) => setState({ index, playing }));
    return () => tour.current?.dispose();
  }, [stops]);

  return (
    <div className="presentation" data-testid="presentation">
      <Kpis run={run} />
      <div className="presentation-controls" role="toolbar">
        <button type="button" title={t('proposals.presentation.previous')} onClick={() => tour.current?.previous()}>
          ◀
        </button>
        <button type="button" data-testid="tour-play" onClick={() => (state.playing ? tour.current?.pause() : tour.current?.play())}>
          {state.playing ? t('proposals.presentation.pause') : t('proposals.presentation.play')}
        </button>
        <button type="button" title={t('proposals.presentation.next')} onClick={() => tour.current?.next()}>
          ▶
        </button>
        <span className="tour-position" data-testid="tour-position">
          {state.index + 1} / {stops.length}
        </span>
        <button type="button" data-testid="presentation-exit" onClick={leavePresentation}>
          {t('proposals.presentation.exit')}
        </button>
      </div>
    </div>
  );
}
