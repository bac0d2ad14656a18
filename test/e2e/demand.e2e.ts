// Browser test of the Demand tab: on floor A-3F of the sample park (466 seats), enter the peak
// hour's calls, AHT, service level and shrinkage; see agents (Erlang C), agents with shrinkage,
// seats needed and the comparison with the floor's seats; a volume the floor cannot seat says
// "short by"; save, reload, and find the profile kept. Screenshots in both languages.
// Run: npx vite build --outDir /tmp/demand-dist && npx vite preview --port 4190 --outDir /tmp/demand-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4190 npx tsx --test test/e2e/demand.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, screenshot, waitForView, waitSaved } from './helpers.ts';

const FLOOR = 'A-3F';
const VIEWPORT = { width: 1440, height: 900 };

interface Hooked {
  __callfloor: {
    store: {
      getState(): {
        plan: { demand?: { id: string; name: string; scope: { floorId?: string }; intervals: { start: string; callsPerHour: number }[]; ahtSeconds: number; serviceLevel: { percent: number; seconds: number }; shrinkage: number }[]; site: { buildings: { floors: { id: string; workstations: unknown[] }[] }[] } };
      };
    };
  };
}

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function open(page: Page, lang: string): Promise<void> {
  await page.goto(`${BASE_URL}/?test=1&floor=${FLOOR}&camera=plan&lang=${lang}`);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, `floor:${FLOOR}`);
  // the dock keeps its tab across reloads: a click on the open tab would fold it
  const tab = page.locator('[data-testid="dock-right"] .dock-tabs:not(.dock-tabs--vertical) [data-panel="demand"]');
  if ((await tab.count()) === 0 || (await tab.getAttribute('aria-selected')) !== 'true') await page.locator('[data-testid="dock-right"] [data-panel="demand"]').first().click();
  await page.getByTestId('demand-panel').waitFor();
}

const text = (page: Page, id: string) => page.getByTestId(id).innerText();


test('enter demand for A-3F, see agents, seats and the comparison with its 466 seats; reload keeps the profile', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await open(page, 'en');

  const seatsOnFloor = await page.evaluate((id) => (window as unknown as Hooked).__callfloor.store.getState().plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === id)!.workstations.length, FLOOR);
  assert.equal(seatsOnFloor, 466);
  // a fresh plan has no profile: the form asks for the calls
  await page.getByTestId('demand-enter-calls').waitFor();

  await page.getByTestId('demand-name').fill('Hotline');
  await page.getByTestId('demand-interval-calls-0').fill('1200');
  await page.getByTestId('demand-aht').fill('280');
  await page.getByTestId('demand-slPercent').fill('80');
  await page.getByTestId('demand-slSeconds').fill('20');
  await page.getByTestId('demand-shrinkage').fill('30');
  // 1200 × 280 / 3600 = 93.33 Erlangs → 101 agents at 80/20 → ⌈101 / 0.7⌉ = 145; one 8 h shift (09–17) → 145 seats
  await page.getByTestId('demand-result').waitFor();
  assert.equal(await text(page, 'demand-traffic'), '93.33 Erlangs');
  assert.equal(await text(page, 'demand-peak-agents'), '101');
  assert.equal(await text(page, 'demand-peak-scheduled'), '145');
  assert.equal(await text(page, 'demand-seats-needed'), '145');
  const comparison = page.getByTestId('demand-comparison');
  assert.equal(await comparison.getAttribute('data-have'), '466');
  assert.equal(await comparison.getAttribute('data-balance'), '321');
  assert.equal(await comparison.innerText(), 'needs 145 seats, the floor has 466: 321 spare');
  assert.equal(await page.getByTestId('demand-bar').count(), 1);

  // a second interval: the afternoon peak; the bar chart gets a bar per interval
  await page.getByTestId('demand-add-interval').click();
  await page.getByTestId('demand-interval-start-1').fill('13:00');
  await page.getByTestId('demand-interval-calls-1').fill('5000');
  // 5000 × 280 / 3600 = 388.9 Erlangs: more than the floor seats
  await page.waitForFunction(() => document.querySelector('[data-testid=demand-comparison]')?.classList.contains('demand-comparison--short'));
  assert.match(await comparison.innerText(), /^needs (\d+) seats, the floor has 466: short by (\d+)$/);
  const [, needed, short] = /needs (\d+) seats.*short by (\d+)/.exec(await comparison.innerText())!;
  assert.equal(Number(needed) - 466, Number(short));
  assert.equal(await page.getByTestId('demand-bar').count(), 2);
  await screenshot(page, 'demand-short-en');
  // back to the single peak hour
  await page.locator('.demand-intervals .demand-x').nth(1).click();
  assert.equal(await text(page, 'demand-seats-needed'), '145');

  await page.getByTestId('demand-save').click();
  await page.getByTestId('demand-saved').waitFor();
  const stored = await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().plan.demand);
  assert.deepEqual(stored?.map((p) => ({ name: p.name, scope: p.scope, intervals: p.intervals, aht: p.ahtSeconds, sl: p.serviceLevel, shrinkage: p.shrinkage })), [
    { name: 'Hotline', scope: { floorId: FLOOR }, intervals: [{ start: '10:00', callsPerHour: 1200 }], aht: 280, sl: { percent: 80, seconds: 20 }, shrinkage: 0.3 },
  ]);
  await screenshot(page, 'demand-en');
  await waitSaved(page);

  await page.reload();
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, `floor:${FLOOR}`);
  await open(page, 'en');
  assert.equal(await page.getByTestId('demand-pick').inputValue(), stored![0]!.id);
  assert.equal(await page.getByTestId('demand-name').inputValue(), 'Hotline');
  assert.equal(await page.getByTestId('demand-interval-calls-0').inputValue(), '1200');
  assert.equal(await page.getByTestId('demand-shrinkage').inputValue(), '30');
  assert.equal(await text(page, 'demand-seats-needed'), '145');
  assert.equal(await page.getByTestId('demand-comparison').innerText(), 'needs 145 seats, the floor has 466: 321 spare');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Demand tab in Chinese', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await open(page, 'zh-CN');
  assert.match(await page.locator('[data-testid="dock-right"] [data-panel="demand"]').first().innerText(), /话务/);
  assert.match(await page.locator('[data-testid=demand-panel] h3').innerText(), /按话务量测算工位/);
  await page.getByTestId('demand-interval-calls-0').fill('1200');
  await page.getByTestId('demand-result').waitFor();
  assert.equal(await text(page, 'demand-seats-needed'), '145');
  assert.equal(await page.getByTestId('demand-comparison').innerText(), '需要 145 个工位，本楼层现有 466 个：富余 321 个');
  const panel = await page.getByTestId('demand-panel').innerText();
  for (const word of ['平均处理时长', '服务水平', '人力损耗率', '高峰所需坐席数', '所需工位数']) assert.ok(panel.includes(word), word);
  await screenshot(page, 'demand-zh');
  await context.close();
});
