// Browser tests of the interface language (chosen once, before the first render, kept across
// reloads; a plan's locale does not change it), the favicon, the rule set of a new project shown
// in the status bar, and Alt+drag box selection from a desk.
// Run: npx vite build --outDir /tmp/x-dist && npx vite preview --port 4187 --strictPort --outDir /tmp/x-dist &
//      CALLFLOOR_URL=http://127.0.0.1:4187 npx tsx --test test/e2e/uiLanguage.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, clientPoint, fetchPlan, launch, openApp, screenshot, waitForView } from './helpers.ts';

let browser: Browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser.close();
});

interface Hooked {
  __callfloor: { store: { getState(): { plan: { name: string; locale?: string; profile?: { base: string } }; undo(): void } } };
  __seatLabels?: string[];
}

/**
 * Records every text the header's seat label ever shows, from the first node React inserts. (A
 * string: tsx would wrap the inner functions of a TS function in helpers the page does not have.)
 */
const RECORD_SEAT_LABELS = `
  window.__seatLabels = [];
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="seat-label"]')?.textContent ?? null;
    const seen = window.__seatLabels;
    if (text !== null && seen[seen.length - 1] !== text) seen.push(text);
  }).observe(document, { subtree: true, childList: true, characterData: true });
`;

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
}

const seatLabel = (page: Page): Promise<string> => page.getByTestId('seat-label').innerText();
const planLocale = (page: Page): Promise<string | undefined> => page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().plan.locale);

async function withContext(locale: string, fn: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 760 } });
  try {
    await fn(context);
  } finally {
    await context.close();
  }
}

test('a Chinese browser sees Chinese from the first frame; EN is remembered over a reload although the plan is zh-CN', async () => {
  await withContext('zh-CN', async (context) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript({ content: RECORD_SEAT_LABELS });
    await page.goto(`${BASE_URL}/?test=1`, { waitUntil: 'domcontentloaded' });
    // the header is there as soon as React's first commit lands, already in Chinese
    await page.getByTestId('seat-label').waitFor({ timeout: 15_000 });
    assert.equal(await seatLabel(page), '座位');
    await waitReady(page);
    assert.equal(await planLocale(page), 'zh-CN', 'the sample plan is a Chinese plan');
    assert.equal(await seatLabel(page), '座位');
    assert.deepEqual(await page.evaluate(() => (window as unknown as Hooked).__seatLabels), ['座位'], 'never showed another language');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
    await screenshot(page, 'ui-language-first-visit-zh');

    await page.getByTestId('locale-en').click();
    assert.equal(await seatLabel(page), 'Seats');
    assert.equal(await page.evaluate(() => localStorage.getItem('callfloor.uiLocale')), 'en');

    // reload without ?lang: the remembered choice wins over the browser and over the plan's zh-CN
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.getByTestId('seat-label').waitFor({ timeout: 15_000 });
    assert.equal(await seatLabel(page), 'Seats');
    await waitReady(page);
    assert.equal(await planLocale(page), 'zh-CN');
    assert.equal(await seatLabel(page), 'Seats');
    assert.deepEqual(await page.evaluate(() => (window as unknown as Hooked).__seatLabels), ['Seats'], 'no Chinese flash after the reload');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await screenshot(page, 'ui-language-reloaded-en');

    // ?lang= overrides for that visit only
    await page.goto(`${BASE_URL}/?test=1&lang=zh-CN`);
    await waitReady(page);
    assert.equal(await seatLabel(page), '座位');
    assert.equal(await page.evaluate(() => localStorage.getItem('callfloor.uiLocale')), 'en', '?lang is not remembered');
    await page.goto(`${BASE_URL}/?test=1`);
    await waitReady(page);
    assert.equal(await seatLabel(page), 'Seats');
    assert.deepEqual(errors, []);
  });
});

test('an English browser with nothing remembered opens in English and stays so when the Chinese plan arrives', async () => {
  await withContext('en-US', async (context) => {
    const page = await context.newPage();
    await page.addInitScript({ content: RECORD_SEAT_LABELS });
    await page.goto(`${BASE_URL}/?test=1`);
    await waitReady(page);
    assert.equal(await planLocale(page), 'zh-CN');
    assert.equal(await seatLabel(page), 'Seats');
    assert.deepEqual(await page.evaluate(() => (window as unknown as Hooked).__seatLabels), ['Seats']);
  });
});

test('the favicon and the linked icon answer 200; no request of the page load is a 404', async () => {
  await withContext('zh-CN', async (context) => {
    const page = await context.newPage();
    const missing: string[] = [];
    page.on('response', (r) => {
      if (r.status() === 404) missing.push(r.url());
    });
    await page.goto(`${BASE_URL}/?test=1`);
    await waitReady(page);
    const linked = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')].map((l) => l.href));
    assert.ok(linked.length >= 1, 'index.html links an icon');
    for (const url of [`${BASE_URL}/favicon.ico`, ...linked]) {
      const response = await fetch(url);
      assert.equal(response.status, 200, url);
      assert.match(response.headers.get('content-type') ?? '', /^image\//, `${url} is an image`);
      assert.ok((await response.arrayBuffer()).byteLength > 100, `${url} has content`);
    }
    assert.deepEqual(missing, []);
  });
});

async function newProjectWithRuleSet(page: Page, lang: 'en' | 'zh-CN'): Promise<void> {
  const status = page.getByTestId('rule-set-status');
  // the sample park is checked under GB
  assert.equal(await status.getAttribute('data-base'), 'gb');
  assert.equal((await status.innerText()).trim(), lang === 'en' ? 'Rules: GB (China)' : '规则：GB 国标');

  await page.getByTestId('toggle-projects').click();
  await page.getByTestId('project-new-blank').click();
  const form = page.getByTestId('project-new-form');
  await form.waitFor();
  assert.match(await form.innerText(), lang === 'en' ? /Which rule set applies to this project\?/ : /本项目采用哪套规则？/);
  assert.equal(await page.getByTestId('rule-set-gb').isChecked(), true, 'GB is the default');
  await screenshot(page, `ui-new-project-${lang}`);
  await page.getByTestId('rule-set-intl').check();
  await page.getByTestId('project-new-create').click();
  await page.waitForFunction(() => {
    const s = (window as unknown as Hooked).__callfloor.store.getState();
    return s.plan.profile?.base === 'intl' && (s.plan as unknown as { site: { buildings: unknown[] } }).site.buildings.length === 0;
  }, undefined, { timeout: 20_000 });
  assert.equal(await status.getAttribute('data-base'), 'intl');
  assert.equal((await status.innerText()).trim(), lang === 'en' ? 'Rules: International' : '规则：国际通用');

  // the status bar changes it back: one undoable step
  await status.click();
  await page.getByTestId('rule-set-picker').waitFor();
  await screenshot(page, `ui-rule-set-picker-${lang}`);
  await page.getByTestId('rule-set-picker').getByTestId('rule-set-gb').check();
  await page.waitForFunction(() => (window as unknown as Hooked).__callfloor.store.getState().plan.profile?.base === 'gb');
  assert.equal((await status.innerText()).trim(), lang === 'en' ? 'Rules: GB (China)' : '规则：GB 国标');
  await page.keyboard.press('Escape');
  await page.getByTestId('rule-set-picker').waitFor({ state: 'detached' });
  await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().undo());
  assert.equal(await status.getAttribute('data-base'), 'intl');
}

test('a new project asks for its rule set and the status bar shows and changes it (English)', async () => {
  await withContext('en-US', async (context) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE_URL}/?test=1&lang=en`);
    await waitReady(page);
    await newProjectWithRuleSet(page, 'en');
    assert.deepEqual(errors, []);
  });
});

test('the same in Chinese', async () => {
  await withContext('zh-CN', async (context) => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${BASE_URL}/?test=1&lang=zh-CN`);
    await waitReady(page);
    await newProjectWithRuleSet(page, 'zh-CN');
    assert.deepEqual(errors, []);
  });
});

test('plan view: Alt+drag that starts on a desk draws a selection box and leaves the desk where it was', async () => {
  const plan = await fetchPlan();
  const floor = plan.site.buildings[0]!.floors.find((f) => f.id === 'A-3F')!;
  const desk = floor.workstations[Math.floor(floor.workstations.length / 2)]!;
  const { page, errors } = await openApp(browser, { floor: 'A-3F', camera: 'plan', lang: 'en' }, { width: 1400, height: 860 });
  await waitForView(page, 'floor:A-3F|plan');
  const from = await clientPoint(page, desk.at, 0.75);
  await page.keyboard.down('Alt');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 6; i++) await page.mouse.move(from.x + i * 20, from.y + i * 12);
  await page.mouse.up();
  await page.keyboard.up('Alt');
  const after = await page.evaluate(
    ([id]) => {
      const s = (window as unknown as { __callfloor: { store: { getState(): { plan: { site: { buildings: { floors: { id: string; workstations: { id: string; at: [number, number] }[] }[] }[] } }; history: { undo: unknown[] }; session: { selection: string[] } } } } }).__callfloor.store.getState();
      const f = s.plan.site.buildings[0]!.floors.find((x) => x.id === 'A-3F')!;
      return { at: f.workstations.find((w) => w.id === id)!.at, steps: s.history.undo.length, selected: s.session.selection.length };
    },
    [desk.id] as const,
  );
  assert.deepEqual(after.at, desk.at, 'the desk did not move');
  assert.equal(after.steps, 0, 'no edit');
  assert.ok(after.selected > 0, `the box selected ${after.selected} elements`);
  assert.deepEqual(errors, []);
  await page.close();
});
