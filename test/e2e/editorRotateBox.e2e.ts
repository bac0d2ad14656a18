// Browser tests of the rotation handle and the 3D view's box selection, with real pointer
// events: select a desk, drag the round handle above it a quarter turn clockwise (the desk turns
// in the store and on screen, one undo step, undo puts the pixels back, Esc cancels), then in the
// 3D view Ctrl+drag a box over a block of desks and check they are selected (Ctrl+Shift adds, a
// plain drag still orbits). The toolbar shows SVG pictograms, no emoji.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/editorRotateBox.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { canvasPixels, clientPoint, launch, nextFrame, openApp, screenshot } from './helpers.ts';

type Pt = [number, number];
interface Desk { id: string; at: Pt; rotation: number }
interface Session { selection: string[]; camera: string; hover: string | null }
interface CallfloorWindow {
  __callfloor: {
    store: {
      getState(): {
        plan: { site: { buildings: { floors: { id: string; workstations: Desk[] }[] }[] } };
        session: Session;
        history: { undo: unknown[] };
        setCamera(camera: string): void;
      };
    };
  };
}

const FLOOR = 'A-3F';
const PARAMS = { plan: '/samples/example.callfloor.json', floor: FLOOR, camera: 'plan' };
const VIEWPORT = { width: 1600, height: 900 };
/** The handle stands this many pixels above the top of the selection's box (rotateHandle.ts). */
const HANDLE_OFFSET_PX = 30;

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const desks = (page: Page): Promise<Desk[]> =>
  page.evaluate((id) => {
    const { plan } = (window as unknown as CallfloorWindow).__callfloor.store.getState();
    const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
    return JSON.parse(JSON.stringify(floor.workstations)) as Desk[];
  }, FLOOR);

const session = (page: Page): Promise<Session> =>
  page.evaluate(() => {
    const { session: s } = (window as unknown as CallfloorWindow).__callfloor.store.getState();
    return { selection: [...s.selection], camera: s.camera, hover: s.hover };
  });

const undoSteps = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as CallfloorWindow).__callfloor.store.getState().history.undo.length);

/** Two animation frames: a frame asked for by a store change has been drawn (frameloop "demand"). */
const settle = (page: Page): Promise<unknown> => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Waits until the camera stops moving (the orbit controls glide on after a drag). */
async function cameraAtRest(page: Page, probe: Pt): Promise<void> {
  let last = await clientPoint(page, probe);
  for (let i = 0; i < 100; i++) {
    await page.waitForTimeout(100);
    const now = await clientPoint(page, probe);
    if (Math.hypot(now.x - last.x, now.y - last.y) < 0.05) return;
    last = now;
  }
}

/** RGB of the canvas pixels in a client-space box (needs ?test=1). */
async function pixelsIn(page: Page, x0: number, y0: number, x1: number, y1: number): Promise<number[]> {
  await settle(page);
  return canvasPixels(page, x0, y0, x1, y1);
}

async function pixels(page: Page, a: Pt, b: Pt): Promise<number[]> {
  const ca = await clientPoint(page, a);
  const cb = await clientPoint(page, b);
  return pixelsIn(page, ca.x, ca.y, cb.x, cb.y);
}

function changedShare(before: number[], after: number[], threshold = 40): number {
  assert.equal(before.length, after.length);
  let changed = 0;
  for (let i = 0; i < before.length; i += 3) {
    if (Math.abs(before[i]! - after[i]!) + Math.abs(before[i + 1]! - after[i + 1]!) + Math.abs(before[i + 2]! - after[i + 2]!) > threshold) changed++;
  }
  return changed / (before.length / 3);
}

/** Where the knob of the handle of desk s1 (at (30, 30), 1.2 × 0.7 m, unturned) is on the page. */
async function knobOf(page: Page, top: Pt): Promise<{ x: number; y: number }> {
  const base = await clientPoint(page, top);
  const north = await clientPoint(page, [top[0], top[1] + 1]);
  const len = Math.hypot(north.x - base.x, north.y - base.y);
  return { x: base.x + ((north.x - base.x) / len) * HANDLE_OFFSET_PX, y: base.y + ((north.y - base.y) / len) * HANDLE_OFFSET_PX };
}

/**
 * The knob in a perspective view: the view places it 30 px (metres per pixel measured 10 px to
 * the right of the stem's foot, as pointerPlane does) north of the foot, on the floor.
 */
async function knobIn3d(page: Page, top: Pt): Promise<{ plan: Pt; client: { x: number; y: number } }> {
  const o = await clientPoint(page, top);
  const ex = await clientPoint(page, [top[0] + 1, top[1]]);
  const ey = await clientPoint(page, [top[0], top[1] + 1]);
  // solve J · v = (10, 0) for the plan step v under 10 px to the right
  const [a, b, c, d] = [ex.x - o.x, ey.x - o.x, ex.y - o.y, ey.y - o.y];
  const det = a * d - b * c;
  const v = [(10 * d) / det, (-10 * c) / det];
  const mpp = Math.hypot(v[0]!, v[1]!) / 10;
  const plan: Pt = [top[0], top[1] + HANDLE_OFFSET_PX * mpp];
  return { plan, client: await clientPoint(page, plan) };
}

test('the rotation handle turns the selected desk in 15° steps, one undo step; Esc cancels', async () => {
  const { page, errors } = await openApp(browser, { ...PARAMS, lang: 'en' }, VIEWPORT);
  await nextFrame(page);
  const start = await desks(page);
  const desk = start.find((d) => d.id === 's1')!;
  assert.deepEqual([desk.at, desk.rotation], [[30, 30], 0]);

  // the toolbar shows SVG pictograms, one per button, and no emoji or symbol glyphs
  const toolbar = await page.evaluate(() => {
    const bar = document.querySelector('.editor-toolbar')!;
    const buttons = [...bar.querySelectorAll('button')];
    return { buttons: buttons.length, withSvg: buttons.filter((b) => b.querySelector('svg')).length, text: (bar.textContent ?? '').trim() };
  });
  assert.ok(toolbar.buttons > 20, `${toolbar.buttons} toolbar buttons`);
  assert.equal(toolbar.withSvg, toolbar.buttons, 'every toolbar button has an SVG icon');
  assert.equal(toolbar.text, '', 'no glyphs in the toolbar');

  const centre = await clientPoint(page, [30, 30]);
  const knob = await knobOf(page, [30, 30.35]);
  const knobBox = [knob.x - 10, knob.y - 10, knob.x + 10, knob.y + 10] as const;
  const deskBox: [Pt, Pt] = [[29.3, 29.3], [30.7, 30.7]];
  const knobBefore = await pixelsIn(page, ...knobBox);
  const deskBefore = await pixels(page, ...deskBox);

  // select the desk: its handle appears above it
  await page.mouse.click(centre.x, centre.y);
  assert.deepEqual((await session(page)).selection, ['s1']);
  await page.mouse.move(centre.x + 200, centre.y + 200);
  const shown = changedShare(knobBefore, await pixelsIn(page, ...knobBox));
  assert.ok(shown > 0.15, `the knob changed ${(shown * 100).toFixed(0)} % of its box`);
  await screenshot(page, 'rotate-handle-plan');

  // drag the knob a quarter turn clockwise (north → east), along an arc
  const r = Math.hypot(knob.x - centre.x, knob.y - centre.y);
  const north = Math.atan2(knob.y - centre.y, knob.x - centre.x);
  const east = await clientPoint(page, [31, 30]);
  const eastAngle = Math.atan2(east.y - centre.y, east.x - centre.x);
  let delta = eastAngle - north;
  if (delta > Math.PI) delta -= 2 * Math.PI;
  if (delta < -Math.PI) delta += 2 * Math.PI;
  const steps = 12;
  const steps0 = await undoSteps(page);
  await page.mouse.move(knob.x, knob.y);
  await page.mouse.down();
  for (let i = 1; i <= steps; i++) {
    const a = north + (delta * i) / steps;
    await page.mouse.move(centre.x + r * Math.cos(a), centre.y + r * Math.sin(a));
  }
  // mid-drag: the turn shows beside the pointer and the desk already turns (live preview)
  await nextFrame(page);
  const label = page.getByTestId('rotate-angle');
  assert.equal((await label.innerText()).trim(), '−90°');
  assert.equal((await desks(page)).find((d) => d.id === 's1')!.rotation, 270);
  await screenshot(page, 'rotate-handle-dragging');
  await page.mouse.up();
  await nextFrame(page);

  const turned = (await desks(page)).find((d) => d.id === 's1')!;
  assert.equal(turned.rotation, 270, 'a quarter turn clockwise');
  assert.deepEqual(turned.at, [30, 30], 'about its own centre');
  assert.equal(await undoSteps(page), steps0 + 1, 'one undo step');
  assert.equal(await label.count(), 0, 'the angle is gone after release');
  const deskTurned = changedShare(deskBefore, await pixels(page, ...deskBox));
  assert.ok(deskTurned > 0.05, `the turned desk changed ${(deskTurned * 100).toFixed(0)} % of its box`);
  await screenshot(page, 'rotate-handle-turned');

  // undo: the plan and the screen are as before
  await page.keyboard.press('Control+z');
  assert.deepEqual(await desks(page), start);
  await page.keyboard.press('Escape'); // drop the selection, so the handle is gone too
  await page.keyboard.press('Escape');
  const undone = changedShare(deskBefore, await pixels(page, ...deskBox));
  assert.ok(undone < 0.02, `after undo ${(undone * 100).toFixed(1)} % of the desk box differ`);

  // Esc during a handle drag: nothing changes, no step
  await page.mouse.click(centre.x, centre.y);
  assert.deepEqual((await session(page)).selection, ['s1']);
  const stepsBeforeEsc = await undoSteps(page);
  await page.mouse.move(knob.x, knob.y);
  await page.mouse.down();
  await page.mouse.move(knob.x + 40, knob.y + 20, { steps: 4 });
  assert.notEqual((await desks(page)).find((d) => d.id === 's1')!.rotation, 0, 'turning live');
  await page.keyboard.press('Escape');
  await page.mouse.up();
  assert.deepEqual(await desks(page), start);
  assert.equal(await undoSteps(page), stepsBeforeEsc);
  assert.deepEqual((await session(page)).selection, ['s1'], 'Esc during the drag keeps the selection');

  assert.deepEqual(errors, []);
  await page.close();
});

test('3D view: Ctrl+drag from empty space box-selects the desks under it; Ctrl+Shift adds; a plain drag orbits', async () => {
  const { page, errors } = await openApp(browser, { ...PARAMS, lang: 'en' }, VIEWPORT);
  await nextFrame(page);
  // a 10 × 4 block of desks right of the example desk (plan view, array tool)
  await page.keyboard.press('a');
  const corner = await clientPoint(page, [33, 22]);
  await page.mouse.click(corner.x, corner.y);
  await page.keyboard.press('v');
  const all = await desks(page);
  const block = all.filter((d) => d.id !== 's1');
  assert.equal(block.length, 40);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  await page.evaluate(() => (window as unknown as CallfloorWindow).__callfloor.store.getState().setCamera('3d'));
  await page.waitForFunction(() => (document.body.dataset['view'] ?? '').endsWith('|3d'));
  await settle(page);
  assert.equal((await session(page)).camera, '3d');

  // the screen box round the block's desks (seen at desk height), with a margin
  const points = await Promise.all(block.map((d) => clientPoint(page, d.at, 0.4)));
  const margin = 12;
  const x0 = Math.min(...points.map((p) => p.x)) - margin;
  const y0 = Math.min(...points.map((p) => p.y)) - margin;
  const x1 = Math.max(...points.map((p) => p.x)) + margin;
  const y1 = Math.max(...points.map((p) => p.y)) + margin;
  const s1 = await clientPoint(page, [30, 30], 0.4);
  assert.ok(s1.x < x0 || s1.x > x1 || s1.y < y0 || s1.y > y1, 'the example desk lies outside the box');

  // a plain drag on empty space orbits: no box, the selection stays empty, the view moves.
  // Empty space: the first spot round the box where nothing is under the pointer (the hover is
  // what a press would pick; how the floor sits in the canvas depends on the panels beside it).
  const spots = [[x1 + 40, y1 + 40], [x0 - 40, y1 + 40], [x1 + 40, y0 - 40], [x0 - 40, y0 - 40], [x1 + 80, (y0 + y1) / 2], [(x0 + x1) / 2, y1 + 80]] as const;
  let empty: readonly [number, number] | null = null;
  for (const spot of spots) {
    await page.mouse.move(spot[0], spot[1]);
    await nextFrame(page);
    if ((await session(page)).hover === null) {
      empty = spot;
      break;
    }
  }
  assert.ok(empty, 'an empty spot beside the block');
  const before = await pixelsIn(page, x0, y0, x1, y1);
  await page.mouse.move(empty[0], empty[1]);
  await page.mouse.down();
  await page.mouse.move(empty[0] + 100, empty[1] + 20, { steps: 5 });
  assert.equal(await page.getByTestId('box-select-3d').count(), 0, 'no box without Ctrl');
  await page.mouse.up();
  await cameraAtRest(page, [40, 24]);
  assert.deepEqual((await session(page)).selection, []);
  const orbited = changedShare(before, await pixelsIn(page, x0, y0, x1, y1));
  assert.ok(orbited > 0.05, `orbiting changed ${(orbited * 100).toFixed(0)} % of the view`);

  // the orbit moved the block on screen: measure the box again once the camera is still
  await cameraAtRest(page, [40, 24]);
  const after = await Promise.all(block.map((d) => clientPoint(page, d.at, 0.4)));
  const b0 = { x: Math.min(...after.map((p) => p.x)) - margin, y: Math.min(...after.map((p) => p.y)) - margin };
  const b1 = { x: Math.max(...after.map((p) => p.x)) + margin, y: Math.max(...after.map((p) => p.y)) + margin };

  // Ctrl+drag from the corner (empty floor) draws a dashed box and selects the desks inside
  await page.keyboard.down('Control');
  await page.mouse.move(b0.x, b0.y);
  await page.mouse.down();
  await page.mouse.move(b1.x, b1.y, { steps: 8 });
  const boxDiv = page.getByTestId('box-select-3d');
  assert.equal(await boxDiv.count(), 1, 'the box is drawn');
  const drawn = (await boxDiv.boundingBox())!;
  assert.ok(Math.abs(drawn.width - (b1.x - b0.x)) <= 2 && Math.abs(drawn.height - (b1.y - b0.y)) <= 2, `box ${JSON.stringify(drawn)}`);
  assert.ok(Math.abs(drawn.x - b0.x) <= 2 && Math.abs(drawn.y - b0.y) <= 2, 'the box lies where the drag is');
  await screenshot(page, 'box-select-3d-dragging');
  await page.mouse.up();
  await page.keyboard.up('Control');
  assert.equal(await boxDiv.count(), 0, 'the box is gone after release');
  const selected = (await session(page)).selection;
  const blockIds = block.map((d) => d.id);
  assert.deepEqual(blockIds.filter((id) => selected.includes(id)).sort(), [...blockIds].sort(), 'every desk of the block is selected');
  assert.ok(!selected.includes('s1'), 'the example desk is not');
  await settle(page);
  await screenshot(page, 'box-select-3d-selected');

  // Ctrl+Shift+drag round the example desk adds it
  const s1now = await clientPoint(page, [30, 30], 0.4);
  await page.keyboard.down('Control');
  await page.keyboard.down('Shift');
  await page.mouse.move(s1now.x - 40, s1now.y - 40);
  await page.mouse.down();
  await page.mouse.move(s1now.x + 40, s1now.y + 40, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await page.keyboard.up('Control');
  const added = (await session(page)).selection;
  assert.ok(added.includes('s1'), 'Shift adds the example desk');
  assert.equal(blockIds.filter((id) => added.includes(id)).length, 40, 'and keeps the block');

  // the rotation handle is drawn in 3D too, above the selection
  await screenshot(page, 'rotate-handle-3d');

  // and it turns the selection there: select the example desk alone, drag its knob a quarter turn
  await page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { select(ids: string[]): void } } } }).__callfloor.store.getState().select(['s1']));
  await settle(page);
  const knob3d = await knobIn3d(page, [30, 30.35]);
  const radius = knob3d.plan[1] - 30;
  const steps0 = await undoSteps(page);
  await page.mouse.move(knob3d.client.x, knob3d.client.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) {
    const a = ((90 - 9 * i) * Math.PI) / 180;
    const c = await clientPoint(page, [30 + radius * Math.cos(a), 30 + radius * Math.sin(a)]);
    await page.mouse.move(c.x, c.y);
  }
  assert.equal((await page.getByTestId('rotate-angle').innerText()).trim(), '−90°');
  await screenshot(page, 'rotate-handle-3d-dragging');
  await page.mouse.up();
  assert.equal((await desks(page)).find((d) => d.id === 's1')!.rotation, 270, 'turned in 3D');
  assert.equal(await undoSteps(page), steps0 + 1);
  await page.keyboard.press('Control+z');
  assert.equal((await desks(page)).find((d) => d.id === 's1')!.rotation, 0);
  assert.deepEqual(errors, []);
  await page.close();
});
