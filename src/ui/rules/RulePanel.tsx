// The rule panel (the checks tab of the right dock): live findings of the open floor, its
// building or the park, by area with fail/warn/pass/n-a counts; findings of one rule with one
// cause are one row that opens to them (src/rules/findingGroups.ts); everything reads with rule
// titles and element names, never ids. Click to select and frame, review per finding.
import './messages.ts';
import './rules.css';
import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecksState, useEditorState } from '../../editor/EditorContext.tsx';
import type { Review } from '../../floorplan/types.ts';
import { groupFindings } from '../../rules/findingGroups.ts';
import { findingNames, type FindingNames } from '../../rules/findingNames.ts';
import { countStatuses, STATUS_COUNT_KEYS, STATUS_ORDER, statusCountKey, type FindingStatus, type StatusCounts } from '../../rules/results.ts';
import { FindingGroupRow } from './FindingGroupRow.tsx';
import { FindingItem } from './FindingItem.tsx';
import { keepAreaGroups, keepFindingRows } from './keepUnchanged.ts';
import { OverlayToggles } from './OverlayToggles.tsx';
import { defaultScope, groupByArea, inScope, type AreaGroup, type Scope } from './scope.ts';
import { buildingSeatCount } from '../seatCounts.ts';

/** Rows (groups) rendered per area before "show more": a park has thousands of passing findings. */
const PAGE = 40;
const NO_REVIEWS: readonly Review[] = [];

function Counts({ counts, testId }: { counts: StatusCounts; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="counts" data-testid={testId}>
      {STATUS_COUNT_KEYS.map((k) => (
        <span key={k} className={`count count--${k}`} title={t(`rulesUi.status.${k}`)} data-testid={testId ? `${testId}-${k}` : undefined}>
          {counts[k]}
        </span>
      ))}
    </span>
  );
}

/**
 * `next` through `keep` against what the last render showed: rows whose findings did not change
 * stay the objects they were, so a new result re-renders only the rows it changed.
 */
function useKept<T>(next: T[], keep: (previous: readonly T[] | null, next: T[]) => T[]): T[] {
  const last = useRef<{ next: T[]; kept: T[] } | null>(null);
  if (last.current?.next !== next) last.current = { next, kept: keep(last.current?.kept ?? null, next) };
  return last.current.kept;
}

interface AreaSectionProps {
  group: AreaGroup;
  reviews: ReadonlyMap<string, Review>;
  selection: ReadonlySet<string>;
  names: FindingNames;
  /** the list spans floors: say where each finding is */
  showPlace: boolean;
}

const AreaSection = memo(function AreaSection({ group, reviews, selection, names, showPlace }: AreaSectionProps) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const rows = useKept(
    useMemo(() => groupFindings(group.findings), [group.findings]),
    keepFindingRows,
  );
  const shown = rows.slice(0, limit);
  return (
    <details className="area" open={group.counts.fail + group.counts.warn > 0} data-testid={`area-${group.area}`}>
      <summary>
        <span className="area-name">{t(`rulesUi.area.${group.area}`)}</span>
        <Counts counts={group.counts} />
      </summary>
      <ul className="findings">
        {shown.map((row) => {
          const only = row.findings.length === 1 ? row.findings[0]! : null;
          return only ? (
            <FindingItem
              key={only.key}
              finding={only}
              review={reviews.get(only.key)}
              selected={only.where.elementIds.length > 0 && only.where.elementIds.every((id) => selection.has(id))}
              names={names}
              showPlace={showPlace}
            />
          ) : (
            <FindingGroupRow key={row.key} group={row} reviews={reviews} selection={selection} names={names} showPlace={showPlace} />
          );
        })}
      </ul>
      {rows.length > limit && (
        <button type="button" className="more" onClick={() => setLimit((l) => l + PAGE * 5)}>
          {t('rulesUi.more', { count: rows.length - limit })}
        </button>
      )}
    </details>
  );
});

/** "5,736 seats · 3 buildings · 21 floors": what the first check is working through. */
function usePlanSize(): string {
  const { t, i18n } = useTranslation();
  const site = useEditorState((s) => s.plan.site);
  return useMemo(() => {
    const seats = site.buildings.reduce((n, b) => n + buildingSeatCount(b), 0);
    const buildings = site.buildings.length;
    const floors = site.buildings.reduce((n, b) => n + b.floors.length, 0);
    if (buildings === 0) return '';
    const fmt = new Intl.NumberFormat(i18n.language);
    return [
      t('rulesUi.size.seats', { count: seats, n: fmt.format(seats) }),
      t('rulesUi.size.buildings', { count: buildings, n: fmt.format(buildings) }),
      t('rulesUi.size.floors', { count: floors, n: fmt.format(floors) }),
    ].join(i18n.language.startsWith('zh') ? '，' : ', ');
  }, [site, t, i18n.language]);
}

/** Before the first result: what is being checked, with an animated bar (the run takes seconds on a big park). */
function FirstCheckProgress() {
  const { t } = useTranslation();
  const size = usePlanSize();
  return (
    <div className="rule-progress" data-testid="rule-progress" role="status" aria-live="polite">
      <div className="rule-progress-text">
        <span className="spinner" aria-hidden="true" />
        {size ? t('rulesUi.checkingPlan', { size }) : t('rulesUi.checking')}
      </div>
      <div className="rule-progress-bar" aria-hidden="true">
        <span />
      </div>
    </div>
  );
}

export function RulePanel() {
  const { t } = useTranslation();
  const [chosenScope, setScope] = useState<Scope | null>(null);
  const [shown, setShown] = useState<ReadonlySet<FindingStatus>>(() => new Set<FindingStatus>(['fail', 'warn']));
  const result = useChecksState((s) => s.result);
  const checkedRevision = useChecksState((s) => s.revision);
  const pending = useChecksState((s) => s.pending);
  const error = useChecksState((s) => s.error);
  const lastRun = useChecksState((s) => s.lastRun);
  const level = useEditorState((s) => s.session.level);
  const buildingId = useEditorState((s) => s.session.buildingId);
  const floorId = useEditorState((s) => s.session.floorId);
  const selectionList = useEditorState((s) => s.session.selection);
  const reviewList = useEditorState((s) => s.plan.reviews ?? NO_REVIEWS);
  const plan = useEditorState((s) => s.plan);
  // Names for ids, worked out per floor when first asked for. Every edit makes new names, and new
  // names re-render every row shown: deferred, so that render waits for the edit's own work (its
  // re-check posted, its frame drawn) instead of holding them up.
  const names = useDeferredValue(useMemo(() => findingNames(plan), [plan]));

  // a scope narrower than the view allows falls back to the view's own
  const narrowest = defaultScope(level);
  const order: Scope[] = ['floor', 'building', 'park'];
  const scope = chosenScope && order.indexOf(chosenScope) >= order.indexOf(narrowest) ? chosenScope : narrowest;

  // the findings list, not the result: a re-check that changed no finding keeps the list (checks.ts)
  const allFindings = result?.findings;
  const findings = useMemo(
    () => (allFindings ? allFindings.filter((f) => inScope(f, scope, { buildingId, floorId })) : []),
    [allFindings, scope, buildingId, floorId],
  );
  const groups = useKept(
    useMemo(() => groupByArea(findings, shown), [findings, shown]),
    keepAreaGroups,
  );
  const totals = useMemo(() => countStatuses(findings), [findings]);
  const reviews = useMemo(() => new Map(reviewList.map((r) => [r.findingKey, r])), [reviewList]);
  const selection = useMemo(() => new Set(selectionList), [selectionList]);

  return (
    <aside className="rule-panel panel" data-testid="rule-panel" data-revision={checkedRevision} data-pending={pending ? '1' : '0'} aria-label={t('rulesUi.title')}>
      <div className="rule-panel-head">
        {result ? <Counts counts={totals} testId="rule-counts" /> : null}
        {error ? (
          <span className="rule-panel-state rule-panel-state--error" data-testid="rule-state">
            {t('rulesUi.failedToCheck', { error })}
          </span>
        ) : result ? (
          <span className="rule-panel-state" data-testid="rule-state">
            {pending ? (
              <span className="rule-updating" data-testid="rule-updating" title={t('rulesUi.updatingHint')}>
                <span className="spinner" aria-hidden="true" />
                {t('rulesUi.updating')}
              </span>
            ) : lastRun ? (
              t('rulesUi.checkedIn', { ms: Math.round(lastRun.editToResultMs) })
            ) : (
              ''
            )}
          </span>
        ) : null}
      </div>
      {!result && !error && <FirstCheckProgress />}
      <div className="group scope" role="group" aria-label={t('rulesUi.scope.label')}>
        {order.map((s) => (
          <button
            key={s}
            type="button"
            data-testid={`scope-${s}`}
            disabled={order.indexOf(s) < order.indexOf(narrowest)}
            aria-pressed={scope === s}
            className={scope === s ? 'active' : ''}
            onClick={() => setScope(s)}
          >
            {t(`rulesUi.scope.${s}`)}
          </button>
        ))}
      </div>
      <div className="status-filter" role="group" aria-label={t('rulesUi.showStatus')}>
        {STATUS_ORDER.map((s) => (
          <label key={s} className={`chip chip--${statusCountKey(s)}`}>
            <input
              type="checkbox"
              data-testid={`show-${statusCountKey(s)}`}
              checked={shown.has(s)}
              onChange={(e) => {
                const next = new Set(shown);
                if (e.target.checked) next.add(s);
                else next.delete(s);
                setShown(next);
              }}
            />
            {t(`rulesUi.status.${statusCountKey(s)}`)}
          </label>
        ))}
      </div>
      {level === 'floor' && <OverlayToggles />}
      <div className={pending && result ? 'areas areas--stale' : 'areas'}>
        {groups.length === 0 && result && <p className="nothing">{t('rulesUi.nothing')}</p>}
        {groups.map((g) => (
          <AreaSection key={`${g.area}|${scope}`} group={g} reviews={reviews} selection={selection} names={names} showPlace={scope !== 'floor'} />
        ))}
      </div>
    </aside>
  );
}
