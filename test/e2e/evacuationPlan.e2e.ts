// Browser test of the evacuation plans in the Export dialog: the sample park's floor A-3F (and
// building A) exported as 疏散示意图, one page per "you are here" mark of each floor (one page
// for a floor without marks), read back with poppler.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/evacuationPlan.e2e.ts
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fetchPlan, launch, openApp, screenshot } from './helpers.ts';

const FLOOR_ID = 'A-3F';

/** What this test reads of the sample: each floor's marks. */
interface MarkedPlan {
  site: { buildings: { id: string; floors: { id: string; evacuationMarks?: unknown[] }[] }[] };
}

let browser: Browser;
let plan: MarkedPlan;
let workDir: string;

before(async () => {
  browser = await launch();
  plan = (await fetchPlan()) as unknown as MarkedPlan;
  workDir = mkdtempSync(join(tmpdir(), 'callfloor-evac-e2e-'));
});

after(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Pages a floor's plans take: one per mark, one when it has none. */
const pagesOf = (floor: { evacuationMarks?: unknown[] }) => Math.max(1, floor.evacuationMarks?.length ?? 0);

const pdfText = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? '' };
}

async function exportEvacuation(page: Page, scope: 'floor' | 'building', paper: 'a3' | 'a4', locale: 'zh-CN' | 'en'): Promise<string> {
  const menu = page.getByTestId('export-menu');
  if ((await menu.getAttribute('open')) === null) await page.getByTestId('export-open').click();
  await page.getByTestId('export-kind').selectOption('evacuation-pdf');
  await menu.locator(`input[name="export-scope"][value="${scope}"]`).check();
  await page.getByTestId('export-paper').selectOption(paper);
  await page.getByTestId('export-language').selectOption(locale);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-run').click()]);
  assert.equal(await download.failure(), null);
  assert.match(download.suggestedFilename(), new RegExp(`_evacuation_${paper}_${locale}\\.pdf$`));
  const path = join(workDir, `evac-${scope}-${paper}-${locale}.pdf`);
  await download.saveAs(path);
  return path;
}

test('evacuation plans of floor A-3F, A3 in Chinese: one page per mark', async () => {
  const { page, errors } = await openApp(browser, { plan: '/samples/sample-park.callfloor.json', floor: FLOOR_ID });
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-kind').selectOption('evacuation-pdf');
  await screenshot(page, 'evacuation-export-dialog');
  const path = await exportEvacuation(page, 'floor', 'a3', 'zh-CN');
  const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === FLOOR_ID)!;
  const info = pdfInfo(path);
  assert.equal(info.pages, pagesOf(floor));
  assert.match(info.size, /A3/);
  const text = pdfText(path);
  for (const words of ['疏散示意图', '火警电话', '119', '发生火灾时请勿乘坐电梯', '3F', '图例', '安全出口']) assert.ok(text.includes(words), `PDF says ${words}`);
  // a mark-less floor's page says so; a marked one names the position
  if ((floor.evacuationMarks?.length ?? 0) === 0) assert.ok(text.includes('尚未放置'), 'the no-position note');
  else assert.ok(text.includes('距最近安全出口步行约'), 'the walk from the mark');
  assert.deepEqual(errors, []);
  await page.close();
});

test('evacuation plans of building A, A4 in English: the pages of every floor', async () => {
  const { page, errors } = await openApp(browser, { plan: '/samples/sample-park.callfloor.json', floor: FLOOR_ID });
  const path = await exportEvacuation(page, 'building', 'a4', 'en');
  const building = plan.site.buildings.find((b) => b.id === 'A')!;
  const info = pdfInfo(path);
  assert.equal(info.pages, building.floors.reduce((n, f) => n + pagesOf(f), 0));
  assert.match(info.size, /A4/);
  const text = pdfText(path);
  for (const words of ['Evacuation plan', 'In case of fire, do not use lifts; use the stairs', '119', 'Legend']) assert.ok(text.includes(words), `PDF says ${words}`);
  assert.ok(!text.includes('疏散示意图'), 'no Chinese title in the English plan');
  assert.deepEqual(errors, []);
  await page.close();
});
