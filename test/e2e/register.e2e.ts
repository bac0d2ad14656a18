// Browser test of the fire register: opens the sample park on floor A-3F, marks the whole floor
// inspected (pass) from the register, reloads, and finds the log entries in the plan and the new
// statuses (ok) in the register; a row's history; filters, search and sort; a device picked in the
// plan opens its row; the park's ~10,000 devices render a screenful of rows. Screenshots of the
// docked and the expanded register in both languages at 1440×900.
// Run: npx vite build --outDir /tmp/register-dist && npx vite preview --port 4188 --outDir /tmp/register-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4188 npx tsx --test test/e2e/register.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, launch, screenshot, waitForView, waitSaved } from './helpers.ts';

const FLOOR = 'A-3F';
const VIEWPORT = { width: 1440, height: 900 };
const INSPECTOR = 'E2E 检查员';

interface Hooked {
  __callfloor: {
    store: {
      getState(): {
        plan: { inspections?: { id: string; deviceId: string; date: string; result: string; by?: string }[]; site: { buildings: { floors: { id: string }[] }[] } };
        select(ids: string[]): void;
        openPark(): void;
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

const today = new Date().toISOString().slice(0, 10);
const rows = (page: Page) => page.locator('[data-testid="fire-register"] [data-testid="register-row"]');

async function openRegister(page: Page): Promise<number> {
  // the dock keeps its tab across reloads: a click on the open tab would fold it
  const tab = page.locator('[data-testid="dock-right"] .dock-tabs:not(.dock-tabs--vertical) [data-panel="fire"]');
  if ((await tab.count()) === 0 || (await tab.getAttribute('aria-selected')) !== 'true') await page.locator('[data-testid="dock-right"] [data-panel="fire"]').first().click();
  await page.getByTestId('register-scroller').waitFor();
  return countOf(page);
}

/** The total in "shown of total devices". */
async function countOf(page: Page): Promise<number> {
  const text = await page.locator('[data-testid="fire-register"] [data-testid="register-count"]').innerText();
  const numbers = text.match(/\d[\d,]*/g)!.map((n) => Number(n.replace(/,/g, '')));
  return numbers[1]!;
}

const chip = async (page: Page, status: string): Promise<number> => Number(await page.locator(`[data-testid="fire-register"] [data-testid="register-chip-${status}"] b`).innerText());


test('mark floor A-3F inspected, reload, and find the log entries and the new statuses', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${BASE_URL}/?test=1&floor=${FLOOR}&camera=plan&lang=en`);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, `floor:${FLOOR}`);

  const total = await openRegister(page);
  assert.ok(total > 100, `A-3F lists ${total} fire devices`);
  // every device of the sample carries an inspection date; on the check date some are overdue
  assert.equal(await chip(page, 'never'), 0);
  assert.ok((await chip(page, 'overdue')) + (await chip(page, 'ok')) + (await chip(page, 'due-soon')) === total);
  assert.equal(await chip(page, 'ok') + (await chip(page, 'never')) + (await chip(page, 'due-soon')) + (await chip(page, 'overdue')), total);
  // virtualised: a screenful of rows, not all of them
  const rendered = await rows(page).count();
  assert.ok(rendered > 5 && rendered < 80, `${rendered} rows rendered of ${total}`);
  await screenshot(page, 'register-docked-en');

  // record a pass for the whole floor
  await page.locator('[data-testid="fire-register"] [data-testid="register-record"] summary').click();
  await page.getByTestId('register-by').fill(INSPECTOR);
  await page.getByTestId('register-date').fill(today);
  await page.getByTestId('register-mark-floor').click();
  await page.getByTestId('register-notice').waitFor();
  assert.equal(await chip(page, 'ok'), total);
  assert.equal(await chip(page, 'never'), 0);
  assert.deepEqual([...new Set(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-status'))))], ['ok']);
  await waitSaved(page);

  await page.reload();
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, `floor:${FLOOR}`);
  const log = await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().plan.inspections ?? []);
  assert.equal(log.length, total, 'one log entry per device of the floor');
  assert.equal(new Set(log.map((e) => e.deviceId)).size, total);
  assert.ok(log.every((e) => e.date === today && e.result === 'pass' && e.by === INSPECTOR));
  assert.equal(await openRegister(page), total);
  assert.equal(await chip(page, 'ok'), total);

  // a row's history: the entry just made
  const first = rows(page).first();
  const firstId = await first.getAttribute('data-id');
  await first.click();
  const history = page.locator('[data-testid="fire-register"] [data-testid="register-history"] li');
  assert.equal(await history.count(), 1);
  assert.match(await history.first().innerText(), new RegExp(`${today} Pass · ${INSPECTOR}`));
  assert.ok(log.some((e) => e.deviceId === firstId));

  // filter by type, search, sort by id
  await page.getByTestId('register-filter-type').selectOption('extinguisher');
  const extinguishers = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('title') ?? ''));
  assert.ok(extinguishers.length > 0 && extinguishers.every((t) => t.startsWith('Extinguisher ')), extinguishers.join('|'));
  await page.getByTestId('register-sort-id').click();
  await page.getByTestId('register-sort-id').click();
  const desc = await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  const collator = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });
  assert.deepEqual(desc, [...desc].sort((a, b) => collator.compare(b, a)));
  await page.getByTestId('register-search').fill(desc[0]!);
  assert.deepEqual(await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), [desc[0]]);

  // a device picked in the plan opens its row (filters cleared first)
  await page.locator('[data-testid="fire-register"] .register-filters .register-link').click();
  const far = log[log.length - 1]!.deviceId;
  await page.evaluate((id) => (window as unknown as Hooked).__callfloor.store.getState().select([id]), far);
  await page.locator(`[data-testid="fire-register"] [data-testid="register-row"][data-id="${far}"].open`).waitFor({ timeout: 5000 });
  await page.locator('[data-testid="fire-register"] [data-testid="register-details"]').waitFor();

  // expanded over the canvas: all ten columns
  await page.getByTestId('register-expand').click();
  const wide = page.getByTestId('fire-register-wide');
  await wide.waitFor();
  assert.equal(await wide.locator('.register-row--head [role="columnheader"]').count(), 11);
  await screenshot(page, 'register-expanded-en');
  await page.keyboard.press('Escape');
  await wide.waitFor({ state: 'detached' });

  // the park: every device of every building, still a screenful of rows
  await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().openPark());
  await page.waitForFunction((n) => {
    const text = document.querySelector('[data-testid="fire-register"] [data-testid="register-count"]')?.textContent ?? '';
    return Number((text.match(/\d[\d,]*/g) ?? [])[1]?.replace(/,/g, '') ?? 0) > n * 10;
  }, total);
  const parkTotal = await countOf(page);
  const parkRendered = await rows(page).count();
  assert.ok(parkRendered < 80, `${parkRendered} rows rendered of ${parkTotal}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the register in Chinese, docked and expanded', async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}/?test=1&floor=${FLOOR}&camera=plan&lang=zh-CN`);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, `floor:${FLOOR}`);
  await openRegister(page);
  assert.match(await page.locator('[data-testid="fire-register"] h3').innerText(), /消防设施台账/);
  assert.match(await page.getByTestId('register-chip-never').innerText(), /从未检查/);
  await rows(page).first().click();
  await screenshot(page, 'register-docked-zh');
  await page.getByTestId('register-expand').click();
  await page.getByTestId('fire-register-wide').waitFor();
  assert.match(await page.getByTestId('register-sort-lastInspected').innerText(), /上次检查/);
  await screenshot(page, 'register-expanded-zh');
  await context.close();
});
