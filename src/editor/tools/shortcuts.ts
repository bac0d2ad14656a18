// The registry's keys as text, per tool and per action, for tooltips and the help; and two look-ups
// the views and tests use. Nothing is listed here: everything comes from registry.ts.
import { keysText, type KeyLike } from '../keyboard.ts';
import { ACTIONS, entryForKey, TOOLS, type ActionId, type ToolId } from './registry.ts';

export type { ActionId } from './registry.ts';

export const TOOL_SHORTCUTS = Object.fromEntries(TOOLS.map((t) => [t.id, keysText(t)])) as Record<ToolId, string>;

export const ACTION_SHORTCUTS = Object.fromEntries(ACTIONS.map((a) => [a.id, keysText(a)])) as Record<ActionId, string>;

/**
 * Zoom to fit (Home, Shift+1) and zoom to selection (Shift+2), read from the physical key
 * (`code`: Digit1 is '!' with Shift on a US keyboard and something else elsewhere), or null.
 */
export function viewKeyFor(event: KeyLike): 'fitView' | 'fitSelection' | null {
  const entry = entryForKey(event);
  return entry?.id === 'fitView' || entry?.id === 'fitSelection' ? entry.id : null;
}

/** The tool a plain key press selects, if any ('r' alone is an action, 'R' with Shift a tool). */
export function toolForKey(key: string, shift: boolean): ToolId | null {
  const entry = entryForKey({ key, shiftKey: shift, ctrlKey: false, metaKey: false, altKey: false });
  return entry?.kind === 'tool' ? entry.id : null;
}
