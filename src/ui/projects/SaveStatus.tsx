// The header badge: saved / saving / failed / stale, other tabs on the same project, and the
// way out of each trouble (reload, save as copy, export, reload page).
import { useTranslation } from 'react-i18next';
import { downloadText } from './download.ts';
import { localeText, formatTime } from './localeText.ts';
import { useProjectSession, useSession } from './PersistenceContext.tsx';
import './persistenceNotice.ts';
import './projects.css';

export function SaveStatus() {
  const { t, i18n } = useTranslation();
  const session = useProjectSession();
  const save = useSession((s) => s.save);
  const storageFailure = useSession((s) => s.storageFailure);
  const otherTabs = useSession((s) => s.otherTabs);
  const reloadRequired = useSession((s) => s.reloadRequired);
  const projectName = useSession((s) => s.project?.name ?? '');
  const persistenceRefused = useSession((s) => s.persistence === 'refused');
  const lang = i18n.language;
  const exportFile = () => {
    const file = session.exportCurrent();
    downloadText(file.fileName, file.text);
  };

  if (reloadRequired) {
    return (
      <div className="save-status failed" role="alert" data-testid="save-status" data-status="reload">
        {t('projects.save.reloadRequired')}
        <button type="button" onClick={() => window.location.reload()}>
          {t('projects.save.reloadPage')}
        </button>
      </div>
    );
  }
  if (storageFailure) {
    return (
      <div className="save-status failed" role="alert" data-testid="save-status" data-status="unavailable" title={localeText(storageFailure.message, lang)}>
        <span>{t('projects.save.notStored')}</span>
        <span className="save-detail">{localeText(storageFailure.message, lang)}</span>
        <button type="button" data-testid="save-export" onClick={exportFile}>
          {t('projects.save.export')}
        </button>
      </div>
    );
  }
  if (!save) return null;

  const label =
    save.status === 'saving'
      ? t('projects.save.saving')
      : save.status === 'failed'
        ? t('projects.save.failed')
        : save.status === 'stale'
          ? t('projects.save.stale')
          : save.dirty
            ? t('projects.save.unsaved')
            : t('projects.save.saved');
  const title = save.savedAt ? t('projects.save.savedAt', { revision: save.revision, time: formatTime(save.savedAt, lang) }) : undefined;
  return (
    <div className={`save-status ${save.status}`} data-testid="save-status" data-status={save.status} data-revision={save.revision} data-dirty={save.dirty ? '1' : '0'} title={title}>
      <span role="status">{label}</span>
      {otherTabs > 0 && save.status !== 'stale' && <span className="save-detail" data-testid="other-tabs">{t('projects.save.otherTabs', { count: otherTabs })}</span>}
      {persistenceRefused && (
        <span className="save-detail" data-testid="save-persistence" title={t('storagePersistence.refusedDetail')}>
          {t('storagePersistence.refused')}
        </span>
      )}
      {(save.status === 'failed' || save.status === 'stale') && save.failure && (
        <span className="save-detail" role="alert" data-testid="save-message">
          {localeText(save.failure.message, lang)}
        </span>
      )}
      {save.status === 'stale' && (
        <>
          <button type="button" data-testid="save-reload" onClick={() => void session.reloadHead()}>
            {t('projects.save.reload')}
          </button>
          <button type="button" data-testid="save-copy" onClick={() => void session.saveAsCopy(t('projects.save.copyName', { name: projectName }))}>
            {t('projects.save.saveAsCopy')}
          </button>
        </>
      )}
      {save.status === 'failed' && (
        <>
          <button type="button" data-testid="save-retry" onClick={() => void session.flush()}>
            {t('projects.save.retry')}
          </button>
          <button type="button" data-testid="save-export" onClick={exportFile}>
            {t('projects.save.export')}
          </button>
        </>
      )}
    </div>
  );
}
