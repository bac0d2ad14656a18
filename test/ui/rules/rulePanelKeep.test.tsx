// @vitest-environment jsdom
// A new result re-renders only the rows of the rule panel whose findings changed: the checks
// client keeps an unchanged finding's object (keepKnownFindings, mergeFloorResult) and the panel
// keeps its area and group rows when their findings are the same objects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EditorStores } from '../../../src/editor/EditorContext.tsx';
import { keepKnownFindings, type RulesResult } from '../../../src/editor/checks.ts';
import { parsePlan } from '../../../src/floorplan/format/parsePlan.ts';
import { setLocale } from '../../../src/i18n/index.ts';
import { runRules } from '../../../src/rules/runRules.ts';
import { RulePanel } from '../../../src/ui/rules/RulePanel.tsx';
import * as findingText from '../../../src/ui/rules/findingText.ts';
import { freshStores, WithStores } from '../editorStores.tsx';

// every render of a finding's row writes its sentence; every render of a group row its measured range
vi.mock('../../../src/ui/rules/findingText.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/ui/rules/findingText.ts')>();
  return { ...real, findingMessage: vi.fn(real.findingMessage), measuredRangeText: vi.fn(real.measuredRangeText) };
});

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const exampleText = readFileSync(join(process.cwd(), 'public/samples/example.callfloor.json'), 'utf8');

let root: Root;
let container: HTMLDivElement;
let stores: EditorStores;

const itemRenders = () => vi.mocked(findingText.findingMessage).mock.calls.length;
const groupRenders = () => vi.mocked(findingText.measuredRangeText).mock.calls.length;

function show(result: RulesResult): void {
  act(() => stores.checks.setState({ result, revision: stores.editor.getState().revision, pending: false, error: null }));
}

beforeEach(() => {
  setLocale('en');
  stores = freshStores('en');
  const parsed = parsePlan(exampleText);
  if (!parsed.ok) throw new Error('the example plan does not parse');
  stores.editor.getState().load(parsed.plan);
  stores.editor.getState().openFloor('A-3F');
  container = document.createElement('div');
  document.body.appendChild(container);
  root = createRoot(container);
  act(() =>
    root.render(
      <WithStores stores={stores}>
        <RulePanel />
      </WithStores>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.mocked(findingText.findingMessage).mockClear();
  vi.mocked(findingText.measuredRangeText).mockClear();
});

describe('the rule panel after a new result', () => {
  it('renders no row when no finding changed, and only the changed row when one did', () => {
    const first = runRules(stores.editor.getState().plan, { date: '2026-05-01' });
    show(first);
    const items = container.querySelectorAll('[data-testid="finding"]').length;
    const groups = container.querySelectorAll('[data-testid="finding-group"]').length;
    // the example's A-3F fails and warns on many rules, some of them more than once for one cause
    expect(items).toBeGreaterThan(5);
    expect(groups).toBeGreaterThan(0);
    expect(itemRenders()).toBeGreaterThanOrEqual(items);
    expect(groupRenders()).toBeGreaterThanOrEqual(groups);

    // the same findings again, as a worker's copy: nothing is rendered again
    vi.mocked(findingText.findingMessage).mockClear();
    vi.mocked(findingText.measuredRangeText).mockClear();
    const again = keepKnownFindings(first, structuredClone(first));
    show(again);
    expect(itemRenders()).toBe(0);
    expect(groupRenders()).toBe(0);
    expect(container.querySelectorAll('[data-testid="finding"]').length).toBe(items);

    // one single-row finding measures otherwise: that row alone is rendered again
    const changedKey = [...container.querySelectorAll<HTMLElement>('.findings > [data-testid="finding"]')][0]!.dataset['key']!;
    const next = structuredClone(again);
    const changed = next.findings.find((f) => f.key === changedKey)!;
    changed.measured = { ...changed.measured, value: 987.5 };
    vi.mocked(findingText.findingMessage).mockClear();
    vi.mocked(findingText.measuredRangeText).mockClear();
    show(keepKnownFindings(again, next));
    expect(itemRenders()).toBe(1);
    expect(groupRenders()).toBe(0);
    const row = [...container.querySelectorAll<HTMLElement>('[data-testid="finding"]')].find((el) => el.dataset['key'] === changedKey)!;
    expect(row.textContent).toContain('987.5');
  });
});
