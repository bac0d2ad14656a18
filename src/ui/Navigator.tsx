// The site → buildings → floors tree with seat counts; the left dock's content.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../editor/EditorContext.tsx';
import { floorsByLevel } from '../floorplan/queries/lookup.ts';
import { buildingSeatCount, siteSeatCount } from './seatCounts.ts';

export function Navigator() {
  const { t } = useTranslation();
  const plan = useEditorState((s) => s.plan);
  const level = useEditorState((s) => s.session.level);
  const buildingId = useEditorState((s) => s.session.buildingId);
  const floorId = useEditorState((s) => s.session.floorId);
  const tree = useMemo(
    () =>
      plan.site.buildings.map((b) => ({
        id: b.id,
        name: b.name,
        seats: buildingSeatCount(b),
        floors: floorsByLevel(b)
          .reverse()
          .map((f) => ({ id: f.id, name: f.name, seats: f.workstations.length })),
      })),
    [plan],
  );
  const total = useMemo(() => siteSeatCount(plan), [plan]);
  const store = useEditorStore().getState();
  return (
    <nav className="navigator" aria-label={t('nav.title')}>
      <ul className="tree">
        <li>
          <button type="button" className={level === 'park' ? 'current' : ''} onClick={() => store.openPark()}>
            <span>{t('nav.park')}</span>
            <span className="count">{t('nav.seatsCount', { count: total })}</span>
          </button>
          <ul>
            {tree.map((b) => (
              <li key={b.id}>
                <button
                  type="button"
                  data-building={b.id}
                  className={level === 'building' && buildingId === b.id ? 'current' : ''}
                  onClick={() => store.openBuilding(b.id)}
                >
                  <span>{b.name}</span>
                  <span className="count">{t('nav.seatsCount', { count: b.seats })}</span>
                </button>
                {buildingId === b.id && (
                  <ul>
                    {b.floors.map((f) => (
                      <li key={f.id}>
                        <button
                          type="button"
                          data-floor={f.id}
                          className={level === 'floor' && floorId === f.id ? 'current' : ''}
                          onClick={() => store.openFloor(f.id)}
                        >
                          <span>{f.name}</span>
                          <span className="count">{t('nav.seatsCount', { count: f.seats })}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </nav>
  );
}
