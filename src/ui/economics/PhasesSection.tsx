// The phases of the park (name and dates), the phase of each building and of floors that differ.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../editor/EditorContext.tsx';
import { addPhase, editPhase, newEconomicsId, removePhase, setBuildingPhase, setFloorPhase } from '../../floorplan/commands/economics.ts';
import { floorsByLevel } from '../../floorplan/queries/lookup.ts';
import type { Phase, PlanDocument } from '../../floorplan/types.ts';

function PhaseRow({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  const store = useEditorStore().getState();
  const date = (key: 'start' | 'end', label: string) => (
    <input type="date" aria-label={label} value={phase[key] ?? ''} onChange={(e) => store.execute(editPhase, { id: phase.id, props: { [key]: e.target.value || undefined } })} />
  );
  return (
    <li data-testid={`phase-${phase.id}`}>
      <input aria-label={t('economics.phaseName')} defaultValue={phase.name} key={phase.name} onBlur={(e) => e.target.value.trim() !== phase.name && store.execute(editPhase, { id: phase.id, props: { name: e.target.value } })} />
      {date('start', t('economics.start'))}
      {date('end', t('economics.end'))}
      <button type="button" onClick={() => store.execute(removePhase, { id: phase.id })}>
        {t('economics.remove')}
      </button>
    </li>
  );
}

export function PhasesSection({ plan }: { plan: PlanDocument }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const store = useEditorStore().getState();
  const phases = plan.phases ?? [];
  const options = (
    <>
      {phases.map((p) => (
        <option key={p.id} value={p.id}>
          {p.name}
        </option>
      ))}
    </>
  );
  return (
    <section className="economics-section" data-testid="economics-phases">
      <h3>{t('economics.phases')}</h3>
      {phases.length === 0 && <p className="economics-note">{t('economics.noPhases')}</p>}
      <ul className="economics-list economics-phase-list">
        {phases.map((p) => (
          <PhaseRow key={p.id} phase={p} />
        ))}
      </ul>
      <form
        className="economics-inline"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() === '') return;
          store.execute(addPhase, { phase: { id: newEconomicsId(plan, 'phase-'), name } });
          setName('');
        }}
      >
        <input placeholder={t('economics.phaseName')} value={name} onChange={(e) => setName(e.target.value)} data-testid="phase-new-name" />
        <button type="submit">{t('economics.addPhase')}</button>
      </form>
      {phases.length > 0 && (
        <>
          <h4>{t('economics.buildingPhase')}</h4>
          {plan.site.buildings.map((b) => (
            <div key={b.id} className="economics-building-phase">
              <label>
                {b.name}
                <select value={b.phase ?? ''} data-testid={`building-phase-${b.id}`} onChange={(e) => store.execute(setBuildingPhase, { buildingId: b.id, phaseId: e.target.value || null })}>
                  <option value="">{t('economics.unphased')}</option>
                  {options}
                </select>
              </label>
              <details>
                <summary>{t('economics.floorPhases')}</summary>
                {floorsByLevel(b).map((f) => (
                  <label key={f.id}>
                    {f.name}
                    <select value={f.phase ?? ''} onChange={(e) => store.execute(setFloorPhase, { floorId: f.id, phaseId: e.target.value || null })}>
                      <option value="">{t('economics.sameAsBuilding')}</option>
                      {options}
                    </select>
                  </label>
                ))}
              </details>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
