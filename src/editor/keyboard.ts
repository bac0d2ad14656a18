// Keys: how a shortcut is written in the registry (tools/registry.ts), whether a key press is that
// shortcut, and how the toolbar, tooltips and help write it. Pure: no DOM, works on key-like facts.

export interface KeyLike {
  key: string;
  /** the physical key ('Digit1'), for shortcuts that must not depend on the keyboard layout */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface Shortcut {
  /** KeyboardEvent.key, compared without case ('V', 'Escape', 'ArrowLeft', '?') */
  key?: string;
  /** KeyboardEvent.code instead of key ('Digit1': Shift+1 is '!' on one layout and '+' on another) */
  code?: string;
  /** Ctrl, or ⌘ on a Mac */
  mod?: boolean;
  /** Shift must be held (true), must not be (false, the default), or may be ('any') */
  shift?: boolean | 'any';
  /** works with any modifier held (Esc) */
  anyModifier?: boolean;
  /** a second key for the same thing, not written in tooltips (Backspace beside Delete) */
  hidden?: boolean;
}

/** True when the key press is the shortcut. Alt is never part of a shortcut without Ctrl. */
export function matchesShortcut(shortcut: Shortcut, event: KeyLike): boolean {
  if (shortcut.code !== undefined) {
    if (event.code !== shortcut.code) return false;
  } else if (shortcut.key === undefined || event.key.toLowerCase() !== shortcut.key.toLowerCase()) return false;
  if (shortcut.anyModifier) return true;
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== !!shortcut.mod) return false;
  if (!mod && event.altKey) return false;
  const shift = shortcut.shift ?? false;
  return shift === 'any' || shift === event.shiftKey;
}

const KEY_NAMES: Record<string, string> = { Escape: 'Esc', ArrowLeft: '←', ArrowUp: '↑', ArrowRight: '→', ArrowDown: '↓' };

/** 'Ctrl+Shift+Z', 'Shift+1', 'Esc'. */
export function shortcutText(shortcut: Shortcut): string {
  const key = shortcut.code !== undefined ? shortcut.code.replace(/^(Digit|Numpad|Key)/, '') : (shortcut.key ?? '');
  const name = KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return `${shortcut.mod ? 'Ctrl+' : ''}${shortcut.shift === true ? 'Shift+' : ''}${name}`;
}

/** An entry's keys as tooltips and the help write them: its own text, else each shown key. */
export function keysText(entry: { keys: readonly Shortcut[]; keysShown?: string }): string {
  return entry.keysShown ?? entry.keys.filter((k) => !k.hidden).map(shortcutText).join(' / ');
}
