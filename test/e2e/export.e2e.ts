// Browser test of the Export menu: a compliance PDF of one floor, in Chinese and in English,
// downloaded from the real app and read back with poppler (pdftotext, pdftoppm).
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/export.e2e.ts
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { fetchPlan, launch, openApp, SHOTS_DIR, type SamplePlan } from './helpers.ts';

const FLOOR_ID = 'A-3F';
const PROJECT_NAME = '星河呼叫中心产业园';

let browser: Browser;
let plan: SamplePlan;
let workDir: string;

before(async () => {
  browser = await launch();
  plan = await fetchPlan();
  workDir = mkdtempSync(join(tmpdir(), 'callfloor-export-'));
});

after(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

function seatsOfFloor(p: SamplePlan, floorId: string): number {
  const floor = p.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId);
  if (!floor) throw new Error(`sample has no floor ${floorId}`);
  return floor.workstations.length;
}

/** Drives the export dialog like a user and returns the path of the saved download. */
async function exportCompliancePdf(page: Page, locale: 'zh-CN' | 'en'): Promise<string> {
  const menu = page.getByTestId('export-menu');
  if ((await menu.getAttribute('open')) === null) await page.getByTestId('export-open').click();
  await page.getByTestId('export-kind').selectOption('compliance-pdf');
  await menu.locator('input[name="export-scope"][value="floor"]').check();
  await page.getByTestId('export-language').selectOption(locale);
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByTestId('export-run').click()]);
  const failure = await download.failure();
  assert.equal(failure, null, `download failed: ${failure}`);
  assert.match(download.suggestedFilename(), new RegExp(`compliance_${locale}\\.pdf$`));
  const path = join(workDir, `compliance-${locale}.pdf`);
  await download.saveAs(path);
  return path;
}

const pdfText = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Rasterises every page at 40 dpi in grey; returns each page's share of non-white pixels. */
function pageInk(path: string, prefix: string): number[] {
  execFileSync('pdftoppm', ['-r', '40', '-gray', path, join(workDir, prefix)]);
  const pages = readdirSync(workDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.pgm'))
    .sort();
  return pages.map((f) => inkOfPgm(readFileSync(join(workDir, f))));
}

/** Binary PGM (P5, 8-bit): header "P5 w h max" then one byte per pixel. */
function inkOfPgm(bytes: Buffer): number {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PGM');
  const [, w, h] = header.map(Number) as [number, number, number, number];
  const pixels = bytes.subarray(header[0].length);
  assert.equal(pixels.length, w * h);
  let ink = 0;
  for (const v of pixels) if (v < 200) ink++;
  return ink / (w * h);
}

test('compliance PDF of floor A-3F in Chinese: title, project name, seat count, no blank page', async () => {
  const { page, errors } = await openApp(browser, { plan: '/samples/sample-park.callfloor.json', floor: FLOOR_ID });
  const path = await exportCompliancePdf(page, 'zh-CN');
  const text = pdfText(path);
  assert.ok(text.includes('合规性检查报告'), 'Chinese title');
  assert.ok(text.includes(PROJECT_NAME), 'project name');
  const seats = seatsOfFloor(plan, FLOOR_ID);
  assert.equal(seats, 466, 'the sample floor A-3F holds 466 seats');
  assert.match(text, new RegExp(`(^|[^\\d,])(${seats}|${seats.toLocaleString('en')})([^\\d,]|$)`), `seat count ${seats} in the text`);
  const ink = pageInk(path, 'zh');
  assert.ok(ink.length >= 2, `${ink.length} pages`);
  ink.forEach((share, i) => assert.ok(share > 0.002, `page ${i + 1} is blank (${(share * 100).toFixed(2)} % ink)`));
  // keep the first pages for a look by eye
  mkdirSync(SHOTS_DIR, { recursive: true });
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '2', path, join(SHOTS_DIR, 'export-compliance-zh')]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('compliance PDF in English has the English title and the same seat count', async () => {
  const { page, errors } = await openApp(browser, { plan: '/samples/sample-park.callfloor.json', floor: FLOOR_ID });
  const path = await exportCompliancePdf(page, 'en');
  const text = pdfText(path);
  assert.ok(text.includes('Compliance report'), 'English title');
  assert.ok(!text.includes('合规性检查报告'), 'no Chinese title in the English report');
  assert.ok(text.includes(PROJECT_NAME), 'the project name stays as written');
  assert.match(text, /(^|[^\d,])466([^\d,]|$)/, 'seat count 466');
  const ink = pageInk(path, 'en');
  ink.forEach((share, i) => assert.ok(share > 0.002, `page ${i + 1} is blank`));
  assert.deepEqual(errors, []);
  await page.close();
});
