// A small modal question (native <dialog>, so the page behind is inert and the editor's
// shortcuts stand aside while it is open). Enter answers yes, Esc or Cancel no.
import { useEffect, useRef, type ReactNode } from 'react';
import './confirmDialog.css';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** a line under the buttons, e.g. which keys answer */
  keysHint?: string;
  /** the yes button warns (red): a destructive action */
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
  testId?: string;
}

export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, keysHint, danger, onConfirm, onCancel, testId }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // one answer per opening, however the keys and clicks race
  const answered = useRef(false);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      answered.current = false;
      d.showModal();
      confirmButton.current?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  const answer = (yes: boolean) => {
    if (answered.current) return;
    answered.current = true;
    if (yes) onConfirm();
    else onCancel();
  };
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      data-testid={testId}
      aria-labelledby={testId ? `${testId}-title` : undefined}
      onCancel={(e) => {
        // Esc: close through our state, so React and the element agree
        e.preventDefault();
        answer(false);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Enter' || e.target === cancelButton.current) return;
        e.preventDefault();
        answer(true);
      }}
    >
      <h2 id={testId ? `${testId}-title` : undefined}>{title}</h2>
      <div className="confirm-dialog-body">{children}</div>
      <div className="confirm-dialog-buttons">
        <button type="button" ref={cancelButton} data-answer="no" onClick={() => answer(false)}>
          {cancelLabel}
        </button>
        <button type="button" ref={confirmButton} data-answer="yes" className={danger ? 'danger' : 'primary'} onClick={() => answer(true)}>
          {confirmLabel}
        </button>
      </div>
      {keysHint && <p className="confirm-dialog-keys">{keysHint}</p>}
    </dialog>
  );
}
