// Bottom line: what you can do here, how much is selected, the rule set in force (click to change
// it: one undoable command) and the last refusal.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorState, useEditorStore } from '../editor/EditorContext.tsx';
import { setProfileBase } from '../floorplan/commands/setProfileBase.ts';
import { RuleSetChoice } from './ruleSet/RuleSetChoice.tsx';
import './ruleSet/messages.ts';

function RuleSetStatus() {
  const { t } = useTranslation();
  // a plan without a profile is checked under GB (resolveProfile)
  const base = useEditorState((s) => s.plan.profile?.base ?? 'gb');
  const readOnly = useEditorState((s) => s.session.readOnly === true);
  const editorStore = useEditorStore();
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPress = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Esc closes the picker only; it must not also clear the selection
      e.stopImmediatePropagation();
      setOpen(false);
    };
    window.addEventListener('pointerdown', onPress);
    window.addEventListener('keydown', onKey, { capture: true });
    return () => {
      window.removeEventListener('pointerdown', onPress);
      window.removeEventListener('keydown', onKey, { capture: true });
    };
  }, [open]);

  return (
    <span className="rule-set" ref={box}>
      <button type="button" data-testid="rule-set-status" data-base={base} aria-expanded={open} aria-haspopup="dialog" disabled={readOnly} title={t('ruleSet.change')} onClick={() => setOpen(!open)}>
        {t('ruleSet.inForce', { name: t(`ruleSet.name.${base}`) })}
      </button>
      {open && (
        <div className="rule-set-popover" role="dialog" aria-label={t('ruleSet.title')} data-testid="rule-set-picker">
          <h3>{t('ruleSet.question')}</h3>
          <RuleSetChoice name="rule-set-status" value={base} onChange={(next) => editorStore.getState().execute(setProfileBase, { base: next })} />
          <button type="button" onClick={() => setOpen(false)}>
            {t('ruleSet.close')}
          </button>
        </div>
      )}
    </span>
  );
}

export function StatusBar() {
  const { t } = useTranslation();
  const level = useEditorState((s) => s.session.level);
  const count = useEditorState((s) => s.session.selection.length);
  const message = useEditorState((s) => s.session.message);
  const editorStore = useEditorStore();
  const hint = level === 'park' ? t('view.hintPark') : level === 'building' ? t('view.hintBuilding') : t('view.hintFloor');
  return (
    <footer className="status">
      <span className="hint">{hint}</span>
      {count > 0 && <span data-testid="selection-count">{t('view.selected', { count })}</span>}
      {message && (
        <span className="message" role="alert" data-testid="message">
          {t(message.key)}
          <button type="button" onClick={() => editorStore.getState().dismissMessage()} aria-label={t('message.dismiss')}>
            ×
          </button>
        </span>
      )}
      <span className="status-spacer" style={{ flex: 1 }} />
      <RuleSetStatus />
    </footer>
  );
}
