// Issue 3's "done when", as one browser test through the real UI: a planner starts a blank
// project, draws a 60 × 30 m building (its floor's outline is the footprint, empty), then draws
// glass partitions and a fire wall, a meeting room, a call-work zone (话务区) and a rest zone,
// doors on the walls, two exits on the outline, 400 seats in back-to-back benches with aisles,
// a luminaire array, fresh-air terminals and extinguishers, only with toolbar buttons, the tool
// options panel, pointer events at plan points and keyboard shortcuts. After each step the plan
// is read from the store; then the array is undone and redone, and the plan and 3D views must
// draw what the plan holds. Prints how long the scenario took.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/floorScenario.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { clientPoint, launch, openApp, screenshot, stats, waitForView } from './helpers.ts';

type Pt = [number, number];
interface Wall { id: string; a: Pt; b: Pt; kind: string }
interface Door { id: string; at: Pt; wall?: string; fireRating?: string }
interface Exit { id: string; at: Pt; width: number; kind: string }
interface Zone { id: string; name: string; use: string; polygon: Pt[] }
interface Desk { id: string; at: Pt; rotation: number }
interface Device { id: string; at: Pt; freshAir?: number; rating?: string }
interface FloorView {
  id: string;
  outline: Pt[];
  walls: Wall[];
  doors: Door[];
  exits: Exit[];
  zones: Zone[];
  workstations: Desk[];
  luminaires: Device[];
  airTerminals: Device[];
  extinguishers: Device[];
}
interface Hooked {
  __callfloor: {
    store: {
      getState(): {
        plan: { site: { buildings: { id: string; footprint: Pt[]; floors: FloorView[] }[] } };
        history: { undo: unknown[]; redo: unknown[] };
        session: { level: string; floorId: string | null; camera: string };
      };
    };
  };
}

/** The floor's lower-left corner on the blank parcel (200 × 150 m); the floor is 60 × 30 m. */
const O: Pt = [20, 20];
const W = 60;
const D = 30;
/** A plan point from floor-local metres. */
const at = (x: number, y: number): Pt => [O[0] + x, O[1] + y];
const VIEWPORT = { width: 1600, height: 900 };
/** Close enough to where the pointer went (snapping is on: 0.1 m grid, endpoints, walls). */
const TOLERANCE = 0.15;

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const near = (p: Pt, q: Pt, tolerance = TOLERANCE): boolean => Math.hypot(p[0] - q[0], p[1] - q[1]) <= tolerance;

function buildings(page: Page) {
  return page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as Hooked).__callfloor.store.getState().plan.site.buildings)) as { id: string; footprint: Pt[]; floors: FloorView[] }[]);
}

async function floorOf(page: Page): Promise<FloorView> {
  const [building] = await buildings(page);
  assert.ok(building?.floors[0], 'the building has its floor');
  return building.floors[0];
}

const history = (page: Page): Promise<{ undo: number; redo: number }> =>
  page.evaluate(() => {
    const h = (window as unknown as Hooked).__callfloor.store.getState().history;
    return { undo: h.undo.length, redo: h.redo.length };
  });

async function tool(page: Page, id: string): Promise<void> {
  await page.locator(`[data-tool="${id}"]`).click();
}

/** Types a value into a tool option and leaves the field (shortcuts are ignored while it has the focus). */
async function option(page: Page, name: string, value: string | boolean): Promise<void> {
  const field = page.locator(`[data-testid="tool-options"] [name="${name}"]`);
  if (typeof value === 'boolean') await field.setChecked(value);
  else if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
  else await field.fill(value);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

/** Waits until the camera stands still (a view change animates it): two plan corners stay put on screen for 150 ms. */
async function steadyCamera(page: Page): Promise<void> {
  const deadline = Date.now() + 15_000;
  let last = '';
  let sameSince = Date.now();
  while (Date.now() < deadline) {
    const now = JSON.stringify(await Promise.all([clientPoint(page, at(0, 0)).catch(() => null), clientPoint(page, at(W, D)).catch(() => null)]));
    if (now !== last) {
      last = now;
      sameSince = Date.now();
    } else if (!now.includes('null') && Date.now() - sameSince >= 150) return;
    await page.waitForTimeout(30);
  }
  throw new Error('the camera did not settle');
}

async function clickAt(page: Page, p: Pt): Promise<void> {
  const c = await clientPoint(page, p);
  await page.mouse.click(c.x, c.y);
}

async function dragFrom(page: Page, a: Pt, b: Pt): Promise<void> {
  const ca = await clientPoint(page, a);
  const cb = await clientPoint(page, b);
  await page.mouse.move(ca.x, ca.y);
  await page.mouse.down();
  await page.mouse.move(cb.x, cb.y, { steps: 10 });
  await page.mouse.up();
}

/** Inserts the new elements of `after` against `before` (by id). */
function added<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const old = new Set(before.map((e) => e.id));
  return after.filter((e) => !old.has(e.id));
}

function box(points: readonly Pt[]): { minX: number; minY: number; maxX: number; maxY: number } {
  return {
    minX: Math.min(...points.map((p) => p[0])),
    minY: Math.min(...points.map((p) => p[1])),
    maxX: Math.max(...points.map((p) => p[0])),
    maxY: Math.max(...points.map((p) => p[1])),
  };
}

function sameRect(polygon: readonly Pt[], a: Pt, b: Pt): boolean {
  const r = box(polygon);
  return polygon.length === 4 && near([r.minX, r.minY], a) && near([r.maxX, r.maxY], b);
}

/** What the scene draws of the floor: desks, chairs and each kind of ceiling / floor marker. */
async function drawn(page: Page): Promise<{ desks: number; chairs: number; luminaires: number; airTerminals: number; extinguishers: number }> {
  // the counts are set when React commits the meshes; two animation frames are enough (nextFrame
  // waits for a render, and an idle on-demand canvas renders none)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const s = await stats(page);
  const instances = s.instances;
  return {
    desks: s.deskInstances,
    chairs: s.chairInstances,
    luminaires: instances['markers:luminaires'] ?? 0,
    airTerminals: instances['markers:airTerminals'] ?? 0,
    extinguishers: instances['markers:extinguishers'] ?? 0,
  };
}

test('a 60 × 30 m call floor is drawn from an empty outline through the UI, undone step by step, and shown alike in plan and 3D', async () => {
  const started = performance.now();
  const laps: [string, number][] = [];
  let lap = started;
  const mark = (name: string) => {
    const now = performance.now();
    laps.push([name, now - lap]);
    lap = now;
  };

  // a small plan first (not the 5,000-seat sample), then a new blank project from the projects drawer
  const { page, errors } = await openApp(browser, { plan: '/samples/example.callfloor.json', camera: 'plan', lang: 'zh-CN' }, VIEWPORT);
  await page.getByTestId('toggle-projects').click();
  await page.getByTestId('project-new-blank').click();
  await page.getByTestId('project-new-create').click(); // the form asks for the rule set: GB by default
  await page.waitForFunction(() => {
    const s = (window as unknown as Hooked).__callfloor.store.getState();
    return s.plan.site.buildings.length === 0 && s.session.level === 'park';
  }, undefined, { timeout: 20_000 });
  if ((await page.getByTestId('side-panel').count()) > 0) await page.getByTestId('toggle-projects').click();
  await waitForView(page, 'park');
  await steadyCamera(page);
  mark('blank project');

  // 1. the outline: a 60 × 30 m building footprint (B), its first floor takes it as outline
  await tool(page, 'building');
  for (const p of [at(0, 0), at(W, 0), at(W, D), at(0, D)]) await clickAt(page, p);
  await page.keyboard.press('Enter');
  const [building] = await buildings(page);
  assert.ok(building, 'a building was drawn');
  assert.equal(building.floors.length, 1);
  const outline = building.floors[0]!.outline;
  assert.ok(sameRect(outline, at(0, 0), at(W, D)), `outline ${JSON.stringify(outline)}`);
  const start = building.floors[0]!;
  for (const key of ['walls', 'doors', 'exits', 'zones', 'workstations', 'luminaires', 'airTerminals', 'extinguishers'] as const) assert.equal(start[key].length, 0, `${key} empty`);
  // open the new floor from the navigator: the building, then its floor
  await page.locator(`[data-building="${building.id}"]`).click();
  await page.locator(`[data-floor="${start.id}"]`).click();
  await waitForView(page, `floor:${start.id}|plan`);
  await steadyCamera(page);
  await screenshot(page, 'scenario-0-outline');
  mark('outline');

  // 2. a fire wall across the floor at x = 10 m (west strip | call floor), then glass partitions in the strip
  await tool(page, 'wall');
  await option(page, 'wallKind', 'fire');
  await clickAt(page, at(10, 0));
  await clickAt(page, at(10, D));
  await page.keyboard.press('Enter');
  await option(page, 'wallKind', 'glass');
  // meeting room front (y = 18) and rest room front (y = 10), each from the outline to the fire wall
  await clickAt(page, at(0, 18));
  await clickAt(page, at(10, 18));
  await page.keyboard.press('Enter');
  await clickAt(page, at(0, 10));
  await clickAt(page, at(10, 10));
  await page.keyboard.press('Enter');
  let floor = await floorOf(page);
  assert.equal(floor.walls.length, 3, JSON.stringify(floor.walls));
  const fire = floor.walls.find((w) => w.kind === 'fire');
  assert.ok(fire && near(fire.a, at(10, 0)) && near(fire.b, at(10, D)), `fire wall ${JSON.stringify(fire)}`);
  const glass = floor.walls.filter((w) => w.kind === 'glass');
  assert.equal(glass.length, 2);
  assert.ok(glass.some((w) => near(w.a, at(0, 18)) && near(w.b, at(10, 18))));
  assert.ok(glass.some((w) => near(w.a, at(0, 10)) && near(w.b, at(10, 10))));
  mark('walls');

  // 3. zones: meeting room, the call-work zone 话务区, a rest zone — rectangles, two clicks at opposite
  // corners each
  const zones: { name: string; use: string; a: Pt; b: Pt }[] = [
    { name: '会议室', use: 'meeting', a: at(0, 18), b: at(10, D) },
    { name: '话务区', use: 'work', a: at(W, 0), b: at(10, D) },
    { name: '休息区', use: 'rest', a: at(0, 0), b: at(10, 10) },
  ];
  await tool(page, 'zone');
  await option(page, 'zoneShape', 'rectangle');
  for (const z of zones) {
    await option(page, 'zoneUse', z.use);
    await option(page, 'zoneName', z.name);
    await clickAt(page, z.a);
    await clickAt(page, z.b);
  }
  floor = await floorOf(page);
  assert.equal(floor.zones.length, 3, JSON.stringify(floor.zones.map((z) => z.name)));
  for (const z of zones) {
    const made = floor.zones.find((x) => x.name === z.name);
    assert.ok(made, `zone ${z.name}`);
    assert.equal(made.use, z.use);
    const r = box([z.a, z.b]);
    assert.ok(sameRect(made.polygon, [r.minX, r.minY], [r.maxX, r.maxY]), `${z.name} ${JSON.stringify(made.polygon)}`);
  }
  mark('zones');

  // 4. doors: one in each glass front, a fire door (class A) in the fire wall at the corridor
  await tool(page, 'door');
  await clickAt(page, at(5, 18));
  await clickAt(page, at(5, 10));
  await option(page, 'fireRating', 'A');
  await option(page, 'doorWidth', '1.5');
  await clickAt(page, at(10, 14));
  floor = await floorOf(page);
  assert.equal(floor.doors.length, 3, JSON.stringify(floor.doors));
  const wallAt = (p: Pt) => floor.doors.find((d) => near(d.at, p))?.wall;
  assert.equal(wallAt(at(5, 18)), glass.find((w) => near(w.a, at(0, 18)))!.id);
  assert.equal(wallAt(at(5, 10)), glass.find((w) => near(w.a, at(0, 10)))!.id);
  assert.equal(wallAt(at(10, 14)), fire.id);
  assert.equal(floor.doors.find((d) => d.wall === fire.id)!.fireRating, 'A');
  mark('doors');

  // 5. two exits on the outline: west end of the corridor, east façade
  await tool(page, 'exit');
  await option(page, 'exitWidth', '1.8');
  await clickAt(page, at(0, 14));
  await clickAt(page, at(W, 15));
  floor = await floorOf(page);
  assert.equal(floor.exits.length, 2, JSON.stringify(floor.exits));
  assert.ok(floor.exits.some((e) => near(e.at, at(0, 14))) && floor.exits.some((e) => near(e.at, at(W, 15))));
  assert.ok(floor.exits.every((e) => e.width === 1.8 && e.kind === 'exterior'));
  mark('exits');

  // 6. 400 seats: a workstation array of 16 rows (8 back-to-back pairs) × 25 desks, an aisle after every 5
  await tool(page, 'workstationArray');
  await option(page, 'rows', '16');
  await option(page, 'columns', '25');
  await option(page, 'rowPitch', '3.2');
  await option(page, 'aisleEvery', '5');
  await option(page, 'aisleWidth', '1.4');
  await option(page, 'backToBack', true);
  const arrayAt = at(14, 3);
  const beforeArray = await history(page);
  await clickAt(page, arrayAt);
  floor = await floorOf(page);
  const seats = floor.workstations;
  assert.equal(seats.length, 400);
  assert.equal((await history(page)).undo, beforeArray.undo + 1, 'one undo step for the array');
  const seatBox = box(seats.map((s) => s.at));
  // desks 1.2 × 0.7: first centre 0.6 / 0.35 from the corner; 25 desks + 4 aisles of 1.4 = 35.6 m; 7 × 3.2 + 1.4 = 23.8 m deep
  assert.ok(near([seatBox.minX, seatBox.minY], [arrayAt[0] + 0.6, arrayAt[1] + 0.35]), JSON.stringify(seatBox));
  assert.ok(near([seatBox.maxX, seatBox.maxY], [arrayAt[0] + 35.6 - 0.6, arrayAt[1] + 23.8 - 0.35]), JSON.stringify(seatBox));
  // back to back: half the desks turned 180°; aisles: 4 gaps of 1.4 m between benches along x
  assert.equal(seats.filter((s) => s.rotation === 180).length, 200);
  const xs = [...new Set(seats.map((s) => Math.round(s.at[0] * 100) / 100))].sort((a, b) => a - b);
  const gaps = xs.slice(1).map((x, i) => Math.round((x - xs[i]!) * 100) / 100);
  assert.equal(xs.length, 25);
  assert.equal(gaps.filter((g) => g === 2.6).length, 4, `column gaps ${gaps.join(' ')}`);
  assert.ok(seats.every((s) => s.at[0] > O[0] + 10 && s.at[0] < O[0] + W && s.at[1] > O[1] && s.at[1] < O[1] + D), 'every seat in the call-work zone');
  await screenshot(page, 'scenario-1-seats');
  mark('workstation array');

  // 7. luminaires: drag over the whole floor at 2.4 m spacing (25 × 13), upper-left to lower-right corner
  await tool(page, 'luminaireArray');
  await option(page, 'spacing', '2.4');
  await dragFrom(page, at(0, D), at(W, 0));
  floor = await floorOf(page);
  assert.equal(floor.luminaires.length, 25 * 13);
  const lightBox = box(floor.luminaires.map((l) => l.at));
  assert.ok(near([lightBox.minX, lightBox.minY], at(1.2, 30 / 13 / 2), 0.05), JSON.stringify(lightBox));
  mark('luminaires');

  // 8. fresh air: 800 m³/h terminals, a 4 × 4 grid over the call floor and one in each room
  await tool(page, 'airTerminal');
  await option(page, 'freshAir', '800');
  const airPoints: Pt[] = [];
  for (const x of [16, 28, 40, 52]) for (const y of [4.5, 11.5, 18.5, 25.5]) airPoints.push(at(x, y));
  airPoints.push(at(5, 24), at(5, 5), at(5, 14));
  for (const p of airPoints) await clickAt(page, p);
  floor = await floorOf(page);
  assert.equal(floor.airTerminals.length, airPoints.length);
  assert.ok(floor.airTerminals.every((a) => a.freshAir === 800));
  assert.ok(airPoints.every((p) => floor.airTerminals.some((a) => near(a.at, p, 0.3))), 'each terminal where it was clicked');
  mark('fresh air');

  // 9. extinguishers (rating 3A), by the exits, the fire door and along the aisles
  await tool(page, 'extinguisher');
  await option(page, 'rating', '3A');
  const extinguisherPoints: Pt[] = [at(1, 13), at(59, 13.5), at(11, 12), at(11, 28), at(27.7, 1.2), at(41.7, 1.2), at(27.7, 28.5), at(41.7, 28.5), at(59, 2)];
  for (const p of extinguisherPoints) await clickAt(page, p);
  floor = await floorOf(page);
  assert.equal(floor.extinguishers.length, extinguisherPoints.length);
  assert.ok(floor.extinguishers.every((x) => x.rating === '3A'));
  mark('extinguishers');
  await tool(page, 'select');
  await page.mouse.move(5, 5);
  await screenshot(page, 'scenario-2-plan');

  // undo: the last step (one extinguisher) goes, then back to before the luminaires... the array itself
  const full = await floorOf(page);
  const steps = await history(page);
  // steps after the array: luminaires 1, fresh air n, extinguishers n
  const afterArray = 1 + airPoints.length + extinguisherPoints.length;
  for (let i = 0; i < afterArray; i++) await page.keyboard.press('Control+z');
  let undone = await floorOf(page);
  assert.equal(undone.extinguishers.length, 0);
  assert.equal(undone.airTerminals.length, 0);
  assert.equal(undone.luminaires.length, 0);
  assert.equal(undone.workstations.length, 400, 'the array is still there');
  await page.keyboard.press('Control+z');
  undone = await floorOf(page);
  assert.equal(undone.workstations.length, 0, 'undo removed the 400 seats');
  assert.equal(undone.exits.length, 2, 'earlier steps stay');
  assert.equal((await drawn(page)).desks, 0, 'the view draws no desk');
  await page.keyboard.press('Control+Shift+z');
  assert.equal((await floorOf(page)).workstations.length, 400, 'redo brings them back');
  for (let i = 0; i < afterArray; i++) await page.keyboard.press('Control+y');
  assert.deepEqual(await floorOf(page), full, 'redo restores the whole floor');
  assert.deepEqual(await history(page), steps);
  // every step: undo back to the empty outline (all but the building), then redo it all
  for (let i = 0; i < steps.undo - 1; i++) await page.keyboard.press('Control+z');
  const empty = await floorOf(page);
  assert.deepEqual(empty, start, 'undoing every step gives back the empty 60 × 30 m outline');
  for (let i = 0; i < steps.undo - 1; i++) await page.keyboard.press('Control+Shift+z');
  assert.deepEqual(await floorOf(page), full, 'and redoing every step the whole floor');
  mark('undo / redo');

  // the same floor in plan and 3D: what the views draw equals the plan
  const expected = { desks: 400, chairs: 400, luminaires: full.luminaires.length, airTerminals: full.airTerminals.length, extinguishers: full.extinguishers.length };
  const inPlan = await drawn(page);
  assert.deepEqual(inPlan, expected, 'plan view');
  await page.getByTestId('camera-3d').click();
  await waitForView(page, `floor:${start.id}|3d`);
  await steadyCamera(page);
  const in3d = await drawn(page);
  assert.deepEqual(in3d, expected, '3D view');
  await screenshot(page, 'scenario-3-3d');
  await page.getByTestId('camera-plan').click();
  await waitForView(page, `floor:${start.id}|plan`);
  assert.deepEqual(await drawn(page), expected, 'plan view again');
  assert.deepEqual(await floorOf(page), full, 'switching views changed nothing');
  mark('plan / 3D');

  const total = performance.now() - started;
  console.log(`floor scenario: ${(total / 1000).toFixed(1)} s in all — ${laps.map(([n, ms]) => `${n} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);
  console.log(`floor scenario: ${full.walls.length} walls, ${full.zones.length} zones, ${full.doors.length} doors, ${full.exits.length} exits, ${full.workstations.length} seats, ${full.luminaires.length} luminaires, ${full.airTerminals.length} fresh-air terminals, ${full.extinguishers.length} extinguishers; ${steps.undo} undo steps`);
  assert.deepEqual(errors, []);
  await page.close();
});
