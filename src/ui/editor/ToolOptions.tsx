// The active tool's options (wall kind / height / thickness, array rows × columns, …), the grid,
// and a hint that says what the tool does with the pointer. Lists (kind, use, role, rating) are
// <select>s with translated labels; typed numbers apply on Enter or when the field is left.
import { useTranslation } from 'react-i18next';
import { useToolController, useTools } from '../../editor/EditorContext.tsx';
import type { ToolController } from '../../editor/tools/controller.ts';
import { useOpenFloorHasDrawing } from './useOpenFloorHasDrawing.ts';
import './drawingSnapMessages.ts';
import type { ToolOptions as Options } from '../../editor/tools/types.ts';
import { CORE_KINDS, EXIT_KINDS, FIRE_RATINGS, ROLES, SIGN_KINDS, WALL_KINDS, ZONE_USES } from '../../floorplan/types.ts';
import { CheckField, NumberField, SelectField, TextField } from './fields.tsx';
import { LargeDeleteConfirm } from './LargeDeleteConfirm.tsx';
import { toolHintKey } from './inspectorMessages.ts';
import './columnMessages.ts';
import './safetyMessages.ts';
import './toolOptions.css';

function setOption<K extends keyof Options>(tools: ToolController, group: K, change: Partial<Options[K]>): void {
  tools.setOptions((o) => ({ ...o, [group]: { ...o[group], ...change } }));
}

export function ToolOptions() {
  const tools = useToolController();
  const set = <K extends keyof Options>(group: K, change: Partial<Options[K]>) => setOption(tools, group, change);
  const { t } = useTranslation();
  const tool = useTools((s) => s.toolId);
  const o = useTools((s) => s.options);
  const hasDrawing = useOpenFloorHasDrawing();
  const opt = <T extends string>(values: readonly T[], prefix?: string) => values.map((v) => ({ value: v, label: prefix ? t(`${prefix}.${v}`, { defaultValue: v }) : v }));
  const shapes = [{ value: 'rectangle', label: t('editor.options.rectangle') }, { value: 'polygon', label: t('editor.options.polygon') }] as const;
  const desk = (
    <>
      <NumberField name="deskWidth" min={0} minExclusive label={t('editor.options.width')} value={o.desk.width} onChange={(width) => set('desk', { width })} />
      <NumberField name="deskDepth" min={0} minExclusive label={t('editor.options.depth')} value={o.desk.depth} onChange={(depth) => set('desk', { depth })} />
      <NumberField name="deskRotation" label={t('editor.options.rotation')} value={o.desk.rotation} step={15} onChange={(rotation) => set('desk', { rotation })} />
      <SelectField name="role" label={t('editor.options.role')} value={o.desk.role} options={opt(ROLES, 'editor.enums.role')} onChange={(role) => set('desk', { role })} />
    </>
  );
  let fields = null;
  switch (tool) {
    case 'wall':
      fields = (
        <>
          <SelectField name="wallKind" label={t('editor.options.kind')} value={o.wall.kind} options={opt(WALL_KINDS, 'wall')} onChange={(kind) => set('wall', { kind })} />
          <NumberField name="wallHeight" min={0} minExclusive label={t('editor.options.height')} value={o.wall.height} onChange={(height) => set('wall', { height })} />
          <NumberField name="wallThickness" min={0} minExclusive max={2} label={t('editor.options.thickness')} value={o.wall.thickness} step={0.05} onChange={(thickness) => set('wall', { thickness })} />
        </>
      );
      break;
    case 'zone':
      fields = (
        <>
          <SelectField name="zoneUse" label={t('editor.options.use')} value={o.zone.use} options={opt(ZONE_USES, 'use')} onChange={(use) => set('zone', { use })} />
          <TextField name="zoneName" label={t('editor.options.name')} value={o.zone.name} onChange={(name) => set('zone', { name })} />
          <SelectField name="zoneShape" label={t('editor.options.shape')} value={o.zone.shape} options={shapes} onChange={(shape) => set('zone', { shape })} />
        </>
      );
      break;
    case 'core':
      fields = (
        <>
          <SelectField name="coreKind" label={t('editor.options.kind')} value={o.core.kind} options={opt(CORE_KINDS, 'editor.enums.coreKind')} onChange={(kind) => set('core', { kind })} />
          <SelectField name="coreShape" label={t('editor.options.shape')} value={o.core.shape} options={shapes} onChange={(shape) => set('core', { shape })} />
        </>
      );
      break;
    case 'column':
      fields = (
        <>
          <NumberField name="columnWidth" min={0} minExclusive label={t('editor.column.width')} value={o.column.width} step={0.05} onChange={(width) => set('column', { width })} />
          <NumberField name="columnDepth" min={0} minExclusive label={t('editor.column.depth')} value={o.column.depth} step={0.05} onChange={(depth) => set('column', { depth })} />
        </>
      );
      break;
    case 'door':
      fields = (
        <>
          <NumberField name="doorWidth" min={0} minExclusive label={t('editor.options.width')} value={o.door.width} onChange={(width) => set('door', { width })} />
          <SelectField
            name="fireRating"
            label={t('editor.options.fireRating')}
            value={o.door.fireRating ?? ''}
            options={[{ value: '', label: t('editor.enums.none') }, ...opt(FIRE_RATINGS, 'editor.enums.fireRating')]}
            onChange={(v) => set('door', { fireRating: v === '' ? null : (v as 'A') })}
          />
        </>
      );
      break;
    case 'window':
      fields = (
        <>
          <NumberField name="sill" min={0} label={t('editor.options.sill')} value={o.window.sill} onChange={(sill) => set('window', { sill })} />
          <NumberField name="head" min={0} minExclusive label={t('editor.options.head')} value={o.window.head} onChange={(head) => set('window', { head })} />
          <NumberField name="openable" min={0} max={1} label={t('editor.options.openable')} value={o.window.openable} step={0.05} onChange={(openable) => set('window', { openable })} />
        </>
      );
      break;
    case 'exit':
      fields = (
        <>
          <NumberField name="exitWidth" min={0} minExclusive label={t('editor.options.width')} value={o.exit.width} onChange={(width) => set('exit', { width })} />
          <SelectField name="exitKind" label={t('editor.options.kind')} value={o.exit.kind} options={opt(EXIT_KINDS, 'editor.enums.exitKind')} onChange={(kind) => set('exit', { kind })} />
        </>
      );
      break;
    case 'workstation':
      fields = desk;
      break;
    case 'workstationArray':
      fields = (
        <>
          <NumberField name="rows" min={1} integer label={t('editor.options.rows')} value={o.array.rows} step={1} onChange={(rows) => set('array', { rows: Math.max(1, Math.round(rows)) })} />
          <NumberField name="columns" min={1} integer label={t('editor.options.columns')} value={o.array.columns} step={1} onChange={(columns) => set('array', { columns: Math.max(1, Math.round(columns)) })} />
          <NumberField name="rowPitch" min={0} minExclusive label={t('editor.options.rowPitch')} value={o.array.rowPitch} onChange={(rowPitch) => set('array', { rowPitch })} />
          <NumberField name="aisleEvery" min={0} integer label={t('editor.options.aisleEvery')} value={o.array.aisleEvery} step={1} onChange={(aisleEvery) => set('array', { aisleEvery: Math.max(0, Math.round(aisleEvery)) })} />
          <NumberField name="aisleWidth" min={0} label={t('editor.options.aisleWidth')} value={o.array.aisleWidth} onChange={(aisleWidth) => set('array', { aisleWidth })} />
          <CheckField name="backToBack" label={t('editor.options.backToBack')} value={o.array.backToBack} onChange={(backToBack) => set('array', { backToBack })} />
          {desk}
        </>
      );
      break;
    case 'luminaireArray':
      fields = (
        <>
          <NumberField name="spacing" min={0} minExclusive label={t('editor.options.spacing')} value={o.luminaire.spacing} onChange={(spacing) => set('luminaire', { spacing })} />
          <NumberField name="flux" min={0} label={t('editor.options.flux')} value={o.luminaire.flux} step={100} onChange={(flux) => set('luminaire', { flux })} />
          <NumberField name="power" min={0} label={t('editor.options.power')} value={o.luminaire.power} step={1} onChange={(power) => set('luminaire', { power })} />
          <NumberField name="mount" min={0} minExclusive label={t('editor.options.mount')} value={o.luminaire.mount} onChange={(mount) => set('luminaire', { mount })} />
        </>
      );
      break;
    case 'airTerminal':
      fields = <NumberField name="freshAir" min={0} label={t('editor.options.freshAir')} value={o.airTerminal.freshAir} step={10} onChange={(freshAir) => set('airTerminal', { freshAir })} />;
      break;
    case 'extinguisher':
      fields = (
        <>
          <TextField name="rating" label={t('editor.options.rating')} value={o.extinguisher.rating} onChange={(rating) => set('extinguisher', { rating })} />
          <label className="field">
            <span>{t('editor.options.lastInspected')}</span>
            <input type="date" value={o.extinguisher.lastInspected} onChange={(e) => set('extinguisher', { lastInspected: e.target.value })} />
          </label>
        </>
      );
      break;
    case 'exitSign':
      fields = (
        <>
          <SelectField name="signKind" label={t('editor.options.signKind')} value={o.exitSign.kind} options={opt(SIGN_KINDS, 'editor.enums.signKind')} onChange={(kind) => set('exitSign', { kind })} />
          {o.exitSign.kind === 'direction' && (
            <NumberField name="signRotation" label={t('editor.options.arrow')} value={o.exitSign.rotation} step={90} onChange={(rotation) => set('exitSign', { rotation })} />
          )}
        </>
      );
      break;
    case 'evacuationMark':
      fields = <TextField name="markLabel" label={t('editor.options.markLabel')} value={o.evacuationMark.label} onChange={(label) => set('evacuationMark', { label })} />;
      break;
    case 'building':
      fields = (
        <>
          <TextField name="buildingName" label={t('editor.options.name')} value={o.building.name} onChange={(name) => set('building', { name })} />
          <NumberField name="buildingHeight" min={0} minExclusive label={t('editor.options.height')} value={o.building.height} onChange={(height) => set('building', { height })} />
          <NumberField name="floorHeight" min={0} minExclusive label={t('editor.options.floorHeight')} value={o.building.floorHeight} onChange={(floorHeight) => set('building', { floorHeight })} />
          <NumberField name="clearHeight" min={0} minExclusive label={t('editor.options.clearHeight')} value={o.building.clearHeight} onChange={(clearHeight) => set('building', { clearHeight })} />
        </>
      );
      break;
    default:
      fields = null;
  }
  const shape = tool === 'zone' ? o.zone.shape : tool === 'core' ? o.core.shape : undefined;
  return (
    <div className="tool-options" data-testid="tool-options">
      <strong>{t(`editor.tools.${tool}`)}</strong>
      {fields}
      <NumberField name="grid" min={0} minExclusive label={t('editor.options.grid')} value={o.snap.grid} step={0.05} onChange={(grid) => set('snap', { grid })} />
      <CheckField name="snap" label={t('editor.options.snap')} value={o.snap.enabled} onChange={(enabled) => set('snap', { enabled })} />
      {hasDrawing && (
        <span title={t('editor.options.snapDrawingTitle')}>
          <CheckField name="snapDrawing" label={t('editor.options.snapDrawing')} value={o.snap.drawing} onChange={(drawing) => set('snap', { drawing })} />
        </span>
      )}
      {/* room for more lines (e.g. the typed-length hint of a drawing tool) */}
      <div className="tool-hints">
        <p className="hint" data-testid="tool-hint">{t(toolHintKey(tool, shape))}</p>
      </div>
      <LargeDeleteConfirm />
    </div>
  );
}
