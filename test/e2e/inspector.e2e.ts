// Browser tests of the properties panel (inspector): an end point typed into it lands in the plan
// exactly; bad text and refused values change nothing and say why in place; Esc puts a typed
// value back; a zone's use is picked from a list; an element removed by undo leaves the panel;
// a delete of more than 100 elements asks first (Esc: no, Enter: yes). Screenshots in both languages.
// Run: npx vite build --outDir /tmp/inspector-dist && npx vite preview --port 4185 --outDir /tmp/inspector-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4185 npx tsx --test test/e2e/inspector.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, openApp, screenshot, waitForView } from './helpers.ts';

type Pt = [number, number];
interface FloorData {
  outline: Pt[];
  walls: { id: string; a: Pt; b: Pt; kind: string }[];
  doors: { id: string; wall?: string }[];
  zones: { id: string; use: string; name: string }[];
  extinguishers: { id: string; at: Pt }[];
  workstations: { id: string }[];
}
interface Hooked {
  __callfloor: {
    store: {
      getState(): {
        plan: { site: { buildings: { floors: (FloorData & { id: string })[] }[] } };
        session: { selection: string[] };
        history: { undo: unknown[] };
        select(ids: string[]): void;
      };
    };
  };
}

const FLOOR = 'A-3F';
const VIEWPORT = { width: 1600, height: 900 };
const inspector = (page: Page) => page.locator('[data-testid="inspector"]');

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function floorOf(page: Page): Promise<FloorData> {
  return page.evaluate((id) => {
    const { plan } = (window as unknown as Hooked).__callfloor.store.getState();
    const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!;
    const { outline, walls, doors, zones, extinguishers, workstations } = floor;
    return JSON.parse(JSON.stringify({ outline, walls, doors, zones, extinguishers, workstations })) as FloorData;
  }, FLOOR);
}

const select = (page: Page, ids: string[]) => page.evaluate((list) => (window as unknown as Hooked).__callfloor.store.getState().select(list), ids);
const selection = (page: Page) => page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().session.selection);
const undoSteps = (page: Page) => page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().history.undo.length);
const blur = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

async function openInspector(lang: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, { floor: FLOOR, camera: 'plan', lang }, VIEWPORT);
  await waitForView(opened.page, `floor:${FLOOR}`);
  await opened.page.locator('[data-testid="tab-properties"]').first().click();
  await inspector(opened.page).waitFor();
  return opened;
}

async function done({ page, errors }: { page: Page; errors: string[] }): Promise<void> {
  await page.close();
  assert.deepEqual(errors, [], 'no page errors');
}

/** A wall with no door on it, so moving its end changes nothing else. */
async function plainWall(page: Page) {
  const floor = await floorOf(page);
  const wall = floor.walls.find((w) => !floor.doors.some((d) => d.wall === w.id));
  assert.ok(wall, 'A-3F has a wall without doors');
  return wall;
}

test('typed wall end, refusals in place, zone use list, undo leaves the panel (en)', async () => {
  const opened = await openInspector('en');
  const { page } = opened;
  const wall = await plainWall(page);
  await select(page, [wall.id]);
  const x1 = inspector(page).locator('input[name="ax"]');
  await x1.waitFor();
  assert.equal(Number(await x1.inputValue()), wall.a[0], 'the field shows the wall start x');

  // an exact value, typed and entered: the plan holds exactly that number
  const typed = (Math.round(wall.a[0] * 100) / 100 + 0.37).toFixed(2);
  await x1.fill(typed);
  await x1.press('Enter');
  let floor = await floorOf(page);
  let edited = floor.walls.find((w) => w.id === wall.id)!;
  assert.equal(edited.a[0], Number(typed), `a[0] is exactly ${typed}`);
  assert.equal(edited.a[1], wall.a[1]);
  assert.deepEqual(edited.b, wall.b);
  const serialized = await page.evaluate(() => JSON.stringify((window as unknown as Hooked).__callfloor.store.getState().plan));
  assert.ok(serialized.includes(`"a":[${Number(typed)},${wall.a[1]}]`), 'the saved JSON carries the typed number as typed');
  const steps = await undoSteps(page);

  // text that is not a number: a message in place, nothing changes
  await x1.fill('12..5');
  await x1.press('Enter');
  await inspector(page).locator('.field-error').getByText('Type a number').waitFor();
  assert.equal(await x1.getAttribute('aria-invalid'), 'true');
  // Esc puts the shown value back and clears the message
  await x1.press('Escape');
  assert.equal(await x1.inputValue(), typed);
  assert.equal(await inspector(page).locator('.field-error').count(), 0);
  assert.equal(await undoSteps(page), steps, 'no edit was made');
  floor = await floorOf(page);
  edited = floor.walls.find((w) => w.id === wall.id)!;
  assert.equal(edited.a[0], Number(typed));

  // the wall's kind is a list of translated kinds
  const kinds = await inspector(page).locator('select[name="kind"] option').allTextContents();
  assert.deepEqual(kinds, ['Solid wall', 'Glass partition', 'Fire wall', 'Fire partition']);
  await screenshot(page, 'inspector-wall-en');

  // an extinguisher typed off the floor: refused, named, in place
  if (floor.extinguishers.length) {
    const x = floor.extinguishers[0]!;
    await select(page, [x.id]);
    const ax = inspector(page).locator('input[name="atx"]');
    await ax.waitFor();
    await ax.fill(String(Math.max(...floor.outline.map((p) => p[0])) + 50));
    await ax.press('Enter');
    await inspector(page).locator('.field-error').getByText('An extinguisher must stay on the floor').waitFor();
    assert.deepEqual((await floorOf(page)).extinguishers[0]!.at, x.at, 'the extinguisher did not move');
    await screenshot(page, 'inspector-refusal-en');
    await ax.press('Escape');
  }

  // a zone's use, picked from the list
  const zone = floor.zones[0]!;
  await select(page, [zone.id]);
  const use = inspector(page).locator('select[name="use"]');
  await use.waitFor();
  const next = zone.use === 'meeting' ? 'training' : 'meeting';
  await use.selectOption(next);
  assert.equal((await floorOf(page)).zones.find((z) => z.id === zone.id)!.use, next);
  assert.equal(await use.locator('option:checked').textContent(), next === 'meeting' ? 'Meeting room' : 'Training room');
  await blur(page);

  // duplicate the wall (the copy is selected and shown), then undo: the copy leaves the panel
  await select(page, [wall.id]);
  await inspector(page).locator('input[name="ax"]').waitFor();
  await blur(page);
  await page.keyboard.press('Control+d');
  const copy = (await selection(page))[0]!;
  assert.notEqual(copy, wall.id, 'the copy is selected');
  await inspector(page).locator('code', { hasText: copy }).waitFor();
  await page.keyboard.press('Control+z');
  assert.equal((await floorOf(page)).walls.some((w) => w.id === copy), false, 'undo removed the copy');
  assert.deepEqual(await selection(page), []);
  await inspector(page).getByText('Nothing selected').waitFor();
  assert.equal(await inspector(page).locator('code', { hasText: copy }).count(), 0);
  await done(opened);
});

test('a delete of more than 100 elements asks first (en)', async () => {
  const opened = await openInspector('en');
  const { page } = opened;
  const before = await floorOf(page);
  assert.ok(before.workstations.length > 100, 'A-3F has more than 100 desks');
  await select(page, before.workstations.map((w) => w.id));
  await blur(page);
  await page.keyboard.press('Delete');
  const dialog = page.locator('[data-testid="confirm-delete"]');
  await dialog.waitFor();
  const count = before.workstations.length;
  assert.equal(await dialog.locator('h2').textContent(), `Delete ${count} elements?`);
  await screenshot(page, 'confirm-delete-en');
  // Esc: no
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await floorOf(page)).workstations.length, count, 'nothing deleted');
  assert.equal((await selection(page)).length, count, 'the selection is kept');
  // Enter: yes, one undo step
  const steps = await undoSteps(page);
  await page.keyboard.press('Delete');
  await dialog.waitFor();
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal((await floorOf(page)).workstations.length, 0);
  assert.equal(await undoSteps(page), steps + 1);
  await page.keyboard.press('Control+z');
  assert.equal((await floorOf(page)).workstations.length, count);
  await done(opened);
});

test('the panel, the tool hint and the question in Chinese', async () => {
  const opened = await openInspector('zh-CN');
  const { page } = opened;
  const wall = await plainWall(page);
  await select(page, [wall.id]);
  await inspector(page).locator('input[name="ax"]').waitFor();
  assert.equal(await inspector(page).locator('select[name="kind"] option:checked').textContent(), { solid: '实墙', glass: '玻璃隔断', fire: '防火墙', 'fire-partition': '防火隔墙' }[wall.kind]);
  await screenshot(page, 'inspector-wall-zh');
  const floor = await floorOf(page);
  await select(page, [floor.zones[0]!.id]);
  await inspector(page).locator('select[name="use"]').waitFor();
  await screenshot(page, 'inspector-zone-zh');
  // the array tool's hint says what it does
  await page.locator('[data-tool="workstationArray"]').click();
  assert.match((await page.locator('[data-testid="tool-hint"]').textContent()) ?? '', /阵列随指针移动/);
  await page.locator('[data-tool="select"]').click();
  await select(page, floor.workstations.map((w) => w.id));
  await blur(page);
  await page.keyboard.press('Delete');
  const dialog = page.locator('[data-testid="confirm-delete"]');
  await dialog.waitFor();
  assert.equal(await dialog.locator('h2').textContent(), `删除 ${floor.workstations.length} 个元素？`);
  await screenshot(page, 'confirm-delete-zh');
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  await done(opened);
});
