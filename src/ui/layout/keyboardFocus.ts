// Who gets a key press: the focused field or the editor's shortcuts. A text field keeps every
// key it types; a ticked box, a pressed button or a picked list gives the letters back, so the
// shortcuts work right after the user used a panel. Pure (takes element-like facts), tested in Node.

/** Input types a person types text into: every key is theirs. */
const TEXT_INPUT_TYPES = new Set(['', 'text', 'number', 'search', 'email', 'url', 'tel', 'password', 'date', 'time', 'datetime-local', 'month', 'week']);
const NAVIGATION_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

export interface FocusedElement {
  tagName: string;
  /** the `type` of an input, lower case */
  type?: string;
  isContentEditable?: boolean;
}

export interface KeyFacts {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/** Whether a single-line field takes typed text (Enter there commits rather than acts). */
export function isTextEntry(el: FocusedElement | null | undefined): boolean {
  if (!el) return false;
  if (el.isContentEditable) return true;
  const tag = el.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return true;
  return tag === 'INPUT' && TEXT_INPUT_TYPES.has((el.type ?? '').toLowerCase());
}

/** True when the focused element needs this key for itself, so no shortcut may take it. */
export function fieldOwnsKey(el: FocusedElement | null | undefined, event: KeyFacts): boolean {
  if (!el) return false;
  if (isTextEntry(el)) return event.key !== 'Escape' || el.tagName.toUpperCase() === 'TEXTAREA';
  const tag = el.tagName.toUpperCase();
  const type = (el.type ?? '').toLowerCase();
  const key = event.key;
  if (tag === 'SELECT') return key !== 'Escape' && !event.ctrlKey && !event.metaKey;
  if (tag === 'INPUT' && type === 'range') return NAVIGATION_KEYS.has(key);
  if (tag === 'INPUT' && type === 'radio') return key === ' ' || NAVIGATION_KEYS.has(key);
  if (tag === 'INPUT' && type === 'checkbox') return key === ' ';
  if (tag === 'BUTTON' || tag === 'SUMMARY' || tag === 'A' || (tag === 'INPUT' && (type === 'button' || type === 'submit' || type === 'reset'))) return key === ' ' || key === 'Enter';
  return false;
}
