// The workspace (issue 13): the canvas gets the screen at the three common window sizes, docks
// fold / resize and are remembered, the export dialog opens on what is open, and every shortcut
// works right after the user typed in a field, ticked a box or picked from a list.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, screenshot, waitForView } from './helpers.ts';

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const FLOOR = 'A-3F';
const SIZES = [
  { width: 1280, height: 720, share: 0.55 },
  { width: 1440, height: 900, share: 0.65 },
  { width: 1920, height: 1080, share: 0.65 },
];

async function canvasShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.scene canvas');
    return canvas ? canvas.getBoundingClientRect().width / window.innerWidth : 0;
  });
}

const activeTool = (page: Page): Promise<string | null> => page.locator('.editor-toolbar button[aria-pressed="true"]').getAttribute('data-tool');

for (const size of SIZES) {
  for (const lang of ['zh-CN', 'en'] as const) {
    test(`${size.width}×${size.height} (${lang}): the canvas takes at least ${Math.round(size.share * 100)} % of the width with the default panels`, async () => {
      const { page, errors } = await openApp(browser, { floor: FLOOR, camera: 'plan', lang }, { width: size.width, height: size.height });
      await waitForView(page, `floor:${FLOOR}|plan`);
      // both docks are open by default: the navigator on the left, the tabs on the right
      assert.equal(await page.getByTestId('dock-left').getAttribute('class'), 'dock dock--left');
      assert.equal(await page.getByTestId('dock-right').getAttribute('class'), 'dock dock--right');
      const share = await canvasShare(page);
      assert.ok(share >= size.share, `canvas share ${share.toFixed(3)} < ${size.share}`);
      // the header is one row
      const header = await page.locator('header.header').boundingBox();
      assert.ok(header && header.height <= 48, `header height ${header?.height}`);
      // the legend is an overlay inside the canvas, and small
      const legend = await page.getByTestId('legend').boundingBox();
      const canvas = await page.locator('.scene canvas').boundingBox();
      assert.ok(legend && canvas, 'legend and canvas shown');
      assert.ok(legend.x >= canvas.x && legend.x + legend.width <= canvas.x + canvas.width + 1, 'legend lies over the canvas');
      assert.ok(legend.width <= 320 && legend.height <= canvas.height * 0.5, `legend ${legend.width}×${legend.height}`);
      await screenshot(page, `workspace-${size.width}-${lang}`);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}

test('docks fold and resize, and the layout is remembered after a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const url = `/?test=1&floor=${FLOOR}&camera=plan&lang=en`;
  const base = (process.env['CALLFLOOR_URL'] ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
  await page.goto(base + url);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  const before = await canvasShare(page);
  // fold the right dock: a strip of tab buttons stays, the canvas grows
  await page.getByTestId('dock-fold-right').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="dock-right"]')?.classList.contains('dock--folded'));
  // (the canvas follows its box on the next resize observation)
  await page.waitForFunction((b) => (document.querySelector('.scene canvas')?.getBoundingClientRect().width ?? 0) / window.innerWidth > b + 0.15, before, { timeout: 5000 }).catch(() => undefined);
  const folded = await canvasShare(page);
  assert.ok(folded > before + 0.15, `canvas ${before} → ${folded}`);
  assert.equal(await page.locator('[data-testid="dock-right"] [data-panel="checks"]').count(), 1, 'the folded strip keeps the tabs');
  // drag the left dock's edge 60 px to the right
  const handle = await page.getByTestId('dock-resize-left').boundingBox();
  assert.ok(handle);
  const leftBefore = (await page.getByTestId('dock-left').boundingBox())!.width;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 200);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2 + 30, handle.y + 200, { steps: 3 });
  await page.mouse.move(handle.x + handle.width / 2 + 60, handle.y + 200, { steps: 3 });
  await page.mouse.up();
  const leftAfter = (await page.getByTestId('dock-left').boundingBox())!.width;
  assert.ok(Math.abs(leftAfter - leftBefore - 60) <= 2, `left dock ${leftBefore} → ${leftAfter}`);
  // reload: still folded on the right, still wider on the left
  await page.reload();
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  assert.ok((await page.getByTestId('dock-right').getAttribute('class'))?.includes('dock--folded'));
  const leftReloaded = (await page.getByTestId('dock-left').boundingBox())!.width;
  assert.equal(leftReloaded, leftAfter);
  // a tab in the strip unfolds the dock on that tab
  await page.locator('[data-testid="dock-right"] [data-panel="fire"]').click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="dock-right"]')?.classList.contains('dock--folded'));
  assert.equal(await page.locator('[data-testid="dock-right"] .dock-tabs [aria-selected="true"]').getAttribute('data-panel'), 'fire');
  await context.close();
});

test('the export dialog opens on what is open and closes with Esc', async () => {
  const { page, errors } = await openApp(browser, { floor: FLOOR, camera: 'plan', lang: 'zh-CN' }, { width: 1440, height: 900 });
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-menu');
  await dialog.waitFor({ state: 'visible' });
  assert.equal(await dialog.locator('input[name="export-scope"][value="floor"]').isChecked(), true, 'scope defaults to the open floor');
  await screenshot(page, 'workspace-export-dialog-zh');
  // no tool shortcut while the dialog is up
  await page.keyboard.press('w');
  assert.equal(await activeTool(page), 'select');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  // at the park level the scope is the park
  await page.locator('.crumbs button').first().click();
  await waitForView(page, 'park');
  await page.getByTestId('export-open').click();
  assert.equal(await dialog.locator('input[name="export-scope"][value="park"]').isChecked(), true);
  await page.getByTestId('export-close').click();
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('shortcuts work after typing in a field, ticking a box and picking from a list; Esc closes the help', async () => {
  const { page, errors } = await openApp(browser, { floor: FLOOR, camera: 'plan', lang: 'en' }, { width: 1440, height: 900 });
  await waitForView(page, `floor:${FLOOR}|plan`);
  assert.equal(await activeTool(page), 'select');
  // typed in a field (the grid step), committed with Enter: W picks the wall tool
  const grid = page.locator('[data-testid="tool-options"] input').first();
  await grid.click();
  await grid.fill('0.2');
  await grid.press('Enter');
  await page.keyboard.press('w');
  assert.equal(await activeTool(page), 'wall');
  // ticked a box in the checks panel: Z picks the zone tool
  await page.getByTestId('show-pass').click();
  await page.keyboard.press('z');
  assert.equal(await activeTool(page), 'zone');
  // picked from a list with the pointer: V picks the select tool
  await page.getByTestId('overlay-heat').selectOption({ index: 1 });
  await page.keyboard.press('v');
  assert.equal(await activeTool(page), 'select');
  // typed in a field and then clicked the canvas: M picks the measure tool
  await grid.click();
  await grid.fill('0.1');
  const canvas = (await page.locator('.scene canvas').boundingBox())!;
  await page.mouse.click(canvas.x + canvas.width / 2, canvas.y + canvas.height - 20);
  await page.keyboard.press('m');
  assert.equal(await activeTool(page), 'measure');
  // while a text field has focus, letters are text, not shortcuts
  await grid.click();
  await page.keyboard.press('w');
  assert.equal(await activeTool(page), 'measure');
  await page.keyboard.press('Escape');
  // ? opens the shortcut help, Esc closes it
  await page.keyboard.press('?');
  await page.locator('.shortcut-help').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.locator('.shortcut-help').waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.close();
});
