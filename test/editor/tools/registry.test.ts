// The one registry of tools and actions: ids and keys are unique, every entry has its name in
// both languages and a pictogram, every tool's key picks it, and the keys read as before.
import { describe, expect, it } from 'vitest';
import { keysText, matchesShortcut, type KeyLike } from '../../../src/editor/keyboard.ts';
import { ACTIONS, entryForKey, TOOLS } from '../../../src/editor/tools/registry.ts';
import { ACTION_SHORTCUTS, TOOL_SHORTCUTS } from '../../../src/editor/tools/shortcuts.ts';
import { i18n } from '../../../src/i18n/index.ts';
import { hasIcon } from '../../../src/ui/editor/icons.tsx';
// the strings the toolbar and help bring in (the column and fire-safety tools, the fit keys)
import '../../../src/ui/editor/columnMessages.ts';
import '../../../src/ui/editor/safetyMessages.ts';
import '../../../src/view3d/navigationMessages.ts';
import { TestEditor } from '../../harness/TestEditor.ts';

const ENTRIES = [...TOOLS, ...ACTIONS];

/** The key presses a shortcut stands for (both Shift states where Shift does not matter). */
function pressesOf(s: (typeof ENTRIES)[number]['keys'][number]): KeyLike[] {
  const base = { key: s.key ?? 'Unidentified', ctrlKey: !!s.mod, metaKey: false, altKey: false };
  const withCode = s.code ? { ...base, code: s.code } : base;
  const shifts = s.shift === 'any' || s.anyModifier ? [false, true] : [s.shift === true];
  return shifts.map((shiftKey) => ({ ...withCode, shiftKey }));
}

describe('the registry', () => {
  it('has unique ids among tools and among actions', () => {
    expect(new Set(TOOLS.map((t) => t.id)).size).toBe(TOOLS.length);
    expect(new Set(ACTIONS.map((a) => a.id)).size).toBe(ACTIONS.length);
    expect(TOOLS.length).toBe(24);
  });

  it('gives every key press to at most one entry: each shortcut names its own entry and no other', () => {
    let presses = 0;
    for (const entry of ENTRIES) {
      for (const shortcut of entry.keys) {
        for (const press of pressesOf(shortcut)) {
          presses++;
          const owners = ENTRIES.filter((other) => other.keys.some((k) => matchesShortcut(k, press)));
          expect(owners.map((o) => o.id), `${JSON.stringify(press)}`).toEqual([entry.id]);
          expect(entryForKey(press)?.id).toBe(entry.id);
        }
      }
    }
    expect(presses).toBeGreaterThan(40);
  });

  it('names every tool and action in English and in Chinese', () => {
    for (const entry of ENTRIES) {
      const en = i18n.getResource('en', 'translation', entry.label) as unknown;
      const zh = i18n.getResource('zh-CN', 'translation', entry.label) as unknown;
      expect(typeof en === 'string' && en.length > 0, `${entry.label} (en)`).toBe(true);
      expect(typeof zh === 'string' && /[\u4e00-\u9fff]/.test(zh), `${entry.label} (zh-CN): ${String(zh)}`).toBe(true);
    }
  });

  it('has a pictogram for every tool and toolbar action', () => {
    for (const entry of ENTRIES) if (entry.icon !== undefined) expect(hasIcon(entry.icon), entry.icon).toBe(true);
    expect(ACTIONS.filter((a) => a.icon !== undefined).map((a) => a.id)).toEqual(['undo', 'redo', 'rotate90', 'duplicate', 'delete', 'help']);
  });

  it('makes each tool with its own id, idle', () => {
    for (const entry of TOOLS) {
      const tool = entry.create();
      expect(tool.id).toBe(entry.id);
      expect(tool.state).toBe('idle');
    }
  });

  it('every tool key picks its tool through the controller', () => {
    const editor = TestEditor.withExample();
    for (const entry of TOOLS) {
      const key = entry.keys[0]!;
      editor.setTool(entry.id === 'select' ? 'measure' : 'select');
      editor.keyDown(key.shift ? key.key!.toUpperCase() : key.key!.toLowerCase(), { shift: key.shift === true });
      expect(editor.tools.toolId).toBe(entry.id);
    }
  });

  it('writes the keys as the tooltips and help did', () => {
    expect(TOOL_SHORTCUTS).toMatchObject({ select: 'V', rotate: 'Shift+R', column: 'U', green: 'G' });
    expect(ACTION_SHORTCUTS).toEqual({
      undo: 'Ctrl+Z',
      redo: 'Ctrl+Shift+Z / Ctrl+Y',
      copy: 'Ctrl+C',
      paste: 'Ctrl+V',
      rotate90: 'R',
      duplicate: 'Ctrl+D',
      selectAll: 'Ctrl+A',
      delete: 'Delete',
      nudge: '← ↑ → ↓',
      nudgeLarge: 'Shift+← ↑ → ↓',
      finish: 'Enter',
      cancel: 'Esc',
      orthogonal: 'Shift',
      fitView: 'Home / Shift+1',
      fitSelection: 'Shift+2',
      help: '?',
    });
    expect(keysText(TOOLS[0]!)).toBe('V');
  });
});

describe('actions run from the registry', () => {
  it('a toolbar action and its key do the same: rotate90 turns the selection one undo step', () => {
    const editor = TestEditor.withExample().select(['s1']);
    expect(editor.tools.runAction('rotate90')).toBe(true);
    expect(editor.floor.workstations[0]!.rotation).toBe(90);
    editor.keyDown('r');
    expect(editor.floor.workstations[0]!.rotation).toBe(180);
    expect(editor.store.getState().history.undo).toHaveLength(2);
  });

  it('undo drops the drawing in progress first (button and Ctrl+Z alike)', () => {
    const editor = TestEditor.withExample().select(['s1']);
    editor.keyDown('Delete');
    expect(editor.floor.workstations.map((w) => w.id)).not.toContain('s1');
    editor.setTool('wall').click([22, 22]).expectToBeIn('wall.drawing');
    editor.tools.runAction('undo');
    editor.expectToBeIn('wall.idle');
    expect(editor.floor.workstations.map((w) => w.id)).toContain('s1');
  });

  it('Alt with a letter is no shortcut; Esc works with any modifier', () => {
    const editor = TestEditor.withExample();
    editor.keyDown('w', { alt: true });
    expect(editor.tools.toolId).toBe('select');
    editor.select(['s1']).keyDown('Escape', { shift: true });
    expect(editor.selection).toEqual([]);
  });
});
