// @vitest-environment jsdom
// Stores reach components through React context: two editors on one page, each with its own
// document and checks stores, do not see each other's edits, selection or overlay switches.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditorStores } from '../../src/editor/EditorContext.tsx';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { findFloor } from '../../src/floorplan/queries/lookup.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { setLocale } from '../../src/i18n/index.ts';
import { Inspector } from '../../src/ui/editor/Inspector.tsx';
import { OverlayToggles } from '../../src/ui/rules/OverlayToggles.tsx';
import { StatusBar } from '../../src/ui/StatusBar.tsx';
import { freshStores, WithStores } from './editorStores.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// test/fixtures/plans.ts resolves paths from import.meta.url, which jsdom makes an http URL.
const exampleText = readFileSync(join(process.cwd(), 'public/samples/example.callfloor.json'), 'utf8');
/** The example park (one floor, A-3F, one desk s1 of 1.2 × 0.7 m), the desk resized to `size`. */
function exampleWithDesk(size: [number, number]): PlanDocument {
  const parsed = parsePlan(exampleText);
  if (!parsed.ok) throw new Error('the example plan does not parse');
  const plan = parsed.plan;
  plan.site.buildings[0]!.floors[0]!.workstations[0]!.size = size;
  return plan;
}
const deskSize = (stores: EditorStores) => findFloor(stores.editor.getState().plan, 'A-3F')!.floor.workstations.find((w) => w.id === 's1')!.size;

let root: Root;
let container: HTMLDivElement;
let a: EditorStores;
let b: EditorStores;

/** The part of the page that belongs to one editor. */
const pane = (name: 'a' | 'b') => container.querySelector<HTMLElement>(`[data-editor="${name}"]`)!;
const deskWidthInput = (name: 'a' | 'b') => pane(name).querySelector<HTMLInputElement>('input[name="deskWidth"]');

function type(input: HTMLInputElement, text: string): void {
  // React's onChange listens for the input event; the value is set through the native setter so React sees the change
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
}

beforeEach(async () => {
  setLocale('en');
  a = freshStores('en');
  b = freshStores('en');
  for (const [stores, size] of [[a, [1.2, 0.7]], [b, [1.6, 0.8]]] as const) {
    const s = stores.editor.getState();
    s.load(exampleWithDesk([...size]));
    s.openFloor('A-3F');
    stores.editor.getState().select(['s1']);
  }
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  const editor = (name: 'a' | 'b', stores: EditorStores) => (
    <div data-editor={name}>
      <WithStores stores={stores}>
        <Inspector />
        <OverlayToggles />
        <StatusBar />
      </WithStores>
    </div>
  );
  await act(async () =>
    root.render(
      <>
        {editor('a', a)}
        {editor('b', b)}
      </>,
    ),
  );
});

afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

describe('two editors on one page', () => {
  it('each panel shows its own editor’s plan', () => {
    expect(deskWidthInput('a')!.value).toBe('1.2');
    expect(deskWidthInput('b')!.value).toBe('1.6');
  });

  it('an edit in one editor changes its store and its panel only', async () => {
    await act(async () => type(deskWidthInput('a')!, '1.5'));
    expect(deskSize(a)).toEqual([1.5, 0.7]);
    expect(a.editor.getState().history.undo).toHaveLength(1);
    expect(deskWidthInput('a')!.value).toBe('1.5');
    // the other editor: same plan as loaded, nothing to undo, its panel unchanged
    expect(deskSize(b)).toEqual([1.6, 0.8]);
    expect(b.editor.getState().history.undo).toHaveLength(0);
    expect(deskWidthInput('b')!.value).toBe('1.6');
  });

  it('an edit made in the other store shows in that editor’s panel only', async () => {
    await act(async () => type(deskWidthInput('b')!, '1.8'));
    expect(deskSize(b)).toEqual([1.8, 0.8]);
    expect(deskWidthInput('b')!.value).toBe('1.8');
    expect(deskSize(a)).toEqual([1.2, 0.7]);
    expect(deskWidthInput('a')!.value).toBe('1.2');
    // undo in b restores b only
    await act(async () => b.editor.getState().undo());
    expect(deskWidthInput('b')!.value).toBe('1.6');
    expect(deskWidthInput('a')!.value).toBe('1.2');
  });

  it('selection and status bar follow their own editor', async () => {
    const count = (name: 'a' | 'b') => pane(name).querySelector('[data-testid="selection-count"]')?.textContent ?? null;
    expect(count('a')).toBe('1 selected');
    expect(count('b')).toBe('1 selected');
    await act(async () => b.editor.getState().select([]));
    expect(count('b')).toBeNull();
    expect(deskWidthInput('b')).toBeNull();
    expect(count('a')).toBe('1 selected');
    expect(deskWidthInput('a')!.value).toBe('1.2');
  });

  it('overlay switches belong to each editor’s checks store', async () => {
    const markers = (name: 'a' | 'b') => pane(name).querySelector<HTMLInputElement>('[data-testid="overlay-markers"]')!;
    expect(markers('a').checked).toBe(true);
    expect(markers('b').checked).toBe(true);
    await act(async () => markers('a').click());
    expect(a.checks.getState().overlays.markers).toBe(false);
    expect(markers('a').checked).toBe(false);
    expect(b.checks.getState().overlays.markers).toBe(true);
    expect(markers('b').checked).toBe(true);
  });
});

describe('without a provider', () => {
  it('a component says it needs one, rather than reading some store of the module', () => {
    const lone = createRoot(document.createElement('div'));
    const errors: unknown[] = [];
    const log = console.error;
    console.error = () => undefined; // React reports the thrown render error too
    try {
      act(() => {
        try {
          lone.render(<StatusBar />);
        } catch (error) {
          errors.push(error);
        }
      });
    } catch (error) {
      errors.push(error);
    } finally {
      console.error = log;
    }
    expect(String(errors[0])).toContain('EditorStoresProvider');
    act(() => lone.unmount());
  });
});
