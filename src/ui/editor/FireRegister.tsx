// The fire register: every fire device of the scope in view (park, building, floor) with its place,
// last inspection, next due date, status and open defects; sort by any column, filter, search; a
// windowed list (20,000 devices render a screenful of rows); a click on a row frames the device in
// the plan and opens its history and actions, a device picked in the plan opens its row. Records
// inspections (checked rows, the plan selection, a whole floor) and raises or closes actions, each
// one undoable command. Docked it shows five columns; "Expand" opens all ten over the canvas.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import type { EditorStore } from '../../editor/store.ts';
import { closeDeviceAction, setDeviceAction } from '../../floorplan/commands/deviceActions.ts';
import { markInspected } from '../../floorplan/commands/markInspected.ts';
import { FIRE_DEVICE_TYPES, type FireDeviceType } from '../../floorplan/register/fireDevices.ts';
import type { InspectionResult, Locale } from '../../floorplan/types.ts';
import { INSPECTION_STATUSES, type InspectionStatus } from '../../rules/register/inspectionStatus.ts';
import { buildRegister, type RegisterRow } from '../../rules/register/register.ts';
import { DEFAULT_SORT, filterRows, sortRows, type RegisterFilter, type RegisterSort } from '../../rules/register/registerView.ts';
import { ratingText, registerWords, type RegisterColumn } from '../../rules/register/registerWords.ts';
import { contentHeight, DOCKED_COLUMNS, registerScopeInView, scrollToShow, todayIso, visibleRange, WIDE_COLUMNS, type ListGeometry } from './fireRegister.ts';
import './registerMessages.ts';
import './fireRegister.css';

const ROW_HEIGHT = 28;
const DETAILS_HEIGHT = 230;

interface RecordForm {
  date: string;
  by: string;
  result: InspectionResult;
  note: string;
}

/** What both the docked and the large view show and edit: kept while the view switches. */
interface RegisterUi {
  sort: RegisterSort;
  filter: RegisterFilter;
  checked: ReadonlySet<string>;
  openId: string | null;
  form: RecordForm;
}

function cellText(row: RegisterRow, column: RegisterColumn, locale: Locale): string {
  const w = registerWords(locale);
  switch (column) {
    case 'id':
      return row.id;
    case 'type':
      return w.types[row.type];
    case 'rating':
      return ratingText(row.type, row.rating, locale);
    case 'building':
      return row.buildingName;
    case 'floor':
      return row.floorName;
    case 'zone':
      return row.zoneName ?? '—';
    case 'lastInspected':
      return row.lastInspected ?? '—';
    case 'nextDue':
      return row.nextDue ?? '—';
    case 'status':
      return w.statuses[row.status];
    case 'openDefects':
      return row.openDefects ? String(row.openDefects) : '';
  }
}

/** Opens the device's floor, selects it and frames it. */
function showInPlan(editor: EditorStore, row: RegisterRow): void {
  const s = editor.getState();
  if (s.session.level !== 'floor' || s.session.floorId !== row.floorId) s.openFloor(row.floorId);
  editor.getState().select([row.id]);
  editor.getState().fitSelection();
}

function RowDetails({ row, locale, form }: { row: RegisterRow; locale: Locale; form: RecordForm }) {
  const { t } = useTranslation();
  const w = registerWords(locale);
  const editorStore = useEditorStore();
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [note, setNote] = useState(row.defects.at(-1)?.note ?? '');
  const raise = () => {
    const result = editorStore.getState().execute(setDeviceAction, { findingKey: row.actionKey, owner, due, note, by: form.by, at: new Date().toISOString() });
    if (result.ok) setOwner('');
  };
  return (
    <div className="register-details" data-testid="register-details" style={{ height: DETAILS_HEIGHT }} onClick={(e) => e.stopPropagation()}>
      <div className="register-details-col">
        <h4>
          {t('register.row.history')} <span className="muted">· {t('register.row.interval', { days: row.intervalDays })}</span>
        </h4>
        {row.history.length === 0 ? (
          <p className="muted">{t('register.row.noHistory')}</p>
        ) : (
          <ol className="register-history" data-testid="register-history">
            {[...row.history].reverse().map((e) => (
              <li key={e.id} data-result={e.result}>
                <span className="register-date">{e.date}</span> <b className={`register-result register-result--${e.result}`}>{w.results[e.result]}</b>
                {e.by ? ` · ${e.by}` : ''}
                {e.note ? ` · ${e.note}` : ''}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="register-details-col">
        <h4>{t('register.row.actions')}</h4>
        {row.actions.length === 0 ? (
          <p className="muted">{t('register.row.noActions')}</p>
        ) : (
          <ul className="register-actions">
            {row.actions.map((a) => (
              <li key={a.findingKey}>
                {a.note ? `${a.note} · ` : ''}
                {a.owner} → {a.due}{' '}
                <button type="button" title={t('register.row.closeTitle')} onClick={() => editorStore.getState().execute(closeDeviceAction, { findingKey: a.findingKey, by: form.by, at: new Date().toISOString() })}>
                  {t('register.row.close')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="register-raise"
          onSubmit={(e) => {
            e.preventDefault();
            raise();
          }}
        >
          <span className="register-raise-title">{t('register.row.raise')}</span>
          <input aria-label={t('register.row.actionNote')} placeholder={t('register.row.actionNote')} value={note} onChange={(e) => setNote(e.target.value)} />
          <input aria-label={t('register.row.owner')} placeholder={t('register.row.owner')} value={owner} onChange={(e) => setOwner(e.target.value)} />
          <input aria-label={t('register.row.due')} type="date" value={due} onChange={(e) => setDue(e.target.value)} />
          <button type="submit" disabled={!owner.trim() || !due}>
            {t('register.row.save')}
          </button>
        </form>
        <button type="button" className="register-link" onClick={() => showInPlan(editorStore, row)}>
          {t('register.row.showInPlan')}
        </button>
      </div>
    </div>
  );
}

interface ViewProps {
  wide: boolean;
  ui: RegisterUi;
  setUi: (update: (ui: RegisterUi) => RegisterUi) => void;
  rows: RegisterRow[];
  total: number;
  counts: Record<InspectionStatus, number>;
  allRows: readonly RegisterRow[];
  headerButton: ReactNode;
}

function RegisterView({ wide, ui, setUi, rows, total, counts, allRows, headerButton }: ViewProps) {
  const { t } = useTranslation();
  const locale = useEditorState((s) => s.session.locale);
  const selection = useEditorState((s) => s.session.selection);
  const floorId = useEditorState((s) => s.session.floorId);
  const level = useEditorState((s) => s.session.level);
  const readOnly = useEditorState((s) => s.session.readOnly === true);
  const editorStore = useEditorStore();
  const w = registerWords(locale);
  const columns = wide ? WIDE_COLUMNS : DOCKED_COLUMNS;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(400);
  const [notice, setNotice] = useState<string | null>(null);
  const openIndex = ui.openId ? rows.findIndex((r) => r.id === ui.openId) : -1;
  const geometry: ListGeometry = { rowHeight: ROW_HEIGHT, detailsHeight: DETAILS_HEIGHT, openIndex };
  const [first, last] = visibleRange(scrollTop, viewport, rows.length, geometry);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || 400);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  // a device picked in the plan opens its row
  const picked = selection.length === 1 ? selection[0]! : null;
  useEffect(() => {
    if (!picked) return;
    const i = rows.findIndex((r) => r.id === picked);
    if (i < 0) return;
    setUi((u) => (u.openId === picked ? u : { ...u, openId: picked }));
    const el = scroller.current;
    if (!el) return;
    const to = scrollToShow(i, el.scrollTop, el.clientHeight, { ...geometry, openIndex: i });
    if (to !== null) {
      el.scrollTop = to;
      setScrollTop(to);
    }
    // only when the pick changes, not on every edit of the rows
  }, [picked]);

  const setFilter = (patch: Partial<RegisterFilter>) => setUi((u) => ({ ...u, filter: { ...u.filter, ...patch } }));
  const setForm = (patch: Partial<RecordForm>) => setUi((u) => ({ ...u, form: { ...u.form, ...patch } }));
  const sortBy = (column: RegisterColumn) =>
    setUi((u) => ({ ...u, sort: { column, direction: u.sort.column === column && u.sort.direction === 'asc' ? 'desc' : 'asc' } }));
  const toggle = (id: string, on: boolean) =>
    setUi((u) => {
      const checked = new Set(u.checked);
      if (on) checked.add(id);
      else checked.delete(id);
      return { ...u, checked };
    });

  const deviceIds = new Set(allRows.map((r) => r.id));
  const selectedDevices = selection.filter((id) => deviceIds.has(id));
  const floorRows = floorId && level === 'floor' ? allRows.filter((r) => r.floorId === floorId) : [];
  const record = (target: { ids: string[] } | { floorId: string }, count: number) => {
    const f = ui.form;
    const result = editorStore.getState().execute(markInspected, { ...target, date: f.date, result: f.result, by: f.by, note: f.note });
    if (result.ok) {
      setNotice(t('register.record.done', { count }));
      setUi((u) => ({ ...u, checked: new Set(), form: { ...u.form, note: '' } }));
    } else setNotice(null);
  };

  const buildings = [...new Map(allRows.map((r) => [r.buildingId, r.buildingName])).entries()];
  const floors = [...new Map(allRows.map((r) => [r.floorId, `${r.buildingName} ${r.floorName}`])).entries()];
  const zones = [...new Set(allRows.map((r) => r.zoneName ?? ''))].filter((z) => z).sort();
  const ratings = [...new Set(allRows.map((r) => r.rating ?? ''))].filter((z) => z).sort();
  const filtered = Object.values(ui.filter).some((v) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== '' && v !== false));

  return (
    <section className={`fire-register${wide ? ' fire-register--wide' : ''}`} data-testid={wide ? 'fire-register-wide' : 'fire-register'}>
      <header className="register-head">
        <h3>{t('register.title')}</h3>
        {headerButton}
      </header>
      <p className="muted" data-testid="register-count">
        {t('register.count', { shown: rows.length, count: total })} · {t('register.asOf', { date: todayIso() })}
      </p>
      <div className="register-chips" role="group">
        {INSPECTION_STATUSES.map((s) => {
          const on = ui.filter.statuses?.includes(s) ?? false;
          return (
            <button
              key={s}
              type="button"
              className={`register-chip register-chip--${s}${on ? ' on' : ''}`}
              aria-pressed={on}
              data-testid={`register-chip-${s}`}
              onClick={() => setFilter({ statuses: on ? ui.filter.statuses!.filter((x) => x !== s) : [...(ui.filter.statuses ?? []), s] })}
            >
              {w.statuses[s]} <b>{counts[s]}</b>
            </button>
          );
        })}
      </div>
      <div className="register-filters">
        <input type="search" placeholder={t('register.search')} aria-label={t('register.search')} data-testid="register-search" value={ui.filter.search ?? ''} onChange={(e) => setFilter({ search: e.target.value })} />
        <select aria-label={w.columns.type} data-testid="register-filter-type" value={ui.filter.types?.[0] ?? ''} onChange={(e) => setFilter({ types: e.target.value ? [e.target.value as FireDeviceType] : [] })}>
          <option value="">{t('register.allTypes')}</option>
          {FIRE_DEVICE_TYPES.filter((type) => allRows.some((r) => r.type === type)).map((type) => (
            <option key={type} value={type}>
              {w.types[type]}
            </option>
          ))}
        </select>
        {floors.length > 1 && (
          <select aria-label={w.columns.floor} data-testid="register-filter-floor" value={ui.filter.floorId ?? ''} onChange={(e) => setFilter({ floorId: e.target.value || undefined })}>
            <option value="">{t('register.allFloors')}</option>
            {floors.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        )}
        {wide && buildings.length > 1 && (
          <select aria-label={w.columns.building} value={ui.filter.buildingId ?? ''} onChange={(e) => setFilter({ buildingId: e.target.value || undefined })}>
            <option value="">{t('register.allBuildings')}</option>
            {buildings.map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        )}
        {wide && (
          <>
            <select aria-label={w.columns.zone} value={ui.filter.zoneName ?? ''} onChange={(e) => setFilter({ zoneName: e.target.value || undefined })}>
              <option value="">{t('register.allZones')}</option>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
            <select aria-label={w.columns.rating} value={ui.filter.rating ?? ''} onChange={(e) => setFilter({ rating: e.target.value || undefined })}>
              <option value="">{t('register.allRatings')}</option>
              {ratings.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
            <label className="register-inline">
              {t('register.dueBy')} <input type="date" value={ui.filter.dueBy ?? ''} onChange={(e) => setFilter({ dueBy: e.target.value || undefined })} />
            </label>
          </>
        )}
        <label className="register-inline">
          <input type="checkbox" checked={ui.filter.withDefects ?? false} onChange={(e) => setFilter({ withDefects: e.target.checked })} /> {t('register.withDefects')}
        </label>
        {filtered && (
          <button type="button" className="register-link" onClick={() => setUi((u) => ({ ...u, filter: {} }))}>
            {t('register.clearFilters')}
          </button>
        )}
      </div>
      {!readOnly && (
        <details className="register-record" data-testid="register-record" open={wide || undefined}>
          <summary>{t('register.record.title')}</summary>
          <div className="register-record-fields">
            <label>
              {t('register.record.date')} <input type="date" data-testid="register-date" value={ui.form.date} onChange={(e) => setForm({ date: e.target.value })} />
            </label>
            <label>
              {t('register.record.by')} <input data-testid="register-by" value={ui.form.by} onChange={(e) => setForm({ by: e.target.value })} />
            </label>
            <label>
              {t('register.record.result')}{' '}
              <select data-testid="register-result" value={ui.form.result} onChange={(e) => setForm({ result: e.target.value as InspectionResult })}>
                <option value="pass">{w.results.pass}</option>
                <option value="defect">{w.results.defect}</option>
              </select>
            </label>
            <input
              className="register-note"
              data-testid="register-note"
              aria-label={t('register.record.note')}
              placeholder={t('register.record.notePlaceholder')}
              value={ui.form.note}
              onChange={(e) => setForm({ note: e.target.value })}
            />
          </div>
          <div className="register-record-buttons">
            <button type="button" data-testid="register-mark-checked" disabled={ui.checked.size === 0} onClick={() => record({ ids: [...ui.checked] }, ui.checked.size)}>
              {t('register.record.checked', { count: ui.checked.size })}
            </button>
            <button type="button" data-testid="register-mark-selection" disabled={selectedDevices.length === 0} onClick={() => record({ ids: selectedDevices }, selectedDevices.length)}>
              {t('register.record.selection', { count: selectedDevices.length })}
            </button>
            {floorRows.length > 0 && (
              <button type="button" data-testid="register-mark-floor" onClick={() => record({ floorId: floorId! }, floorRows.length)}>
                {t('register.record.floor', { floor: floorRows[0]!.floorName, count: floorRows.length })}
              </button>
            )}
          </div>
          {notice && (
            <p className="muted" role="status" data-testid="register-notice">
              {notice}
            </p>
          )}
        </details>
      )}
      <div className="register-table" role="table" aria-rowcount={rows.length}>
        <div className={`register-row register-row--head register-cols-${columns.length}`} role="row">
          <span role="columnheader" className="register-check">
            <input
              type="checkbox"
              aria-label={t('register.record.selectAll')}
              title={t('register.record.selectAll')}
              checked={rows.length > 0 && rows.every((r) => ui.checked.has(r.id))}
              onChange={(e) => setUi((u) => ({ ...u, checked: e.target.checked ? new Set(rows.map((r) => r.id)) : new Set() }))}
            />
          </span>
          {columns.map((c) => (
            <button
              key={c}
              type="button"
              role="columnheader"
              className={`register-sort${ui.sort.column === c ? ` sorted ${ui.sort.direction}` : ''}`}
              data-testid={`register-sort-${c}`}
              aria-sort={ui.sort.column === c ? (ui.sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
              title={t('register.sortBy', { column: w.columns[c] })}
              onClick={() => sortBy(c)}
            >
              {w.columns[c]}
            </button>
          ))}
        </div>
        <div
          className="register-scroller"
          ref={scroller}
          data-testid="register-scroller"
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          {rows.length === 0 ? (
            <p className="muted register-empty">{total === 0 ? t('register.empty') : t('register.noMatch')}</p>
          ) : (
            <div style={{ height: contentHeight(rows.length, geometry), position: 'relative' }}>
              {rows.slice(first, last).map((row, k) => {
                const i = first + k;
                const isOpen = i === openIndex;
                const top = i * ROW_HEIGHT + (openIndex >= 0 && i > openIndex ? DETAILS_HEIGHT : 0);
                return (
                  <div key={row.id} className="register-item" style={{ top, height: ROW_HEIGHT + (isOpen ? DETAILS_HEIGHT : 0) }}>
                    <div
                      role="row"
                      className={`register-row register-cols-${columns.length} register-status--${row.status}${selection.includes(row.id) ? ' selected' : ''}${isOpen ? ' open' : ''}`}
                      data-testid="register-row"
                      data-id={row.id}
                      data-status={row.status}
                      title={`${w.types[row.type]} ${row.id}`}
                      onClick={() => {
                        setUi((u) => ({ ...u, openId: row.id }));
                        showInPlan(editorStore, row);
                      }}
                    >
                      <span className="register-check" onClick={(e) => e.stopPropagation()}>
                        <input type="checkbox" aria-label={t('register.row.select', { id: row.id })} checked={ui.checked.has(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} />
                      </span>
                      {columns.map((c) => (
                        <span key={c} role="cell" className={`register-cell register-cell--${c}`} title={cellText(row, c, locale)}>
                          {c === 'status' ? <span className={`register-status register-status-badge--${row.status}`}>{cellText(row, c, locale)}</span> : cellText(row, c, locale)}
                        </span>
                      ))}
                    </div>
                    {isOpen && <RowDetails key={row.id} row={row} locale={locale} form={ui.form} />}
                  </div>
                );
              })}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

export function FireRegister() {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const level = useEditorState((s) => s.session.level);
  const buildingId = useEditorState((s) => s.session.buildingId);
  const floorId = useEditorState((s) => s.session.floorId);
  const [wide, setWide] = useState(false);
  const [ui, setUiState] = useState<RegisterUi>(() => ({ sort: DEFAULT_SORT, filter: {}, checked: new Set(), openId: null, form: { date: todayIso(), by: '', result: 'pass', note: '' } }));
  const setUi = (update: (u: RegisterUi) => RegisterUi) => setUiState(update);
  const today = todayIso();
  const scopeKey = `${level}|${buildingId ?? ''}|${floorId ?? ''}`;
  const register = useMemo(
    () => buildRegister(plan, registerScopeInView(level, buildingId, floorId), { asOf: today }),
    [plan, scopeKey, today],
  );
  const allRows = register?.rows ?? [];
  const rows = useMemo(() => sortRows(filterRows(allRows, ui.filter), ui.sort), [allRows, ui.filter, ui.sort]);
  const counts = register?.counts ?? { overdue: 0, never: 0, 'due-soon': 0, ok: 0 };

  // Esc closes the large view
  useEffect(() => {
    if (!wide) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setWide(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [wide]);

  const props = { ui, setUi, rows, total: allRows.length, counts, allRows };
  const expand = (
    <button type="button" className="register-expand" data-testid="register-expand" title={t('register.expandTitle')} onClick={() => setWide(true)}>
      ⤢ {t('register.expand')}
    </button>
  );
  const collapse = (
    <button type="button" className="register-expand" data-testid="register-collapse" title={t('register.collapseTitle')} onClick={() => setWide(false)}>
      ⤡ {t('register.collapse')}
    </button>
  );
  if (!wide) return <RegisterView wide={false} {...props} headerButton={expand} />;
  return (
    <>
      <section className="fire-register" data-testid="fire-register">
        <header className="register-head">
          <h3>{t('register.title')}</h3>
          {collapse}
        </header>
        <p className="muted">{t('register.openWide')}</p>
      </section>
      {createPortal(
        <div className="register-overlay" role="dialog" aria-label={t('register.title')}>
          <RegisterView wide {...props} headerButton={collapse} />
        </div>,
        document.body,
      )}
    </>
  );
}
