// Browser test of structural columns: the column tool (toolbar button and the U key) places a
// 0.6 × 0.6 m column with one click on A-3F; the plan draws it solid dark where the call area was
// light; the properties panel shows it with its centre and size; in 3D it costs one draw call;
// undo removes it; the plan file exported from the Export dialog is the current format version with the
// column, and reads back through the format's own parser. Screenshots in both languages.
// Run: npx vite build --outDir /tmp/columns-dist && npx vite preview --port 4183 --outDir /tmp/columns-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4183 npx tsx --test test/e2e/columns.e2e.ts
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { parsePlan } from '../../src/floorplan/format/parsePlan.ts';
import { canvasPixels, clientPoint, launch, nextFrame, openApp, screenshot, stats, waitForView } from './helpers.ts';

type Pt = [number, number];
interface ColumnData {
  id: string;
  polygon: Pt[];
}
interface Hooked {
  __callfloor: {
    store: {
      getState(): {
        plan: { site: { buildings: { floors: { id: string; columns: ColumnData[] }[] }[] } };
        session: { selection: string[] };
        select(ids: string[]): void;
        setCamera(camera: 'plan' | '3d'): void;
      };
    };
  };
}

const FLOOR = 'A-3F';
/** An aisle of the call area of A-3F: over 2 m from every desk, over 1 m from every ceiling device. */
const SPOT: Pt = [63.5, 41];
const VIEWPORT = { width: 1600, height: 900 };

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function columnsOf(page: Page): Promise<ColumnData[]> {
  return page.evaluate((id) => {
    const { plan } = (window as unknown as Hooked).__callfloor.store.getState();
    const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
    return JSON.parse(JSON.stringify(floor.columns)) as ColumnData[];
  }, FLOOR);
}

/** Mean RGB of a 5 × 5 px patch of the canvas round a plan point. */
async function colourAt(page: Page, p: Pt): Promise<[number, number, number]> {
  await nextFrame(page);
  const c = await clientPoint(page, p);
  const px = await canvasPixels(page, c.x - 2, c.y - 2, c.x + 3, c.y + 3);
  const n = px.length / 3;
  const sum = [0, 0, 0];
  for (let i = 0; i < px.length; i += 3) for (let k = 0; k < 3; k++) sum[k]! += px[i + k]!;
  return sum.map((s) => Math.round(s / n)) as [number, number, number];
}

/** The column fill (#30353a) is dark; the call area round it (zone fill #cfe3f7) is light. */
const isDark = ([r, g, b]: number[]) => r! < 90 && g! < 90 && b! < 90;

const close = (a: number, b: number, tolerance = 1e-6) => Math.abs(a - b) <= tolerance;

async function exportPlanFile(page: Page): Promise<string> {
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-kind').selectOption('plan');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-run').click()]);
  assert.equal(await download.failure(), null);
  assert.match(download.suggestedFilename(), /\.callfloor\.json$/);
  return readFileSync((await download.path())!, 'utf8');
}

test('column tool: click places a column on A-3F, drawn dark, shown in the inspector, one draw call in 3D, undone, saved at the current format version', async () => {
  const { page, errors } = await openApp(browser, { floor: FLOOR, camera: 'plan', lang: 'en' }, VIEWPORT);
  await waitForView(page, `floor:${FLOOR}|plan`);
  assert.deepEqual(await columnsOf(page), [], 'the sample floor has no columns');
  const before = await colourAt(page, SPOT);
  assert.ok(!isDark(before), `the aisle is light before: ${before}`);

  // the toolbar button, named with its key
  const button = page.locator('[data-tool="column"]');
  assert.equal(await button.getAttribute('title'), 'Column (U)');
  await button.click();
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.match(await page.getByTestId('tool-hint').innerText(), /Click: a column of the size set here/);
  assert.equal(await page.locator('input[name="columnWidth"]').inputValue(), '0.6');

  const at = await clientPoint(page, SPOT);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((id) => (window as unknown as Hooked).__callfloor.store.getState().plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!.columns.length === 1, FLOOR);
  const [column] = await columnsOf(page);
  assert.equal(column!.id, 'col1');
  const xs = column!.polygon.map((p) => p[0]);
  const ys = column!.polygon.map((p) => p[1]);
  // 0.6 × 0.6 m centred on the click (on the 0.1 m grid, so exactly the spot)
  assert.ok(close(Math.min(...xs), 63.2) && close(Math.max(...xs), 63.8), `x ${xs}`);
  assert.ok(close(Math.min(...ys), 40.7) && close(Math.max(...ys), 41.3), `y ${ys}`);
  // the tool previews the next column under the pointer: move it well away to see the plan itself
  const away = await clientPoint(page, [SPOT[0] + 6, SPOT[1] - 3]);
  await page.mouse.move(away.x, away.y);
  await screenshot(page, 'columns-plan-en');
  const after = await colourAt(page, SPOT);
  assert.ok(isDark(after), `the column is drawn dark: ${after}`);
  // just outside the column the aisle is still light
  assert.ok(!isDark(await colourAt(page, [SPOT[0] + 0.8, SPOT[1]])), 'light beside it');

  // select it and read it in the properties panel
  await page.keyboard.press('v');
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction(() => (window as unknown as Hooked).__callfloor.store.getState().session.selection.join() === 'col1');
  await page.locator('[data-testid="tab-properties"]').first().click();
  const inspector = page.locator('[data-testid="inspector"]');
  await inspector.waitFor();
  assert.match(await inspector.locator('.inspector-what').innerText(), /Column\s+col1/);
  assert.equal(await inspector.locator('input[name="columnX"]').inputValue(), '63.5');
  assert.equal(await inspector.locator('input[name="columnY"]').inputValue(), '41');
  assert.equal(await inspector.locator('input[name="columnWidth"]').inputValue(), '0.6');
  assert.equal(await inspector.locator('input[name="columnDepth"]').inputValue(), '0.6');
  await screenshot(page, 'columns-inspector-en');

  // undo removes it: from the store, the plan drawing and the properties panel
  const columnsAre = (n: number) =>
    page.waitForFunction(([id, count]) => (window as unknown as Hooked).__callfloor.store.getState().plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!.columns.length === count, [FLOOR, n] as const);
  await page.locator('[data-action="undo"]').click();
  await columnsAre(0);
  assert.ok(!isDark(await colourAt(page, SPOT)), 'the aisle is light again after undo');
  assert.equal(await inspector.locator('input[name="columnWidth"]').count(), 0, 'the panel no longer shows the column');
  await page.locator('[data-action="redo"]').click();
  await columnsAre(1);
  assert.deepEqual(await columnsOf(page), [column]);

  // in 3D the columns are one merged mesh: one draw call more than without (nothing selected,
  // so the selection's own marks do not count)
  await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().select([]));
  await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().setCamera('3d'));
  await waitForView(page, `floor:${FLOOR}|3d`);
  await nextFrame(page);
  await nextFrame(page);
  const withColumn = (await stats(page)).drawCalls;
  await screenshot(page, 'columns-3d-en');
  await page.locator('[data-action="undo"]').click();
  await columnsAre(0);
  await nextFrame(page);
  await nextFrame(page);
  assert.equal((await stats(page)).drawCalls, withColumn - 1, 'one draw call for the columns');
  await page.locator('[data-action="redo"]').click();
  await columnsAre(1);
  await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().setCamera('plan'));
  await waitForView(page, `floor:${FLOOR}|plan`);

  // the plan file as the Export dialog saves it
  const text = await exportPlanFile(page);
  const file = JSON.parse(text) as { version: number; site: { buildings: { floors: { id: string; columns: ColumnData[] }[] }[] } };
  assert.equal(file.version, 3);
  const saved = file.site.buildings.flatMap((b) => b.floors).find((f) => f.id === FLOOR)!.columns;
  assert.deepEqual(saved, [column]);
  const parsed = parsePlan(text);
  assert.ok(parsed.ok, 'the saved file reads back');
  assert.deepEqual(errors, []);
  await page.close();
});

test('column tool in Chinese: the U key picks it, named 柱, and it places a column', async () => {
  const { page, errors } = await openApp(browser, { floor: FLOOR, camera: 'plan', lang: 'zh-CN' }, VIEWPORT);
  await waitForView(page, `floor:${FLOOR}|plan`);
  await page.locator('.scene canvas').hover();
  await page.keyboard.press('u');
  const button = page.locator('[data-tool="column"]');
  await page.waitForFunction(() => document.querySelector('[data-tool="column"]')?.getAttribute('aria-pressed') === 'true');
  assert.equal(await button.getAttribute('title'), '柱 (U)');
  assert.match(await page.getByTestId('tool-hint').innerText(), /单击：在该点放置/);
  const at = await clientPoint(page, SPOT);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((id) => (window as unknown as Hooked).__callfloor.store.getState().plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!.columns.length === 1, FLOOR);
  const away = await clientPoint(page, [SPOT[0] + 6, SPOT[1] - 3]);
  await page.mouse.move(away.x, away.y);
  await screenshot(page, 'columns-plan-zh');
  const colour = await colourAt(page, SPOT);
  assert.ok(isDark(colour), `drawn dark: ${colour}`);
  assert.deepEqual(errors, []);
  await page.close();
});
