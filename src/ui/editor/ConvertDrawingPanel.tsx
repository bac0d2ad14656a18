// Convert the open floor's DXF underlay into a floor: each layer gets a role (walls, columns,
// windows, doors, outline, room names, ignore; first guessed from its name), "Preview" draws
// what the conversion makes over the plan (view3d/tools/ConversionPreview.tsx) with its counts
// and what it did not understand, and "Convert" adds it as one undoable command
// (commands/importDrawing.ts). The preview follows role changes and the underlay's placement.
import type { TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import { conversionPreviewStore, useConversionPreview } from '../../editor/conversionPreview.ts';
import { useUnderlaySource } from '../../editor/drawingLibrary.ts';
import { useDxfDrawing } from '../../editor/useDxfDrawing.ts';
import { DEFAULT_IMPORT_WINDOW, importDrawing, planImport } from '../../floorplan/commands/importDrawing.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Floor, Locale, Underlay } from '../../floorplan/types.ts';
import { conversionNoteText, convertDrawing, guessLayerRoles, LAYER_ROLES, type ConversionResult, type LayerRole } from '../../floorplan/underlay/convert/index.ts';
import type { DxfDrawing } from '../../floorplan/underlay/dxfSegments.ts';
import './convertDrawingMessages.ts';
import './convertDrawingPanel.css';

/** The roles set for a drawing, kept while the app runs (switching tabs keeps them). */
const rolesByDrawing = new WeakMap<DxfDrawing, LayerRole[]>();

function initialRoles(d: DxfDrawing): LayerRole[] {
  return rolesByDrawing.get(d) ?? guessLayerRoles(d.layers.map((l) => l.name));
}

const localeOf = (language: string): Locale => (language.startsWith('zh') ? 'zh-CN' : 'en');

function windowFor(floor: Floor) {
  return { ...DEFAULT_IMPORT_WINDOW, head: Math.min(DEFAULT_IMPORT_WINDOW.head, floor.height) };
}

type T = TFunction;

/** Counts as words ("1 door", "6 doors" / "门 6 个"), for the sentences below. */
function counted(t: T, n: { walls: number; doors: number; windows: number; columns: number; zones: number }) {
  const c = (key: string, count: number) => t(`editor.convert.count.${key}`, { count });
  return { walls: c('walls', n.walls), doors: c('doors', n.doors), windows: c('windows', n.windows), columns: c('columns', n.columns), zones: c('zones', n.zones) };
}

function Summary({ result }: { result: ConversionResult }) {
  const { t } = useTranslation();
  const c = result.counts;
  return (
    <p className="convert-summary" data-testid="convert-summary">
      {t('editor.convert.summary', {
        walls: t('editor.convert.count.walls', { count: c.interiorWalls }),
        external: c.exteriorWalls ? t('editor.convert.external', { count: c.exteriorWalls }) : '',
        doors: t('editor.convert.count.doors', { count: c.doors }),
        windows: t('editor.convert.count.windows', { count: c.windows }),
        rooms: t('editor.convert.count.rooms', { count: c.zones }),
        columns: t('editor.convert.count.columns', { count: c.columns }),
        unknown: c.notUnderstood,
      })}
    </p>
  );
}

function ConvertDrawing({ floorId, floor, underlay, drawing }: { floorId: string; floor: Floor; underlay: Underlay; drawing: DxfDrawing }) {
  const { t, i18n } = useTranslation();
  const locale = localeOf(i18n.language);
  const [roles, setRolesState] = useState<LayerRole[]>(() => initialRoles(drawing));
  // the drawing's outline replaces the floor's by default only on a floor with nothing drawn on it yet
  const [replaceOutline, setReplaceOutline] = useState(() => floor.walls.length + floor.zones.length + floor.workstations.length === 0);
  const [done, setDone] = useState<string | null>(null);
  const preview = useConversionPreview((s) => (s.preview?.floorId === floorId ? s.preview : null));
  const plan = useEditorState((s) => s.plan);
  const editorStore = useEditorStore();
  const showing = preview !== null;

  const setRoles = (next: LayerRole[]) => {
    rolesByDrawing.set(drawing, next);
    setRolesState(next);
  };
  const { origin, scale, rotation } = underlay;
  const run = () => convertDrawing(drawing, { roles, placement: { origin, scale, rotation }, locale });

  // a preview on screen follows the roles, the placement and the outline choice
  useEffect(() => {
    if (!showing) return;
    conversionPreviewStore.getState().show(floorId, run(), replaceOutline);
  }, [roles, origin[0], origin[1], scale, rotation, replaceOutline, locale, drawing]);
  // leaving the floor or the drawing ends the preview
  useEffect(() => () => conversionPreviewStore.getState().clear(), [floorId, drawing]);

  const planned = useMemo(() => (preview ? planImport(plan, floor, preview.result, { replaceOutline, window: windowFor(floor) }) : null), [preview, plan, floor, replaceOutline]);

  const convert = () => {
    const result = preview?.result ?? run();
    const counts = planImport(plan, floor, result, { replaceOutline, window: windowFor(floor) });
    const outcome = editorStore.getState().execute(importDrawing, { floorId, result, replaceOutline, window: windowFor(floor) });
    if (!outcome.ok) return;
    conversionPreviewStore.getState().clear();
    setDone(t('editor.convert.done', counted(t, { walls: counts.walls.length, doors: counts.doors.length, windows: counts.windows.length, columns: counts.columns.length, zones: counts.zones.length })));
  };

  const textsPerLayer = new Map<number, number>();
  for (const text of drawing.entities.texts) textsPerLayer.set(text.layer, (textsPerLayer.get(text.layer) ?? 0) + 1);
  const result = preview?.result ?? null;
  return (
    <>
      <p className="muted">{t('editor.convert.hint')}</p>
      <div className="convert-layers-head">{t('editor.convert.layers')}</div>
      <ul className="convert-layers" data-testid="convert-layers">
        {drawing.layers.map((l, i) => (
          <li key={l.name} data-role-layer={l.name}>
            <span className="convert-layer-name" title={l.name}>{l.name}</span>
            <span className="muted convert-layer-count">
              {t('editor.convert.lines', { count: l.segments })}
              {textsPerLayer.has(i) ? ` · ${t('editor.convert.texts', { count: textsPerLayer.get(i) })}` : ''}
            </span>
            <select
              name="convert-role"
              aria-label={t('editor.convert.layerRole', { name: l.name })}
              value={roles[i] ?? 'ignore'}
              onChange={(e) => {
                const next = [...roles];
                next[i] = e.target.value as LayerRole;
                setRoles(next);
                setDone(null);
              }}
            >
              {LAYER_ROLES.map((r) => (
                <option key={r} value={r}>{t(`editor.convert.roles.${r}`)}</option>
              ))}
            </select>
          </li>
        ))}
      </ul>
      <label className="field convert-check" title={t('editor.convert.replaceOutlineHint')}>
        <input type="checkbox" name="convert-replace-outline" checked={replaceOutline} onChange={(e) => setReplaceOutline(e.target.checked)} />
        <span>{t('editor.convert.replaceOutline')}</span>
      </label>
      <div className="row convert-buttons">
        <button type="button" data-testid="convert-preview" onClick={() => { setDone(null); conversionPreviewStore.getState().show(floorId, run(), replaceOutline); }}>
          {showing ? t('editor.convert.refresh') : t('editor.convert.preview')}
        </button>
        <button type="button" data-testid="convert-clear" disabled={!showing} onClick={() => conversionPreviewStore.getState().clear()}>{t('editor.convert.clear')}</button>
        <button type="button" className="primary" data-testid="convert-apply" disabled={!showing} onClick={convert}>{t('editor.convert.convert')}</button>
      </div>
      {done && <p className="notice" data-testid="convert-done" role="status">{done}</p>}
      {result && (
        <div className="convert-result" data-testid="convert-result">
          <Summary result={result} />
          {!result.outline && <p className="notice">{t('editor.convert.noOutline')}</p>}
          {planned && (
            <p className="muted" data-testid="convert-will-add">
              {t('editor.convert.willAdd', { ...counted(t, { walls: planned.walls.length, doors: planned.doors.length, windows: planned.windows.length, columns: planned.columns.length, zones: planned.zones.length }), outline: planned.outline ? t('editor.convert.willAddOutline') : '' })}
            </p>
          )}
          {planned && planned.left.doors + planned.left.windows + planned.left.zones > 0 && (
            <p className="muted" data-testid="convert-left">{t('editor.convert.left', counted(t, { walls: 0, ...planned.left }))}</p>
          )}
          {result.notes.length > 0 && (
            <>
              <div className="convert-layers-head">{t('editor.convert.notes')}</div>
              <ul className="convert-notes" data-testid="convert-notes">
                {result.notes.map((n) => (
                  <li key={n.code} data-code={n.code}>{conversionNoteText(n, locale)}</li>
                ))}
              </ul>
            </>
          )}
          <p className="muted convert-legend">{t('editor.convert.legend')}</p>
        </div>
      )}
    </>
  );
}

/** The panel section; mounted in the right dock's underlay tab, under the underlay panel. */
export function ConvertDrawingPanel() {
  const { t } = useTranslation();
  const floorId = useEditorState((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const floor = useEditorState((s) => (floorId ? findFloor(s.plan, floorId)?.floor : undefined));
  const underlay = floor?.underlay;
  // the drawing by its hash (memory or storage), then read (the reader's worker, shared with the view)
  const source = useUnderlaySource(underlay && underlay.kind === 'dxf' ? underlay : null);
  const state = useDxfDrawing(source.status === 'ready' ? source.source : null);
  if (!floor || !floorId) return null;
  return (
    <section className="convert-panel" data-testid="convert-panel">
      <h3>{t('editor.convert.title')}</h3>
      {!underlay || underlay.kind !== 'dxf' ? (
        <p className="muted">{t('editor.convert.noDrawing')}</p>
      ) : source.status === 'missing' ? (
        <p className="muted">{t('editor.convert.missing')}</p>
      ) : state.status !== 'done' ? (
        <p className="muted">{t('editor.convert.reading')}</p>
      ) : !state.result.ok ? (
        <p className="muted">{t('editor.convert.unreadable')}</p>
      ) : (
        <ConvertDrawing key={`${floorId} ${underlay.drawing?.hash ?? ''}`} floorId={floorId} floor={floor} underlay={underlay} drawing={state.result.drawing} />
      )}
    </section>
  );
}
