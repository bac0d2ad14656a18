// While the server holds no plan for a shared project: the owner is offered to publish the plan
// open now; everyone else is told to wait for the owner.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollab, useCollabState } from '../../editor/collab/CollabContext.tsx';
import { errorText } from './collabMessages.ts';
import './collab.css';

export function PublishPrompt() {
  const { t } = useTranslation();
  const collab = useCollab();
  const empty = useCollabState((s) => s.empty);
  const role = useCollabState((s) => s.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!collab || !empty || role === null) return null;
  if (role !== 'owner') {
    return (
      <div className="collab-banner waiting" role="status" data-testid="publish-waiting">
        {t('collabUi.publish.waiting')}
      </div>
    );
  }
  const publish = async () => {
    setBusy(true);
    setError(null);
    try {
      await collab.actions.publishOpenPlan();
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="collab-banner publish" data-testid="publish-prompt" aria-busy={busy}>
      <span>{t('collabUi.publish.ownerText')}</span>
      <button type="button" className="primary" data-testid="publish-plan" disabled={busy} onClick={() => void publish()}>
        {busy ? t('collabUi.publish.busy') : t('collabUi.publish.button')}
      </button>
      {error && (
        <span className="collab-problem" role="alert" data-testid="publish-error">
          {t('collabUi.publish.failed', { reason: error })}
        </span>
      )}
    </div>
  );
}
