// The history of the open project: every kept save point with its time and seat count, the
// difference to the current plan, and restore (itself a new revision), open as copy, export.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { serializePlan } from '../../floorplan/format/serializePlan.ts';
import type { RevisionMeta } from '../../persistence/projectRepository.ts';
import { downloadText } from './download.ts';
import { formatTime } from './localeText.ts';
import { useProjectSession, useSession } from './PersistenceContext.tsx';
import './projects.css';

export function RevisionsPanel() {
  const { t, i18n } = useTranslation();
  const session = useProjectSession();
  const project = useSession((s) => s.project);
  const head = useSession((s) => s.save?.revision ?? 0);
  const [revisions, setRevisions] = useState<RevisionMeta[]>([]);
  const [name, setName] = useState('');

  useEffect(() => {
    let stale = false;
    void session
      .listRevisions()
      .then((list) => !stale && setRevisions(list))
      .catch(() => !stale && setRevisions([]));
    return () => {
      stale = true;
    };
  }, [session, project?.id, head]);

  if (!project) return null;
  const current = revisions.find((r) => r.revision === head);
  const lang = i18n.language;

  const openAsCopy = async (revision: number) => {
    const plan = await session.repository.loadRevision(project.id, revision);
    if (plan) await session.create(`${project.name} @${revision}`, plan);
  };
  const exportRevision = async (revision: number) => {
    const plan = await session.repository.loadRevision(project.id, revision);
    // a revision's file is self-contained: its underlay drawings go inline (those this browser has)
    if (plan) downloadText(`${project.name || 'callfloor'}-r${revision}.callfloor.json`, serializePlan((await session.repository.drawings.inline(plan)).plan));
  };

  return (
    <section className="revisions-panel" data-testid="revisions-panel" aria-label={t('projects.history.title')}>
      <h2>{t('projects.history.title')}</h2>
      <form
        className="actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return;
          void session.saveNamed(name.trim()).then(() => setName(''));
        }}
      >
        <input value={name} placeholder={t('projects.history.namePlaceholder')} data-testid="revision-name-input" onChange={(e) => setName(e.target.value)} />
        <button type="submit" data-testid="revision-name">
          {t('projects.history.nameIt')}
        </button>
      </form>
      {revisions.length === 0 ? (
        <p className="meta">{t('projects.history.empty')}</p>
      ) : (
        <ul data-testid="revision-list">
          {revisions.map((r) => {
            const delta = current ? r.seatCount - current.seatCount : 0;
            return (
              <li key={r.revision} data-testid="revision-row" data-revision={r.revision} data-seats={r.seatCount}>
                <div>
                  <strong>{t('projects.history.revision', { revision: r.revision })}</strong>
                  {r.name && <span> · {r.name}</span>}
                  {r.revision === head && <span className="meta"> · {t('projects.history.head')}</span>}
                </div>
                <div className="meta">
                  {formatTime(r.created, lang)} · {t('projects.history.seats', { count: r.seatCount })}
                  {r.revision !== head && current && <> · {t('projects.history.delta', { delta: delta > 0 ? `+${delta}` : String(delta) })}</>}
                  {r.restoredFrom !== null && <> · {t('projects.history.restoredFrom', { revision: r.restoredFrom })}</>}
                </div>
                {r.revision !== head && (
                  <div className="actions">
                    <button type="button" data-testid="revision-restore" onClick={() => void session.restore(r.revision)}>
                      {t('projects.history.restore')}
                    </button>
                    <button type="button" onClick={() => void openAsCopy(r.revision)}>
                      {t('projects.history.openCopy')}
                    </button>
                    <button type="button" onClick={() => void exportRevision(r.revision)}>
                      {t('projects.history.export')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
