// The Demand tab: a profile's calls by interval, handling time, service level, shrinkage, hours
// and shifts → agents per interval (Erlang C), seats needed, and how that compares with the seats
// the floor, building, tenant or park has. The form computes as it is typed; "Save" stores the
// profile in the plan as one undoable command (so it persists with the plan).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import { addDemand, editDemand, nextDemandId, removeDemand } from '../../floorplan/commands/demand.ts';
import { findBuilding, findFloor } from '../../floorplan/queries/lookup.ts';
import type { DemandProfile, PlanDocument } from '../../floorplan/types.ts';
import { compareSeats, scopeSeats } from '../../rules/demand/demandTargets.ts';
import { staffDemand, type DemandResult } from '../../rules/demand/staffing.ts';
import { awaitsCalls, draftOf, draftProblems, newDraft, profileOfDraft, type DemandDraft } from './demandDraft.ts';
import './demandMessages.ts';
import './demand.css';

const NEW = '';

/** The profile to show first: one for the open floor, else the open building, else the first. */
function firstProfile(profiles: readonly DemandProfile[], floorId: string | null, buildingId: string | null): string {
  return (
    profiles.find((p) => floorId && p.scope.floorId === floorId)?.id ??
    profiles.find((p) => buildingId && p.scope.buildingId === buildingId)?.id ??
    profiles[0]?.id ??
    NEW
  );
}

function scopeOptions(plan: PlanDocument, floorId: string | null, buildingId: string | null, current: string, t: TFunction): { value: string; label: string }[] {
  const options: { value: string; label: string }[] = [];
  const floor = floorId ? findFloor(plan, floorId) : undefined;
  if (floor) options.push({ value: `floor:${floor.floor.id}`, label: t('demand.scopes.floor', { name: `${floor.building.name} ${floor.floor.name}` }) });
  const building = buildingId ? findBuilding(plan, buildingId) : undefined;
  if (building) options.push({ value: `building:${building.id}`, label: t('demand.scopes.building', { name: building.name }) });
  options.push({ value: 'park', label: t('demand.scopes.park') });
  for (const tenant of plan.tenants ?? []) options.push({ value: `tenant:${tenant.id}`, label: t('demand.scopes.tenant', { name: tenant.name }) });
  if (!options.some((o) => o.value === current)) {
    // a profile saved for a floor or building not open now
    const [kind, id] = [current.slice(0, current.indexOf(':')), current.slice(current.indexOf(':') + 1)];
    const ref = kind === 'floor' ? findFloor(plan, id) : undefined;
    const name = ref ? `${ref.building.name} ${ref.floor.name}` : kind === 'building' ? (findBuilding(plan, id)?.name ?? id) : id;
    options.unshift({ value: current, label: t('demand.scopes.other', { name }) });
  }
  return options;
}

export function DemandPanel() {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const floorId = useEditorState((s) => s.session.floorId);
  const buildingId = useEditorState((s) => s.session.buildingId);
  const profiles = plan.demand ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  // a picked profile that an undo removed falls back to the first
  const selected = picked !== null && (picked === NEW || profiles.some((p) => p.id === picked)) ? picked : firstProfile(profiles, floorId, buildingId);
  const profile = profiles.find((p) => p.id === selected);
  const defaultScope = floorId ? `floor:${floorId}` : buildingId ? `building:${buildingId}` : 'park';
  return (
    <section className="demand-panel" data-testid="demand-panel">
      <h3>{t('demand.title')}</h3>
      <p className="muted demand-intro">{t('demand.intro')}</p>
      <label className="demand-row">
        <span>{t('demand.profile')}</span>
        <select data-testid="demand-pick" value={selected} onChange={(e) => setPicked(e.target.value)}>
          {profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
          <option value={NEW}>{t('demand.newProfile')}</option>
        </select>
      </label>
      <DemandForm
        // a new form whenever the stored profile changes (an undo, a save) or another is picked
        key={profile ? `${profile.id}|${JSON.stringify(profile)}` : `new|${defaultScope}`}
        plan={plan}
        profile={profile}
        initial={profile ? draftOf(profile) : newDraft(t('demand.defaultName', { n: profiles.length + 1 }), defaultScope)}
        floorId={floorId}
        buildingId={buildingId}
        onSaved={setPicked}
      />
    </section>
  );
}

interface FormProps {
  plan: PlanDocument;
  profile: DemandProfile | undefined;
  initial: DemandDraft;
  floorId: string | null;
  buildingId: string | null;
  onSaved(id: string | null): void;
}

function DemandForm({ plan, profile, initial, floorId, buildingId, onSaved }: FormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<DemandDraft>(initial);
  const set = <K extends keyof DemandDraft>(key: K, value: DemandDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setInterval = (i: number, field: 'start' | 'calls', value: string) => setDraft((d) => ({ ...d, intervals: d.intervals.map((iv, j) => (j === i ? { ...iv, [field]: value } : iv)) }));
  const problems = draftProblems(draft);
  const waiting = awaitsCalls(draft);
  const candidate = profileOfDraft(profile?.id ?? nextDemandId(plan), draft);
  const result = problems.length === 0 ? staffDemand(candidate) : null;
  const dirty = !profile || JSON.stringify(draftOf(profile)) !== JSON.stringify(draft);
  const run = useEditorStore().getState().execute;
  const save = () => {
    const outcome = profile ? run(editDemand, { id: profile.id, changes: { maxOccupancy: undefined, shiftOverlapHours: undefined, ...candidate } }) : run(addDemand, { profile: candidate });
    if (outcome.ok) onSaved(candidate.id);
  };
  const remove = () => {
    if (!profile) return;
    if (run(removeDemand, { id: profile.id }).ok) onSaved(null);
  };
  const field = (key: 'aht' | 'slPercent' | 'slSeconds' | 'shrinkage' | 'maxOccupancy' | 'shiftHours' | 'overlap' | 'open' | 'close', label: string, placeholder?: string) => (
    <label className="demand-row">
      <span>{label}</span>
      <input type="text" inputMode={key === 'open' || key === 'close' ? 'numeric' : 'decimal'} data-testid={`demand-${key}`} value={draft[key]} placeholder={placeholder} onChange={(e) => set(key, e.target.value)} />
    </label>
  );
  return (
    <div className="demand-form">
      <label className="demand-row">
        <span>{t('demand.name')}</span>
        <input type="text" data-testid="demand-name" value={draft.name} onChange={(e) => set('name', e.target.value)} />
      </label>
      <label className="demand-row">
        <span>{t('demand.scope')}</span>
        <select data-testid="demand-scope" value={draft.scope} onChange={(e) => set('scope', e.target.value)}>
          {scopeOptions(plan, floorId, buildingId, draft.scope, t).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>

      <h4>{t('demand.intervals')}</h4>
      <p className="muted demand-hint">{t('demand.intervalsHint')}</p>
      <div className="demand-intervals" role="group" aria-label={t('demand.intervals')}>
        <span className="demand-intervals-head">{t('demand.start')}</span>
        <span className="demand-intervals-head">{t('demand.calls')}</span>
        <span />
        {draft.intervals.map((iv, i) => (
          <IntervalRow key={i} index={i} start={iv.start} calls={iv.calls} removable={draft.intervals.length > 1} onChange={setInterval} onRemove={() => setDraft((d) => ({ ...d, intervals: d.intervals.filter((_, j) => j !== i) }))} />
        ))}
      </div>
      <button type="button" className="demand-link" data-testid="demand-add-interval" onClick={() => setDraft((d) => ({ ...d, intervals: [...d.intervals, { start: nextStart(d), calls: '' }] }))}>
        + {t('demand.addInterval')}
      </button>

      {field('aht', t('demand.aht'))}
      <div className="demand-pair">
        {field('slPercent', t('demand.slPercent'))}
        {field('slSeconds', t('demand.slSeconds'))}
      </div>
      {field('shrinkage', t('demand.shrinkage'))}
      {field('maxOccupancy', t('demand.maxOccupancy'), t('demand.optional'))}
      <div className="demand-pair">
        {field('open', t('demand.open'))}
        {field('close', t('demand.close'))}
      </div>
      <div className="demand-pair">
        {field('shiftHours', t('demand.shiftHours'))}
        {field('overlap', t('demand.overlap'), '0')}
      </div>

      {waiting && problems.every((p) => p.key === 'calls') ? (
        <p className="muted" data-testid="demand-enter-calls">{t('demand.enterCalls')}</p>
      ) : problems.length > 0 ? (
        <ul className="demand-problems" role="alert" data-testid="demand-problems">
          {[...new Set(problems.map((p) => p.key))].map((key) => (
            <li key={key}>{t(`demand.problems.${key}`)}</li>
          ))}
        </ul>
      ) : null}

      {result && <DemandResultView plan={plan} profile={candidate} result={result} />}

      <div className="demand-actions">
        <button type="button" data-testid="demand-save" disabled={!result || !dirty} onClick={save}>
          {profile ? t('demand.update') : t('demand.save')}
        </button>
        {profile && !dirty && <span className="muted" data-testid="demand-saved">{t('demand.saved')}</span>}
        {profile && (
          <button type="button" className="demand-remove" data-testid="demand-delete" onClick={remove}>
            {t('demand.remove')}
          </button>
        )}
      </div>
      <p className="muted demand-hint">{t('demand.assumptions')}</p>
    </div>
  );
}

/** An hour after the last interval's start (a guess the user edits). */
function nextStart(d: DemandDraft): string {
  const last = d.intervals.at(-1)?.start ?? d.open;
  const m = /^(\d{2}):(\d{2})$/.exec(last);
  if (!m) return '';
  return `${String((Number(m[1]) + 1) % 24).padStart(2, '0')}:${m[2]}`;
}

function IntervalRow({ index, start, calls, removable, onChange, onRemove }: { index: number; start: string; calls: string; removable: boolean; onChange(i: number, field: 'start' | 'calls', value: string): void; onRemove(): void }) {
  const { t } = useTranslation();
  return (
    <>
      <input type="text" inputMode="numeric" aria-label={`${t('demand.start')} ${index + 1}`} data-testid={`demand-interval-start-${index}`} value={start} onChange={(e) => onChange(index, 'start', e.target.value)} />
      <input type="text" inputMode="decimal" aria-label={`${t('demand.calls')} ${index + 1}`} data-testid={`demand-interval-calls-${index}`} value={calls} onChange={(e) => onChange(index, 'calls', e.target.value)} />
      <button type="button" className="demand-x" title={t('demand.removeInterval', { start })} aria-label={t('demand.removeInterval', { start })} disabled={!removable} onClick={onRemove}>
        ×
      </button>
    </>
  );
}

const pct = (share: number) => `${Math.round(share * 1000) / 10}%`;

function DemandResultView({ plan, profile, result }: { plan: PlanDocument; profile: DemandProfile; result: DemandResult }) {
  const { t } = useTranslation();
  const scope = scopeSeats(plan, profile.scope);
  const comparison = compareSeats(result.seatsNeeded, scope.seats);
  const noun = t(`demand.scopeNouns.${scope.kind}`);
  const sentence =
    comparison.balance === null
      ? t('demand.comparison.unknown', { needed: comparison.needed, scope: noun })
      : comparison.balance > 0
        ? t('demand.comparison.spare', { needed: comparison.needed, scope: noun, have: comparison.have, count: comparison.balance })
        : comparison.balance < 0
          ? t('demand.comparison.short', { needed: comparison.needed, scope: noun, have: comparison.have, count: -comparison.balance })
          : t('demand.comparison.exact', { needed: comparison.needed, scope: noun, have: comparison.have });
  const state = comparison.balance === null ? 'unknown' : comparison.balance >= 0 ? 'enough' : 'short';
  const top = Math.max(1, ...result.intervals.map((iv) => iv.scheduled));
  const p = result.peak;
  return (
    <div className="demand-result" data-testid="demand-result">
      <h4>{t('demand.result')}</h4>
      <dl className="demand-figures">
        <dt>{t('demand.traffic')}</dt>
        <dd data-testid="demand-traffic">{t('demand.erlangs', { value: p.traffic.toFixed(2) })}</dd>
        <dt>{t('demand.peakAgents')}</dt>
        <dd data-testid="demand-peak-agents">{result.peakAgents}</dd>
        <dt>{t('demand.peakScheduled')}</dt>
        <dd data-testid="demand-peak-scheduled">{result.peakScheduled}</dd>
        <dt>{t('demand.seatsNeeded')}</dt>
        <dd data-testid="demand-seats-needed" className="demand-seats">{result.seatsNeeded}</dd>
      </dl>
      <p className={`demand-comparison demand-comparison--${state}`} data-testid="demand-comparison" data-balance={comparison.balance ?? ''} data-have={comparison.have ?? ''}>
        {sentence}
      </p>
      <p className="muted demand-hint">
        {t('demand.serviceAtPeak', { sl: pct(p.serviceLevel), seconds: profile.serviceLevel.seconds, asa: p.asa.toFixed(1), occupancy: pct(p.occupancy) })}
      </p>
      {result.shifts.length > 0 && (
        <p className="demand-shifts" data-testid="demand-shifts">
          {t('demand.shifts')}: {result.shifts.map((s) => t('demand.shift', { start: s.start, end: s.end, agents: s.agents })).join(' · ')}
        </p>
      )}
      <h4>{t('demand.chart')}</h4>
      <div className="demand-chart" data-testid="demand-chart">
        {result.intervals.map((iv) => (
          <div className="demand-bar-row" key={iv.start} data-testid="demand-bar" data-agents={iv.agents} data-scheduled={iv.scheduled}>
            <span className="demand-bar-label">{iv.start}</span>
            <span className="demand-bar-track" title={`${iv.start}–${iv.end}: ${iv.callsPerHour} → ${iv.agents} / ${iv.scheduled}`}>
              <span className="demand-bar demand-bar--scheduled" style={{ width: `${(iv.scheduled / top) * 100}%` }} />
              <span className="demand-bar demand-bar--agents" style={{ width: `${(iv.agents / top) * 100}%` }} />
            </span>
            <span className="demand-bar-value">
              {iv.agents} / {iv.scheduled}
            </span>
          </div>
        ))}
      </div>
      <p className="muted demand-hint">{t('demand.chartLegend')}</p>
      {result.ignored.length > 0 && <p className="demand-problems">{t('demand.ignored', { starts: result.ignored.join(', ') })}</p>}
    </div>
  );
}

