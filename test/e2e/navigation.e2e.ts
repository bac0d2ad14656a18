// Browser tests of the canvas navigation on A-3F in plan: a wheel notch zooms by a constant
// factor, Shift+1 / Home fit the floor again, Shift+2 frames the selected desk, Space+drag pans
// without the wall tool drawing, a click on the canvas after typing in a panel field gives the
// keys back to the editor, and the heat map's colour bar and the escape route's label show (both
// languages; screenshots in CALLFLOOR_SHOTS).
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/navigation.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { clientPoint, launch, nextFrame, openApp, screenshot, waitForStats, waitForView } from './helpers.ts';

type Pt = [number, number];
interface View {
  kind: 'plan' | '3d';
  zoom: number;
  position: [number, number, number];
  target: [number, number, number] | null;
}

const PARAMS = { floor: 'A-3F', camera: 'plan' };
const VIEWPORT = { width: 1600, height: 900 };

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function view(page: Page): Promise<View> {
  await nextFrame(page);
  const v = await page.evaluate(() => (window as unknown as { __callfloor: { stats(): { view: View | null } } }).__callfloor.stats().view);
  assert.ok(v, 'the probe reports the camera');
  return v;
}

function evalStore<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const s = window.__callfloor.store.getState(); return ${fn}; })()`) as Promise<T>;
}

async function canvasCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('canvas').first().boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const activeTool = (page: Page): Promise<string | null> => page.locator('[data-tool][aria-pressed="true"]').first().getAttribute('data-tool');

test('wheel zoom, fit keys, zoom to selection, Space+drag pan, canvas focus', async () => {
  const { page, errors } = await openApp(browser, PARAMS, VIEWPORT);
  await waitForView(page, 'floor:A-3F|plan');
  const fitted = await view(page);
  assert.equal(fitted.kind, 'plan');
  assert.ok(fitted.target, 'the controls report their target');

  // one wheel notch (100 px) towards the pointer: ×1.15, again ×1.15
  const centre = await canvasCentre(page);
  await page.mouse.move(centre.x + 120, centre.y + 60);
  await page.mouse.wheel(0, -100);
  const one = await view(page);
  assert.ok(Math.abs(one.zoom / fitted.zoom - 1.15) < 0.01, `a notch zooms ×1.15 (got ×${(one.zoom / fitted.zoom).toFixed(3)})`);
  await page.mouse.wheel(0, -100);
  await page.mouse.wheel(0, -100);
  const three = await view(page);
  assert.ok(Math.abs(three.zoom / one.zoom - 1.15 ** 2) < 0.02, 'every notch the same factor');
  // towards the pointer: the target moved towards the pointer's side (right, down = +x, +z)
  assert.ok(three.target![0] > fitted.target![0] + 0.5 && three.target![2] > fitted.target![2] + 0.2, 'zoomed towards the pointer');

  // Shift+1 fits the floor again
  await page.keyboard.press('Shift+Digit1');
  const refit = await view(page);
  assert.ok(Math.abs(refit.zoom / fitted.zoom - 1) < 0.005, `Shift+1 returns to the fitted zoom (${refit.zoom} vs ${fitted.zoom})`);
  assert.ok(Math.hypot(refit.target![0] - fitted.target![0], refit.target![2] - fitted.target![2]) < 0.01, 'and the fitted centre');
  // Home as well (after zooming out with the button)
  await page.locator('[data-nav="zoom-out"]').click();
  const out = await view(page);
  assert.ok(Math.abs(out.zoom / fitted.zoom - 1 / 1.25) < 0.01, 'the zoom-out button zooms ×1/1.25');
  await page.keyboard.press('Home');
  assert.ok(Math.abs((await view(page)).zoom / fitted.zoom - 1) < 0.005, 'Home fits again');

  // select a desk (a click with the select tool), Shift+2 frames it: closer, centred on the desk
  const desk = await evalStore<{ id: string; at: Pt }>(page, `(() => { const f = s.plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === 'A-3F'); const w = f.workstations[Math.floor(f.workstations.length / 3)]; return { id: w.id, at: w.at }; })()`);
  const deskOnScreen = await clientPoint(page, desk.at, 0.75);
  await page.mouse.click(deskOnScreen.x, deskOnScreen.y);
  assert.deepEqual(await evalStore<string[]>(page, 's.session.selection'), [desk.id], 'the click selected the desk');
  await page.keyboard.press('Shift+Digit2');
  const framed = await view(page);
  assert.ok(framed.zoom > fitted.zoom * 3, `zoomed in on the desk (${framed.zoom.toFixed(1)} vs ${fitted.zoom.toFixed(1)} px/m)`);
  // centred in the canvas less its toolbar band (96 px) and scale-bar band (64 px): 16 px below the middle
  const framedDesk = await clientPoint(page, desk.at, 0);
  const box = (await page.locator('.scene canvas').boundingBox())!;
  assert.ok(Math.abs(framedDesk.x - (box.x + box.width / 2)) < 3 && Math.abs(framedDesk.y - (box.y + box.height / 2 + 16)) < 3, `centred on the desk (${framedDesk.x.toFixed(1)}, ${framedDesk.y.toFixed(1)} in ${JSON.stringify(box)})`);
  const c = await canvasCentre(page);
  await screenshot(page, 'navigation-fit-selection');

  // Space+drag with the wall tool: the view pans, nothing is drawn
  await page.keyboard.press('Shift+Digit1');
  await page.keyboard.press('w');
  assert.equal(await activeTool(page), 'wall');
  const walls = await evalStore<number>(page, `s.plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === 'A-3F').walls.length`);
  const beforePan = await view(page);
  await page.mouse.move(c.x - 100, c.y);
  await page.keyboard.down('Space');
  const cursor = await page.locator('canvas').first().evaluate((el) => (el as HTMLElement).style.cursor);
  assert.equal(cursor, 'grab', 'Space shows the hand');
  await page.mouse.down();
  await page.mouse.move(c.x + 50, c.y + 40, { steps: 6 });
  await page.mouse.move(c.x + 100, c.y + 80, { steps: 6 });
  await page.mouse.up();
  await page.keyboard.up('Space');
  const panned = await view(page);
  // dragged 200 px right and 80 px down: the view's centre moves 200 / zoom m west and 80 / zoom m north
  assert.ok(Math.abs(panned.target![0] - (beforePan.target![0] - 200 / beforePan.zoom)) < 0.3, `panned west (${panned.target![0]} from ${beforePan.target![0]})`);
  assert.ok(Math.abs(panned.target![2] - (beforePan.target![2] - 80 / beforePan.zoom)) < 0.3, 'panned north');
  assert.equal(await evalStore<number>(page, `s.plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === 'A-3F').walls.length`), walls, 'no wall drawn');
  assert.equal(await evalStore<number>(page, 's.history.undo.length'), 0, 'no edit at all');
  assert.equal(await activeTool(page), 'wall', 'the tool is still the wall tool');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'Space did not scroll the page');

  // typing in a panel field, then one click on the canvas: W picks the wall tool again
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('v');
  assert.equal(await activeTool(page), 'select');
  // the grid field of the tool options: typed in (the same value, so nothing changes)
  const field = page.locator('input[name="grid"]').first();
  await field.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('0.1');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'INPUT', 'a panel field has the focus');
  // W typed there is text, not the wall tool
  await page.keyboard.press('w');
  assert.equal(await activeTool(page), 'select');
  await page.keyboard.press('Backspace');
  // an empty spot of the floor: a corner of the canvas inside the floor outline
  await page.mouse.click(c.x, c.y + 200);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'CANVAS', 'the canvas took the focus');
  await page.keyboard.press('w');
  assert.equal(await activeTool(page), 'wall', 'W works again after one click on the canvas');

  // 3D: a notch closes in ×1.15, Home fits again
  await page.keyboard.press('v');
  await page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { setCamera(c: string): void } } } }).__callfloor.store.getState().setCamera('3d'));
  await waitForView(page, 'floor:A-3F|3d');
  const distance = (v: View) => Math.hypot(v.position[0] - v.target![0], v.position[1] - v.target![1], v.position[2] - v.target![2]);
  const fitted3d = await view(page);
  await page.mouse.move(c.x, c.y);
  await page.mouse.wheel(0, -100);
  const closer = await view(page);
  assert.ok(Math.abs(distance(fitted3d) / distance(closer) - 1.15) < 0.01, `3D: a notch closes in ×1.15 (got ×${(distance(fitted3d) / distance(closer)).toFixed(3)})`);
  await page.keyboard.press('Home');
  assert.ok(Math.abs(distance(await view(page)) / distance(fitted3d) - 1) < 0.005, '3D: Home fits again');

  assert.deepEqual(errors, []);
  await page.close();
});

for (const lang of ['en', 'zh-CN'] as const) {
  test(`${lang}: heat map colour bar with units, escape route labelled with the finding's length, zoom buttons`, async () => {
    const { page, errors } = await openApp(browser, { ...PARAMS, lang }, VIEWPORT);
    await waitForView(page, 'floor:A-3F|plan');
    // wait for the checks, then switch the walking heat map and the escape route on
    await page.waitForFunction(() => (window as unknown as { __callfloor: { checks: { getState(): { result: unknown } } } }).__callfloor.checks.getState().result !== null, undefined, { timeout: 60_000 });
    await page.evaluate(() => (window as unknown as { __callfloor: { checks: { getState(): { setOverlays(p: object): void } } } }).__callfloor.checks.getState().setOverlays({ heat: 'walking', egressPath: true }));
    await waitForStats(page, "s.heat.kind === 'walking' && s.heat.cells > 100 && s.routePoints >= 2", 60_000);
    const bar = page.locator('[data-testid="heat-scale"]');
    await bar.waitFor();
    const text = await bar.innerText();
    assert.match(text, lang === 'en' ? /Walking distance/ : /步行距离/);
    assert.match(text, /\(m\)/);
    assert.match(text, /≥ 45/);
    // the route's label states the travel-distance finding's longest walk
    const longest = await page.evaluate(() => {
      const { result } = (window as unknown as { __callfloor: { checks: { getState(): { result: { findings: { ruleId: string; where: { floorId?: string }; measured: { value: unknown }; messageParams: Record<string, unknown> }[] } } } } }).__callfloor.checks.getState();
      const walks = result.findings.filter((f) => f.ruleId === 'fire.travel-distance' && f.where.floorId === 'A-3F' && 'zone' in f.messageParams && typeof f.measured.value === 'number').map((f) => f.measured.value as number);
      return Math.max(...walks);
    });
    const label = page.locator('[data-testid="route-caption"]');
    await label.waitFor();
    const longestText = longest.toLocaleString(lang, { maximumFractionDigits: 2 });
    assert.ok((await label.innerText()).includes(longestText), `the label says ${longest} m`);
    assert.ok((await page.locator('[data-testid="heat-scale-travel"]').innerText()).includes(longestText), 'the colour bar marks the same walk');
    // tooltips name their keys
    assert.match((await page.locator('[data-nav="fit"]').getAttribute('title'))!, /Shift\+1/);
    assert.match((await page.locator('[data-nav="fit-selection"]').getAttribute('title'))!, lang === 'en' ? /Zoom to selection \(Shift\+2\)/ : /缩放至所选 \(Shift\+2\)/);
    await screenshot(page, `navigation-heat-walking-${lang}`);
    await page.evaluate(() => (window as unknown as { __callfloor: { checks: { getState(): { setOverlays(p: object): void } } } }).__callfloor.checks.getState().setOverlays({ heat: 'illuminance' }));
    await waitForStats(page, "s.heat.kind === 'illuminance'", 60_000);
    await page.waitForFunction(() => document.querySelector('[data-testid="heat-scale"]')?.getAttribute('data-kind') === 'illuminance');
    assert.match(await bar.innerText(), /\(lx\)/);
    await screenshot(page, `navigation-heat-light-${lang}`);
    // the help lists the fit keys and the pan gesture
    await page.mouse.click(10, 10);
    await page.keyboard.press('?');
    const help = await page.locator('[data-testid="shortcut-help"]').innerText();
    assert.match(help, /Shift\+2/);
    assert.match(help, lang === 'en' ? /Space\+drag/ : /空格\+拖动/);
    await screenshot(page, `navigation-help-${lang}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
