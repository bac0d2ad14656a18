// Browser tests of the building view: all floor slabs are one mesh and all zone fills another,
// so a 50-floor tower costs the same draw calls as the 6-floor sample building; hovering a floor
// highlights it and clicking it opens that floor.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/buildingView.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fetchPlan, launch, openApp, screenshot, stats, waitForView, type SamplePlan } from './helpers.ts';

const TOWER_PATH = '/tower/tower-50.callfloor.json';

let browser: Browser;
let plan: SamplePlan;

before(async () => {
  browser = await launch();
  plan = await fetchPlan();
});

after(async () => {
  await browser?.close();
});

type Building = Omit<SamplePlan['site']['buildings'][number], 'floors'> & { floors: (SamplePlan['site']['buildings'][number]['floors'][number] & { elevation: number })[] };

/** The sample's first building raised to 50 floors (its floors repeated, ids made unique). */
function towerOf(p: SamplePlan): { text: string; building: Building } {
  const source = p.site.buildings[0]! as Building;
  const floors = Array.from({ length: 50 }, (_, i) => {
    const level = i + 1;
    const floor = source.floors[i % source.floors.length]!;
    const renamed = JSON.parse(JSON.stringify(floor).replace(/"(id|wall)":"([^"]+)"/g, (_m, k: string, id: string) => `"${k}":"L${level}-${id}"`)) as typeof floor;
    return { ...renamed, level, name: `${level}F`, elevation: i * 3.9 };
  });
  const building: Building = { ...source, id: 'T', name: '塔楼 50F', height: 50 * 3.9, floors };
  return { text: JSON.stringify({ ...p, site: { ...p.site, buildings: [building] } }), building };
}

type Win = {
  __callfloor: {
    store: { getState(): { openBuilding(id: string): void; session: { hover: string | null } } };
    planToClient(p: [number, number], height?: number): { x: number; y: number } | null;
  };
};

async function openBuilding(page: Page, id: string): Promise<void> {
  await page.evaluate((b) => (window as unknown as Win).__callfloor.store.getState().openBuilding(b), id);
  await waitForView(page, `building:${id}`);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Moves up the building's front edge until the pointer is over a floor; returns where and which. */
async function hoverSomeFloor(page: Page, building: Building): Promise<{ x: number; y: number; floorId: string }> {
  const xs = building.footprint.map((q) => q[0]);
  const ys = building.footprint.map((q) => q[1]);
  const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
  const top = Math.max(...building.floors.map((f) => f.elevation));
  for (const y of [Math.min(...ys), Math.max(...ys)]) {
    for (let i = 1; i < 12; i++) {
      const h = (top * i) / 12;
      const at = await page.evaluate(([px, py, ph]) => (window as unknown as Win).__callfloor.planToClient([px, py], ph), [cx, y, h] as [number, number, number]);
      if (!at) continue;
      await page.mouse.move(at.x, at.y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const hover = await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().session.hover);
      if (hover && building.floors.some((f) => f.id === hover)) return { ...at, floorId: hover };
    }
  }
  throw new Error('no floor under the pointer anywhere on the front edge');
}

test('the building view draws all floors in a fixed number of calls; hover highlights a floor, a click opens it', async () => {
  const tower = towerOf(plan);
  const { page, errors } = await openApp(browser, { plan: '/samples/sample-park.callfloor.json' }, { width: 1400, height: 800 });
  await page.route(`**${TOWER_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: tower.text }));

  const sample = plan.site.buildings[0]!;
  await openBuilding(page, sample.id);
  const sampleCalls = (await stats(page)).drawCalls;

  // the same building with 50 floors, in the same page
  await page.goto(page.url().replace(/plan=[^&]+/, `plan=${encodeURIComponent(TOWER_PATH)}`));
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 60_000 });
  await openBuilding(page, 'T');
  const towerStats = await stats(page);
  console.log(`building view draw calls: ${sample.floors.length} floors ${sampleCalls}, 50 floors ${towerStats.drawCalls}`);
  assert.equal(towerStats.deskInstances, tower.building.floors.reduce((n, f) => n + f.workstations.length, 0));
  assert.equal(towerStats.drawCalls, sampleCalls, 'draw calls do not grow with the floors');
  assert.ok(towerStats.drawCalls <= 8, `${towerStats.drawCalls} draw calls for 50 floors`);

  const hovered = await hoverSomeFloor(page, tower.building);
  await page.locator(`.scene-label--hover[data-label="${hovered.floorId}"]`).waitFor({ timeout: 5_000 });
  await screenshot(page, 'building-50-hover');
  await page.mouse.click(hovered.x, hovered.y);
  await waitForView(page, `floor:${hovered.floorId}`);
  assert.deepEqual(errors, []);
  await page.close();
});
