// Browser test: the plan built to fail each new check once (test/fixtures/failEveryRule.ts),
// opened in the app, shows each failure in the checks panel, in the building built to fail it,
// in both languages.
// Run: npx vite build --outDir /tmp/fail-dist && npx vite preview --outDir /tmp/fail-dist --host 127.0.0.1 --port 4185 --strictPort &
//      CALLFLOOR_URL=http://127.0.0.1:4185 npx tsx --test test/e2e/failEveryRule.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import { ruleTitle } from '../../src/rules/ruleTitles.ts';
import { failEveryRulePlan } from '../fixtures/failEveryRule.ts';
import { BASE_URL, launch, screenshot, waitForChecks, waitForView } from './helpers.ts';

let browser: Browser;

before(async () => {
  browser = await launch();
});

after(async () => {
  await browser?.close();
});

const { plan, failures } = failEveryRulePlan();
const PLAN_PATH = '/test-plans/fail-every.callfloor.json';

/** The app on the plan (served by the test, not the preview server), at park level. */
async function openPlan(lang: 'en' | 'zh-CN'): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route(`**${PLAN_PATH}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: serializePlan(plan) }));
  await page.goto(`${BASE_URL}/?${new URLSearchParams({ test: '1', plan: PLAN_PATH, lang }).toString()}`);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await waitForView(page, 'park');
  await waitForChecks(page, 120_000);
  return { page, errors };
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`each new check fails in the panel, in the building built to fail it (${lang})`, async () => {
    const { page, errors } = await openPlan(lang);
    const missing: string[] = [];
    for (const f of failures) {
      const items = page.locator(`[data-testid="finding"][data-rule="${f.ruleId}"][data-status="${f.status}"][data-key^="${f.ruleId}|${f.buildingId}|"]`);
      if ((await items.count()) === 0) missing.push(`${f.ruleId} ${f.status} in ${f.buildingId}`);
      // the rule's row says what it is, in the panel's language
      const row = page.locator(`[data-testid="finding-group"][data-rule="${f.ruleId}"][data-status="${f.status}"], [data-testid="finding"][data-rule="${f.ruleId}"][data-status="${f.status}"]`).first();
      assert.match(await row.innerText(), new RegExp(ruleTitle(f.ruleId, lang).replace(/[()]/g, '.')), `${f.ruleId} titled in ${lang}`);
    }
    assert.deepEqual(missing, []);
    await screenshot(page, `fail-every-rule-${lang}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
