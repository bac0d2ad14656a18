// Browser tests of the floor editor with real pointer events and keyboard shortcuts: draw a glass
// wall and a door on it, place a 10 × 4 workstation array, undo / redo it, drag the selection
// (and cancel a drag with Esc), and trace a DXF underlay, hiding some of its layers. After each step the plan is read from
// the store and the screen from the canvas: the pixels where the change is must change.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/editor.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { canvasPixels, clientPoint, launch, nextFrame, openApp, screenshot } from './helpers.ts';

type Pt = [number, number];
interface Wall { id: string; a: Pt; b: Pt; kind: string }
interface Door { id: string; at: Pt; wall?: string }
interface Desk { id: string; at: Pt }
interface FloorView { walls: Wall[]; doors: Door[]; workstations: Desk[]; underlay?: { kind: string; visible: boolean; scale: number; origin: Pt; hiddenLayers?: string[] } }

const FLOOR = 'A-3F';
const PARAMS = { plan: '/samples/example.callfloor.json', floor: FLOOR, camera: 'plan' };
/** Wide enough that the stage keeps ~700 px beside the navigator, rule panel and editor panel. */
const VIEWPORT = { width: 1600, height: 900 };

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function floorOf(page: Page): Promise<FloorView> {
  return page.evaluate((id) => {
    const { plan } = (window as unknown as { __callfloor: { store: { getState(): { plan: { site: { buildings: { floors: (FloorView & { id: string })[] }[] } } } } } }).__callfloor.store.getState();
    const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
    return JSON.parse(JSON.stringify({ walls: floor.walls, doors: floor.doors, workstations: floor.workstations, underlay: floor.underlay })) as FloorView;
  }, FLOOR);
}

const undoSteps = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { history: { undo: unknown[] } } } } }).__callfloor.store.getState().history.undo.length);

async function clickAt(page: Page, p: Pt): Promise<void> {
  const c = await clientPoint(page, p);
  await page.mouse.click(c.x, c.y);
}

/** RGB of the canvas pixels inside the box spanned by two plan points (needs ?test=1). */
async function pixels(page: Page, a: Pt, b: Pt): Promise<number[]> {
  await nextFrame(page);
  const ca = await clientPoint(page, a);
  const cb = await clientPoint(page, b);
  return canvasPixels(page, ca.x, ca.y, cb.x, cb.y);
}

/** Share of pixels that differ clearly between two reads of the same region. */
function changedShare(before: number[], after: number[], threshold = 40): number {
  assert.equal(before.length, after.length);
  let changed = 0;
  for (let i = 0; i < before.length; i += 3) {
    if (Math.abs(before[i]! - after[i]!) + Math.abs(before[i + 1]! - after[i + 1]!) + Math.abs(before[i + 2]! - after[i + 2]!) > threshold) changed++;
  }
  return changed / (before.length / 3);
}

const near = (p: Pt, q: Pt, tolerance: number): boolean => Math.hypot(p[0] - q[0], p[1] - q[1]) <= tolerance;

test('draw a glass wall and a door, place a 10 × 4 array, undo / redo, drag the selection', async () => {
  const { page, errors } = await openApp(browser, PARAMS, VIEWPORT);
  await nextFrame(page);
  const start = await floorOf(page);
  assert.equal(start.workstations.length, 1, 'the example floor has one desk');

  // glass wall: W, choose glass in the tool options, click two points, Enter ends the chain
  await page.keyboard.press('w');
  await page.locator('select[name="wallKind"]').selectOption('glass');
  const wallBefore = await pixels(page, [26, 39.6], [44, 40.4]);
  await clickAt(page, [25, 40]);
  await clickAt(page, [45, 40]);
  await page.keyboard.press('Enter');
  const afterWall = await floorOf(page);
  assert.equal(afterWall.walls.length, start.walls.length + 1);
  const wall = afterWall.walls.find((w) => !start.walls.some((s) => s.id === w.id))!;
  assert.equal(wall.kind, 'glass');
  assert.ok(near(wall.a, [25, 40], 0.15) && near(wall.b, [45, 40], 0.15), `wall ${JSON.stringify(wall)}`);
  await screenshot(page, 'editor-wall-zh');
  const wallAfter = await pixels(page, [26, 39.6], [44, 40.4]);
  // glass is drawn faint (40 % opaque, pale blue on the zone's pale blue): a small colour step, one or two pixel rows
  const wallShare = changedShare(wallBefore, wallAfter, 6);
  assert.ok(wallShare > 0.05, `the wall changed ${(wallShare * 100).toFixed(0)} % of its strip`);

  // door on it: D, click on the wall
  await page.keyboard.press('d');
  await clickAt(page, [35, 40]);
  const afterDoor = await floorOf(page);
  assert.equal(afterDoor.doors.length, start.doors.length + 1);
  const door = afterDoor.doors.find((d) => !start.doors.some((s) => s.id === d.id))!;
  assert.equal(door.wall, wall.id, 'the door sits on the new wall');
  assert.ok(near(door.at, [35, 40], 0.15), `door at ${door.at.join(', ')}`);

  // workstation array: A, one click places rows × columns (4 × 10 by default) from the lower-left corner
  await page.keyboard.press('a');
  const arrayBox: [Pt, Pt] = [[33.2, 22.2], [46, 26.4]];
  const deskBefore = await pixels(page, ...arrayBox);
  await page.mouse.move(0, 0);
  await clickAt(page, [33, 22]);
  await page.keyboard.press('v');
  const placed = await floorOf(page);
  assert.equal(placed.workstations.length, 41, '1 + 10 × 4 desks');
  const added = placed.workstations.filter((w) => !start.workstations.some((s) => s.id === w.id));
  assert.ok(added.every((d) => d.at[0] > 33 && d.at[0] < 46.5 && d.at[1] > 22 && d.at[1] < 27), 'the new desks lie right of and above the click');
  const deskShare = changedShare(deskBefore, await pixels(page, ...arrayBox));
  assert.ok(deskShare > 0.3, `the array changed ${(deskShare * 100).toFixed(0)} % of its box`);
  await screenshot(page, 'editor-array-zh');

  // undo and redo the array (keyboard)
  const steps = await undoSteps(page);
  await page.keyboard.press('Control+z');
  assert.equal((await floorOf(page)).workstations.length, 1);
  const undoneShare = changedShare(deskBefore, await pixels(page, ...arrayBox));
  assert.ok(undoneShare < 0.02, `after undo the box is as before (${(undoneShare * 100).toFixed(1)} % differ)`);
  await page.keyboard.press('Control+Shift+z');
  assert.deepEqual((await floorOf(page)).workstations, placed.workstations);
  assert.equal(await undoSteps(page), steps);

  // box-select the array from empty floor, then drag it 5 m north by one of its desks
  const a = await clientPoint(page, [32, 21.5]);
  const b = await clientPoint(page, [47.5, 27.8]);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
  const selection = await page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { session: { selection: string[] } } } } }).__callfloor.store.getState().session.selection);
  assert.deepEqual(added.map((d) => d.id).filter((id) => selection.includes(id)).length, 40, 'the box selects the 40 new desks');

  const grip = added[0]!.at;
  const target: [Pt, Pt] = [[33.2, 27.2], [46, 31.4]];
  const targetBefore = await pixels(page, ...target);
  const g0 = await clientPoint(page, grip);
  const g1 = await clientPoint(page, [grip[0], grip[1] + 5]);
  await page.mouse.move(g0.x, g0.y);
  await page.mouse.down();
  await page.mouse.move(g1.x, g1.y, { steps: 8 });
  // mid-drag: the plan is untouched, the screen already shows the desks at the new place
  assert.deepEqual((await floorOf(page)).workstations, placed.workstations, 'no plan change during the drag');
  const midShare = changedShare(targetBefore, await pixels(page, ...target));
  assert.ok(midShare > 0.3, `mid-drag the target box changed ${(midShare * 100).toFixed(0)} %`);
  await page.mouse.up();
  const moved = await floorOf(page);
  const deltas = added.map((d) => {
    const now = moved.workstations.find((w) => w.id === d.id)!;
    return [Math.round((now.at[0] - d.at[0]) * 1000) / 1000, Math.round((now.at[1] - d.at[1]) * 1000) / 1000];
  });
  const [dx, dy] = deltas[0]!;
  assert.ok(deltas.every(([x, y]) => x === dx && y === dy), 'every selected desk moved by the same offset');
  assert.ok(Math.abs(dx!) <= 0.2 && Math.abs(dy! - 5) <= 0.2, `moved by (${dx}, ${dy})`);
  assert.equal(await undoSteps(page), steps + 1, 'one undo step for the drag');
  assert.equal(moved.workstations.find((w) => w.id === start.workstations[0]!.id)!.at.join(), start.workstations[0]!.at.join(), 'the unselected desk stayed');
  await screenshot(page, 'editor-dragged-zh');

  // Esc during a drag: everything goes back, no step is added
  const h0 = await clientPoint(page, [grip[0] + dx!, grip[1] + dy!]);
  await page.mouse.move(h0.x, h0.y);
  await page.mouse.down();
  await page.mouse.move(h0.x + 60, h0.y, { steps: 4 });
  await page.keyboard.press('Escape');
  await page.mouse.up();
  assert.deepEqual((await floorOf(page)).workstations, moved.workstations);
  assert.equal(await undoSteps(page), steps + 1);

  assert.deepEqual(errors, []);
  await page.close();
});

/** A small DXF in millimetres: a 20 m × 10 m rectangle (LWPOLYLINE), a diagonal LINE and a CIRCLE. */
function smallDxf(): string {
  const groups: [number, string | number][] = [
    [0, 'SECTION'], [2, 'HEADER'], [9, '$INSUNITS'], [70, 4], [0, 'ENDSEC'],
    [0, 'SECTION'], [2, 'ENTITIES'],
    [0, 'LWPOLYLINE'], [8, 'WALL'], [90, 4], [70, 1], [10, 0], [20, 0], [10, 20000], [20, 0], [10, 20000], [20, 10000], [10, 0], [20, 10000],
    [0, 'LINE'], [8, 'AXIS'], [10, 0], [20, 0], [30, 0], [11, 20000], [21, 10000], [31, 0],
    [0, 'CIRCLE'], [8, 'COLUMN'], [10, 10000], [20, 5000], [30, 0], [40, 2000],
    [0, 'ENDSEC'], [0, 'EOF'],
  ];
  return `${groups.map(([c, v]) => `${c}\n${v}`).join('\n')}\n`;
}

test('a DXF underlay is loaded from the panel, drawn under the floor, faded and hidden as undoable steps', async () => {
  const { page, errors } = await openApp(browser, { ...PARAMS, lang: 'en' }, VIEWPORT);
  await nextFrame(page);
  await page.locator('[data-panel="underlay"]').click();
  // the drawing lands with its lower-left corner on the floor's (20.2, 20.2), at 1 mm per unit:
  // the diagonal runs to (40.2, 30.2), the circle is about (30.2, 25.2)
  const box: [Pt, Pt] = [[21, 21], [39.5, 29.5]];
  const before = await pixels(page, ...box);
  await page.getByTestId('underlay-file').setInputFiles({ name: 'trace.dxf', mimeType: 'application/dxf', buffer: Buffer.from(smallDxf()) });
  await page.waitForFunction(() => document.querySelector('[data-testid="underlay-summary"]') !== null);
  const floor = await floorOf(page);
  assert.equal(floor.underlay?.kind, 'dxf');
  assert.equal(floor.underlay?.scale, 0.001);
  assert.ok(near(floor.underlay!.origin, [20.2, 20.2], 1e-9));
  // 4 polyline edges + 1 line + 32 circle chords
  assert.match(await page.getByTestId('underlay-summary').innerText(), /37 segments, 3 layers/);
  const drawn = changedShare(before, await pixels(page, ...box));
  assert.ok(drawn > 0.01, `the lines changed ${(drawn * 100).toFixed(1)} % of the box`);
  await screenshot(page, 'editor-underlay-en');

  await page.locator('input[name="underlay-visible"]').uncheck();
  // shortcuts are ignored while a form field has the focus
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  assert.equal((await floorOf(page)).underlay?.visible, false);
  const hidden = changedShare(before, await pixels(page, ...box));
  assert.ok(hidden < drawn / 4, `hidden: ${(hidden * 100).toFixed(1)} % differ from the bare floor`);
  await page.keyboard.press('Control+z');
  assert.equal((await floorOf(page)).underlay?.visible, true, 'undo shows it again');
  await page.keyboard.press('Control+z');
  assert.equal((await floorOf(page)).underlay, undefined, 'a second undo removes it');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a DXF layer is ticked off in the underlay panel: stored on the plan, left out of the drawing, undoable', async () => {
  const { page, errors } = await openApp(browser, { ...PARAMS, lang: 'en' }, VIEWPORT);
  await nextFrame(page);
  await page.locator('[data-panel="underlay"]').click();
  // a stretch of the AXIS diagonal (from (20.2, 20.2) to (40.2, 30.2)) clear of the rectangle and the circle
  const diagonal: [Pt, Pt] = [[22, 21], [27, 23.8]];
  const bare = await pixels(page, ...diagonal);
  await page.getByTestId('underlay-file').setInputFiles({ name: 'trace.dxf', mimeType: 'application/dxf', buffer: Buffer.from(smallDxf()) });
  await page.waitForFunction(() => document.querySelector('[data-testid="underlay-summary"]') !== null);
  const withAxis = await pixels(page, ...diagonal);
  const lineShare = changedShare(bare, withAxis);
  assert.ok(lineShare > 0.01, `the diagonal changed ${(lineShare * 100).toFixed(1)} % of its box`);
  // the layer list: name, segment count and a ticked checkbox each
  const rows = await page.locator('[data-testid="underlay-layers"] li').evaluateAll((items) => items.map((li) => ({ layer: (li as HTMLElement).dataset['layer'], text: (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), ticked: (li.querySelector('input') as HTMLInputElement).checked })));
  assert.deepEqual(rows, [
    { layer: 'WALL', text: 'WALL 4', ticked: true },
    { layer: 'AXIS', text: 'AXIS 1', ticked: true },
    { layer: 'COLUMN', text: 'COLUMN 32', ticked: true },
  ]);
  const steps = await undoSteps(page);

  await page.locator('[data-layer="AXIS"] input').uncheck();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  assert.deepEqual((await floorOf(page)).underlay?.hiddenLayers, ['AXIS']);
  assert.equal(await undoSteps(page), steps + 1, 'one undo step');
  assert.match(await page.getByTestId('underlay-summary').innerText(), /37 segments, 3 layers.*shown: 36 segments/);
  const withoutAxis = await pixels(page, ...diagonal);
  const gone = changedShare(withAxis, withoutAxis);
  assert.ok(gone > lineShare / 2, `hiding AXIS changed ${(gone * 100).toFixed(1)} % of the box (the line had ${(lineShare * 100).toFixed(1)} %)`);
  const left = changedShare(bare, withoutAxis);
  assert.ok(left < lineShare / 4, `without AXIS ${(left * 100).toFixed(1)} % differ from the bare floor`);
  await screenshot(page, 'editor-underlay-layer-off-en');

  // hide all, then show all: one step each
  const whole: [Pt, Pt] = [[21, 21], [39.5, 29.5]];
  const allShown = await pixels(page, ...whole);
  await page.getByTestId('underlay-layers-hide-all').click();
  assert.deepEqual((await floorOf(page)).underlay?.hiddenLayers, ['AXIS', 'WALL', 'COLUMN']);
  // (thin lines in a box of the plan: a few tenths of a per cent of its pixels)
  assert.ok(changedShare(allShown, await pixels(page, ...whole)) > 0.003, 'hiding all layers changed the drawing');
  await page.getByTestId('underlay-layers-show-all').click();
  assert.equal((await floorOf(page)).underlay?.hiddenLayers, undefined, 'show all removes the list');
  assert.equal(await undoSteps(page), steps + 3);

  // undo: all hidden, then AXIS alone hidden, then every layer drawn again as at first
  await page.keyboard.press('Control+z');
  assert.deepEqual((await floorOf(page)).underlay?.hiddenLayers, ['AXIS', 'WALL', 'COLUMN']);
  await page.keyboard.press('Control+z');
  assert.deepEqual((await floorOf(page)).underlay?.hiddenLayers, ['AXIS']);
  await page.keyboard.press('Control+z');
  assert.equal((await floorOf(page)).underlay?.hiddenLayers, undefined);
  assert.ok(await page.locator('[data-layer="AXIS"] input').isChecked(), 'the checkbox follows undo');
  const back = changedShare(withAxis, await pixels(page, ...diagonal));
  assert.ok(back < lineShare / 4, `after undo the diagonal is drawn again (${(back * 100).toFixed(1)} % differ)`);
  assert.deepEqual(errors, []);
  await page.close();
});
