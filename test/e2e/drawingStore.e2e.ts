// Browser test of underlay drawings stored by content hash beside the plan (IndexedDB): a DXF
// loaded through the underlay panel is stored once, the plan keeps only its reference, and after
// a reload the drawing is drawn again from storage; the plan file exports with the drawing inline
// or without; a browser that imports the file without it says which drawing to load again, in
// English and Chinese, and the rest of the plan works.
// Run: npx vite build --outDir /tmp/drawstore-dist && npx vite preview --outDir /tmp/drawstore-dist --port 4186 --strictPort &
//      CALLFLOOR_URL=http://127.0.0.1:4186 npx tsx --test test/e2e/drawingStore.e2e.ts
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, canvasPixels, clientPoint, launch, nextFrame, SHOTS_DIR, waitSaved } from './helpers.ts';

type Pt = [number, number];
interface UnderlayView { kind: string; drawing?: { hash: string; bytes: number; name: string; mime: string }; source?: string; origin: Pt; scale: number }
interface PlanView { site: { buildings: { floors: { id: string; underlay?: UnderlayView; workstations: unknown[] }[] }[] } }
type Hooked = Window & { __callfloor: { store: { getState(): { plan: PlanView; openFloor(id: string): void; select(ids: string[]): void } } } };

const FLOOR = 'A-3F';
const VIEWPORT = { width: 1400, height: 860 };

/** 20 × 10 m in millimetres: a rectangle on WALL, a diagonal on AXIS, a circle on COLUMN (37 segments). */
function smallDxf(): string {
  const groups: [number, string | number][] = [
    [0, 'SECTION'], [2, 'HEADER'], [9, '$INSUNITS'], [70, 4], [0, 'ENDSEC'],
    [0, 'SECTION'], [2, 'ENTITIES'],
    [0, 'LWPOLYLINE'], [8, 'WALL'], [90, 4], [70, 1], [10, 0], [20, 0], [10, 20000], [20, 0], [10, 20000], [20, 10000], [10, 0], [20, 10000],
    [0, 'LINE'], [8, 'AXIS'], [10, 0], [20, 0], [30, 0], [11, 20000], [21, 10000], [31, 0],
    [0, 'CIRCLE'], [8, 'COLUMN'], [10, 10000], [20, 5000], [30, 0], [40, 2000],
    [0, 'ENDSEC'], [0, 'EOF'],
  ];
  return `${groups.map(([c, v]) => `${c}\n${v}`).join('\n')}\n`;
}

const DXF = smallDxf();
const HASH = `sha256:${createHash('sha256').update(DXF).digest('hex')}`;

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
}

async function goto(page: Page, params: Record<string, string>): Promise<void> {
  await page.goto(`${BASE_URL}/?${new URLSearchParams({ test: '1', camera: 'plan', floor: FLOOR, ...params })}`);
  await waitReady(page);
  await nextFrame(page);
}


const underlayOf = (page: Page): Promise<UnderlayView | undefined> =>
  page.evaluate((f) => {
    const plan = (window as unknown as Hooked).__callfloor.store.getState().plan;
    const floor = plan.site.buildings.flatMap((b) => b.floors).find((x) => x.id === f);
    return floor?.underlay ? (JSON.parse(JSON.stringify(floor.underlay)) as UnderlayView) : undefined;
  }, FLOOR);

/** What this browser's IndexedDB holds: drawing keys, and whether any plan blob carries DXF text. */
const stored = (page: Page): Promise<{ drawings: string[]; blobsWithDxf: number; revisionsDrawings: string[][] }> =>
  page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('callfloor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['drawings', 'blobs', 'revisions'], 'readonly');
          const keys = tx.objectStore('drawings').getAllKeys();
          const blobs = tx.objectStore('blobs').getAll();
          const revisions = tx.objectStore('revisions').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({
              drawings: keys.result.map(String),
              blobsWithDxf: (blobs.result as { json: string }[]).filter((b) => b.json.includes('ENTITIES')).length,
              revisionsDrawings: (revisions.result as { drawingHashes?: string[] }[]).map((r) => r.drawingHashes ?? []),
            });
          };
        };
      }),
  );

/** Canvas pixels over the middle of the placed drawing (its diagonal and circle). */
async function drawingPixels(page: Page, u: UnderlayView): Promise<number[]> {
  await nextFrame(page);
  const at = (x: number, y: number): Pt => [u.origin[0] + x * u.scale, u.origin[1] + y * u.scale];
  const a = await clientPoint(page, at(2000, 1000));
  const b = await clientPoint(page, at(18000, 9000));
  return canvasPixels(page, Math.min(a.x, b.x), Math.min(a.y, b.y), Math.max(a.x, b.x), Math.max(a.y, b.y));
}

function changedShare(before: number[], after: number[], threshold = 40): number {
  assert.equal(before.length, after.length);
  let changed = 0;
  for (let i = 0; i < before.length; i += 3) {
    if (Math.abs(before[i]! - after[i]!) + Math.abs(before[i + 1]! - after[i + 1]!) + Math.abs(before[i + 2]! - after[i + 2]!) > threshold) changed++;
  }
  return changed / (before.length / 3);
}

async function panelShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.getByTestId('underlay-panel').screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

/** Shows a tab of the right dock (a click on the tab already shown would fold the dock). */
async function openTab(page: Page, tab: 'underlay' | 'projects'): Promise<void> {
  await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().select([]));
  const panel = page.getByTestId(`${tab}-panel`);
  if (!(await panel.isVisible())) await page.locator(`[data-panel="${tab}"]`).click();
  await panel.waitFor();
}

/** Exports the plan file from the Export dialog, with or without drawings; returns the file's JSON. */
async function exportPlan(page: Page, drawings: boolean): Promise<{ name: string; json: { site: PlanView['site'] } }> {
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-kind').selectOption('plan');
  const box = page.getByTestId('export-include-drawings');
  assert.equal(await box.isChecked(), true, 'drawings are included by default');
  if (!drawings) await box.uncheck();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.getByTestId('export-run').click()]);
  const path = await download.path();
  await page.getByTestId('export-close').click();
  return { name: download.suggestedFilename(), json: JSON.parse(readFileSync(path, 'utf8')) };
}

const floorIn = (json: { site: PlanView['site'] }) => json.site.buildings.flatMap((b) => b.floors).find((f) => f.id === FLOOR)!;

test('a DXF is stored once by hash, drawn again after a reload, and exported with or without it', async () => {
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await goto(page, { plan: '/samples/example.callfloor.json', lang: 'en' });
    await openTab(page, 'underlay');
    await page.getByTestId('underlay-file').setInputFiles({ name: 'trace.dxf', mimeType: 'application/dxf', buffer: Buffer.from(DXF) });
    await page.waitForFunction(() => /37 segments, 3 layers/.test(document.querySelector('[data-testid="underlay-summary"]')?.textContent ?? ''), undefined, { timeout: 20_000 });

    // the plan (test hook) keeps the reference only
    const underlay = (await underlayOf(page))!;
    assert.deepEqual(underlay.drawing, { hash: HASH, bytes: Buffer.byteLength(DXF), name: 'trace.dxf', mime: 'image/vnd.dxf' });
    assert.equal(underlay.source, undefined);
    await panelShot(page, 'drawing-store-loaded-en');

    // the edit made the plan a project: stored without the drawing's text, the drawing once beside it
    await waitSaved(page);
    const inDb = await stored(page);
    assert.deepEqual(inDb.drawings, [HASH]);
    assert.equal(inDb.blobsWithDxf, 0);
    assert.ok(inDb.revisionsDrawings.length >= 1 && inDb.revisionsDrawings.every((d) => d.length === 1 && d[0] === HASH), JSON.stringify(inDb.revisionsDrawings));

    // reload without a plan in the URL: the project reopens and the drawing comes from IndexedDB by hash
    await goto(page, { lang: 'en' });
    const reopened = (await underlayOf(page))!;
    assert.equal(reopened.drawing?.hash, HASH);
    assert.equal(reopened.source, undefined);
    await openTab(page, 'underlay');
    await page.waitForFunction(() => /37 segments, 3 layers/.test(document.querySelector('[data-testid="underlay-summary"]')?.textContent ?? ''), undefined, { timeout: 20_000 });
    const shown = await drawingPixels(page, reopened);
    await page.locator('input[name="underlay-visible"]').uncheck();
    const hidden = await drawingPixels(page, reopened);
    const drawn = changedShare(hidden, shown);
    assert.ok(drawn > 0.01, `the drawing changed ${(drawn * 100).toFixed(1)} % of its box after the reload`);
    await page.locator('input[name="underlay-visible"]').check();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    // the plan file, from the Export dialog: self-contained with the drawing, or references only
    const full = await exportPlan(page, true);
    assert.match(full.name, /\.callfloor\.json$/);
    assert.equal(floorIn(full.json).underlay?.source, DXF);
    assert.equal(floorIn(full.json).underlay?.drawing?.hash, HASH);
    const bare = await exportPlan(page, false);
    assert.equal(floorIn(bare.json).underlay?.source, undefined);
    assert.deepEqual(floorIn(bare.json).underlay?.drawing, underlay.drawing);

    // the Projects panel's download has the same choice
    await openTab(page, 'projects');
    assert.equal(await page.getByTestId('project-export-drawings').isChecked(), true);
    const [projectFile] = await Promise.all([page.waitForEvent('download'), page.getByTestId('project-export').click()]);
    const projectJson = JSON.parse(readFileSync(await projectFile.path(), 'utf8'));
    assert.equal(floorIn(projectJson).underlay?.source, DXF);
    await page.getByTestId('project-export-drawings').uncheck();
    const [projectBare] = await Promise.all([page.waitForEvent('download'), page.getByTestId('project-export').click()]);
    assert.equal(floorIn(JSON.parse(readFileSync(await projectBare.path(), 'utf8'))).underlay?.source, undefined);

    // another browser imports the file without the drawing: the panel names the file to load again
    for (const lang of ['en', 'zh-CN'] as const) {
      const other = await browser.newContext({ viewport: VIEWPORT });
      const tab = await other.newPage();
      tab.on('pageerror', (e) => errors.push(`${lang}: ${e.message}`));
      try {
        await goto(tab, { plan: '/samples/example.callfloor.json', lang });
        await openTab(tab, 'projects');
        await tab.getByTestId('project-import-input').setInputFiles({ name: 'bare.callfloor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bare.json)) });
        await tab.waitForFunction((h) => {
          const plan = (window as unknown as Hooked).__callfloor.store.getState().plan;
          return plan.site.buildings.some((b) => b.floors.some((f) => f.underlay?.drawing?.hash === h));
        }, HASH, { timeout: 20_000 });
        await tab.evaluate((f) => (window as unknown as Hooked).__callfloor.store.getState().openFloor(f), FLOOR);
        await openTab(tab, 'underlay');
        const notice = tab.getByTestId('underlay-missing');
        await notice.waitFor({ timeout: 20_000 });
        const text = await notice.innerText();
        if (lang === 'en') assert.match(text, /The drawing “trace\.dxf” is not in this browser: load it again\./);
        else assert.match(text, /此浏览器中没有图纸“trace\.dxf”：请重新载入该文件。/);
        // the rest of the floor is there and the placement can still be edited
        assert.equal(await tab.locator('input[name="underlay-visible"]').isChecked(), true);
        await panelShot(tab, `drawing-store-missing-${lang}`);
        // loading the same file again brings the drawing back; the placement the plan kept stays
        const kept = (await underlayOf(tab))!;
        await tab.getByTestId('underlay-file').setInputFiles({ name: 'trace.dxf', mimeType: 'application/dxf', buffer: Buffer.from(DXF) });
        await tab.waitForFunction(() => /37 segments, 3 layers|37 条线段/.test(document.querySelector('[data-testid="underlay-summary"]')?.textContent ?? ''), undefined, { timeout: 20_000 });
        assert.deepEqual(await underlayOf(tab), kept);
        assert.deepEqual(kept.origin, reopened.origin);
        if (lang === 'zh-CN') await panelShot(tab, 'drawing-store-loaded-zh-CN');
      } finally {
        await other.close();
      }
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
