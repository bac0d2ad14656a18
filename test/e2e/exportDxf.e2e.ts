// Browser test of the DXF export: from the Export dialog on floor A-3F the planner picks the CAD
// drawing, which only goes with one floor; the downloaded file is read back with ezdxf (Debian's
// python3-ezdxf) for the desks and the audit. Screenshots of the dialog in both languages.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/exportDxf.e2e.ts
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch, openApp, SHOTS_DIR } from './helpers.ts';

const READER = fileURLToPath(new URL('../export/dxfRead.py', import.meta.url));

let browser: Browser;
let workDir: string;

before(async () => {
  browser = await launch();
  workDir = mkdtempSync(join(tmpdir(), 'callfloor-dxf-e2e-'));
  mkdirSync(SHOTS_DIR, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

for (const lang of ['zh-CN', 'en'] as const) {
  test(`the Export dialog (${lang}) downloads floor A-3F as DXF with one desk block per seat`, async () => {
    const { page, errors } = await openApp(browser, { plan: '/samples/sample-park.callfloor.json', floor: 'A-3F', lang }, { width: 1280, height: 800 });
    await page.getByTestId('export-open').click();
    const menu = page.getByTestId('export-menu');
    await page.getByTestId('export-kind').selectOption('floor-dxf');
    // one floor only: the floor scope is chosen, park and building are off
    assert.equal(await menu.locator('input[name="export-scope"][value="floor"]').isChecked(), true);
    assert.equal(await menu.locator('input[name="export-scope"][value="park"]').isDisabled(), true);
    assert.equal(await menu.locator('input[name="export-scope"][value="building"]').isDisabled(), true);
    // the labels' language follows the dialog's language choice
    await page.getByTestId('export-language').selectOption(lang);
    await menu.screenshot({ path: join(SHOTS_DIR, `export-dxf-dialog-${lang}.png`) });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-run').click()]);
    assert.equal(await download.failure(), null);
    assert.match(download.suggestedFilename(), /_floor_A-3F\.dxf$/);
    const path = join(workDir, `a3f-${lang}.dxf`);
    await download.saveAs(path);
    const report = JSON.parse(execFileSync('/usr/bin/python3', [READER, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as {
      audit: { errors: string[] };
      insunits: number;
      insertsByLayer: Record<string, number>;
      entities: { type: string; layer: string; text?: string }[];
    };
    assert.deepEqual(report.audit.errors, []);
    assert.equal(report.insunits, 4);
    assert.equal(report.insertsByLayer['CF-工位-DESK'], 466);
    const exitWord = report.entities.find((e) => e.type === 'MTEXT' && e.layer === 'CF-安全出口-EXIT')?.text;
    assert.equal(exitWord, lang === 'en' ? 'EXIT' : '安全出口');
    assert.deepEqual(errors, []);
    await page.close();
  });
}
