// Bottom line: what you can do here, how much is selected, and the last refusal.
import { useTranslation } from 'react-i18next';
import { editorStore } from '../editor/store.ts';
import { useEditor } from '../editor/useEditor.ts';

export function StatusBar() {
  const { t } = useTranslation();
  const level = useEditor((s) => s.session.level);
  const count = useEditor((s) => s.session.selection.length);
  const message = useEditor((s) => s.session.message);
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
    </footer>
  );
}
