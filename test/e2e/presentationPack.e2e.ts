// Browser tests of the investor presentation and the proposal pack as one HTML file:
// (a) presentation opened from the plan view shows every stop in 3D, the KPI card never covers
//     the building it describes (its rectangle against the building's box projected to the
//     screen, at 1280×720, 1440×900 and 1920×1080), and no message key shows, in zh-CN and en;
// (b) the sample park's pack saved as HTML is ≤ 25 MB and opens from file:// with no server:
//     tour, KPI card, comparison, a drawn WebGL canvas, no page error, in both languages;
// (c) an imported pack opens in presentation once; a reload opens it as a normal project.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/presentationPack.e2e.ts
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, fetchPlan, inkShare, launch, nextFrame, openApp, screenshot } from './helpers.ts';

const SIZES = [
  { width: 1280, height: 720, langs: ['en'] },
  { width: 1440, height: 900, langs: ['zh-CN', 'en'] },
  { width: 1920, height: 1080, langs: ['zh-CN'] },
] as const;
/** A message key on screen: lower-case words joined by dots ("proposals.presentation.seats"). */
const RAW_KEY = /\b[a-z]+(\.[a-zA-Z]+)+\b/;
const MAX_PACK_BYTES = 25 * 1024 * 1024;

let browser: Browser;
let workDir: string;

before(async () => {
  browser = await launch();
  workDir = mkdtempSync(join(tmpdir(), 'callfloor-pack-'));
});

after(async () => {
  await browser?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

interface StopCheck {
  view: string;
  card: Rect;
  building: Rect;
  text: string;
}

/**
 * Waits until the card was placed for the view the scene shows, then measures: the card's
 * rectangle, and the shown buildings' (or floor's) box projected through the camera now drawn.
 */
async function checkStop(page: Page): Promise<StopCheck> {
  await page.waitForFunction(
    () => {
      const view = document.body.dataset['view'];
      return !!view && document.querySelector('[data-testid="presentation-kpis"]')?.getAttribute('data-placed-view') === view;
    },
    undefined,
    { timeout: 30_000 },
  );
  await nextFrame(page);
  // tsx names the functions declared inside page.evaluate callbacks with a helper the page lacks
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(() => {
    type P = [number, number];
    type Plan = { site: { buildings: { id: string; height: number; footprint: P[]; floors: { id: string; elevation: number; height: number; clearHeight: number; outline: P[] }[] }[] } };
    const hooks = (window as unknown as { __callfloor: { store: { getState(): { plan: Plan } }; planToClient(p: P, h: number): { x: number; y: number } | null } }).__callfloor;
    const plan = hooks.store.getState().plan;
    const view = document.body.dataset['view']!;
    const shown = view.split('|')[0]!;
    const prisms: { footprint: P[]; top: number }[] = [];
    const topOf = (b: Plan['site']['buildings'][number]) => Math.max(b.height, ...b.floors.map((f) => f.elevation + f.height));
    for (const b of plan.site.buildings) {
      if (shown === 'park' || shown === `building:${b.id}`) prisms.push({ footprint: b.footprint, top: topOf(b) });
      for (const f of b.floors) if (shown === `floor:${f.id}`) prisms.push({ footprint: f.outline, top: f.clearHeight });
    }
    const xs: number[] = [];
    const ys: number[] = [];
    for (const p of prisms) {
      for (const q of p.footprint) {
        for (const h of [0, p.top]) {
          const c = hooks.planToClient(q, h);
          if (c) {
            xs.push(c.x);
            ys.push(c.y);
          }
        }
      }
    }
    const r = document.querySelector('[data-testid="presentation-kpis"]')!.getBoundingClientRect();
    return {
      view,
      card: { minX: r.left, minY: r.top, maxX: r.right, maxY: r.bottom },
      building: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) },
      text: document.body.innerText,
    };
  });
}

const overlap = (a: Rect, b: Rect): number => Math.max(0, Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX)) * Math.max(0, Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY));

function assertNoRawKey(text: string, where: string): void {
  const hit = RAW_KEY.exec(text);
  assert.equal(hit, null, `${where}: a message key shows: "${hit?.[0]}"`);
  assert.doesNotMatch(text, /proposals\.|presentation\.|projects\.|exportDialog\./, `${where}: no key prefix on screen`);
}

/** The tour stops to visit: park, building A, A's first floor, and every other building (indexes into tourStops). */
function stopsToCheck(plan: { site: { buildings: { floors: unknown[] }[] } }): number[] {
  const out = [0];
  let index = 1;
  for (const [i, b] of plan.site.buildings.entries()) {
    out.push(index);
    if (i === 0) out.push(index + 1);
    index += 1 + b.floors.length;
  }
  return out;
}

async function goToStop(page: Page, target: number): Promise<void> {
  for (;;) {
    const at = Number((await page.getByTestId('presentation').getAttribute('data-stop')) ?? '0');
    if (at === target) return;
    await page.getByTestId('tour-next').click();
  }
}

test('(a) presentation from the plan view: 3D stops, the KPI card off the building at three sizes, no raw keys', async () => {
  const plan = await fetchPlan();
  for (const size of SIZES) {
    for (const lang of size.langs) {
      const where = `${size.width}×${size.height} ${lang}`;
      const { page, errors } = await openApp(browser, { plan: '/samples/sample-park.callfloor.json', camera: 'plan', lang, tourMs: '600000' }, { width: size.width, height: size.height });
      await page.waitForFunction(() => (document.body.dataset['view'] ?? '').endsWith('|plan'), undefined, { timeout: 30_000 });
      await page.getByTestId('toggle-proposals').click();
      await page.getByTestId('proposal-present').click();
      await page.getByTestId('presentation').waitFor();
      await page.getByTestId('tour-play').click(); // pause: the test steps through the stops itself
      await page.waitForFunction(() => !document.querySelector('[data-testid="kpi-seats"]')?.textContent?.includes('…'), undefined, { timeout: 60_000 });
      const shifts: string[] = [];
      for (const stop of stopsToCheck(plan)) {
        await goToStop(page, stop);
        const check = await checkStop(page);
        assert.match(check.view, /\|3d$/, `${where} stop ${stop}: seen in 3D, not the editor's plan view (${check.view})`);
        assert.ok(Number.isFinite(check.building.minX) && check.building.maxX - check.building.minX > 50, `${where} ${check.view}: the building is on screen (${JSON.stringify(check.building)})`);
        assert.equal(overlap(check.card, check.building), 0, `${where} ${check.view}: card ${JSON.stringify(check.card)} covers building ${JSON.stringify(check.building)}`);
        assertNoRawKey(check.text, `${where} ${check.view}`);
        shifts.push(`${check.view.split('|')[0]}:${await page.getByTestId('presentation-kpis').getAttribute('data-shifted')}`);
        if (size.width === 1440 && (stop === 0 || stop === 2)) await screenshot(page, `presentation-${lang}-stop${stop}`);
      }
      console.log(`${where}: picture moved for the card at ${shifts.join(' ')}`);
      if (lang === 'zh-CN') assert.match(await page.getByTestId('presentation-kpis').innerText(), /座位/);
      else assert.match(await page.getByTestId('presentation-kpis').innerText(), /Seats/);
      // leaving gives the editor back its plan view
      await page.keyboard.press('Escape');
      await page.getByTestId('presentation').waitFor({ state: 'detached' });
      await page.waitForFunction(() => (document.body.dataset['view'] ?? '').endsWith('|plan'), undefined, { timeout: 30_000 });
      assert.deepEqual(errors, [], where);
      await page.close();
    }
  }
});

test('(b) the sample park pack as one HTML file: ≤ 25 MB, opens from file:// with no server', async () => {
  const { page, errors } = await openApp(browser, { plan: '/samples/sample-park.callfloor.json', lang: 'en' }, { width: 1440, height: 900 });
  // a second layout, so the pack has a comparison of two
  await page.getByTestId('toggle-proposals').click();
  await page.getByTestId('proposal-new-name').fill('方案B 舒适型');
  await page.getByTestId('proposal-create').click();
  await page.getByTestId('export-open').click();
  await page.getByTestId('export-kind').selectOption('pack-html');
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 240_000 }), page.getByTestId('export-run').click()]);
  assert.match(download.suggestedFilename(), /\.callfloor\.html$/);
  const file = join(workDir, download.suggestedFilename());
  await download.saveAs(file);
  const bytes = statSync(file).size;
  console.log(`pack HTML: ${(bytes / 1048576).toFixed(2)} MB`);
  assert.ok(bytes <= MAX_PACK_BYTES, `${bytes} bytes > 25 MB`);
  const html = readFileSync(file, 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href="(?!data:)/, 'no file is fetched: every script and style is inline');
  assert.deepEqual(errors, []);
  await page.close();

  // a fresh context with every network request refused: only the file itself
  for (const lang of ['en', 'zh-CN'] as const) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const requests: string[] = [];
    await context.route(/^(https?|wss?):/, (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const viewer = await context.newPage();
    const viewerErrors: string[] = [];
    viewer.on('pageerror', (e) => viewerErrors.push(e.message));
    await viewer.goto(`${pathToFileURL(file).href}?test=1&tourMs=600000&lang=${lang}`);
    await viewer.getByTestId('presentation').waitFor({ timeout: 30_000 });
    await viewer.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 60_000 });
    // the tour: stops counted, the next stop drawn in 3D
    assert.match(await viewer.getByTestId('tour-position').innerText(), /^1 \/ \d+$/);
    await viewer.getByTestId('tour-play').click();
    await viewer.getByTestId('tour-next').click();
    await viewer.waitForFunction(() => (document.body.dataset['view'] ?? '').startsWith('building:'), undefined, { timeout: 30_000 });
    const check = await checkStop(viewer);
    assert.equal(overlap(check.card, check.building), 0, `viewer ${lang}: the card covers the building`);
    await nextFrame(viewer);
    const ink = await inkShare(viewer);
    assert.ok(ink > 0.05, `viewer ${lang}: the WebGL canvas is drawn (${ink.toFixed(3)} of pixels inked)`);
    // the KPI card
    await viewer.waitForFunction(() => !document.querySelector('[data-testid="kpi-seats"]')?.textContent?.includes('…'), undefined, { timeout: 60_000 });
    assert.ok(Number((await viewer.getByTestId('kpi-seats').innerText()).replace(/[^\d]/g, '')) > 0, 'KPI seats');
    assert.match(await viewer.getByTestId('kpi-investment').innerText(), /\d/, 'investment per seat');
    assert.match(await viewer.getByTestId('presentation-kpis').innerText(), lang === 'en' ? /Seats/ : /座位/);
    // read-only: no exit to an editor, no editing control
    assert.equal(await viewer.getByTestId('presentation-exit').count(), 0);
    assert.equal(await viewer.locator('.editor-toolbar, .header, [data-testid="export-open"]').count(), 0);
    // the comparison carried in the file: both layouts
    await viewer.getByTestId('presentation-compare').click();
    await viewer.getByTestId('comparison-table').waitFor();
    const header = await viewer.locator('[data-testid="comparison-table"] thead th').allInnerTexts();
    assert.equal(header.length, 3, `measure + two layouts: ${header.join(' | ')}`);
    assert.ok(header.some((h) => h.includes('方案B 舒适型')));
    assert.ok((await viewer.locator('[data-testid="comparison-chart"] rect').count()) > 0);
    assertNoRawKey(await viewer.evaluate(() => document.body.innerText), `viewer ${lang}`);
    await screenshot(viewer, `pack-html-${lang}`);
    await viewer.getByTestId('presentation-comparison-close').click();
    // the language switch
    await viewer.getByTestId('presentation-language').click();
    await viewer.waitForFunction((l) => document.documentElement.lang !== l, lang);
    assert.match(await viewer.getByTestId('presentation-kpis').innerText(), lang === 'en' ? /座位/ : /Seats/);
    assertNoRawKey(await viewer.evaluate(() => document.body.innerText), `viewer switched from ${lang}`);
    assert.deepEqual(requests, [], 'the viewer asked no server for anything');
    assert.deepEqual(viewerErrors, [], `viewer ${lang}: page errors`);
    await context.close();
  }
});

test('(c) an imported pack opens in presentation once; a reload opens it as a normal project', async () => {
  const small = (await (await fetch(`${BASE_URL}/samples/small-floor.callfloor.json`)).json()) as { name: string; site: unknown };
  const pack = JSON.stringify({ ...small, name: 'Investor pack 投资方案', activeProposal: { id: 'a', name: '方案A' }, proposals: [{ id: 'b', name: '方案B', site: small.site }], presentation: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  type Hooks = { __callfloor: { store: { getState(): { plan: { name: string; presentation?: boolean; proposals?: unknown[] }; session: { readOnly?: boolean } } } } };
  const state = () => page.evaluate(() => {
    const s = (window as unknown as Hooks).__callfloor.store.getState();
    return { name: s.plan.name, presentation: s.plan.presentation === true, proposals: s.plan.proposals?.length ?? 0, readOnly: s.session.readOnly === true };
  });
  await page.goto(`${BASE_URL}/?test=1&lang=en&tourMs=600000`);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await page.getByTestId('toggle-projects').click();
  await page.getByTestId('project-import-input').setInputFiles({ name: 'pack.callfloor.json', mimeType: 'application/json', buffer: Buffer.from(pack) });
  await page.getByTestId('presentation').waitFor({ timeout: 30_000 });
  assert.deepEqual(await state(), { name: 'Investor pack 投资方案', presentation: true, proposals: 1, readOnly: true });
  // the comparison is offered in the app's presentation too (worked out on request)
  await page.getByTestId('presentation-compare').click();
  await page.getByTestId('comparison-table').waitFor({ timeout: 120_000 });
  await page.getByTestId('presentation-comparison-close').click();
  await page.keyboard.press('Escape');
  await page.getByTestId('presentation').waitFor({ state: 'detached' });

  // the reload reopens the project: the editor, not the presentation
  await page.reload();
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  await page.waitForFunction(() => (window as unknown as Partial<Hooks>).__callfloor?.store.getState().plan.name === 'Investor pack 投资方案', undefined, { timeout: 30_000 });
  // give a (wrong) presentation time to appear: storage answers in well under a second
  await page.waitForTimeout(1500);
  assert.equal(await page.getByTestId('presentation').count(), 0, 'no presentation after the reload');
  assert.deepEqual(await state(), { name: 'Investor pack 投资方案', presentation: true, proposals: 1, readOnly: false });
  assert.equal(await page.getByTestId('export-open').count(), 1, 'the editor is shown');
  assert.deepEqual(errors, []);
  await context.close();
});
