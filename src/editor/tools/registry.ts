// The one list of what the editor offers: every tool and every action, each with its id, the key
// of its name (both languages), its icon, its keys and what it does. The toolbar, the keyboard
// (ToolController.keyDown) and the shortcut help all read it. A new tool is its file plus one line
// in TOOLS (its name under editor.tools.<id>, its pictogram under the same name in ui/editor/icons).
// The order is the toolbar's and the help's.
import type { EditorState, EditorStore } from '../store.ts';
import { matchesShortcut, type KeyLike, type Shortcut } from '../keyboard.ts';
import { ArrayTool } from './arrayTool.ts';
import { ColumnTool } from './columnTool.ts';
import type { StoreApi } from 'zustand/vanilla';
import type { ToolState } from './controller.ts';
import { DeviceTool } from './deviceTool.ts';
import { DoorTool } from './doorTool.ts';
import { ExitTool } from './exitTool.ts';
import { LuminaireTool } from './luminaireTool.ts';
import { MeasureTool } from './measureTool.ts';
import { OutlineTool } from './outlineTool.ts';
import { RotateTool } from './rotateTool.ts';
import { copySelection, deleteSelection, duplicateSelection, nudgeSelection, paste, rotateSelection, selectAll } from './selectionActions.ts';
import { SelectTool } from './selectTool.ts';
import { ShapeTool } from './shapeTool.ts';
import type { Tool } from './types.ts';
import { WallTool } from './wallTool.ts';
import { WindowTool } from './windowTool.ts';

/** Where a tool works: on an open floor, on the site (park and building views), or both. */
export type ToolPlace = 'floor' | 'site' | 'both';

export interface ToolEntry<Id extends string = string> {
  readonly kind: 'tool';
  readonly id: Id;
  /** i18n key of its name */
  readonly label: string;
  /** pictogram name (ui/editor/icons.tsx) */
  readonly icon: string;
  readonly keys: readonly Shortcut[];
  readonly place: ToolPlace;
  /** tools that share one toolbar button with a menu */
  readonly group?: 'safety';
  create(): Tool;
}

/** What an action may use of the tool controller: its state (clipboard, help, typed length), the active tool. */
export interface ActionTools {
  readonly state: StoreApi<ToolState>;
  /** drop what the active tool is doing */
  interrupt(): void;
  /** Escape: drop it, or else clear the selection */
  cancel(): void;
}

/** What an action may use: the document store and the tools. */
export interface ActionContext {
  store: EditorStore;
  tools: ActionTools;
}

export interface ActionEntry<Id extends string = string> {
  readonly kind: 'action';
  readonly id: Id;
  readonly label: string;
  /** shown as a toolbar button with this pictogram; absent: keyboard and help only */
  readonly icon?: string;
  readonly keys: readonly Shortcut[];
  /** how the help writes the keys, where listing them one by one would not read well */
  readonly keysShown?: string;
  /** the key comes before the active tool's own keys (Esc, the fit keys) */
  readonly first?: boolean;
  /** whether its button can be pressed */
  enabled?(state: EditorState): boolean;
  /**
   * Does it; true when the key press was used. Absent for keys the active tool reads itself
   * (Enter finishes a shape, Shift keeps a line orthogonal): listed in the help only.
   */
  run?(ctx: ActionContext, key: KeyLike | null): boolean;
}

function tool<const Id extends string>(id: Id, key: string | Shortcut, create: () => Tool, more: { place?: ToolPlace; group?: 'safety' } = {}): ToolEntry<Id> {
  return { kind: 'tool', id, label: `editor.tools.${id}`, icon: id, keys: [typeof key === 'string' ? { key } : key], place: more.place ?? 'floor', ...(more.group ? { group: more.group } : {}), create };
}

function action<const Id extends string>(id: Id, spec: Omit<ActionEntry<Id>, 'kind' | 'id' | 'label'>): ActionEntry<Id> {
  return { kind: 'action', id, label: `editor.actions.${id}`, ...spec };
}

export const TOOLS = [
  tool('select', 'V', () => new SelectTool(), { place: 'both' }),
  tool('rotate', { key: 'R', shift: true }, () => new RotateTool()),
  tool('wall', 'W', () => new WallTool()),
  tool('zone', 'Z', () => new ShapeTool('zone')),
  tool('core', 'C', () => new ShapeTool('core')),
  tool('column', 'U', () => new ColumnTool()),
  tool('door', 'D', () => new DoorTool()),
  tool('window', 'N', () => new WindowTool()),
  tool('exit', 'E', () => new ExitTool()),
  tool('workstation', 'S', () => new DeviceTool('workstation')),
  tool('workstationArray', 'A', () => new ArrayTool()),
  tool('luminaireArray', 'L', () => new LuminaireTool()),
  tool('airTerminal', 'F', () => new DeviceTool('airTerminal')),
  tool('extinguisher', 'X', () => new DeviceTool('extinguisher')),
  tool('detector', 'T', () => new DeviceTool('detector')),
  tool('sprinkler', 'K', () => new DeviceTool('sprinkler')),
  tool('smokeExhaust', 'P', () => new DeviceTool('smokeExhaust'), { group: 'safety' }),
  tool('exitSign', 'I', () => new DeviceTool('exitSign'), { group: 'safety' }),
  tool('hydrant', 'H', () => new DeviceTool('hydrant'), { group: 'safety' }),
  tool('evacuationMark', 'Y', () => new DeviceTool('evacuationMark'), { group: 'safety' }),
  tool('outline', 'O', () => new OutlineTool()),
  tool('measure', 'M', () => new MeasureTool(), { place: 'both' }),
  tool('building', 'B', () => new ShapeTool('building'), { place: 'site' }),
  tool('green', 'G', () => new ShapeTool('green'), { place: 'site' }),
] as const;

export type ToolId = (typeof TOOLS)[number]['id'];
export const TOOL_IDS: readonly ToolId[] = TOOLS.map((t) => t.id);

const hasSelection = (s: EditorState) => s.session.selection.length > 0;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] };
const arrowKeys = (shift: boolean): Shortcut[] => Object.keys(ARROWS).map((key) => ({ key, shift }));
/** Shift+arrow moves this many grid steps. */
export const LARGE_NUDGE_STEPS = 10;

/** Arrow keys move the selection by the snap grid step (times `steps`). */
function nudge({ store, tools }: ActionContext, key: KeyLike | null, steps: number): boolean {
  const direction = key ? ARROWS[key.key] : undefined;
  if (!direction) return false;
  const step = tools.state.getState().options.snap.grid * steps;
  return nudgeSelection(store, direction[0] * step, direction[1] * step).ok || hasSelection(store.getState());
}

export const ACTIONS = [
  action('undo', {
    icon: 'undo',
    keys: [{ key: 'z', mod: true }],
    enabled: (s) => s.history.undo.length > 0,
    // an edit in progress is dropped before the history moves
    run: ({ store, tools }) => (tools.interrupt(), store.getState().undo(), true),
  }),
  action('redo', {
    icon: 'redo',
    keys: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true, shift: 'any' }],
    enabled: (s) => s.history.redo.length > 0,
    run: ({ store, tools }) => (tools.interrupt(), store.getState().redo(), true),
  }),
  action('copy', {
    keys: [{ key: 'c', mod: true, shift: 'any' }],
    run: ({ store, tools }) => {
      const clipboard = copySelection(store);
      if (clipboard) tools.state.setState({ clipboard });
      return true;
    },
  }),
  action('paste', {
    keys: [{ key: 'v', mod: true, shift: 'any' }],
    run: ({ store, tools }) => {
      const clipboard = tools.state.getState().clipboard;
      if (clipboard) paste(store, clipboard);
      return true;
    },
  }),
  action('rotate90', { icon: 'rotate90', keys: [{ key: 'R' }], enabled: hasSelection, run: ({ store }) => (rotateSelection(store, 90), true) }),
  action('duplicate', { icon: 'duplicate', keys: [{ key: 'd', mod: true, shift: 'any' }], enabled: hasSelection, run: ({ store }) => (duplicateSelection(store), true) }),
  action('selectAll', { keys: [{ key: 'a', mod: true, shift: 'any' }], run: ({ store }) => (selectAll(store), true) }),
  action('delete', { icon: 'delete', keys: [{ key: 'Delete' }, { key: 'Backspace', hidden: true }], enabled: hasSelection, run: ({ store }) => (deleteSelection(store), true) }),
  action('nudge', { keys: arrowKeys(false), keysShown: '← ↑ → ↓', run: (ctx, key) => nudge(ctx, key, 1) }),
  action('nudgeLarge', { keys: arrowKeys(true), keysShown: 'Shift+← ↑ → ↓', run: (ctx, key) => nudge(ctx, key, LARGE_NUDGE_STEPS) }),
  action('finish', { keys: [{ key: 'Enter' }] }),
  action('cancel', {
    keys: [{ key: 'Escape', anyModifier: true }],
    first: true,
    // the first Esc clears a typed length, the next one cancels the tool, the one after the selection
    run: ({ tools }) => {
      if (tools.state.getState().typed !== null) tools.state.setState({ typed: null, typedRejected: false });
      else tools.cancel();
      return true;
    },
  }),
  action('orthogonal', { keys: [], keysShown: 'Shift' }),
  // zoom to fit / to selection: the view frames again, whatever the tool is doing
  action('fitView', {
    keys: [{ key: 'Home', shift: 'any' }, { code: 'Digit1', shift: true }, { code: 'Numpad1', shift: true, hidden: true }],
    first: true,
    run: ({ store }) => (store.getState().fitView(), true),
  }),
  action('fitSelection', {
    keys: [{ code: 'Digit2', shift: true }, { code: 'Numpad2', shift: true, hidden: true }],
    first: true,
    run: ({ store }) => (store.getState().fitSelection(), true),
  }),
  action('help', { icon: 'help', keys: [{ key: '?', shift: 'any' }], run: ({ tools }) => (tools.state.setState((s) => ({ helpOpen: !s.helpOpen })), true) }),
] as const;

export type ActionId = (typeof ACTIONS)[number]['id'];

export type RegistryEntry = (typeof TOOLS)[number] | (typeof ACTIONS)[number];

export function toolEntry(id: ToolId): ToolEntry<ToolId> {
  const found = TOOLS.find((t) => t.id === id);
  if (!found) throw new Error(`no tool ${id}`);
  return found;
}

export function actionEntry(id: ActionId): ActionEntry<ActionId> {
  const found = ACTIONS.find((a) => a.id === id);
  if (!found) throw new Error(`no action ${id}`);
  return found;
}

/** The action or tool a key press names, if any. */
export function entryForKey(event: KeyLike): RegistryEntry | null {
  for (const entry of [...ACTIONS, ...TOOLS]) if (entry.keys.some((k: Shortcut) => matchesShortcut(k, event))) return entry;
  return null;
}
