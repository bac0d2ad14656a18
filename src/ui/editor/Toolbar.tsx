// Every tool and editing action of the registry (editor/tools/registry.ts) as a button with an
// inline SVG pictogram (icons.tsx); tooltips give the keyboard shortcut (the select tool's also its
// mouse gestures).
import { useTranslation } from 'react-i18next';
import { useEditorState, useToolController, useTools } from '../../editor/EditorContext.tsx';
import { keysText } from '../../editor/keyboard.ts';
import { ACTIONS, TOOLS } from '../../editor/tools/registry.ts';
import { hasIcon, Icon, type IconName } from './icons.tsx';
import { editorHintsText } from './editorHints.ts';
import { SafetyToolGroup } from './SafetyToolGroup.tsx';
import './columnMessages.ts';

/** The actions with a pictogram are the toolbar's buttons after the tools. */
const BUTTONS = ACTIONS.filter((a) => a.icon !== undefined);

/** Every registry icon is in icons.tsx (test/editor/tools/registry.test.ts); a missing one shows the help sign. */
const iconOf = (name: string | undefined): IconName => (name !== undefined && hasIcon(name) ? name : 'help');

export function Toolbar() {
  const toolController = useToolController();
  const { t } = useTranslation();
  const active = useTools((s) => s.toolId);
  const level = useEditorState((s) => s.session.level);
  // which buttons can be pressed, as one string: the bar re-renders only when one of them changes
  const enabled = useEditorState((s) => BUTTONS.map((a) => ((a.enabled?.(s) ?? true) ? '1' : '0')).join(''));
  const place = level === 'floor' ? 'floor' : 'site';
  const shown = TOOLS.filter((tool) => tool.place === 'both' || tool.place === place);
  const tip = (name: string, key: string) => `${name} (${key})`;
  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {shown.map((tool, i) => {
        // a group's tools (the fire-safety devices) share one button with a menu, where its first tool stands
        if (tool.group) return shown.findIndex((other) => other.group === tool.group) === i ? <SafetyToolGroup key={`group-${tool.group}`} /> : null;
        const title = tip(t(tool.label), keysText(tool));
        return (
          <button
            key={tool.id}
            type="button"
            data-tool={tool.id}
            className={tool.id === active ? 'active' : ''}
            aria-pressed={tool.id === active}
            title={tool.id === 'select' ? `${title}\n${editorHintsText(t)}` : title}
            onClick={() => toolController.setTool(tool.id)}
          >
            <Icon name={iconOf(tool.icon)} />
          </button>
        );
      })}
      <span className="sep" />
      {BUTTONS.map((action, i) => (
        <button
          key={action.id}
          type="button"
          data-action={action.id}
          disabled={enabled[i] !== '1'}
          title={tip(t(action.label), keysText(action))}
          onClick={() => toolController.runAction(action)}
        >
          <Icon name={iconOf(action.icon)} />
        </button>
      ))}
    </div>
  );
}
