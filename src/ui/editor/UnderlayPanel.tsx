// Underlay panel: load an image (PNG/JPG) or a DXF under the open floor, then place it: origin,
// scale, rotation, fade, lock, hide, remove. The drawing is stored once by content hash beside
// the plan (editor/drawingLibrary.ts) and the underlay keeps the reference; a plan that refers to
// a drawing this browser does not have says so and asks for the file again. The scale can be set
// from two points picked with the measure tool and a typed real distance. Every change is one
// setUnderlay command (undoable, saved with the plan); dragging the fade slider is one step.
// A DXF is read in the DXF worker (editor/dxfClient.ts) with its progress shown; a file that
// cannot be read (a DWG, a cut-off file, a 天正 drawing …) says why and what to do, in the UI
// language. Its layers are listed with their segment counts and their state in the file (off /
// frozen layers start hidden); each checkbox (and show all / hide all) is one setUnderlayLayers
// command, stored as `underlay.hiddenLayers`. What was not drawn is counted by type; a sheet drawn
// at paper scale is flagged; "frame the drawing" zooms to its extent without far-away strays.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore, useToolController, useTools } from '../../editor/EditorContext.tsx';
import type { EditorStore } from '../../editor/store.ts';
import { setUnderlay } from '../../floorplan/commands/setUnderlay.ts';
import { setUnderlayLayers } from '../../floorplan/commands/setUnderlayLayers.ts';
import { bounds } from '../../floorplan/geometry/polygon.ts';
import { findFloor } from '../../floorplan/queries/lookup.ts';
import type { Floor, Underlay } from '../../floorplan/types.ts';
import { calibrateFromPlanPicks } from '../../floorplan/underlay/calibrate.ts';
import { DXF_MIME, drawingSource } from '../../floorplan/underlay/drawingContent.ts';
import { DXF_WARN_BYTES, initiallyHiddenLayers, segmentsWithoutLayers, type DxfDrawing, type DxfMessage, type ReadProgress } from '../../floorplan/underlay/dxfSegments.ts';
import { assumedMetresPerUnit } from '../../floorplan/underlay/dxfUnits.ts';
import { initialPlacement, placedBox, sheetScaleCheck } from '../../floorplan/underlay/placement.ts';
import { originPutting, underlayToPlan } from '../../floorplan/underlay/transform.ts';
import { readDrawing } from '../../editor/dxfClient.ts';
import { keepDrawing, useUnderlaySource } from '../../editor/drawingLibrary.ts';
import { useDxfDrawing } from '../../editor/useDxfDrawing.ts';
import { CheckField, NumberField } from './fields.tsx';
import './drawingStoreMessages.ts';
import './editorMessages.ts';
import './underlayMessages.ts';
import './underlayPanel.css';

const DEFAULT_OPACITY = 0.6;

type Loaded = { ok: true; underlay: Underlay; warning: string | null } | { ok: false; key: string; error?: string; message?: DxfMessage };

/** A reader's bilingual message in the UI language. */
const inLanguage = (m: DxfMessage, language: string) => (language.startsWith('zh') ? m.zh : m.en);

const isImage = (file: File) => /\.(png|jpe?g)$/i.test(file.name) || /^image\//.test(file.type);

const imageMime = (file: File): string => (/^image\//.test(file.type) ? file.type : /\.jpe?g$/i.test(file.name) ? 'image/jpeg' : 'image/png');

async function loadUnderlay(file: File, floor: Floor, onProgress: (p: ReadProgress) => void): Promise<Loaded> {
  const floorBox = bounds(floor.outline);
  const warning = file.size > DXF_WARN_BYTES ? (file.size / 1024 / 1024).toFixed(1) : null;
  const common = { opacity: DEFAULT_OPACITY, locked: false, visible: true };
  try {
    if (!isImage(file)) {
      // DXF (ASCII or binary, any code page); a DWG or anything else gets the reader's message
      const reading = await readDrawing(new Uint8Array(await file.arrayBuffer()), { keepText: true, onProgress });
      const read = reading.result;
      if (!read.ok) return { ok: false, key: 'editor.underlay.unreadable', message: read.error };
      const box = read.drawing.extent;
      if (!box || reading.text === undefined) return { ok: false, key: 'editor.underlay.empty' };
      const unit = assumedMetresPerUnit(read.drawing.metresPerUnit, Math.max(box.maxX - box.minX, box.maxY - box.minY));
      const hiddenLayers = initiallyHiddenLayers(read.drawing);
      // stored once by hash beside the plan; the plan keeps the reference
      const drawing = await keepDrawing({ kind: 'dxf', name: file.name, mime: DXF_MIME, source: reading.text });
      return {
        ok: true,
        warning,
        underlay: { kind: 'dxf', drawing, ...initialPlacement(box, floorBox, unit), ...common, ...(hiddenLayers.length ? { hiddenLayers } : {}) },
      };
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const mime = imageMime(file);
    const source = drawingSource('image', mime, bytes);
    const image = new Image();
    image.src = source;
    await image.decode();
    const box = { minX: 0, minY: 0, maxX: image.naturalWidth, maxY: image.naturalHeight };
    const drawing = await keepDrawing({ kind: 'image', name: file.name, mime, source, bytes });
    return { ok: true, warning, underlay: { kind: 'image', drawing, ...initialPlacement(box, floorBox, null), ...common } };
  } catch (error) {
    return { ok: false, key: 'editor.underlay.unreadable', error: error instanceof Error ? error.message : String(error) };
  }
}

function Progress({ label, progress }: { label: string; progress: ReadProgress | null }) {
  const { t } = useTranslation();
  const mb = (n: number) => (n / 1048576).toFixed(1);
  return (
    <div className="underlay-progress" data-testid="underlay-progress" role="status">
      <span>{label}</span>
      <progress max={progress?.total || 1} value={progress?.done ?? 0} />
      {progress && <span className="muted">{t('editor.underlay.readingProgress', { done: mb(progress.done), total: mb(progress.total), entities: progress.entities.toLocaleString() })}</span>}
    </div>
  );
}

let frameNonce = 0;

/** Zoom the camera to the drawing's extent (strays left out) where the drawing now lies. */
function frameDrawing(editor: EditorStore, floorId: string, underlay: Underlay, d: DxfDrawing): void {
  if (!d.extent) return;
  const box = placedBox(underlay, d.extent);
  editor.setState((s) => {
    frameNonce = Math.max(frameNonce + 1, (s.session.focus?.nonce ?? 0) + 1, Date.now());
    return { session: { ...s.session, focus: { floorId, box, nonce: frameNonce } } };
  });
}

function SheetNotice({ floorId, underlay, d }: { floorId: string; underlay: Underlay; d: DxfDrawing }) {
  const { t } = useTranslation();
  const editorStore = useEditorStore();
  const sheet = sheetScaleCheck(d);
  const sheetScale = sheet?.scale != null ? (d.metresPerUnit ?? 0.001) * sheet.scale : null;
  // once the sheet's scale is in use, nothing is left to say
  if (!sheet || !d.extent || (sheetScale !== null && Math.abs(underlay.scale - sheetScale) <= 1e-9 * sheetScale)) return null;
  const useScale = () => {
    if (sheetScale === null || !d.extent) return;
    // keep the extent's lower-left corner where it is, at the sheet's scale
    const corner: [number, number] = [d.extent.minX, d.extent.minY];
    const scale = sheetScale;
    const origin = originPutting({ scale, rotation: underlay.rotation }, corner, underlayToPlan(underlay, corner));
    editorStore.getState().execute(setUnderlay, { floorId, underlay: { ...underlay, scale, origin } });
  };
  return (
    <div className="notice underlay-sheet" data-testid="underlay-sheet">
      <p>{sheet.scale !== null ? t('editor.underlay.sheet', { scale: sheet.scale }) : t('editor.underlay.sheetUnknown')}</p>
      {sheet.scale !== null && (
        <button type="button" data-testid="underlay-sheet-apply" disabled={underlay.locked} onClick={useScale}>
          {t('editor.underlay.sheetApply', { scale: sheet.scale })}
        </button>
      )}
    </div>
  );
}

/** The plan refers to a drawing this browser does not have (a plan file exported without drawings). */
function MissingDrawing({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice underlay-missing" data-testid="underlay-missing" role="status">
      <p>{t('drawingStore.missing', { name })}</p>
      <p className="muted">{t('drawingStore.missingHint')}</p>
    </div>
  );
}

function skippedName(type: string, t: (key: string) => string): string {
  return type === 'paper space' ? t('editor.underlay.skippedPaper') : type;
}

function Summary({ floorId, underlay }: { floorId: string; underlay: Underlay }) {
  const { t, i18n } = useTranslation();
  const editorStore = useEditorStore();
  const stored = useUnderlaySource(underlay);
  const state = useDxfDrawing(underlay.kind === 'dxf' && stored.status === 'ready' ? stored.source : null);
  if (stored.status === 'missing') return <MissingDrawing name={stored.drawing.name} />;
  if (stored.status !== 'ready') return <Progress label={t('drawingStore.loading', { name: underlay.drawing.name })} progress={null} />;
  if (underlay.kind === 'image') return <p className="muted" data-testid="underlay-summary">{t('drawingStore.imageSize', { size: Math.round(underlay.drawing.bytes / 1024) })}</p>;
  if (state.status !== 'done') return <Progress label={t('editor.underlay.readingStored')} progress={state.status === 'reading' ? state.progress : null} />;
  const read = state.result;
  if (!read.ok) return <p className="notice" data-testid="underlay-error">{inLanguage(read.error, i18n.language)}</p>;
  const d = read.drawing;
  const skipped = Object.entries(d.skipped).sort((a, b) => b[1] - a[1]);
  const hidden = new Set(underlay.hiddenLayers ?? []);
  const shown = hidden.size > 0 ? segmentsWithoutLayers(d, underlay.hiddenLayers ?? []).length / 4 : null;
  const textsPerLayer = new Map<number, number>();
  for (const text of d.entities.texts) textsPerLayer.set(text.layer, (textsPerLayer.get(text.layer) ?? 0) + 1);
  const setLayers = (layers: readonly string[], visible: boolean) => {
    editorStore.getState().execute(setUnderlayLayers, { floorId, layers, visible });
  };
  const inFile = d.layers.filter((l) => l.off || l.frozen).length;
  const strays = d.bounds && d.extent && (d.bounds.maxX - d.bounds.minX > (d.extent.maxX - d.extent.minX) * 1.5 || d.bounds.maxY - d.bounds.minY > (d.extent.maxY - d.extent.minY) * 1.5);
  return (
    <>
      <p className="muted" data-testid="underlay-summary">
        {t('editor.underlay.dxf', { segments: d.segments.length / 4, layers: d.layers.length })}
        {d.metresPerUnit !== null ? ` · ${t('editor.underlay.unit', { unit: d.metresPerUnit })}` : ''}
        {shown !== null ? ` · ${t('editor.underlay.shown', { segments: shown })}` : ''}
        {d.entities.texts.length > 0 ? ` · ${t('editor.underlay.texts', { count: d.entities.texts.length })}` : ''}
        {d.binary ? ` · ${t('editor.underlay.binary')}` : ''}
      </p>
      {d.notices.map((n) => (
        <p key={n.code} className="notice" data-testid="underlay-reader-notice">{inLanguage(n, i18n.language)}</p>
      ))}
      <SheetNotice floorId={floorId} underlay={underlay} d={d} />
      <div className="row">
        <button type="button" data-testid="underlay-frame" title={t('editor.underlay.frameHint')} disabled={!d.extent} onClick={() => frameDrawing(editorStore, floorId, underlay, d)}>
          {t('editor.underlay.frame')}
        </button>
      </div>
      {strays && d.bounds && <p className="muted" data-testid="underlay-strays">{t('editor.underlay.strays', { width: Math.round(d.bounds.maxX - d.bounds.minX).toLocaleString(), height: Math.round(d.bounds.maxY - d.bounds.minY).toLocaleString() })}</p>}
      {d.layers.length > 0 && (
        <div className="underlay-layers-head">
          <span>{t('editor.underlay.layers')}</span>
          <button type="button" data-testid="underlay-layers-show-all" disabled={hidden.size === 0} onClick={() => setLayers([...hidden], true)}>{t('editor.underlay.showAllLayers')}</button>
          <button type="button" data-testid="underlay-layers-hide-all" disabled={d.layers.every((l) => hidden.has(l.name))} onClick={() => setLayers(d.layers.map((l) => l.name), false)}>{t('editor.underlay.hideAllLayers')}</button>
        </div>
      )}
      {inFile > 0 && <p className="muted" data-testid="underlay-hidden-in-file">{t('editor.underlay.hiddenInFile', { count: inFile })}</p>}
      <ul className="underlay-layers" data-testid="underlay-layers">
        {d.layers.map((l, index) => (
          <li key={l.name} data-layer={l.name} data-off={l.off || undefined} data-frozen={l.frozen || undefined}>
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
              {(l.off || l.frozen) && <span className="underlay-layer-state">{l.frozen ? t('editor.underlay.layerFrozen') : t('editor.underlay.layerOff')}</span>}
            </label>
            <span className="muted">{l.segments}{textsPerLayer.has(index) ? ` · ${t('editor.underlay.layerTexts', { count: textsPerLayer.get(index) })}` : ''}</span>
          </li>
        ))}
      </ul>
      <div className="underlay-skipped" data-testid="underlay-skipped">
        <span>{t('editor.underlay.skippedTitle')}</span>
        {skipped.length === 0 ? (
          <span className="muted"> {t('editor.underlay.skippedNone')}</span>
        ) : (
          <ul>
            {skipped.map(([type, n]) => (
              <li key={type} data-type={type}>
                <span>{skippedName(type, t)}</span>
                <span className="muted">{n}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}

function Calibration({ floorId, underlay }: { floorId: string; underlay: Underlay }) {
  const toolController = useToolController();
  const { t } = useTranslation();
  const editorStore = useEditorStore();
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
  const { t, i18n } = useTranslation();
  const floorId = useEditorState((s) => (s.session.level === 'floor' ? s.session.floorId : null));
  const floor = useEditorState((s) => (floorId ? findFloor(s.plan, floorId)?.floor : undefined));
  const [notice, setNotice] = useState<string | null>(null);
  const [reading, setReading] = useState<{ name: string; progress: ReadProgress | null } | null>(null);
  const editorStore = useEditorStore();
  if (!floor || !floorId) return <section className="underlay-panel" data-testid="underlay-panel"><p className="muted">{t('editor.underlay.noFloor')}</p></section>;
  const underlay = floor.underlay;
  const store = editorStore.getState;
  const apply = (next: Partial<Underlay>) => underlay && store().execute(setUnderlay, { floorId, underlay: { ...underlay, ...next } });

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setNotice(null);
    setReading({ name: file.name, progress: null });
    const loaded = await loadUnderlay(file, floor, (progress) => setReading({ name: file.name, progress }));
    setReading(null);
    if (!loaded.ok) {
      setNotice(loaded.message ? inLanguage(loaded.message, i18n.language) : t(loaded.key, { error: loaded.error ?? '' }));
      return;
    }
    setNotice(loaded.warning ? t('editor.underlay.big', { mb: loaded.warning }) : null);
    if (underlay && underlay.drawing.hash === loaded.underlay.drawing.hash) {
      // the same drawing again (it was missing here, or is reloaded): its placement and layers stay
      if (underlay.drawing.name !== loaded.underlay.drawing.name) store().execute(setUnderlay, { floorId, underlay: { ...underlay, drawing: loaded.underlay.drawing } });
      return;
    }
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
          accept=".dxf,.dwg,.png,.jpg,.jpeg,image/png,image/jpeg"
          disabled={reading !== null}
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {reading && <Progress label={t('editor.underlay.reading', { name: reading.name })} progress={reading.progress} />}
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
