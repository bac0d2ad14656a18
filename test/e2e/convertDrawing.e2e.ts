// Browser test of turning a drawing into a floor: a DXF office floor (written in code) is loaded
// under an empty floor from the underlay tab, its layers' roles are guessed, the preview is drawn
// over the plan with its counts, and "Convert" adds walls, doors, windows, columns, zones and the
// outline as one undoable step. In both languages, with screenshots.
// Needs ConvertDrawingPanel mounted in the underlay tab.
// Run: CALLFLOOR_URL=http://127.0.0.1:<port> npx tsx --test test/e2e/convertDrawing.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { officeFloorDxf } from '../floorplan/underlay/convert/officeFloorDxf.ts';
import { canvasPixels, clientPoint, launch, nextFrame, openApp, screenshot } from './helpers.ts';

type Pt = [number, number];
interface FloorView { outline: Pt[]; walls: unknown[]; doors: { wall?: string }[]; windows: unknown[]; columns: unknown[]; zones: { name: string; use: string }[]; underlay?: { origin: Pt; scale: number } }

const VIEWPORT = { width: 1600, height: 900 };
type Win = { __callfloor: { store: { getState(): { load(plan: unknown): void; openFloor(id: string): void; fitView(): void; history: { undo: unknown[] }; plan: { site: { buildings: { floors: (FloorView & { id: string })[] }[] } } } } } };

/** An empty 30 × 20 m floor to convert onto. */
const EMPTY_PLAN = {
  format: 'callfloor', version: 3, name: 'convert', locale: 'zh-CN', profile: { base: 'gb', overrides: {} },
  site: {
    boundary: [[-20, -20], [60, -20], [60, 50], [-20, 50]], green: [],
    buildings: [{
      id: 'A', name: 'A', footprint: [[0, 0], [30, 0], [30, 20], [0, 20]], height: 4.2, sprinklered: false, fireResistanceGrade: 2,
      floors: [{ id: 'A-1F', name: '1F', level: 1, elevation: 0, height: 4.2, clearHeight: 2.8, outline: [[0, 0], [30, 0], [30, 20], [0, 20]], walls: [], doors: [], windows: [], exits: [], cores: [], columns: [], zones: [], workstations: [], luminaires: [], airTerminals: [], extinguishers: [], detectors: [], sprinklers: [], smokeExhausts: [], exitSigns: [], hydrants: [], evacuationMarks: [] }],
    }],
  },
};

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function floorOf(page: Page): Promise<FloorView> {
  return page.evaluate(() => {
    const floor = (window as unknown as Win).__callfloor.store.getState().plan.site.buildings[0]!.floors[0]!;
    return JSON.parse(JSON.stringify(floor)) as FloorView;
  });
}

const undoSteps = (page: Page) => page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().history.undo.length);

async function pixels(page: Page, a: Pt, b: Pt): Promise<number[]> {
  await nextFrame(page);
  const ca = await clientPoint(page, a);
  const cb = await clientPoint(page, b);
  return canvasPixels(page, ca.x, ca.y, cb.x, cb.y);
}

function changedShare(before: number[], after: number[], threshold = 40): number {
  let changed = 0;
  for (let i = 0; i < before.length; i += 3) {
    if (Math.abs(before[i]! - after[i]!) + Math.abs(before[i + 1]! - after[i + 1]!) + Math.abs(before[i + 2]! - after[i + 2]!) > threshold) changed++;
  }
  return changed / (before.length / 3);
}

const SUMMARY = {
  en: '7 walls (+4 external), 6 doors, 3 windows, 8 rooms, 5 columns; 1 not understood',
  'zh-CN': '墙 7 段（另有外墙 4 段），门 6 个，窗 3 个，房间 8 个，柱 5 个；未识别 1 处',
};

for (const lang of ['en', 'zh-CN'] as const) {
  test(`a DXF floor is previewed and converted into walls, doors, windows, columns and zones as one step (${lang})`, async () => {
    const { page, errors } = await openApp(browser, { plan: '/samples/example.callfloor.json', camera: 'plan', lang }, VIEWPORT);
    await page.evaluate((plan) => {
      const s = (window as unknown as Win).__callfloor.store.getState();
      s.load(plan);
      (window as unknown as Win).__callfloor.store.getState().openFloor('A-1F');
    }, EMPTY_PLAN);
    await nextFrame(page);
    await page.locator('[data-panel="underlay"]').click();
    await page.getByTestId('underlay-file').setInputFiles({ name: 'office.dxf', mimeType: 'application/dxf', buffer: Buffer.from(officeFloorDxf()) });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="convert-layers"] li').length > 0, undefined, { timeout: 30_000 });

    // roles guessed from the names
    const roles = await page.locator('[data-testid="convert-layers"] li').evaluateAll((items) => Object.fromEntries(items.map((li) => [(li as HTMLElement).dataset['roleLayer'], (li.querySelector('select') as HTMLSelectElement).value])));
    assert.deepEqual(roles, { 'A-WALL': 'walls', 'A-DOOR': 'doors', 'A-GLAZ': 'windows', 'A-COLS': 'columns', 'A-ANNO-TEXT': 'names', DIM: 'ignore', WINDOW_TEXT: 'ignore', AXIS: 'ignore' });

    // the drawing lies where the panel placed it: its lower-left (the axis' end, y = −2 m) on the floor's (0, 0)
    const u = (await floorOf(page)).underlay!;
    assert.equal(u.scale, 0.001);
    const at = (p: Pt): Pt => [u.origin[0] + p[0], u.origin[1] + p[1]];
    // inside the meeting room (drawing 8.06–13.94 × 0.24–5.94 m), away from its name
    const box: [Pt, Pt] = [at([8.5, 3.5]), at([13.5, 5.5])];
    const bare = await pixels(page, ...box);
    await page.getByTestId('convert-preview').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="convert-summary"]') !== null);
    assert.equal(await page.getByTestId('convert-summary').innerText(), SUMMARY[lang]);
    await screenshot(page, `convert-preview-${lang}`);
    // a light tint: a small threshold
    const drawn = changedShare(bare, await pixels(page, ...box), 12);
    assert.ok(drawn > 0.5, `the preview tints the room: ${(drawn * 100).toFixed(1)} % of it changed`);
    assert.equal(await page.getByTestId('conversion-room-label').count(), 8);
    assert.equal(await undoSteps(page), 1, 'the preview changes nothing: only the underlay load is in the history');

    await page.getByTestId('convert-apply').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="convert-done"]') !== null);
    const floor = await floorOf(page);
    assert.equal(floor.walls.length, 7);
    assert.equal(floor.doors.length, 6);
    assert.equal(floor.doors.filter((d) => d.wall === undefined).length, 1, 'the entrance is on the outline');
    assert.equal(floor.windows.length, 3);
    assert.equal(floor.columns.length, 5);
    assert.deepEqual(floor.zones.map((z) => z.use).sort(), ['corridor', 'management', 'meeting', 'server', 'toilet', 'training', 'work', 'work']);
    const xs = floor.outline.map((p) => p[0]);
    assert.ok(Math.abs(Math.max(...xs) - Math.min(...xs) - 19.52) < 1e-3, 'the outline is the inner face of the external walls');
    assert.equal(await undoSteps(page), 2, 'one step');
    assert.equal(await page.getByTestId('conversion-room-label').count(), 0, 'the preview is gone');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await screenshot(page, `convert-floor-${lang}`);

    await page.keyboard.press('Control+z');
    const undone = await floorOf(page);
    assert.deepEqual([undone.walls.length, undone.doors.length, undone.zones.length, undone.columns.length], [0, 0, 0, 0]);
    assert.deepEqual(undone.outline, [[0, 0], [30, 0], [30, 20], [0, 20]]);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
