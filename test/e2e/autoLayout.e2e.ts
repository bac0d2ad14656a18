// Browser test of the Auto-layout tab on floor A-3F of the sample park (466 seats): run the
// search (in a worker: the page answers meanwhile), see the three variants with seats and what
// binds, apply the first as one command, find the header's seats and the checks panel agree
// (no failing finding of the layout rules, no more failing findings than before), and undo
// restores the hand-made desks. Screenshots in both languages.
// Run: npx vite build --outDir /tmp/autolayout-dist && npx vite preview --port 4189 --outDir /tmp/autolayout-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4189 npx tsx --test test/e2e/autoLayout.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, screenshot, waitForChecks, waitForView } from './helpers.ts';

const FLOOR = 'A-3F';
const VIEWPORT = { width: 1440, height: 900 };
/** rules whose findings desks can change */
const LAYOUT_RULES = ['fire.seat-access', 'fire.travel-distance', 'fire.common-path', 'fire.egress-width', 'fire.exit-count', 'vent.fresh-air', 'space.desk-column', 'zoning.seat-in-zone', 'fire.corridor-width'];

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function pickTab(page: Page, panel: string): Promise<void> {
  const tab = page.locator(`[data-testid="dock-right"] .dock-tabs:not(.dock-tabs--vertical) [data-panel="${panel}"]`);
  if ((await tab.count()) === 0 || (await tab.getAttribute('aria-selected')) !== 'true') await page.locator(`[data-testid="dock-right"] [data-panel="${panel}"]`).first().click();
}

async function open(page: Page, lang: string): Promise<void> {
  await page.goto(`${BASE_URL}/?test=1&floor=${FLOOR}&camera=plan&lang=${lang}`);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, `floor:${FLOOR}`);
}

const floorSeats = (page: Page) =>
  page.evaluate((floorId) => {
    const plan = (window as unknown as { __callfloor: { store: { getState(): { plan: { site: { buildings: { floors: { id: string; workstations: unknown[] }[] }[] } } } } } }).__callfloor.store.getState().plan;
    return plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId)!.workstations.length;
  }, FLOOR);

async function failing(page: Page): Promise<{ total: number; layout: string[] }> {
  await pickTab(page, 'checks');
  await waitForChecks(page);
  return page.evaluate((rules) => {
    const panel = document.querySelector('[data-testid="rule-panel"]')!;
    const layout = [...panel.querySelectorAll<HTMLElement>('[data-rule][data-status="fail"]')].map((e) => e.dataset['rule']!).filter((r) => rules.includes(r));
    const total = Number(document.querySelector('[data-testid="checks-failing"]')?.textContent ?? '0');
    return { total, layout };
  }, LAYOUT_RULES);
}

test('auto-layout A-3F: run, see variants, apply as one command, checks hold, undo restores', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, 'en');
  assert.equal(await floorSeats(page), 466);
  const before = await failing(page);
  assert.deepEqual(before.layout, [], 'the hand-made layout fails no layout rule');

  await pickTab(page, 'layout');
  await page.getByTestId('auto-layout-panel').waitFor();
  assert.match(await page.getByTestId('layout-now').innerText(), /456 seats/);
  await page.getByTestId('layout-run').click();
  await page.getByTestId('layout-progress').waitFor();
  // the page answers while the worker searches
  const t0 = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  assert.ok(Date.now() - t0 < 1000, 'a frame is drawn while the search runs');
  await page.getByTestId('layout-result').waitFor({ timeout: 120_000 });
  const most = page.getByTestId('layout-variant-most-seats');
  const seats = Number(await most.getAttribute('data-seats'));
  assert.ok(seats >= 456, `the most-seats variant seats ${seats}, at least the 456 of the call area now`);
  assert.equal(await most.getAttribute('data-passes'), '1');
  assert.match(await most.innerText(), /fresh air limits zone 话务二区 to \d+ persons/);
  for (const id of ['comfortable', 'fewest-changes']) await page.getByTestId(`layout-variant-${id}`).waitFor();
  await screenshot(page, 'auto-layout-en');

  await page.getByTestId('layout-apply').click();
  await page.getByTestId('layout-message').waitFor();
  assert.equal(await floorSeats(page), seats + 10, 'the call area holds the variant; the 10 management desks stay');
  assert.equal(Number((await page.getByTestId('seat-count').innerText()).replace(/\D/g, '')), seats + 10, "the header's seats of the floor");
  const afterApply = await failing(page);
  assert.deepEqual(afterApply.layout, [], 'no failing finding of a layout rule after applying');
  assert.ok(afterApply.total <= before.total, `failing findings ${afterApply.total} ≤ ${before.total} before`);
  await screenshot(page, 'auto-layout-applied-en');

  // one undo step restores the hand-made desks
  await page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { undo(): void } } } }).__callfloor.store.getState().undo());
  assert.equal(await floorSeats(page), 466);
  assert.equal(Number((await page.getByTestId('seat-count').innerText()).replace(/\D/g, '')), 466);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the panel in Chinese', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await open(page, 'zh-CN');
  await pickTab(page, 'layout');
  await page.getByTestId('auto-layout-panel').waitFor();
  assert.match(await page.getByTestId('auto-layout-panel').innerText(), /自动布置/);
  await page.getByTestId('layout-run').click();
  await page.getByTestId('layout-result').waitFor({ timeout: 120_000 });
  assert.match(await page.getByTestId('layout-variant-most-seats').innerText(), /新风量限制分区「话务二区」至 \d+ 人/);
  await screenshot(page, 'auto-layout-zh');
  await context.close();
});

test('with services (zh-CN): luminaires and outlets placed, fresh air no longer binds, one undo step', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, 'zh-CN');
  const fixtures = () =>
    page.evaluate((floorId) => {
      const plan = (window as unknown as { __callfloor: { store: { getState(): { plan: { site: { buildings: { floors: { id: string; luminaires: { id: string }[]; airTerminals: { id: string }[] }[] }[] } } } } } }).__callfloor.store.getState().plan;
      const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId)!;
      return { luminaires: floor.luminaires.length, outlets: floor.airTerminals.length, placed: floor.airTerminals.filter((t) => t.id.startsWith(`${floorId}-ala-`)).length };
    }, FLOOR);
  const before = await fixtures();
  await pickTab(page, 'layout');
  await page.getByTestId('auto-layout-panel').waitFor();
  await page.getByTestId('layout-services').check();
  await page.getByTestId('layout-run').click();
  await page.getByTestId('layout-result').waitFor({ timeout: 180_000 });
  const most = page.getByTestId('layout-variant-most-seats');
  const seats = Number(await most.getAttribute('data-seats'));
  // without services fresh air holds the call area to 498 seats
  assert.ok(seats > 498, `with services the most-seats variant seats ${seats}, more than 498`);
  assert.equal(await most.getAttribute('data-passes'), '1');
  assert.doesNotMatch(await most.innerText(), /新风量限制/);
  assert.match(await page.getByTestId('layout-services-most-seats').innerText(), /灯具 \d+ 盏，新风口 \d+ 个/);
  await screenshot(page, 'auto-layout-services-zh');
  await page.getByTestId('layout-apply').click();
  await page.getByTestId('layout-message').waitFor();
  const applied = await fixtures();
  assert.ok(applied.placed > 0, 'the placed outlets are on the floor');
  assert.equal(await floorSeats(page), seats + 10);
  const afterApply = await failing(page);
  assert.deepEqual(afterApply.layout, [], 'no failing finding of a layout rule after applying');
  await page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { undo(): void } } } }).__callfloor.store.getState().undo());
  assert.deepEqual(await fixtures(), before, 'one undo restores the luminaires and outlets');
  assert.equal(await floorSeats(page), 466);
  assert.deepEqual(errors, []);
  await context.close();
});
