// Browser test of the plan drawn like a drawing: scale bar and north arrow bottom-left, the bar
// true to the camera's zoom as it changes, fire walls red, the selected wall's and desk's
// dimensions as labels, and the draw calls the plan costs.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/planDrawing.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { canvasPixels, clientPoint, fetchPlan, launch, nextFrame, openApp, screenshot, stats, waitForView } from './helpers.ts';

type P = [number, number];
interface FloorData {
  id: string;
  walls: { id: string; a: P; b: P; kind: string; thickness?: number }[];
  workstations: { id: string; at: P; size: P; rotation: number }[];
}

let browser: Browser;
let floor: FloorData;
const VIEWPORT = { width: 1440, height: 900 };

before(async () => {
  browser = await launch();
  const plan = await fetchPlan();
  floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === 'A-3F') as unknown as FloorData;
});

after(async () => {
  await browser?.close();
});

/** Screen pixels per metre, measured through the app's own projection of two plan points 10 m apart. */
async function pixelsPerMetre(page: Page): Promise<number> {
  const a = await clientPoint(page, [70, 40]);
  const b = await clientPoint(page, [80, 40]);
  return Math.hypot(b.x - a.x, b.y - a.y) / 10;
}

/** The 1-2-5 length (m) a scale bar should show: the shortest at least 60 px long. */
function expectedScale(pxPerMetre: number): number {
  for (let e = -3; e <= 6; e++) for (const m of [1, 2, 5]) if (m * 10 ** e * pxPerMetre >= 60 - 1e-6) return Number((m * 10 ** e).toPrecision(6));
  throw new Error('zoom out of range');
}

async function scaleBar(page: Page): Promise<{ metres: number; width: number; label: string }> {
  return page.evaluate(() => {
    const scale = document.querySelector('[data-testid="plan-scale"]') as HTMLElement;
    const bar = document.querySelector('[data-testid="plan-scale-bar"]') as HTMLElement;
    return { metres: Number(scale.dataset['metres']), width: bar.clientWidth, label: document.querySelector('[data-testid="plan-scale-label"]')!.textContent ?? '' };
  });
}

async function assertScaleMatchesZoom(page: Page): Promise<number> {
  const ppm = await pixelsPerMetre(page);
  const bar = await scaleBar(page);
  const metres = expectedScale(ppm);
  assert.equal(bar.metres, metres, `scale bar shows ${bar.metres} m at ${ppm.toFixed(2)} px/m`);
  assert.equal(bar.label, `${metres} m`);
  assert.ok(Math.abs(bar.width - metres * ppm) <= 1.5, `bar ${bar.width} px for ${metres} m at ${ppm.toFixed(2)} px/m`);
  assert.ok(bar.width >= 59 && bar.width <= 151, `bar ${bar.width} px`);
  return ppm;
}

const select = (page: Page, ids: string[]) =>
  page.evaluate((s) => (window as unknown as { __callfloor: { store: { getState(): { select(ids: string[]): void } } } }).__callfloor.store.getState().select(s), ids);

const dimensionTexts = (page: Page) => page.evaluate(() => [...document.querySelectorAll('.plan-dimension')].filter((e) => (e as HTMLElement).style.display !== 'none').map((e) => e.textContent ?? ''));

test('plan: scale bar and north arrow bottom-left, the bar true to the zoom as it changes', async () => {
  const { page, errors } = await openApp(browser, { floor: 'A-3F', camera: 'plan', lang: 'en' }, VIEWPORT);
  await waitForView(page, 'floor:A-3F|plan');
  await nextFrame(page);
  const canvas = (await page.locator('.scene canvas').boundingBox())!;
  for (const id of ['plan-north', 'plan-scale']) {
    const box = (await page.getByTestId(id).boundingBox())!;
    assert.ok(box, `${id} shown`);
    assert.ok(box.x - canvas.x < 160 && box.x >= canvas.x, `${id} at the left (${box.x - canvas.x} px in)`);
    assert.ok(canvas.y + canvas.height - (box.y + box.height) < 60, `${id} at the bottom`);
  }
  assert.equal((await page.getByTestId('plan-north').innerText()).trim(), 'N');
  const fitted = await assertScaleMatchesZoom(page);

  // zoom in with the wheel: the bar follows
  const centre = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -300);
  await page.waitForFunction(() => true);
  await nextFrame(page);
  await nextFrame(page);
  const zoomed = await assertScaleMatchesZoom(page);
  assert.ok(zoomed > fitted * 1.5, `zoomed from ${fitted.toFixed(2)} to ${zoomed.toFixed(2)} px/m`);

  // the 3D view has neither
  await page.getByTestId('camera-3d').click();
  await waitForView(page, 'floor:A-3F|3d');
  assert.equal(await page.getByTestId('plan-scale').count(), 0);
  assert.equal(await page.getByTestId('plan-north').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('plan: walls drawn by kind, the selected wall and desk dimensioned, few draw calls', async () => {
  const { page, errors } = await openApp(browser, { floor: 'A-3F', camera: 'plan', lang: 'en' }, VIEWPORT);
  await waitForView(page, 'floor:A-3F|plan');
  await nextFrame(page);
  const planCalls = (await stats(page)).drawCalls;

  // a fire partition (the plant rooms') is drawn in its orange-red where it stands
  const fire = floor.walls.find((w) => w.kind === 'fire-partition')!;
  const mid: P = [(fire.a[0] + fire.b[0]) / 2, (fire.a[1] + fire.b[1]) / 2];
  const at = await clientPoint(page, mid);
  const rgb = await canvasPixels(page, at.x - 2, at.y - 2, at.x + 2, at.y + 2);
  let reddest = 0;
  for (let i = 0; i < rgb.length; i += 3) reddest = Math.max(reddest, rgb[i]! - Math.max(rgb[i + 1]!, rgb[i + 2]!));
  assert.ok(reddest > 60, `fire partition ${fire.id} drawn red-orange (red lead ${reddest})`);
  // a solid wall is drawn near-black (the 3D walls seen from above were a lit mid grey)
  const solid = floor.walls.find((w) => w.kind === 'solid')!;
  const quarter = await clientPoint(page, [solid.a[0] + (solid.b[0] - solid.a[0]) / 4, solid.a[1] + (solid.b[1] - solid.a[1]) / 4]);
  const solidRgb = await canvasPixels(page, quarter.x - 2, quarter.y - 2, quarter.x + 2, quarter.y + 2);
  let darkest = 255;
  for (let i = 0; i < solidRgb.length; i += 3) darkest = Math.min(darkest, Math.max(solidRgb[i]!, solidRgb[i + 1]!, solidRgb[i + 2]!));
  assert.ok(darkest < 90, `solid wall ${solid.id} drawn dark (darkest ${darkest})`);

  assert.deepEqual(await dimensionTexts(page), [], 'no dimension without a selection');
  const wall = floor.walls.find((w) => w.kind === 'glass')!;
  const length = Math.hypot(wall.b[0] - wall.a[0], wall.b[1] - wall.a[1]);
  await select(page, [wall.id]);
  await nextFrame(page);
  await nextFrame(page);
  assert.deepEqual(await dimensionTexts(page), [`${length.toFixed(2)} m`]);
  // the label sits beside the wall's middle, a couple of dozen pixels off it
  const label = (await page.locator('.plan-dimension').first().boundingBox())!;
  const wallMid = await clientPoint(page, [(wall.a[0] + wall.b[0]) / 2, (wall.a[1] + wall.b[1]) / 2]);
  const off = Math.hypot(label.x + label.width / 2 - wallMid.x, label.y + label.height / 2 - wallMid.y);
  assert.ok(off > 10 && off < 40, `label ${off.toFixed(1)} px from the wall's middle`);
  await screenshot(page, 'plan-drawing-wall-en');

  const desk = floor.workstations[0]!;
  await select(page, [desk.id]);
  await nextFrame(page);
  assert.deepEqual(await dimensionTexts(page), [`${desk.size[0].toFixed(2)} m`, `${desk.size[1].toFixed(2)} m`]);
  await select(page, []);
  await nextFrame(page);
  assert.deepEqual(await dimensionTexts(page), []);

  await page.getByTestId('camera-3d').click();
  await waitForView(page, 'floor:A-3F|3d');
  await nextFrame(page);
  const threeDCalls = (await stats(page)).drawCalls;
  console.log(`A-3F draw calls: plan ${planCalls}, 3D ${threeDCalls}`);
  // the drawing replaces six wall, window and core meshes by one fill and one line buffer
  assert.ok(planCalls <= threeDCalls - 4, `plan ${planCalls} vs 3D ${threeDCalls} draw calls`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('plan drawing in Chinese: 北 on the arrow, metres on the bar (screenshots)', async () => {
  const { page, errors } = await openApp(browser, { floor: 'A-3F', camera: 'plan', lang: 'zh-CN' }, VIEWPORT);
  await waitForView(page, 'floor:A-3F|plan');
  await nextFrame(page);
  assert.equal((await page.getByTestId('plan-north').innerText()).trim(), '北');
  assert.match((await page.getByTestId('plan-scale').getAttribute('aria-label')) ?? '', /^比例尺：\d+(\.\d+)? m$/);
  await assertScaleMatchesZoom(page);
  await screenshot(page, 'plan-drawing-zh');
  await select(page, [floor.walls[0]!.id]);
  await nextFrame(page);
  await nextFrame(page);
  assert.equal((await dimensionTexts(page)).length, 1);
  await screenshot(page, 'plan-drawing-wall-zh');
  assert.deepEqual(errors, []);
  await page.close();
});
