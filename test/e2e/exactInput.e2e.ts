// Browser test of exact input while drawing: on floor A-3F of the sample park, in plan, the wall
// tool (W) is given a first point by a click, then typed lengths — "7.25" toward the pointer,
// "3<90" and "2.5<30" with angles — each placed by Enter; a bare Enter ends the chain. The saved
// walls must have exactly the typed lengths and directions (read from the store). The dynamic
// input beside the pointer is screenshotted in English and Chinese.
// Run: npx vite build --outDir /tmp/exact-dist && vite preview --port 4184 --outDir /tmp/exact-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4184 npx tsx --test test/e2e/exactInput.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { SHOTS_DIR, clientPoint, launch, nextFrame, openApp, screenshot } from './helpers.ts';

type Pt = [number, number];
interface Wall { id: string; a: Pt; b: Pt }

const FLOOR = 'A-3F';
const VIEWPORT = { width: 1600, height: 900 };

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function walls(page: Page): Promise<Wall[]> {
  return page.evaluate((id) => {
    const { plan } = (window as unknown as { __callfloor: { store: { getState(): { plan: { site: { buildings: { floors: { id: string; walls: Wall[] }[] }[] } } } } } }).__callfloor.store.getState();
    const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
    return JSON.parse(JSON.stringify(floor.walls)) as Wall[];
  }, FLOOR);
}

const undoSteps = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { history: { undo: unknown[] } } } } }).__callfloor.store.getState().history.undo.length);

/** What the app does to a typed coordinate: round to 1e-9 m in decimal. */
const round9 = (v: number): number => Math.round(v * 1e9) / 1e9;

/** A full screenshot, and a close-up of the dynamic input and what is drawn around the pointer. */
async function shoot(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  const box = await page.getByTestId('dynamic-input').boundingBox();
  if (!box) return;
  const x = Math.max(0, box.x - 200);
  const y = Math.max(0, box.y - 120);
  await page.screenshot({ path: join(SHOTS_DIR, `${name}-closeup.png`), clip: { x, y, width: Math.min(560, VIEWPORT.width - x), height: Math.min(300, VIEWPORT.height - y) } });
}

async function moveTo(page: Page, p: Pt): Promise<void> {
  const c = await clientPoint(page, p);
  await page.mouse.move(c.x, c.y, { steps: 4 });
}

/** Opens the floor in plan, picks the wall tool with W and clicks the first point. */
async function startWall(lang: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, { floor: FLOOR, camera: 'plan', lang }, VIEWPORT);
  await nextFrame(opened.page);
  await opened.page.keyboard.press('w');
  const first = await clientPoint(opened.page, [60.03, 35.02]);
  await opened.page.mouse.click(first.x, first.y);
  // the pointer east of the first point, 0.3° off level: the near-axis snap holds it level
  await moveTo(opened.page, [66, 35.05]);
  return opened;
}

test('typed lengths and angles place the wall ends exactly', async () => {
  const { page, errors } = await startWall('en');
  const start = await walls(page);
  const history = await undoSteps(page);
  const box = page.getByTestId('dynamic-input');
  // the live reading shows before anything is typed
  await box.waitFor({ state: 'visible' });
  assert.match(await box.innerText(), /Length\s*[\d.]+ m/);
  assert.match(await box.innerText(), /Angle\s*0°/, 'the pointer is held level: angle 0°');
  assert.match(await page.getByTestId('dynamic-input-snap').innerText(), /Horizontal/);
  await shoot(page, 'exact-input-live-en');

  await page.keyboard.type('7.25');
  assert.match(await box.innerText(), /7\.25/);
  await nextFrame(page);
  await shoot(page, 'exact-input-typing-en');
  await page.keyboard.press('Enter');
  let now = await walls(page);
  assert.equal(now.length, start.length + 1, 'Enter placed one wall');
  const w1 = now.at(-1)!;
  assert.ok(Math.abs(w1.a[0] - 60) < 0.11 && Math.abs(w1.a[1] - 35) < 0.11, `first point ${w1.a.join(', ')}`);
  assert.equal(w1.b[1], w1.a[1], 'the typed wall is exactly level');
  assert.equal(w1.b[0], round9(w1.a[0] + 7.25));
  assert.ok(Math.abs(Math.hypot(w1.b[0] - w1.a[0], w1.b[1] - w1.a[1]) - 7.25) < 1e-9);

  // an angle: 3 m straight north of the last point
  await page.keyboard.type('3<90');
  assert.match(await box.innerText(), /3 m\s*Angle\s*90/);
  await shoot(page, 'exact-input-angle-en');
  await page.keyboard.press('Enter');
  now = await walls(page);
  const w2 = now.at(-1)!;
  assert.deepEqual(w2.a, w1.b);
  assert.equal(w2.b[0], w1.b[0], 'the 90° wall is exactly vertical');
  assert.equal(w2.b[1], round9(w1.b[1] + 3));

  // an oblique angle keeps the length to 1e-9 m; "," is a decimal mark too
  await page.keyboard.type('2,5<30');
  await page.keyboard.press('Enter');
  now = await walls(page);
  const w3 = now.at(-1)!;
  assert.deepEqual(w3.a, w2.b);
  const dx = w3.b[0] - w3.a[0];
  const dy = w3.b[1] - w3.a[1];
  assert.ok(Math.abs(Math.hypot(dx, dy) - 2.5) < 1e-9, `length ${Math.hypot(dx, dy)}`);
  assert.ok(Math.abs((Math.atan2(dy, dx) * 180) / Math.PI - 30) < 1e-6);

  // junk is not placed; the first Esc clears it and the chain goes on; a bare Enter ends it
  await page.keyboard.type('5<');
  await page.keyboard.press('Enter');
  assert.equal((await walls(page)).length, start.length + 3);
  assert.match(await box.innerText(), /Cannot place/);
  await page.keyboard.press('Escape');
  // the field shows the live length again, and the angle from the last point to the pointer
  assert.match(await page.locator('[data-field="length"]').innerText(), /^Length\s*[\d.]+ m$/);
  assert.doesNotMatch(await box.innerText(), /Cannot place/);
  await page.keyboard.press('Enter');
  await page.getByTestId('dynamic-input').waitFor({ state: 'detached' });
  assert.equal((await walls(page)).length, start.length + 3);
  assert.equal(await undoSteps(page), history + 1, 'the chain is one undo step');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the dynamic input in Chinese, and a snap marker', async () => {
  const { page, errors } = await startWall('zh-CN');
  const box = page.getByTestId('dynamic-input');
  await box.waitFor({ state: 'visible' });
  assert.match(await box.innerText(), /长度/);
  assert.match(await box.innerText(), /可直接输入长度/);
  await page.keyboard.type('7.25<9');
  assert.match(await box.innerText(), /按 Enter 定点/);
  await nextFrame(page);
  await shoot(page, 'exact-input-typing-zh');
  await page.keyboard.press('Escape');
  // near the end of the wall at (52.3, 50.3): an endpoint snap, named in the box
  await moveTo(page, [52.35, 50.27]);
  assert.match(await page.getByTestId('dynamic-input-snap').innerText(), /端点/);
  await nextFrame(page);
  await shoot(page, 'exact-input-endpoint-zh');
  await page.keyboard.press('Escape');
  assert.deepEqual(errors, []);
  await page.close();
});
