// Browser test of the fire-safety plan data (format version 3) in the editor: on floor A-3F an
// evacuation sign (through the toolbar's fire-safety menu, pointing north), a smoke exhaust inlet
// (P) and a hydrant (H) are placed with the pointer, a luminaire is made an emergency luminaire in
// the properties panel, undone and redone with the toolbar; the scene draws them (probe counts
// and pixels that change colour where each one lands) and the legend names them; after a reload
// (IndexedDB autosave) they are all there again. Screenshots in both languages at 1440 × 900.
// Run: npx vite build --outDir /tmp/safety-dist && npx vite preview --port 4187 --strictPort --outDir /tmp/safety-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4187 npx tsx --test test/e2e/safetyDevices.e2e.ts
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium, type Page } from 'playwright-core';
import { BASE_URL, canvasPixels, CHROMIUM, CHROMIUM_ARGS, clientPoint, nextFrame, screenshot, stats, waitForView, waitSaved } from './helpers.ts';

const FLOOR = 'A-3F';

interface Device {
  id: string;
  at: [number, number];
  kind?: string;
  rotation?: number;
  emergency?: boolean;
}
interface FloorLike {
  id: string;
  luminaires: Device[];
  detectors: Device[];
  sprinklers: Device[];
  airTerminals: Device[];
  exitSigns: Device[];
  smokeExhausts: Device[];
  hydrants: Device[];
}
interface Hooked {
  __callfloor: {
    store: {
      getState(): {
        plan: { site: { buildings: { floors: FloorLike[] }[] } };
        revision: number;
        select(ids: string[]): void;
      };
    };
  };
}

const floorOf = (page: Page): Promise<FloorLike> =>
  page.evaluate((id) => (window as unknown as Hooked).__callfloor.store.getState().plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!, FLOOR);

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, `floor:${FLOOR}|plan`);
}

/** Waits until the header says everything is stored (nothing left unsaved). */

const near = (a: [number, number], b: [number, number], tolerance = 0.35): boolean => Math.hypot(a[0] - b[0], a[1] - b[1]) <= tolerance;

/** The canvas pixels in a 24 px box about a plan point, as [r, g, b] triples. */
async function around(page: Page, p: [number, number]): Promise<[number, number, number][]> {
  const c = await clientPoint(page, p);
  const flat = await canvasPixels(page, c.x - 12, c.y - 12, c.x + 12, c.y + 12);
  const out: [number, number, number][] = [];
  for (let i = 0; i < flat.length; i += 3) out.push([flat[i]!, flat[i + 1]!, flat[i + 2]!]);
  return out;
}

/** How many pixels changed between two captures and now are of the wanted hue. */
function changedTo(before: [number, number, number][], after: [number, number, number][], hue: (rgb: [number, number, number]) => boolean): number {
  let n = 0;
  after.forEach((rgb, i) => {
    const was = before[i]!;
    if (Math.abs(rgb[0] - was[0]) + Math.abs(rgb[1] - was[1]) + Math.abs(rgb[2] - was[2]) > 60 && hue(rgb)) n++;
  });
  return n;
}
const green = ([r, g, b]: [number, number, number]) => g > r + 50 && g > b + 20;
const red = ([r, g, b]: [number, number, number]) => r > g + 80 && r > b + 80;
const dark = ([r, g, b]: [number, number, number]) => r < 110 && g < 110 && b < 120;

/**
 * A point on the 0.1 m grid near `wanted` with no ceiling device within 0.9 m: seen from the plan
 * camera a luminaire hangs over whatever is under it, so the pixel check looks where nothing does.
 */
function clearSpot(floor: FloorLike, wanted: [number, number]): [number, number] {
  const overhead = [...floor.luminaires, ...floor.detectors, ...floor.sprinklers, ...floor.airTerminals, ...floor.smokeExhausts, ...floor.exitSigns, ...floor.hydrants].map((d) => d.at);
  for (let r = 0; r <= 30; r++) {
    for (let dx = -r; dx <= r; dx++) {
      for (const dy of [-r, r]) {
        const p: [number, number] = [Math.round((wanted[0] + dx / 10) * 10) / 10, Math.round((wanted[1] + dy / 10) * 10) / 10];
        if (overhead.every((q) => Math.hypot(q[0] - p[0], q[1] - p[1]) > 0.9)) return p;
      }
    }
  }
  throw new Error(`no clear spot near ${wanted}`);
}

/** Clicks the plan point with the active tool. */
async function clickAt(page: Page, p: [number, number]): Promise<void> {
  const c = await clientPoint(page, p);
  await page.mouse.click(c.x, c.y);
}

test('place a sign, a smoke exhaust and a hydrant, mark a luminaire emergency, undo / redo, reload: all drawn and kept', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'callfloor-safety-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1440, height: 900 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE_URL}/?test=1&lang=en&floor=${FLOOR}&camera=plan`);
    await waitReady(page);
    const start = await floorOf(page);
    const emergencyBefore = start.luminaires.filter((l) => l.emergency === true).length;
    const had = { signs: start.exitSigns.length, exhausts: start.smokeExhausts.length, hydrants: start.hydrants.length };
    const known = new Set([...start.exitSigns, ...start.smokeExhausts, ...start.hydrants].map((d) => d.id));
    /** The one device of a list that was not on the floor at the start. */
    const added = (list: Device[]): Device => {
      const fresh = list.filter((d) => !known.has(d.id));
      assert.equal(fresh.length, 1, `one new device, got ${fresh.map((d) => d.id)}`);
      return fresh[0]!;
    };

    // three spots in the work area, 3 m apart, with the view zoomed in on them
    const SIGN = clearSpot(start, [60, 39.3]);
    const EXHAUST = clearSpot(start, [SIGN[0] + 3, 39.3]);
    const HYDRANT = clearSpot(start, [EXHAUST[0] + 3, 39.3]);
    const middle = await clientPoint(page, EXHAUST);
    await page.mouse.move(middle.x, middle.y);
    // each wheel step zooms 1.4×: five take the plan from about 8 to about 43 px per metre
    for (let i = 0; i < 5; i++) {
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(100);
    }
    await page.waitForFunction(() => ((window as unknown as { __callfloor: { stats(): { view: { zoom: number } | null } } }).__callfloor.stats().view?.zoom ?? 0) > 35, undefined, { timeout: 5000 });
    await nextFrame(page);
    const before = { sign: await around(page, SIGN), exhaust: await around(page, EXHAUST), hydrant: await around(page, HYDRANT) };

    // the toolbar keeps one row with its fire-safety group
    const bar = (await page.locator('.editor-toolbar').boundingBox())!;
    assert.ok(bar.height <= 40, `toolbar is one row (${bar.height} px high)`);
    await page.locator('[data-tool-group="safety"]').click();
    await page.locator('[data-tool-option="exitSign"]').click();
    assert.equal(await page.locator('[data-tool-group="safety"]').getAttribute('aria-pressed'), 'true');
    // a direction sign pointing north (90°), from the tool options
    await page.locator('select[name="signKind"]').selectOption('direction');
    const arrow = page.locator('input[name="signRotation"]');
    await arrow.fill('90');
    await arrow.press('Enter');
    await page.locator('.scene canvas').hover();
    await clickAt(page, SIGN);
    await page.keyboard.press('p');
    await clickAt(page, EXHAUST);
    await page.keyboard.press('h');
    await clickAt(page, HYDRANT);
    await page.keyboard.press('Escape');

    let floor = await floorOf(page);
    assert.deepEqual([floor.exitSigns.length, floor.smokeExhausts.length, floor.hydrants.length], [had.signs + 1, had.exhausts + 1, had.hydrants + 1]);
    const sign = added(floor.exitSigns);
    assert.deepEqual([sign.kind, sign.rotation], ['direction', 90]);
    assert.ok(near(sign.at, SIGN), `sign at ${sign.at}`);
    assert.ok(near(added(floor.smokeExhausts).at, EXHAUST), `exhaust at ${added(floor.smokeExhausts).at}`);
    assert.ok(near(added(floor.hydrants).at, HYDRANT), `hydrant at ${added(floor.hydrants).at}`);

    // the scene draws one more of each, and where each landed the pixels turned its colour
    await nextFrame(page);
    const drawn = (await stats(page)).instances;
    assert.equal(drawn['markers:exitSigns'], had.signs + 1);
    assert.equal(drawn['markers:smokeExhausts'], had.exhausts + 1);
    assert.equal(drawn['markers:hydrants'], had.hydrants + 1);
    assert.ok(changedTo(before.sign, await around(page, SIGN), green) >= 12, 'green sign pixels');
    assert.ok(changedTo(before.exhaust, await around(page, EXHAUST), dark) >= 6, 'dark exhaust cross pixels');
    assert.ok(changedTo(before.hydrant, await around(page, HYDRANT), red) >= 12, 'red hydrant pixels');

    // a plain luminaire made an emergency luminaire in the properties panel
    const lamp = floor.luminaires.find((l) => l.emergency !== true)!;
    await page.evaluate((id) => (window as unknown as Hooked).__callfloor.store.getState().select([id]), lamp.id);
    await page.locator('[data-testid="tab-properties"]').first().click();
    const box = page.locator('[data-testid="inspector"] input[name="emergency"]');
    await box.check();
    floor = await floorOf(page);
    assert.equal(floor.luminaires.find((l) => l.id === lamp.id)!.emergency, true);
    await nextFrame(page);
    assert.equal((await stats(page)).instances['markers:emergencyLuminaires'], emergencyBefore + 1);

    // undo and redo with the toolbar's buttons
    await page.locator('.editor-toolbar [data-action="undo"]').click();
    assert.notEqual((await floorOf(page)).luminaires.find((l) => l.id === lamp.id)!.emergency, true);
    await page.locator('.editor-toolbar [data-action="undo"]').click();
    assert.equal((await floorOf(page)).hydrants.length, had.hydrants);
    await page.locator('.editor-toolbar [data-action="redo"]').click();
    await page.locator('.editor-toolbar [data-action="redo"]').click();
    floor = await floorOf(page);
    assert.equal(floor.hydrants.length, had.hydrants + 1);
    assert.equal(floor.luminaires.find((l) => l.id === lamp.id)!.emergency, true);

    // the legend lists what the floor now has
    // the fire-safety group of the legend opens from its one-line summary
    await page.locator('[data-testid="legend-fire-group"] summary').click();
    const legend = await page.locator('[data-testid="legend-fire"]').innerText();
    for (const word of ['Evacuation sign', 'Emergency light', 'Smoke exhaust', 'Hydrant']) assert.ok(legend.includes(word), `legend: ${word} in ${legend}`);
    await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().select([]));
    await screenshot(page, 'safety-devices-en');

    // autosaved: a reload reopens the project with every change
    await waitSaved(page);
    await page.reload();
    await waitReady(page);
    floor = await floorOf(page);
    assert.deepEqual(floor.exitSigns.find((d) => d.id === sign.id), sign);
    assert.deepEqual([floor.exitSigns.length, floor.smokeExhausts.length, floor.hydrants.length], [had.signs + 1, had.exhausts + 1, had.hydrants + 1]);
    assert.equal(floor.luminaires.find((l) => l.id === lamp.id)!.emergency, true);
    await nextFrame(page);
    const again = (await stats(page)).instances;
    assert.deepEqual(
      [again['markers:exitSigns'], again['markers:smokeExhausts'], again['markers:hydrants'], again['markers:emergencyLuminaires']],
      [had.signs + 1, had.exhausts + 1, had.hydrants + 1, emergencyBefore + 1],
    );

    // the same floor in Chinese
    await page.goto(`${BASE_URL}/?test=1&lang=zh-CN&floor=${FLOOR}&camera=plan`);
    await waitReady(page);
    await nextFrame(page);
    await page.locator('[data-testid="legend-fire-group"] summary').click();
    const legendZh = await page.locator('[data-testid="legend-fire"]').innerText();
    for (const word of ['疏散指示标志', '应急照明灯', '排烟口', '室内消火栓']) assert.ok(legendZh.includes(word), `legend: ${word} in ${legendZh}`);
    await page.locator('[data-tool-group="safety"]').click();
    await screenshot(page, 'safety-devices-zh-menu');
    const items = await page.locator('[data-testid="safety-tools"] button').allInnerTexts();
    assert.deepEqual(items.map((s) => s.replace(/\s+/g, ' ').trim()), ['排烟口 P', '安全出口 / 疏散指示标志 I', '室内消火栓 H', '您所在位置标记 Y']);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('[data-testid="safety-tools"]').count(), 0, 'Esc closes the menu');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
