// Browser test of grouped findings: on the sample park's floor A-3F the overdue extinguishers are
// one row with a count; it opens to that many findings, each named by kind and zone (no ids), and
// clicking one selects that extinguisher and frames it in the plan. Screenshots in both languages.
// Run: npx vite build --outDir /tmp/findings-dist && npx vite preview --outDir /tmp/findings-dist --host 127.0.0.1 --port 4186 --strictPort &
//      CALLFLOOR_URL=http://127.0.0.1:4186 npx tsx --test test/e2e/findingsGrouped.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { clientPoint, fetchPlan, launch, nextFrame, openApp, screenshot, waitForChecks, waitForView } from './helpers.ts';

let browser: Browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

const FLOOR = 'A-3F';
const GROUP = '[data-testid="finding-group"][data-rule="fire.extinguisher-inspection"][data-status="fail"]';

interface Win {
  __callfloor: {
    store: {
      getState(): {
        revision: number;
        session: { selection: string[]; focus: { floorId: string; box: { minX: number; minY: number; maxX: number; maxY: number }; nonce: number } | null };
      };
    };
  };
}


async function openFloor(lang: 'zh-CN' | 'en'): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, { floor: FLOOR, camera: 'plan', lang }, { width: 1440, height: 900 });
  await waitForView(opened.page, `floor:${FLOOR}`);
  await waitForChecks(opened.page);
  return opened;
}

test('the overdue extinguishers of A-3F are one row with a count; it opens to them; a click frames one', async () => {
  const { page, errors } = await openFloor('zh-CN');
  const group = page.locator(GROUP);
  assert.equal(await group.count(), 1, 'one row for the overdue extinguishers');
  const count = Number(await group.getAttribute('data-count'));
  assert.ok(count > 1, `the group holds several findings (${count})`);
  assert.equal(Number(await group.getByTestId('finding-group-count').innerText()), count);
  const head = await group.getByTestId('finding-group-head').innerText();
  assert.match(head, /灭火器月度检查/);
  assert.match(head, new RegExp(`${count} 具灭火器`));
  assert.match(head, /≤ 30 天/);
  assert.match(head, /GB 50444-2008 §5\.2/);

  // the floor's findings fit one screen: fewer rows than failing findings, and the last area ends inside the window
  const fails = Number(await page.getByTestId('rule-counts-fail').innerText());
  const rows = await page.locator('.area > .findings > li[data-status="fail"]').count();
  assert.ok(rows < fails, `${rows} rows for ${fails} failing findings`);
  const bottom = await page.evaluate(() => document.querySelector('[data-testid="rule-panel"] .areas')!.getBoundingClientRect().bottom);
  assert.ok(bottom <= 900, `the findings end at ${Math.round(bottom)} px of a 900 px window`);
  await screenshot(page, 'findings-grouped-closed-zh');

  // closed, its findings are not drawn; opened, all of them are, named without ids
  const items = group.locator('[data-testid="finding"]');
  assert.equal(await items.count(), count);
  assert.equal(await items.first().isVisible(), false);
  await group.getByTestId('finding-group-head').click();
  await items.first().waitFor({ state: 'visible' });
  for (let i = 0; i < count; i++) assert.ok(await items.nth(i).isVisible(), `item ${i + 1} shown`);
  const texts = await items.allInnerTexts();
  for (const text of texts) {
    assert.match(text, /^灭火器/);
    assert.doesNotMatch(text, /A-3F-|fire\./);
  }
  await nextFrame(page);
  await screenshot(page, 'findings-grouped-open-zh');

  // clicking the second item selects its extinguisher and frames it: the camera centres on it
  const second = items.nth(1);
  const key = (await second.getAttribute('data-key'))!;
  const id = key.split('|').at(-1)!;
  const before = await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().session.focus?.nonce ?? 0);
  await second.locator('.finding-main').click();
  const session = await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().session);
  assert.deepEqual(session.selection, [id]);
  assert.ok(session.focus && session.focus.nonce > before && session.focus.floorId === FLOOR, 'a focus request for the floor');
  const plan = await fetchPlan();
  const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === FLOOR) as unknown as { extinguishers: { id: string; at: [number, number] }[] };
  const at = floor.extinguishers.find((x) => x.id === id)!.at;
  const box = session.focus!.box;
  assert.ok(box.minX <= at[0] && at[0] <= box.maxX && box.minY <= at[1] && at[1] <= box.maxY, 'the framed box holds the extinguisher');
  await nextFrame(page);
  await nextFrame(page);
  const canvas = (await page.locator('.scene canvas').boundingBox())!;
  const p = await clientPoint(page, at);
  const dx = Math.abs(p.x - (canvas.x + canvas.width / 2)) / canvas.width;
  const dy = Math.abs(p.y - (canvas.y + canvas.height / 2)) / canvas.height;
  assert.ok(dx < 0.15 && dy < 0.15, `framed near the centre of the plan (off by ${dx.toFixed(2)}, ${dy.toFixed(2)})`);
  assert.ok(await second.evaluate((el) => el.classList.contains('finding--selected')), 'the clicked item shows as selected');
  await screenshot(page, 'findings-grouped-framed-zh');
  assert.deepEqual(errors, []);
  await page.close();
});

test('in English the group reads with the rule title and names, and the panel fits the dock', async () => {
  const { page, errors } = await openFloor('en');
  const group = page.locator(GROUP);
  const count = Number(await group.getAttribute('data-count'));
  const head = await group.getByTestId('finding-group-head').innerText();
  assert.match(head, /Monthly extinguisher inspection/);
  assert.match(head, new RegExp(`${count} extinguishers`));
  const panelText = await page.getByTestId('rule-panel').innerText();
  assert.doesNotMatch(panelText, /A-3F-|docs\/|\b(fire|light|vent|space|zoning|site)\.[a-z-]+\b/);
  // no close button of its own: the dock closes it
  assert.equal(await page.getByTestId('rule-panel').locator('.rule-panel-toggle').count(), 0);
  const width = (await page.getByTestId('rule-panel').boundingBox())!.width;
  assert.ok(width <= 340, `panel ${width} px wide`);
  await group.getByTestId('finding-group-head').click();
  await nextFrame(page);
  await screenshot(page, 'findings-grouped-open-en');
  assert.deepEqual(errors, []);
  await page.close();
});
