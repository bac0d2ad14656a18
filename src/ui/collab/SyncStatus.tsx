// The header badge of a shared project: synced / syncing (with the changes the server has not
// confirmed) / offline / connecting / refused, and this user's role; it looks like the save badge
// (SaveStatus) and stays short. A click opens what it means (why the server refused, in words;
// the offline copy; the role; this user's name to change; reconnect); a refusal opens it by
// itself. Renders nothing when the project is not shared.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollab, useCollabState } from '../../editor/collab/CollabContext.tsx';
import type { CollabState } from '../../editor/collab/collabState.ts';
import { reasonText, roleName } from './collabMessages.ts';
import { EditNameButton } from './EditNameButton.tsx';
import './collab.css';

type Shown = Pick<CollabState, 'status' | 'unsyncedChanges' | 'documentsSynced' | 'documentsTotal' | 'role' | 'error'>;

export function SyncStatus() {
  const { t } = useTranslation();
  const collab = useCollab();
  const status = useCollabState((s) => s.status);
  const unsynced = useCollabState((s) => s.unsyncedChanges);
  const documentsSynced = useCollabState((s) => s.documentsSynced);
  const documentsTotal = useCollabState((s) => s.documentsTotal);
  const role = useCollabState((s) => s.role);
  const reason = useCollabState((s) => s.error?.reason ?? null);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  // a refusal is a dead end until someone acts: say why without being asked
  useEffect(() => {
    if (status === 'refused') setOpen(true);
  }, [status, reason]);
  useEffect(() => {
    if (!open) return;
    const outside = (e: MouseEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setOpen(false);
    };
    const escape = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLElement && e.target.closest('dialog'))) setOpen(false);
    };
    document.addEventListener('mousedown', outside);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('mousedown', outside);
      document.removeEventListener('keydown', escape);
    };
  }, [open]);
  if (!collab || status === null || role === null) return null;
  const shown: Shown = { status, unsyncedChanges: unsynced ?? 0, documentsSynced: documentsSynced ?? 0, documentsTotal: documentsTotal ?? 1, role, error: reason ? { reason } : null };
  const { label, explain } = describe(t, shown);
  const why = reason ? reasonText(t, reason) : null;
  const roleText = roleName(t, role);
  const roleAs = t('collabUi.roleAs', { role: roleText });
  const title = [explain, why, roleAs].filter(Boolean).join('\n');
  return (
    <div ref={wrapper} className={`sync-status ${status}`} data-testid="sync-status" data-status={status} data-role={role} data-unsynced={shown.unsyncedChanges}>
      <button type="button" className="sync-badge" data-testid="sync-badge" title={title} aria-expanded={open} aria-controls="sync-details" onClick={() => setOpen((o) => !o)}>
        <span className="sync-dot" aria-hidden />
        <span role="status" className="sync-label">
          {label}
        </span>
        <span className="sync-role" data-testid="sync-role">
          {roleText}
        </span>
      </button>
      {open && (
        <div className="sync-popover" id="sync-details" data-testid="sync-details" role="group" aria-label={label}>
          <button type="button" className="dialog-close" aria-label={t('collabUi.close')} title={t('collabUi.close')} onClick={() => setOpen(false)}>
            ×
          </button>
          <p className="sync-explain">{explain}</p>
          {why && (
            <p className="sync-reason" role={status === 'refused' ? 'alert' : undefined} data-testid="sync-reason" data-reason={reason}>
              {why}
            </p>
          )}
          <p className="sync-role-line">{roleAs}</p>
          <div className="sync-name-line">
            <span>{t('collabUi.yourName')}</span>
            <EditNameButton />
          </div>
          {status === 'offline' && (
            <button type="button" data-testid="sync-reconnect" onClick={() => collab.actions.reconnect()}>
              {t('collabUi.reconnect')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}

function describe(t: ReturnType<typeof useTranslation>['t'], s: Shown): { label: string; explain: string } {
  switch (s.status) {
    case 'synced':
      return { label: t('collabUi.status.synced'), explain: t('collabUi.explain.synced') };
    case 'syncing':
      if (s.unsyncedChanges > 0) return { label: t('collabUi.status.syncingCount', { count: s.unsyncedChanges }), explain: t('collabUi.explain.syncing', { count: s.unsyncedChanges }) };
      return { label: t('collabUi.status.syncing'), explain: t('collabUi.explain.syncingLoad', { synced: s.documentsSynced, total: s.documentsTotal }) };
    case 'offline':
      return {
        label: s.unsyncedChanges > 0 ? t('collabUi.status.offlineCount', { count: s.unsyncedChanges }) : t('collabUi.status.offline'),
        explain: t('collabUi.explain.offline'),
      };
    case 'connecting':
      return { label: t('collabUi.status.connecting'), explain: t('collabUi.explain.connecting') };
    case 'refused':
      return { label: t('collabUi.status.refused'), explain: t('collabUi.explain.refused') };
  }
}
