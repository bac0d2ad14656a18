// This user's name (with their colour) as a button that opens the name dialog: how a person
// changes the name the others see. The presence list shows it for its own row.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCollab, useCollabState } from '../../editor/collab/CollabContext.tsx';
import { NameDialog } from './NameDialog.tsx';

export function EditNameButton({ className }: { className?: string } = {}) {
  const { t } = useTranslation();
  const collab = useCollab();
  const name = useCollabState((s) => s.self.name);
  const color = useCollabState((s) => s.self.color);
  const [editing, setEditing] = useState(false);
  if (!collab || name === null) return null;
  return (
    <>
      <button
        type="button"
        className={`collab-edit-name${className ? ` ${className}` : ''}`}
        data-testid="collab-edit-name"
        title={t('collabUi.name.edit')}
        aria-label={`${t('collabUi.name.edit')}: ${name}`}
        onClick={() => setEditing(true)}
      >
        <span className="collab-swatch" style={{ background: color ?? undefined }} aria-hidden />
        <span className="collab-edit-name-text">{name}</span>
        <span aria-hidden className="collab-edit-name-pen">✎</span>
      </button>
      <NameDialog
        open={editing}
        initial={name}
        firstTime={false}
        onSave={(next) => {
          collab.actions.setName(next);
          setEditing(false);
        }}
        onCancel={() => setEditing(false)}
      />
    </>
  );
}
