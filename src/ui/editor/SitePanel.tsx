// Site panel: parcel controls with live site figures; the open building's properties and its
// floor list (add / duplicate / delete / reorder, copy the open floor's layout to the others).
import { derivedId } from '../../floorplan/commands/idSpace.ts';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../../editor/EditorContext.tsx';
import { addFloor } from '../../floorplan/commands/addFloor.ts';
import { copyFloorLayout } from '../../floorplan/commands/copyFloorLayout.ts';
import { deleteFloor } from '../../floorplan/commands/deleteFloor.ts';
import { duplicateFloor } from '../../floorplan/commands/duplicateFloor.ts';
import { reorderFloors } from '../../floorplan/commands/reorderFloors.ts';
import { setBuildingProps } from '../../floorplan/commands/setBuildingProps.ts';
import { setSiteControls } from '../../floorplan/commands/setSiteControls.ts';
import { siteFigures } from '../../floorplan/queries/areas.ts';
import { findBuilding, floorsByLevel } from '../../floorplan/queries/lookup.ts';
import { SPRINKLER_HAZARDS, type SiteControls, type SprinklerHazard } from '../../floorplan/types.ts';
import { CheckField, NumberField, SelectField, TextField } from './fields.tsx';
import './safetyMessages.ts';
import { Icon } from './icons.tsx';
import { emptyFloorCollections } from '../../floorplan/emptyFloor.ts';

const CONTROLS: (keyof SiteControls)[] = ['maxFar', 'maxCoverage', 'minGreenRatio', 'maxHeight', 'minSetback'];
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
/** A command's refusal as the reason a field shows, or nothing. */
const refusal = (result: { ok: boolean; refused?: { reasonKey: string } }): string | null => (result.ok ? null : (result.refused?.reasonKey ?? null));

export function SitePanel() {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const buildingId = useEditorState((s) => s.session.buildingId);
  const floorId = useEditorState((s) => s.session.floorId);
  const editorStore = useEditorStore();
  const run = editorStore.getState().execute;
  const figures = siteFigures(plan);
  const building = buildingId ? findBuilding(plan, buildingId) : undefined;
  const floors = building ? floorsByLevel(building) : [];
  const move = (i: number, by: number) => {
    const order = floors.map((f) => f.id);
    const j = i + by;
    if (!building || j < 0 || j >= order.length) return;
    [order[i], order[j]] = [order[j]!, order[i]!];
    run(reorderFloors, { buildingId: building.id, order });
  };
  const nextLevel = floors.reduce((m, f) => Math.max(m, f.level), 0) + 1;
  return (
    <section className="site-panel" data-testid="site-panel">
      <h3>{t('editor.site.controls')}</h3>
      {CONTROLS.map((k) => (
        <NumberField key={k} name={k} label={t(`editor.site.${k}`)} value={plan.site.controls?.[k] ?? null} step={k === 'maxFar' ? 0.1 : k === 'maxHeight' || k === 'minSetback' ? 1 : 0.05} onChange={(v) => run(setSiteControls, { controls: { [k]: v } })} />
      ))}
      <h3>{t('editor.site.figures')}</h3>
      <dl className="figures" data-testid="site-figures">
        <dt>{t('editor.site.parcelArea')}</dt><dd>{figures.parcelArea.toFixed(0)} m²</dd>
        <dt>{t('editor.site.far')}</dt><dd>{figures.far.toFixed(2)}</dd>
        <dt>{t('editor.site.coverage')}</dt><dd>{pct(figures.coverage)}</dd>
        <dt>{t('editor.site.greenRatio')}</dt><dd>{pct(figures.greenRatio)}</dd>
      </dl>
      {building && (
        <>
          <h3>{t('editor.site.buildingProps')}</h3>
          <TextField name="bname" label={t('editor.options.name')} value={building.name} onChange={(name) => run(setBuildingProps, { buildingId: building.id, props: { name } })} />
          <NumberField name="bheight" label={t('editor.options.height')} value={building.height} onChange={(height) => run(setBuildingProps, { buildingId: building.id, props: { height } })} />
          <NumberField name="grade" label={t('editor.site.grade')} value={building.fireResistanceGrade} step={1} onChange={(g) => run(setBuildingProps, { buildingId: building.id, props: { fireResistanceGrade: g as 1 } })} />
          <CheckField name="sprinklered" label={t('editor.site.sprinklered')} value={building.sprinklered} onChange={(sprinklered) => run(setBuildingProps, { buildingId: building.id, props: { sprinklered } })} />
          {building.sprinklered && (
            <SelectField<SprinklerHazard | ''>
              name="sprinklerHazard"
              label={t('editor.site.sprinklerHazard')}
              value={building.sprinklerHazard ?? ''}
              options={[{ value: '', label: t('editor.site.hazardDefault') }, ...SPRINKLER_HAZARDS.map((h) => ({ value: h, label: t(`editor.enums.sprinklerHazard.${h}`) }))]}
              onChange={(v) => refusal(run(setBuildingProps, { buildingId: building.id, props: { sprinklerHazard: v === '' ? undefined : v } }))}
            />
          )}
          <NumberField
            name="storeys"
            label={t('editor.site.storeys')}
            value={building.storeys ?? null}
            placeholder={t('editor.site.storeysHint')}
            step={1}
            min={1}
            integer
            onChange={(storeys) => refusal(run(setBuildingProps, { buildingId: building.id, props: { storeys } }))}
          />
          <h3>{t('editor.site.floors')}</h3>
          <ul className="floor-list">
            {[...floors].reverse().map((f) => {
              const i = floors.indexOf(f);
              return (
                <li key={f.id} className={f.id === floorId ? 'active' : ''}>
                  <button type="button" className="link" onClick={() => editorStore.getState().openFloor(f.id)}>{f.name}</button>
                  <button type="button" title={t('editor.site.up')} onClick={() => move(i, 1)}><Icon name="up" size={14} /></button>
                  <button type="button" title={t('editor.site.down')} onClick={() => move(i, -1)}><Icon name="down" size={14} /></button>
                  <button type="button" title={t('editor.site.duplicate')} onClick={() => run(duplicateFloor, { floorId: f.id, newFloorId: derivedId(`${building.id}-${nextLevel}F`), level: nextLevel, name: `${nextLevel}F` })}><Icon name="duplicate" size={14} /></button>
                  <button type="button" title={t('editor.site.delete')} onClick={() => run(deleteFloor, { floorId: f.id })}><Icon name="delete" size={14} /></button>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            onClick={() => {
              const top = floors.at(-1);
              if (!top) return;
              run(addFloor, {
                buildingId: building.id,
                floor: { ...structuredClone(top), id: derivedId(`${building.id}-${nextLevel}F`), name: `${nextLevel}F`, level: nextLevel, elevation: top.elevation + top.height, ...emptyFloorCollections() },
              });
            }}
          >
            {t('editor.site.addFloor')}
          </button>
          {floorId && (
            <button type="button" onClick={() => run(copyFloorLayout, { fromFloorId: floorId, toFloorIds: floors.map((f) => f.id).filter((id) => id !== floorId) })}>
              {t('editor.site.copyLayout')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
