// Browser test of snapping to a DXF underlay: a small drawing (millimetres, corners at odd
// coordinates off the 0.1 m grid) is loaded through the underlay panel's file input on floor A-3F;
// with the wall tool the pointer goes near a drawing corner, the marker and its label say
// "Endpoint (drawing)", and the two clicks store a wall whose ends are exactly the drawing points
// moved onto the plan by the underlay's placement (origin + scale · p, turned by its rotation).
// The marker is screenshotted in English and Chinese.
// Run: npx vite build --outDir /tmp/snapdxf-dist && vite preview --port 4184 --outDir /tmp/snapdxf-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4184 npx tsx --test test/e2e/drawingSnap.e2e.ts
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { SHOTS_DIR, clientPoint, launch, nextFrame, openApp, screenshot } from './helpers.ts';

type Pt = [number, number];
interface Wall { id: string; a: Pt; b: Pt }
interface Placement { origin: Pt; scale: number; rotation: number }

const FLOOR = 'A-3F';
const PARAMS = { plan: '/samples/example.callfloor.json', floor: FLOOR, camera: 'plan' };
const VIEWPORT = { width: 1600, height: 900 };
/** Drawing points (mm) the wall runs between: the frame's upper right corner and the end of a diagonal. */
const CORNER: Pt = [15432.1, 9876.5];
const DIAGONAL_END: Pt = [12000.7, 8000.3];
const DIAGONAL_START: Pt = [3333.3, 4444.4];

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A DXF in millimetres: a frame (LWPOLYLINE) with odd corner coordinates and a diagonal LINE inside it. */
function drawingDxf(): string {
  const groups: [number, string | number][] = [
    [0, 'SECTION'], [2, 'HEADER'], [9, '$INSUNITS'], [70, 4], [0, 'ENDSEC'],
    [0, 'SECTION'], [2, 'ENTITIES'],
    [0, 'LWPOLYLINE'], [8, 'WALL'], [90, 4], [70, 1], [10, 1234.5], [20, 2345.6], [10, CORNER[0]], [20, 2345.6], [10, CORNER[0]], [20, CORNER[1]], [10, 1234.5], [20, CORNER[1]],
    [0, 'LINE'], [8, 'AXIS'], [10, DIAGONAL_START[0]], [20, DIAGONAL_START[1]], [30, 0], [11, DIAGONAL_END[0]], [21, DIAGONAL_END[1]], [31, 0],
    [0, 'ENDSEC'], [0, 'EOF'],
  ];
  return `${groups.map(([c, v]) => `${c}\n${v}`).join('\n')}\n`;
}

function floorState(page: Page): Promise<{ walls: Wall[]; underlay?: Placement & { kind: string } }> {
  return page.evaluate((id) => {
    const { plan } = (window as unknown as { __callfloor: { store: { getState(): { plan: { site: { buildings: { floors: { id: string; walls: Wall[]; underlay?: Placement & { kind: string } }[] }[] } } } } } }).__callfloor.store.getState();
    const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
    return JSON.parse(JSON.stringify({ walls: floor.walls, underlay: floor.underlay })) as { walls: Wall[]; underlay?: Placement & { kind: string } };
  }, FLOOR);
}

/** The underlay's placement, as src/floorplan/underlay/transform.ts computes it (the same operations, in the same order). */
function toPlan(u: Placement, p: Pt): Pt {
  const r = (u.rotation * Math.PI) / 180;
  const x = p[0] * u.scale;
  const y = p[1] * u.scale;
  return [u.origin[0] + (x * Math.cos(r) - y * Math.sin(r)), u.origin[1] + (x * Math.sin(r) + y * Math.cos(r))];
}

async function moveNear(page: Page, p: Pt): Promise<void> {
  const c = await clientPoint(page, p);
  // a few pixels off the point: the snap brings it back
  await page.mouse.move(c.x + 3, c.y - 2, { steps: 3 });
}

async function closeup(page: Page, name: string, at: Pt): Promise<void> {
  await nextFrame(page);
  const c = await clientPoint(page, at);
  const x = Math.max(0, c.x - 160);
  const y = Math.max(0, c.y - 110);
  await page.screenshot({ path: join(SHOTS_DIR, `${name}-closeup.png`), clip: { x, y, width: 420, height: 240 } });
}

async function traceWall(lang: 'en' | 'zh-CN', label: RegExp): Promise<void> {
  const { page, errors } = await openApp(browser, { ...PARAMS, lang }, VIEWPORT);
  await nextFrame(page);
  await page.locator('[data-panel="underlay"]').click();
  await page.getByTestId('underlay-file').setInputFiles({ name: 'trace.dxf', mimeType: 'application/dxf', buffer: Buffer.from(drawingDxf()) });
  await page.waitForFunction(() => document.querySelector('[data-testid="underlay-summary"]') !== null);
  const start = await floorState(page);
  assert.equal(start.underlay?.kind, 'dxf');
  const corner = toPlan(start.underlay!, CORNER);
  const diagonalEnd = toPlan(start.underlay!, DIAGONAL_END);

  await page.keyboard.press('w');
  const option = page.locator('input[name="snapDrawing"]');
  assert.equal(await option.isChecked(), true, '"Snap to drawing" is on with a drawing shown');

  // before the first point: the marker and its label beside the pointer
  await moveNear(page, corner);
  const tag = page.getByTestId('snap-label');
  await tag.waitFor({ state: 'visible' });
  assert.match(await tag.innerText(), label);
  assert.equal(await tag.getAttribute('data-kind'), 'endpoint');
  await screenshot(page, `drawing-snap-${lang}`);
  await closeup(page, `drawing-snap-${lang}`, corner);
  const first = await clientPoint(page, corner);
  await page.mouse.click(first.x + 3, first.y - 2);

  // while drawing: the dynamic input names it
  await moveNear(page, diagonalEnd);
  assert.match(await page.getByTestId('dynamic-input-snap').innerText(), label);
  await closeup(page, `drawing-snap-drawing-${lang}`, diagonalEnd);
  const second = await clientPoint(page, diagonalEnd);
  await page.mouse.click(second.x + 3, second.y - 2);
  await page.keyboard.press('Enter');

  const after = await floorState(page);
  assert.equal(after.walls.length, start.walls.length + 1);
  const wall = after.walls.find((w) => !start.walls.some((s) => s.id === w.id))!;
  assert.deepEqual(wall.a, corner, `the wall starts exactly on the drawing's corner (${corner.join(', ')})`);
  assert.deepEqual(wall.b, diagonalEnd, `the wall ends exactly on the diagonal's end (${diagonalEnd.join(', ')})`);
  // off the 0.1 m grid: the drawing, not the grid, placed them
  assert.notEqual(Math.round(wall.a[0] * 10) / 10, wall.a[0]);

  // with the option off, the same pointer lands on the grid
  await page.keyboard.press('w');
  await option.uncheck();
  await moveNear(page, toPlan(start.underlay!, DIAGONAL_START));
  assert.equal(await page.getByTestId('snap-label').count(), 0, 'no drawing label with the option off');
  assert.deepEqual(errors, []);
  await page.close();
}

test('the wall tool snaps to a DXF underlay: marker, label, exact wall ends (English)', async () => {
  await traceWall('en', /^Endpoint \(drawing\)$/);
});

test('the same in Chinese: 端点（底图）', async () => {
  await traceWall('zh-CN', /^端点（底图）$/);
});
