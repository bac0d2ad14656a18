// The auto-layout panel (right dock, tab "Auto-layout"): zones and options, Run with progress
// and Cancel (the search runs in a worker: editor/autoLayoutClient.ts), the variants side by side
// (seats, what binds, the check summary, one-off cost per seat where the plan has costs, the
// seats the floor's demand needs against the seats laid out), a preview of the chosen variant on
// the canvas, Apply as one undoable command (with "services": the zones' luminaires and outlets
// too), and Save as proposals.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import { startAutoLayout, type LayoutRun } from '../../editor/autoLayoutClient.ts';
import { layoutPreviewStore } from '../../editor/layoutPreview.ts';
import { addLayoutProposals } from '../../floorplan/commands/addLayoutProposals.ts';
import { deskInZones, replaceWorkstations } from '../../floorplan/commands/replaceWorkstations.ts';
import { layoutCosts } from '../../floorplan/proposals/costs.ts';
import type { LayoutProgress, LayoutResult, LayoutVariant } from '../../rules/layout/autoLayout.ts';
import { bindingText, demandText, nothingBinds } from '../../rules/layout/describe.ts';
import { DEFAULT_LAYOUT_OPTIONS, LAYOUT_VARIANTS, type LayoutOptions, type LayoutOrientation } from '../../rules/layout/options.ts';
import { formatMoney } from '../proposals/format.ts';
import './autoLayout.css';
import './layoutMessages.ts';

type Status = { kind: 'idle' } | { kind: 'running'; progress: LayoutProgress | null } | { kind: 'message'; text: string };

const NUMBER_FIELDS = ['deskWidth', 'deskDepth', 'desksPerBench', 'mainAisle', 'secondaryAisle', 'supervisorEvery'] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];

export function AutoLayoutPanel() {
  const { t } = useTranslation();
  const floorId = useEditorState((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const plan = useEditorState((s) => s.plan);
  const revision = useEditorState((s) => s.revision);
  const locale = useEditorState((s) => s.session.locale);
  const editorStore = useEditorStore();
  const floor = useMemo(() => plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId) ?? null, [plan, floorId]);
  const candidates = useMemo(() => floor?.zones.filter((z) => z.use === 'work' || z.use === 'management' || z.use === 'training') ?? [], [floor]);
  const [zoneIds, setZoneIds] = useState<string[]>([]);
  const [fields, setFields] = useState<Record<NumberField, string>>(() => Object.fromEntries(NUMBER_FIELDS.map((k) => [k, String(DEFAULT_LAYOUT_OPTIONS[k])])) as Record<NumberField, string>);
  const [orientation, setOrientation] = useState<LayoutOrientation>('both');
  const [services, setServices] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [result, setResult] = useState<{ result: LayoutResult; revision: number } | null>(null);
  const [chosen, setChosen] = useState(0);
  const run = useRef<LayoutRun | null>(null);

  // the floor's work zones by default; a new floor starts afresh
  useEffect(() => {
    setZoneIds(candidates.filter((z) => z.use === 'work').map((z) => z.id));
    setResult(null);
    setStatus({ kind: 'idle' });
    layoutPreviewStore.getState().clear();
  }, [floorId]); // only on a change of floor: the zones picked survive edits
  useEffect(() => () => {
    run.current?.cancel();
    layoutPreviewStore.getState().clear();
  }, []);

  const variant: LayoutVariant | null = result?.result.variants[chosen] ?? null;
  useEffect(() => {
    if (variant && result) layoutPreviewStore.getState().show(result.result.floorId, variant.workstations);
    else layoutPreviewStore.getState().clear();
  }, [variant, result]);

  if (!floor) return <div className="side-panel auto-layout" data-testid="auto-layout-panel"><p className="auto-layout-hint">{t('autoLayout.noFloor')}</p></div>;

  const currentSeats = floor.workstations.filter((ws) => deskInZones(ws, floor.zones.filter((z) => zoneIds.includes(z.id)))).length;
  const options = (): Partial<LayoutOptions> => {
    const n = (k: NumberField) => Number(fields[k].replace(',', '.'));
    return { deskWidth: n('deskWidth'), deskDepth: n('deskDepth'), deskPitch: n('deskWidth'), desksPerBench: Math.round(n('desksPerBench')), mainAisle: n('mainAisle'), secondaryAisle: n('secondaryAisle'), supervisorEvery: Math.round(n('supervisorEvery')), orientation };
  };

  const start = () => {
    run.current?.cancel();
    setResult(null);
    setChosen(0);
    setStatus({ kind: 'running', progress: null });
    const at = editorStore.getState().revision;
    const current = startAutoLayout(editorStore.getState().plan, { floorId: floor.id, zoneIds, options: options(), variants: [...LAYOUT_VARIANTS], services }, (progress) => setStatus({ kind: 'running', progress }));
    run.current = current;
    current.done.then(
      (r) => {
        if (run.current !== current) return;
        run.current = null;
        if ('problem' in r) setStatus({ kind: 'message', text: t(`autoLayout.problems.${r.problem}`) });
        else {
          setResult({ result: r, revision: at });
          setStatus({ kind: 'idle' });
        }
      },
      (error: unknown) => {
        if (run.current !== current) return;
        run.current = null;
        const cancelled = error instanceof DOMException && error.name === 'AbortError';
        setStatus({ kind: 'message', text: cancelled ? t('autoLayout.cancelled') : t('autoLayout.failed', { message: error instanceof Error ? error.message : String(error) }) });
      },
    );
  };
  const cancel = () => run.current?.cancel();
  const stale = result !== null && result.revision !== revision;
  const variantName = (id: string) => t(`autoLayout.variants.${id}`);

  const apply = () => {
    if (!result || !variant || stale) return;
    const outcome = editorStore.getState().execute(replaceWorkstations, { floorId: result.result.floorId, zoneIds: result.result.zoneIds, workstations: variant.workstations, ...(variant.services ? { services: variant.services } : {}) });
    if (outcome.ok) {
      layoutPreviewStore.getState().clear();
      setResult(null);
      setStatus({ kind: 'message', text: t('autoLayout.applied', { count: variant.seats }) });
    }
  };
  const saveProposals = () => {
    if (!result || stale) return;
    const variants = result.result.variants.map((v) => ({ name: t('autoLayout.proposalName', { floor: floor.name, variant: variantName(v.id) }), workstations: v.workstations }));
    const outcome = editorStore.getState().execute(addLayoutProposals, { floorId: result.result.floorId, zoneIds: result.result.zoneIds, variants });
    if (outcome.ok) setStatus({ kind: 'message', text: t('autoLayout.saved', { count: variants.length }) });
  };

  const running = status.kind === 'running';
  const otherSeats = floor.workstations.length - currentSeats;
  // seats the floor's demand profiles need, as of the run
  const seatsNeeded = result?.result.seatsNeeded ?? null;
  return (
    <div className="side-panel auto-layout" data-testid="auto-layout-panel">
      <h3>{t('autoLayout.title')}</h3>
      <p className="auto-layout-hint">{t('autoLayout.intro')}</p>
      <fieldset disabled={running}>
        <legend>{t('autoLayout.zones')}</legend>
        {candidates.length === 0 && <p className="auto-layout-hint">{t('autoLayout.noZones')}</p>}
        {candidates.map((z) => (
          <label key={z.id} className="auto-layout-zone">
            <input type="checkbox" checked={zoneIds.includes(z.id)} onChange={(e) => setZoneIds((ids) => (e.target.checked ? [...ids, z.id] : ids.filter((id) => id !== z.id)))} data-testid={`layout-zone-${z.id}`} />
            {z.name}
          </label>
        ))}
        <p className="auto-layout-hint" data-testid="layout-now">{t('autoLayout.now', { seats: currentSeats })}</p>
      </fieldset>
      <fieldset disabled={running} className="auto-layout-options">
        <label>{t('autoLayout.desk')} {t('autoLayout.width')}<input inputMode="decimal" value={fields.deskWidth} onChange={(e) => setFields({ ...fields, deskWidth: e.target.value })} data-testid="layout-desk-width" /></label>
        <label>{t('autoLayout.depth')}<input inputMode="decimal" value={fields.deskDepth} onChange={(e) => setFields({ ...fields, deskDepth: e.target.value })} /></label>
        <label>{t('autoLayout.desksPerBench')}<input inputMode="numeric" value={fields.desksPerBench} onChange={(e) => setFields({ ...fields, desksPerBench: e.target.value })} /></label>
        <label>{t('autoLayout.orientation')}
          <select value={orientation} onChange={(e) => setOrientation(e.target.value as LayoutOrientation)}>
            {(['both', 'x', 'y'] as const).map((o) => <option key={o} value={o}>{t(`autoLayout.orientations.${o}`)}</option>)}
          </select>
        </label>
        <label>{t('autoLayout.mainAisle')}<input inputMode="decimal" value={fields.mainAisle} onChange={(e) => setFields({ ...fields, mainAisle: e.target.value })} /></label>
        <label>{t('autoLayout.secondaryAisle')}<input inputMode="decimal" value={fields.secondaryAisle} onChange={(e) => setFields({ ...fields, secondaryAisle: e.target.value })} /></label>
        <label>{t('autoLayout.supervisorEvery')}<input inputMode="numeric" value={fields.supervisorEvery} onChange={(e) => setFields({ ...fields, supervisorEvery: e.target.value })} /></label>
        <label className="auto-layout-services" title={t('autoLayout.servicesHint')}>
          <input type="checkbox" checked={services} onChange={(e) => setServices(e.target.checked)} data-testid="layout-services" />
          {t('autoLayout.services')}
        </label>
      </fieldset>
      <div className="auto-layout-actions">
        <button type="button" onClick={start} disabled={running || zoneIds.length === 0} data-testid="layout-run">{t('autoLayout.run')}</button>
        {running && <button type="button" onClick={cancel} data-testid="layout-cancel">{t('autoLayout.cancel')}</button>}
      </div>
      {running && (
        <p className="auto-layout-status" role="status" aria-live="polite" data-testid="layout-progress">
          {t('autoLayout.running', { done: Math.min((status.progress?.done ?? 0) + 1, status.progress?.total ?? 1), total: status.progress?.total ?? LAYOUT_VARIANTS.length + 1 })}
        </p>
      )}
      {status.kind === 'message' && <p className="auto-layout-status" role="status" data-testid="layout-message">{status.text}</p>}
      {result && (
        <div className="auto-layout-result" data-testid="layout-result">
          {stale && <p className="auto-layout-stale">{t('autoLayout.stale')}</p>}
          {result.result.preexisting.length > 0 && <p className="auto-layout-hint">{t('autoLayout.preexisting', { count: result.result.preexisting.length })}</p>}
          {result.result.variants.map((v, i) => {
            const costs = plan.costs ? layoutCosts(plan.costs, v.grossArea, v.seats + otherSeats) : null;
            const delta = v.seats - result.result.currentSeats;
            return (
              <label key={v.id} className={i === chosen ? 'auto-layout-variant auto-layout-variant--chosen' : 'auto-layout-variant'} data-testid={`layout-variant-${v.id}`} data-seats={v.seats} data-passes={v.passes ? '1' : '0'}>
                <span className="auto-layout-variant-head">
                  <input type="radio" name="layout-variant" checked={i === chosen} onChange={() => setChosen(i)} aria-label={t('autoLayout.preview')} />
                  <strong>{variantName(v.id)}</strong>
                  <span className="auto-layout-seats">{t('autoLayout.seats', { count: v.seats })}</span>
                  <span className="auto-layout-delta">{t('autoLayout.delta', { delta: delta >= 0 ? `+${delta}` : String(delta) })}</span>
                </span>
                {v.id === 'fewest-changes' && <span className="auto-layout-line">{t('autoLayout.kept', { count: v.kept })}</span>}
                {seatsNeeded !== null && (
                  <span className={v.seats + result.result.otherSeats >= seatsNeeded ? 'auto-layout-line auto-layout-pass' : 'auto-layout-line auto-layout-fail'} data-testid={`layout-demand-${v.id}`}>
                    {demandText(seatsNeeded, v.seats + result.result.otherSeats, locale)}
                  </span>
                )}
                {v.services && (
                  <span className="auto-layout-line" data-testid={`layout-services-${v.id}`}>
                    {t('autoLayout.servicesPlaced', { luminaires: v.services.luminaires.length, outlets: v.services.airTerminals.length, air: v.services.airTerminals.reduce((sum, a) => sum + a.freshAir, 0) })}
                  </span>
                )}
                {(v.bindings.length ? v.bindings.map((b) => bindingText(b, locale, floor.zones.find((z) => z.id === b.zoneId)?.name)) : [nothingBinds(locale)]).map((text) => (
                  <span key={text} className="auto-layout-line auto-layout-binds">{text}</span>
                ))}
                <span className="auto-layout-line">{t('autoLayout.checks', { fail: v.summary.fail, warn: v.summary.warn, pass: v.summary.pass })}</span>
                <span className={v.passes ? 'auto-layout-line auto-layout-pass' : 'auto-layout-line auto-layout-fail'}>
                  {v.passes ? t('autoLayout.passes') : t('autoLayout.notPasses', { rules: [...new Set(v.newFailures.map((f) => f.ruleId))].join(', ') })}
                </span>
                {costs?.oneOffPerSeat != null && <span className="auto-layout-line">{t('autoLayout.costPerSeat', { cost: formatMoney(costs.oneOffPerSeat, plan.costs!.currency, locale) })}</span>}
              </label>
            );
          })}
          <p className="auto-layout-hint">{t('autoLayout.ms', { ms: result.result.ms, runs: result.result.ruleRuns })}</p>
          <div className="auto-layout-actions">
            <button type="button" onClick={apply} disabled={stale || !variant?.passes} data-testid="layout-apply">{t('autoLayout.apply')}</button>
            <button type="button" onClick={saveProposals} disabled={stale} data-testid="layout-save-proposals">{t('autoLayout.saveProposals')}</button>
          </div>
        </div>
      )}
    </div>
  );
}
