// Every tool and editing action as a button with an inline SVG pictogram (icons.tsx); tooltips
// give the keyboard shortcut (the select tool's also its mouse gestures).
import { useTranslation } from 'react-i18next';
import { editorStore } from '../../editor/store.ts';
import { useEditor } from '../../editor/useEditor.ts';
import { toolController, useTools } from '../../editor/tools/appTools.ts';
import { deleteSelection, duplicateSelection, rotateSelection } from '../../editor/tools/selectionActions.ts';
import { ACTION_SHORTCUTS, TOOL_SHORTCUTS } from '../../editor/tools/shortcuts.ts';
import { SITE_TOOLS, TOOL_IDS } from '../../editor/tools/types.ts';
import { Icon } from './icons.tsx';
import { editorHintsText } from './editorHints.ts';
import { SafetyToolGroup, isSafetyTool } from './SafetyToolGroup.tsx';
import './columnMessages.ts';


export function Toolbar() {
  const { t } = useTranslation();
  const active = useTools((s) => s.toolId);
  const level = useEditor((s) => s.session.level);
  const canUndo = useEditor((s) => s.history.undo.length > 0);
  const canRedo = useEditor((s) => s.history.redo.length > 0);
  const hasSelection = useEditor((s) => s.session.selection.length > 0);
  // the fire-safety devices share one button (with a menu) placed after the sprinkler
  const tools = TOOL_IDS.filter((id) => (level === 'floor' ? id !== 'building' && id !== 'green' : SITE_TOOLS.has(id))).filter((id) => !isSafetyTool(id));
  const tip = (name: string, key: string) => `${name} (${key})`;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {tools.flatMap((id) => [
        <button
          key={id}
          type="button"
          data-tool={id}
          className={id === active ? 'active' : ''}
          aria-pressed={id === active}
          title={id === 'select' ? `${tip(t(`editor.tools.${id}`), TOOL_SHORTCUTS[id])}\n${editorHintsText(t)}` : tip(t(`editor.tools.${id}`), TOOL_SHORTCUTS[id])}
          onClick={() => toolController.setTool(id)}
        >
          <Icon name={id} />
        </button>,
        ...(id === 'sprinkler' ? [<SafetyToolGroup key="safety-group" />] : []),
      ])}
      <span className="sep" />
      <button type="button" data-action="undo" disabled={!canUndo} title={tip(t('editor.actions.undo'), ACTION_SHORTCUTS.undo)} onClick={() => editorStore.getState().undo()}><Icon name="undo" /></button>
      <button type="button" data-action="redo" disabled={!canRedo} title={tip(t('editor.actions.redo'), ACTION_SHORTCUTS.redo)} onClick={() => editorStore.getState().redo()}><Icon name="redo" /></button>
      <button type="button" data-action="rotate90" disabled={!hasSelection} title={tip(t('editor.actions.rotate90'), ACTION_SHORTCUTS.rotate90)} onClick={() => rotateSelection(editorStore)}><Icon name="rotate90" /></button>
      <button type="button" data-action="duplicate" disabled={!hasSelection} title={tip(t('editor.actions.duplicate'), ACTION_SHORTCUTS.duplicate)} onClick={() => duplicateSelection(editorStore)}><Icon name="duplicate" /></button>
      <button type="button" data-action="delete" disabled={!hasSelection} title={tip(t('editor.actions.delete'), ACTION_SHORTCUTS.delete)} onClick={() => deleteSelection(editorStore)}><Icon name="delete" /></button>
      <button type="button" data-action="help" title={tip(t('editor.actions.help'), ACTION_SHORTCUTS.help)} onClick={() => toolController.state.setState((s) => ({ helpOpen: !s.helpOpen }))}><Icon name="help" /></button>
    </div>
  );
}
