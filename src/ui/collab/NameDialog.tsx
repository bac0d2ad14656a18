// A small modal asking for the name the others see (required, at most 40 characters). Used by the
// first-visit prompt (which cannot be dismissed without a name) and by the edit-name button.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './collabMessages.ts';
import './collab.css';

export const MAX_NAME_LENGTH = 40;

export function NameDialog({
  open,
  initial,
  firstTime,
  onSave,
  onCancel,
}: {
  open: boolean;
  initial: string;
  /** the first visit: no cancel, Esc does not close it */
  firstTime: boolean;
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [name, setName] = useState(initial);
  const [problem, setProblem] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      setName(initial);
      setProblem(false);
      // jsdom has no showModal
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
    if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open, initial]);
  const save = () => {
    const trimmed = name.trim().slice(0, MAX_NAME_LENGTH);
    if (!trimmed) {
      setProblem(true);
      return;
    }
    onSave(trimmed);
  };
  return (
    <dialog
      ref={dialog}
      className="dialog collab-name-dialog"
      data-testid="collab-name-dialog"
      aria-label={t('collabUi.name.title')}
      onCancel={(e) => {
        if (firstTime) e.preventDefault();
      }}
      onClose={() => {
        if (open) onCancel();
      }}
    >
      {open && (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <header className="dialog-head">
            <h2>{t('collabUi.name.title')}</h2>
          </header>
          {firstTime && <p className="collab-name-ask">{t('collabUi.name.ask')}</p>}
          <label className="dialog-row">
            <span>{t('collabUi.name.label')}</span>
            <input
              type="text"
              data-testid="collab-name-input"
              value={name}
              required
              maxLength={MAX_NAME_LENGTH}
              autoFocus
              aria-invalid={problem}
              onChange={(e) => {
                setName(e.target.value);
                if (e.target.value.trim()) setProblem(false);
              }}
            />
          </label>
          {problem && (
            <p className="dialog-note collab-problem" role="alert" data-testid="collab-name-problem">
              {t('collabUi.name.required')}
            </p>
          )}
          <footer className="dialog-foot">
            {!firstTime && (
              <button type="button" data-testid="collab-name-cancel" onClick={onCancel}>
                {t('collabUi.name.cancel')}
              </button>
            )}
            <button type="submit" className="primary" data-testid="collab-name-save">
              {firstTime ? t('collabUi.name.save') : t('collabUi.name.saveChange')}
            </button>
          </footer>
        </form>
      )}
    </dialog>
  );
}
