// Keyboard shortcuts: one letter per tool, plus the editing actions. Shown in tooltips and in
// the help panel from this one table.
import type { ToolId } from './types.ts';

export const TOOL_SHORTCUTS: Record<ToolId, string> = {
  select: 'V',
  rotate: 'Shift+R',
  wall: 'W',
  zone: 'Z',
  core: 'C',
  column: 'U',
  door: 'D',
  window: 'N',
  exit: 'E',
  workstation: 'S',
  workstationArray: 'A',
  luminaireArray: 'L',
  airTerminal: 'F',
  extinguisher: 'X',
  detector: 'T',
  sprinkler: 'K',
  smokeExhaust: 'P',
  exitSign: 'I',
  hydrant: 'H',
  evacuationMark: 'Y',
  outline: 'O',
  measure: 'M',
  building: 'B',
  green: 'G',
};

export const ACTION_SHORTCUTS = {
  undo: 'Ctrl+Z',
  redo: 'Ctrl+Shift+Z / Ctrl+Y',
  copy: 'Ctrl+C',
  paste: 'Ctrl+V',
  duplicate: 'Ctrl+D',
  selectAll: 'Ctrl+A',
  delete: 'Delete',
  rotate90: 'R',
  nudge: '← ↑ → ↓',
  nudgeLarge: 'Shift+← ↑ → ↓',
  finish: 'Enter',
  cancel: 'Esc',
  orthogonal: 'Shift',
  fitView: 'Home / Shift+1',
  fitSelection: 'Shift+2',
  help: '?',
} as const;
export type ActionId = keyof typeof ACTION_SHORTCUTS;

/**
 * Zoom to fit (Home, Shift+1) and zoom to selection (Shift+2), read from the physical key
 * (`code`: Digit1 is '!' with Shift on a US keyboard and something else elsewhere), or null.
 */
export function viewKeyFor(event: { key: string; code?: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): 'fitView' | 'fitSelection' | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === 'Home') return 'fitView';
  if (!event.shiftKey) return null;
  if (event.code === 'Digit1' || event.code === 'Numpad1') return 'fitView';
  if (event.code === 'Digit2' || event.code === 'Numpad2') return 'fitSelection';
  return null;
}

/** The tool a plain key press selects, if any ('r' alone is an action, 'R' with Shift a tool). */
export function toolForKey(key: string, shift: boolean): ToolId | null {
  const wanted = shift ? `Shift+${key.toUpperCase()}` : key.toUpperCase();
  for (const [tool, shortcut] of Object.entries(TOOL_SHORTCUTS)) if (shortcut === wanted) return tool as ToolId;
  return null;
}
