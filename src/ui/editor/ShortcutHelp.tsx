// The shortcut help panel (press ?), listed from the same tables as the tooltips: keys, and the
// mouse gestures (rotation handle, the 3D view's Ctrl+drag box).
import { useTranslation } from 'react-i18next';
import { toolController, useTools } from '../../editor/tools/appTools.ts';
import { ACTION_SHORTCUTS, TOOL_SHORTCUTS } from '../../editor/tools/shortcuts.ts';
import { NAVIGATION_GESTURES } from '../../view3d/navigationMessages.ts';
import './dynamicInputMessages.ts';
import { GESTURES } from './editorHints.ts';
import { SELECT_GESTURES } from './selectGestures.ts';

export function ShortcutHelp() {
  const { t } = useTranslation();
  const open = useTools((s) => s.helpOpen);
  if (!open) return null;
  return (
    <div className="shortcut-help" role="dialog" aria-label={t('editor.help.title')} data-testid="shortcut-help">
      <h3>{t('editor.help.title')}</h3>
      <div className="columns">
        <dl>
          <dt className="group">{t('editor.help.tools')}</dt>
          {Object.entries(TOOL_SHORTCUTS).map(([id, key]) => (
            <div key={id}><dt><kbd>{key}</kbd></dt><dd>{t(`editor.tools.${id}`)}</dd></div>
          ))}
        </dl>
        <dl>
          <dt className="group">{t('editor.help.actions')}</dt>
          {Object.entries(ACTION_SHORTCUTS).map(([id, key]) => (
            <div key={id}><dt><kbd>{key}</kbd></dt><dd>{t(`editor.actions.${id}`)}</dd></div>
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
