// The toolbar's fire-safety group: one button for the smoke exhaust inlet, exit / evacuation
// sign, hydrant and "you are here" tools, so the toolbar keeps one row on a 1440 px screen. The
// button shows the group's active (else last used) tool and opens a small menu of all four, each
// with its key; the keys themselves (P, I, H, Y) pick a tool without the menu.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useToolController, useTools } from '../../editor/EditorContext.tsx';
import { TOOL_SHORTCUTS } from '../../editor/tools/shortcuts.ts';
import { TOOLS, type ToolId } from '../../editor/tools/registry.ts';
import { Icon } from './icons.tsx';
import './safetyMessages.ts';
import './safetyToolGroup.css';

/** The registry's tools of the 'safety' group, in its order. */
export const SAFETY_TOOLS: readonly ToolId[] = TOOLS.filter((tool) => tool.group === 'safety').map((tool) => tool.id);
export type SafetyToolId = ToolId;

export const isSafetyTool = (id: ToolId): id is SafetyToolId => (SAFETY_TOOLS as readonly ToolId[]).includes(id);

export function SafetyToolGroup() {
  const toolController = useToolController();
  const { t } = useTranslation();
  const active = useTools((s) => s.toolId);
  const [last, setLast] = useState<SafetyToolId>('exitSign');
  const [open, setOpen] = useState(false);
  const box = useRef<HTMLSpanElement>(null);
  const shown = isSafetyTool(active) ? active : last;
  useEffect(() => {
    if (isSafetyTool(active)) setLast(active);
  }, [active]);
  useEffect(() => {
    if (!open) return;
    const onPress = (e: PointerEvent) => {
      if (!box.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Esc closes the menu only: it must not also cancel the tool or clear the selection
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
  const name = (id: SafetyToolId) => `${t(`editor.tools.${id}`)} (${TOOL_SHORTCUTS[id]})`;
  return (
    <span className="tool-group" ref={box}>
      <button
        type="button"
        data-tool={shown}
        data-tool-group="safety"
        className={`tool-group-button${isSafetyTool(active) ? ' active' : ''}`}
        aria-pressed={isSafetyTool(active)}
        aria-haspopup="menu"
        aria-expanded={open}
        title={`${t('editor.tools.safetyGroup')}: ${name(shown)}`}
        onClick={() => setOpen(!open)}
      >
        <Icon name={shown} />
      </button>
      {open && (
        <div className="tool-group-menu" role="menu" aria-label={t('editor.tools.safetyGroup')} data-testid="safety-tools">
          {SAFETY_TOOLS.map((id) => (
            <button
              key={id}
              type="button"
              role="menuitemradio"
              aria-checked={id === active}
              data-tool-option={id}
              onClick={() => {
                toolController.setTool(id);
                setLast(id);
                setOpen(false);
              }}
            >
              <Icon name={id} />
              <span>{t(`editor.tools.${id}`)}</span>
              <kbd>{TOOL_SHORTCUTS[id]}</kbd>
            </button>
          ))}
        </div>
      )}
    </span>
  );
}
