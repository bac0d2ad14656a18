// Browser tests of the app shell: the park renders, floors open with the right seats,
// the language switch, picking, undo/redo of a moved desk.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/app.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, clientPoint, fetchPlan, inkShare, launch, nextFrame, openApp, screenshot, stats, waitForView, type SamplePlan } from './helpers.ts';

let browser: Browser;
let plan: SamplePlan;

before(async () => {
  browser = await launch();
  plan = await fetchPlan();
});

after(async () => {
  await browser?.close();
});

const seatsOf = (p: SamplePlan): number => p.site.buildings.reduce((n, b) => n + b.floors.reduce((m, f) => m + f.workstations.length, 0), 0);

/** The floor with the most seats: the strongest check of the instanced desks. */
function busiestFloor(p: SamplePlan) {
  const floors = p.site.buildings.flatMap((b) => b.floors.map((f) => ({ building: b, floor: f })));
  return floors.reduce((best, f) => (f.floor.workstations.length > best.floor.workstations.length ? f : best));
}

const text = (page: Page, testId: string): Promise<string> => page.getByTestId(testId).innerText();
const digits = (s: string): number => Number(s.replace(/[^\d]/g, ''));

type DeskAt = [number, number];
const deskAt = (page: Page, floorId: string, id: string): Promise<DeskAt | undefined> =>
  page.evaluate(
    ([f, d]) => {
      const store = (window as unknown as { __callfloor: { store: { getState(): { plan: SamplePlan } } } }).__callfloor.store;
      const floor = store.getState().plan.site.buildings.flatMap((b) => b.floors).find((x) => x.id === f);
      return floor?.workstations.find((w) => w.id === d)?.at;
    },
    [floorId, id] as const,
  );

test('opens the sample park: first frame in time, canvas drawn, seat total in the header', async () => {
  const { page, errors } = await openApp(browser);
  const s = await stats(page);
  assert.ok(s.webgl.length > 0, 'a WebGL renderer');
  assert.ok(s.firstFrameMs !== null && s.firstFrameMs < 8000, `first frame after ${s.firstFrameMs} ms`);
  console.log(`park first frame ${Math.round(s.firstFrameMs ?? -1)} ms, ${s.drawCalls} draw calls, renderer ${s.webgl}`);
  await waitForView(page, 'park');
  const ink = await inkShare(page);
  assert.ok(ink > 0.05, `park view covers ${(ink * 100).toFixed(1)} % of the canvas`);
  assert.equal(digits(await text(page, 'seat-count')), seatsOf(plan));
  assert.equal(s.deskInstances, 0, 'no desks drawn in the park view');
  await screenshot(page, 'park-3d-zh');
  assert.deepEqual(errors, []);
  await page.close();
});

test('?floor= opens a floor: header seats and desk instances equal its workstation count', async () => {
  const { building, floor } = busiestFloor(plan);
  const { page, errors } = await openApp(browser, { floor: floor.id });
  await waitForView(page, `floor:${floor.id}`);
  assert.equal(digits(await text(page, 'seat-count')), floor.workstations.length);
  const s = await stats(page);
  assert.equal(s.deskInstances, floor.workstations.length);
  assert.equal(s.chairInstances, floor.workstations.length);
  // instancing keeps the floor to a few dozen draw calls whatever the seat count
  assert.ok(s.drawCalls > 0 && s.drawCalls < 40, `${s.drawCalls} draw calls for ${floor.workstations.length} seats`);
  assert.ok((await inkShare(page)) > 0.1);
  assert.match(await page.locator('.crumbs').innerText(), new RegExp(building.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await screenshot(page, 'floor-3d-zh');
  await page.getByTestId('camera-plan').click();
  await waitForView(page, `floor:${floor.id}|plan`);
  assert.equal((await stats(page)).deskInstances, floor.workstations.length);
  await screenshot(page, 'floor-plan-zh');
  assert.deepEqual(errors, []);
  await page.close();
});

test('navigating park → building → floor by clicking the scene and the navigator', async () => {
  const { page, errors } = await openApp(browser);
  await waitForView(page, 'park');
  const building = plan.site.buildings[0]!;
  const xs = building.footprint.map((p) => p[0]);
  const ys = building.footprint.map((p) => p[1]);
  const centre: [number, number] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  const at = await clientPoint(page, centre, building.height);
  await page.mouse.click(at.x, at.y);
  await waitForView(page, `building:${building.id}`);
  const buildingSeats = building.floors.reduce((n, f) => n + f.workstations.length, 0);
  assert.equal(digits(await text(page, 'seat-count')), buildingSeats);
  await screenshot(page, 'building-3d-zh');

  const top = [...building.floors].sort((a, b) => b.level - a.level)[0]!;
  await page.locator(`[data-floor="${top.id}"]`).click();
  await waitForView(page, `floor:${top.id}`);
  assert.equal(digits(await text(page, 'seat-count')), top.workstations.length);
  assert.equal((await stats(page)).deskInstances, top.workstations.length);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the language switch changes visible text (座位 → Seats and back)', async () => {
  const { page } = await openApp(browser, { lang: 'zh-CN' });
  assert.equal(await text(page, 'seat-label'), '座位');
  await page.getByTestId('locale-en').click();
  assert.equal(await text(page, 'seat-label'), 'Seats');
  assert.equal(await page.getByTestId('camera-plan').innerText(), 'Plan');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await nextFrame(page);
  await screenshot(page, 'park-3d-en');
  await page.getByTestId('locale-zh-CN').click();
  assert.equal(await text(page, 'seat-label'), '座位');
  assert.equal(await page.getByTestId('camera-plan').innerText(), '平面');
  await page.close();
});

test('plan view: click a desk to select it, nudge it, undo and redo with the toolbar buttons', async () => {
  const { floor } = busiestFloor(plan);
  const desk = floor.workstations[Math.floor(floor.workstations.length / 2)]!;
  // a desktop-sized window: at 1000 px the editor's panels cover the middle of the floor
  const { page, errors } = await openApp(browser, { floor: floor.id, camera: 'plan', lang: 'en' }, { width: 1600, height: 900 });
  await waitForView(page, `floor:${floor.id}|plan`);
  await screenshot(page, 'floor-plan-en');

  const at = await clientPoint(page, desk.at, 0.75);
  await page.mouse.click(at.x, at.y);
  await page.getByTestId('selection-count').waitFor();
  const selection = await page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { session: { selection: string[] } } } } }).__callfloor.store.getState().session.selection);
  assert.deepEqual(selection, [desk.id]);
  assert.equal(await page.getByTestId('undo').isDisabled(), true);

  await page.keyboard.press('ArrowRight');
  const moved = await deskAt(page, floor.id, desk.id);
  assert.ok(moved);
  assert.ok(Math.abs(moved[0] - (desk.at[0] + 0.1)) < 1e-9 && moved[1] === desk.at[1], `moved to ${moved.join(',')}`);
  assert.match((await page.getByTestId('undo').getAttribute('title')) ?? '', /Undo: Move/);

  await page.getByTestId('undo').click();
  assert.deepEqual(await deskAt(page, floor.id, desk.id), desk.at);
  assert.equal(await page.getByTestId('undo').isDisabled(), true);

  await page.getByTestId('redo').click();
  const redone = await deskAt(page, floor.id, desk.id);
  assert.ok(redone && Math.abs(redone[0] - (desk.at[0] + 0.1)) < 1e-9);
  await nextFrame(page);
  await screenshot(page, 'floor-plan-en-selected');
  assert.deepEqual(errors, []);
  await page.close();
});

test('dragging a desk is one undo step', async () => {
  const { floor } = busiestFloor(plan);
  // a desk from the middle of the list, away from the floor's edges, so the drag is not refused
  const desk = floor.workstations[Math.floor(floor.workstations.length / 2) + 1]!;
  const { page, errors } = await openApp(browser, { floor: floor.id, camera: 'plan' });
  await waitForView(page, `floor:${floor.id}|plan`);
  const from = await clientPoint(page, desk.at, 0.75);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + i * 6, from.y + i * 4);
  await page.mouse.up();
  const after = await deskAt(page, floor.id, desk.id);
  assert.ok(after && after[0] > desk.at[0] && after[1] < desk.at[1], `dragged to ${after?.join(',')}`);
  const steps = await page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { history: { undo: unknown[] } } } } }).__callfloor.store.getState().history.undo.length);
  assert.equal(steps, 1);
  await page.keyboard.press('Control+z');
  assert.deepEqual(await deskAt(page, floor.id, desk.id), desk.at);
  await page.keyboard.press('Control+Shift+Z');
  assert.deepEqual(await deskAt(page, floor.id, desk.id), after);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a plan that does not parse shows its problems instead of the scene', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 600 } });
  await page.goto(`${BASE_URL}/?test=1&lang=en&plan=/index.html`);
  const panel = page.getByTestId('load-error');
  await panel.waitFor();
  assert.match(await panel.innerText(), /not valid JSON/);
  assert.equal(await page.locator('.scene canvas').count(), 0);
  await page.close();
});

test('the legend is a small card over the canvas that leaves the floor reachable; folded state is remembered', async () => {
  const FLOOR_ID = 'A-3F';
  const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === FLOOR_ID) as unknown as { outline: [number, number][] } | undefined;
  assert.ok(floor, FLOOR_ID);
  const maxX = Math.max(...floor.outline.map((p) => p[0]));
  const maxY = Math.max(...floor.outline.map((p) => p[1]));
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const hitAtCorner = async (): Promise<string> => {
    // half a metre inside the floor's top-right corner
    const p = await clientPoint(page, [maxX - 0.5, maxY - 0.5]);
    return page.evaluate(({ x, y }) => {
      const el = document.elementFromPoint(x, y);
      return el instanceof HTMLCanvasElement && el.closest('.scene') ? 'canvas' : (el?.className.toString() ?? 'nothing');
    }, p);
  };
  for (const camera of ['plan', '3d'] as const) {
    await page.goto(`${BASE_URL}/?test=1&floor=${FLOOR_ID}&camera=${camera}&lang=zh-CN`);
    await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
    await waitForView(page, `floor:${FLOOR_ID}|${camera}`);
    // a wide window starts with the legend open
    const toggle = page.getByTestId('legend-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="legend"] li') !== null);
    await nextFrame(page);
    await screenshot(page, `legend-open-${camera}-1600`);
    // (in 3D the orbit fit may leave that far corner just outside the canvas: only the plan fits it for sure)
    if (camera === 'plan') assert.equal(await hitAtCorner(), 'canvas', `${camera}: the floor's top-right corner is under the pointer`);
    // the legend lies over the canvas's top-right corner and is small
    const legendBox = await page.getByTestId('legend').boundingBox();
    const canvasBox = await page.locator('.scene canvas').boundingBox();
    assert.ok(legendBox && canvasBox, 'both shown');
    assert.ok(legendBox.x + legendBox.width <= canvasBox.x + canvasBox.width && legendBox.x > canvasBox.x + canvasBox.width / 2, `${JSON.stringify(canvasBox)} vs ${JSON.stringify(legendBox)}`);
    assert.ok(legendBox.width * legendBox.height <= 0.12 * canvasBox.width * canvasBox.height, 'a small card');
  }
  await page.getByTestId('camera-plan').click();
  await waitForView(page, `floor:${FLOOR_ID}|plan`);
  await nextFrame(page);
  assert.equal(await hitAtCorner(), 'canvas');

  // fold it: one small button stays, and only it takes the pointer; folded survives a reload
  await page.getByTestId('legend-toggle').click();
  assert.equal(await page.locator('[data-testid="legend"] li').count(), 0);
  assert.equal(await page.getByTestId('legend').evaluate((el) => getComputedStyle(el).pointerEvents), 'none');
  await page.goto(`${BASE_URL}/?test=1&floor=${FLOOR_ID}&camera=plan&lang=zh-CN`);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, `floor:${FLOOR_ID}|plan`);
  assert.equal(await page.getByTestId('legend-toggle').getAttribute('aria-expanded'), 'false');
  await nextFrame(page);
  assert.equal(await hitAtCorner(), 'canvas');
  await screenshot(page, 'legend-folded-plan-1600');
  assert.deepEqual(errors, []);
  await context.close();
});
