// Underlay panel: load an image (PNG/JPG, kept as a data URL) or a DXF (its text) under the open
// floor, then place it: origin, scale, rotation, fade, lock, hide, remove. The scale can be set
// from two points picked with the measure tool and a typed real distance. Every change is one
// setUnderlay command (undoable, saved with the plan); dragging the fade slider is one step.
// A DXF's layers are listed with their segment counts; each checkbox (and show all / hide all)
// is one setUnderlayLayers command, stored as `underlay.hiddenLayers`.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setUnderlay } from '../../floorplan/commands/setUnderlay.ts';
import { setUnderlayLayers } from '../../floorplan/commands/setUnderlayLayers.ts';
import { bounds } from '../../floorplan/geometry/polygon.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Floor, Underlay } from '../../floorplan/types.ts';
import { calibrateFromPlanPicks } from '../../floorplan/underlay/calibrate.ts';
import { readDxfCached, visibleDxfSegments } from '../../floorplan/underlay/dxfCache.ts';
import { DXF_WARN_BYTES } from '../../floorplan/underlay/dxfSegments.ts';
import { assumedMetresPerUnit } from '../../floorplan/underlay/dxfUnits.ts';
import { initialPlacement } from '../../floorplan/underlay/placement.ts';
import { editorStore } from '../../editor/store.ts';
import { toolController, useTools } from '../../editor/tools/appTools.ts';
import { useEditor } from '../../editor/useEditor.ts';
import { CheckField, NumberField } from './fields.tsx';
import './editorMessages.ts';

const DEFAULT_OPACITY = 0.6;

type Loaded = { ok: true; underlay: Underlay; warning: string | null } | { ok: false; key: string; error?: string };

/** DXF text: UTF-8, or GB18030 for older Chinese exports (ANSI_936) that are not valid UTF-8. */
function decodeDxf(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

async function loadUnderlay(file: File, floor: Floor): Promise<Loaded> {
  const floorBox = bounds(floor.outline);
  const warning = file.size > DXF_WARN_BYTES ? (file.size / 1024 / 1024).toFixed(1) : null;
  const common = { opacity: DEFAULT_OPACITY, locked: false, visible: true };
  try {
    if (/\.dxf$/i.test(file.name)) {
      const source = decodeDxf(await file.arrayBuffer());
      const read = readDxfCached(source);
      if (!read.ok) return { ok: false, key: 'editor.underlay.unreadable', error: read.error };
      const box = read.drawing.bounds;
      if (!box) return { ok: false, key: 'editor.underlay.empty' };
      const unit = assumedMetresPerUnit(read.drawing.metresPerUnit, Math.max(box.maxX - box.minX, box.maxY - box.minY));
      return { ok: true, warning, underlay: { kind: 'dxf', source, ...initialPlacement(box, floorBox, unit), ...common } };
    }
    const source = await readAsDataUrl(file);
    const image = new Image();
    image.src = source;
    await image.decode();
    const box = { minX: 0, minY: 0, maxX: image.naturalWidth, maxY: image.naturalHeight };
    return { ok: true, warning, underlay: { kind: 'image', source, ...initialPlacement(box, floorBox, null), ...common } };
  } catch (error) {
    return { ok: false, key: 'editor.underlay.unreadable', error: error instanceof Error ? error.message : String(error) };
  }
}

function Summary({ floorId, underlay }: { floorId: string; underlay: Underlay }) {
  const { t } = useTranslation();
  if (underlay.kind === 'image') return <p className="muted" data-testid="underlay-summary">{t('editor.underlay.image', { size: Math.round(underlay.source.length / 1024) })}</p>;
  const read = readDxfCached(underlay.source);
  if (!read.ok) return <p className="muted">{t('editor.underlay.unreadable', { error: read.error })}</p>;
  const d = read.drawing;
  const skipped = Object.entries(d.skipped).map(([type, n]) => `${type} ${n}`).join(', ');
  const hidden = new Set(underlay.hiddenLayers ?? []);
  const shown = hidden.size > 0 ? visibleDxfSegments(underlay.source, underlay.hiddenLayers).length / 4 : null;
  const setLayers = (layers: readonly string[], visible: boolean) => {
    editorStore.getState().execute(setUnderlayLayers, { floorId, layers, visible });
  };
  return (
    <>
      <p className="muted" data-testid="underlay-summary">
        {t('editor.underlay.dxf', { segments: d.segments.length / 4, layers: d.layers.length })}
        {d.metresPerUnit !== null ? ` · ${t('editor.underlay.unit', { unit: d.metresPerUnit })}` : ''}
        {shown !== null ? ` · ${t('editor.underlay.shown', { segments: shown })}` : ''}
      </p>
      {d.layers.length > 0 && (
        <div className="underlay-layers-head">
          <span>{t('editor.underlay.layers')}</span>
          <button type="button" data-testid="underlay-layers-show-all" disabled={hidden.size === 0} onClick={() => setLayers([...hidden], true)}>{t('editor.underlay.showAllLayers')}</button>
          <button type="button" data-testid="underlay-layers-hide-all" disabled={d.layers.every((l) => hidden.has(l.name))} onClick={() => setLayers(d.layers.map((l) => l.name), false)}>{t('editor.underlay.hideAllLayers')}</button>
        </div>
      )}
      <ul className="underlay-layers" data-testid="underlay-layers">
        {d.layers.map((l) => (
          <li key={l.name} data-layer={l.name}>
            <label title={t('editor.underlay.layerToggle', { name: l.name })}>
              <input
                type="checkbox"
                name="underlay-layer"
                value={l.name}
                aria-label={t('editor.underlay.layerToggle', { name: l.name })}
                checked={!hidden.has(l.name)}
                onChange={(e) => setLayers([l.name], e.target.checked)}
              />
              <span>{l.name}</span>
            </label>
            <span className="muted">{l.segments}</span>
          </li>
        ))}
      </ul>
      {skipped && <p className="muted">{t('editor.underlay.skipped', { list: skipped })}</p>}
    </>
  );
}

function Calibration({ floorId, underlay }: { floorId: string; underlay: Underlay }) {
  const { t } = useTranslation();
  const measure = useTools((s) => s.preview?.measure ?? null);
  const [real, setReal] = useState<number | null>(null);
  const picks = measure && measure.points.length >= 2 ? ([measure.points[0]!, measure.points[1]!] as const) : null;
  const pickedLength = picks ? Math.hypot(picks[1][0] - picks[0][0], picks[1][1] - picks[0][1]) : 0;
  const apply = (next: Partial<Underlay>) => editorStore.getState().execute(setUnderlay, { floorId, underlay: { ...underlay, ...next } });
  const setScale = () => {
    if (!picks || real === null) return;
    const placement = calibrateFromPlanPicks(underlay, picks[0], picks[1], real);
    if (placement) apply(placement);
  };
  const moveOnto = () => {
    if (!picks) return;
    apply({ origin: [underlay.origin[0] + picks[1][0] - picks[0][0], underlay.origin[1] + picks[1][1] - picks[0][1]] });
  };
  return (
    <>
      <h3>{t('editor.underlay.calibrate')}</h3>
      <p className="muted">{t('editor.underlay.calibrateHint')}</p>
      <button type="button" data-testid="underlay-pick" onClick={() => toolController.setTool('measure')}>{t('editor.underlay.startMeasure')}</button>
      <p className="muted" data-testid="underlay-picked">{picks ? t('editor.underlay.picked', { length: pickedLength.toFixed(3) }) : t('editor.underlay.nothingPicked')}</p>
      <NumberField name="underlay-real" label={t('editor.underlay.realDistance')} value={real} onChange={setReal} />
      <div className="row">
        <button type="button" data-testid="underlay-apply-scale" disabled={!picks || real === null || real <= 0 || pickedLength === 0} onClick={setScale}>{t('editor.underlay.applyScale')}</button>
        <button type="button" data-testid="underlay-move-onto" disabled={!picks} onClick={moveOnto}>{t('editor.underlay.moveOnto')}</button>
      </div>
    </>
  );
}

export function UnderlayPanel() {
  const { t } = useTranslation();
  const floorId = useEditor((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const floor = useEditor((s) => (floorId ? findFloor(s.plan, floorId)?.floor : undefined));
  const [notice, setNotice] = useState<string | null>(null);
  if (!floor || !floorId) return <section className="underlay-panel" data-testid="underlay-panel"><p className="muted">{t('editor.underlay.noFloor')}</p></section>;
  const underlay = floor.underlay;
  const store = editorStore.getState;
  const apply = (next: Partial<Underlay>) => underlay && store().execute(setUnderlay, { floorId, underlay: { ...underlay, ...next } });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const loaded = await loadUnderlay(file, floor);
    if (!loaded.ok) {
      setNotice(t(loaded.key, { error: loaded.error ?? '' }));
      return;
    }
    setNotice(loaded.warning ? t('editor.underlay.big', { mb: loaded.warning }) : null);
    store().execute(setUnderlay, { floorId, underlay: loaded.underlay });
  };

  const placementLocked = !underlay || underlay.locked;
  return (
    <section className="underlay-panel" data-testid="underlay-panel">
      <h3>{t('editor.underlay.title')}</h3>
      <label className="file-button">
        <span>{t('editor.underlay.load')}</span>
        <input
          type="file"
          data-testid="underlay-file"
          accept=".dxf,.png,.jpg,.jpeg,image/png,image/jpeg"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {notice && <p className="notice" data-testid="underlay-notice">{notice}</p>}
      {!underlay ? (
        <p className="muted">{t('editor.underlay.none')}</p>
      ) : (
        <>
          <Summary floorId={floorId} underlay={underlay} />
          <CheckField name="underlay-visible" label={t('editor.underlay.visible')} value={underlay.visible} onChange={(visible) => apply({ visible })} />
          <CheckField name="underlay-locked" label={t('editor.underlay.locked')} value={underlay.locked} onChange={(locked) => apply({ locked })} />
          <label className="field">
            <span>{t('editor.underlay.opacity')}</span>
            <input
              type="range"
              name="underlay-opacity"
              min={0}
              max={1}
              step={0.05}
              value={underlay.opacity}
              onPointerDown={() => {
                store().beginInteraction();
                window.addEventListener('pointerup', () => store().commit(), { once: true });
              }}
              onChange={(e) => {
                const opacity = Number(e.target.value);
                // during a slider drag the interaction keeps one undo step; from the keyboard each step is one command
                store().update(setUnderlay, { floorId, underlay: { ...underlay, opacity } });
              }}
            />
            <span className="muted">{Math.round(underlay.opacity * 100)}%</span>
          </label>
          {underlay.locked && <p className="muted">{t('editor.underlay.lockedHint')}</p>}
          <fieldset disabled={placementLocked} className="underlay-placement">
            <NumberField name="underlay-x" label={t('editor.underlay.originX')} value={underlay.origin[0]} onChange={(x) => apply({ origin: [x, underlay.origin[1]] })} />
            <NumberField name="underlay-y" label={t('editor.underlay.originY')} value={underlay.origin[1]} onChange={(y) => apply({ origin: [underlay.origin[0], y] })} />
            <NumberField name="underlay-scale" step={0.001} label={t('editor.underlay.scale')} value={underlay.scale} onChange={(scale) => scale > 0 && apply({ scale })} />
            <NumberField name="underlay-rotation" step={1} label={t('editor.underlay.rotation')} value={underlay.rotation} onChange={(rotation) => apply({ rotation })} />
            <Calibration floorId={floorId} underlay={underlay} />
          </fieldset>
          <button type="button" data-testid="underlay-remove" onClick={() => store().execute(setUnderlay, { floorId, underlay: null })}>{t('editor.underlay.remove')}</button>
        </>
      )}
    </section>
  );
}
