// Asks before a delete of more than LARGE_DELETE elements (the Delete key and the toolbar both
// delete through deleteSelection, which asks here). Mounted once in the editor overlay.
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { setLargeDeleteConfirmation } from '../../editor/tools/selectionActions.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import './inspectorMessages.ts';

interface Pending {
  count: number;
  proceed(): void;
}

export function LargeDeleteConfirm() {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(() => setLargeDeleteConfirmation((count, proceed) => setPending({ count, proceed })), []);
  if (typeof document === 'undefined') return null;
  const count = pending?.count ?? 0;
  return createPortal(
    <ConfirmDialog
      open={pending !== null}
      testId="confirm-delete"
      danger
      title={t('editor.confirmDelete.title', { count })}
      confirmLabel={t('editor.confirmDelete.confirm', { count })}
      cancelLabel={t('editor.confirmDelete.cancel')}
      keysHint={t('editor.confirmDelete.keys')}
      onConfirm={() => {
        pending?.proceed();
        setPending(null);
      }}
      onCancel={() => setPending(null)}
    >
      <p>{t('editor.confirmDelete.body', { count })}</p>
    </ConfirmDialog>,
    document.body,
  );
}
