// The shortcut help panel (press ?), listed from the registry like the toolbar's tooltips: keys, and the
// mouse gestures (rotation handle, the 3D view's Ctrl+drag and Alt+drag box).
import { useTranslation } from 'react-i18next';
import { useToolController, useTools } from '../../editor/EditorContext.tsx';
import { keysText } from '../../editor/keyboard.ts';
import { ACTIONS, TOOLS } from '../../editor/tools/registry.ts';
import { NAVIGATION_GESTURES } from '../../view3d/navigationMessages.ts';
import './dynamicInputMessages.ts';
import { GESTURES } from './editorHints.ts';
import { SELECT_GESTURES } from './selectGestures.ts';

export function ShortcutHelp() {
  const toolController = useToolController();
  const { t } = useTranslation();
  const open = useTools((s) => s.helpOpen);
  if (!open) return null;
  return (
    <div className="shortcut-help" role="dialog" aria-label={t('editor.help.title')} data-testid="shortcut-help">
      <h3>{t('editor.help.title')}</h3>
      <div className="columns">
        <dl>
          <dt className="group">{t('editor.help.tools')}</dt>
          {TOOLS.map((tool) => (
            <div key={tool.id}><dt><kbd>{keysText(tool)}</kbd></dt><dd>{t(tool.label)}</dd></div>
          ))}
        </dl>
        <dl>
          <dt className="group">{t('editor.help.actions')}</dt>
          {ACTIONS.map((action) => (
            <div key={action.id}><dt><kbd>{keysText(action)}</kbd></dt><dd>{t(action.label)}</dd></div>
          ))}
          <div data-shortcut="typedLength"><dt><kbd>{t('editor.dynamicInput.helpKey')}</kbd></dt><dd>{t('editor.dynamicInput.help')}</dd></div>
          <dt className="group">{t('editor.gestures.title')}</dt>
          {GESTURES.map(([key, text]) => (
            <div key={key} data-gesture={key}><dt><kbd>{t(key)}</kbd></dt><dd>{t(text)}</dd></div>
          ))}
          {NAVIGATION_GESTURES.map(([key, text]) => (
            <div key={key} data-gesture={key}><dt><kbd>{t(key)}</kbd></dt><dd>{t(text)}</dd></div>
          ))}
          {SELECT_GESTURES.map(([key, text]) => (
            <div key={key} data-gesture={key}><dt><kbd>{t(key)}</kbd></dt><dd>{t(text)}</dd></div>
          ))}
        </dl>
      </div>
      <button type="button" onClick={() => toolController.state.setState({ helpOpen: false })}>{t('editor.help.close')}</button>
    </div>
  );
}
