// Browser test of reading a DXF through the underlay panel: a ~5 MB drawing is read in the DXF
// worker with its progress shown, then its layers are listed with their counts (a frozen and an
// off layer listed, tagged and unticked: they start hidden), what was not drawn is counted by
// type, and the page kept answering meanwhile. A DWG gets the DWG message, in English and Chinese.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/dxfImport.e2e.ts
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launch, nextFrame, openApp, SHOTS_DIR } from './helpers.ts';
import { custom, dxf, line, lwpolyline, text, type Group } from '../floorplan/underlay/dxfText.ts';

const PARAMS = { plan: '/samples/example.callfloor.json', floor: 'A-3F', camera: 'plan' };
const VIEWPORT = { width: 1600, height: 900 };

let browser: Browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** A 60 × 30 m floor in millimetres, with 80,000 short hatching lines on FURN to make the file big. */
function bigDrawing(): string {
  const entities: Group[][] = [
    lwpolyline('WALL', [[0, 0], [60000, 0], [60000, 30000], [0, 30000]], true),
    line('WALL', [0, 15000], [60000, 15000]),
    line('ICE', [0, 0], [60000, 30000]),
    line('OFFL', [0, 30000], [60000, 0]),
    text('ROOM', '会议室', [3000, 3000], { height: 500 }),
    custom('POINT'),
    custom('WIPEOUT'),
    custom('WIPEOUT'),
  ];
  for (let i = 0; i < 80000; i++) {
    const x = 1000 + (i % 400) * 140;
    const y = 1000 + Math.floor(i / 400) * 140;
    entities.push(line('FURN', [x, y], [x + 100, y + 100]));
  }
  return dxf({ insunits: 4, layers: [{ name: 'WALL' }, { name: 'ICE', frozen: true }, { name: 'OFFL', off: true }, { name: 'FURN' }, { name: 'ROOM' }], entities });
}

async function openUnderlayPanel(lang: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openApp(browser, { ...PARAMS, lang }, VIEWPORT);
  await nextFrame(opened.page);
  await opened.page.locator('[data-panel="underlay"]').click();
  return opened;
}

function hiddenLayersOf(page: Page): Promise<string[] | undefined> {
  return page.evaluate(() => {
    const { plan } = (window as unknown as { __callfloor: { store: { getState(): { plan: { site: { buildings: { floors: { id: string; underlay?: { hiddenLayers?: string[] } }[] }[] } } } } } }).__callfloor.store.getState();
    return plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === 'A-3F')?.underlay?.hiddenLayers;
  });
}

async function panelShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  await page.getByTestId('underlay-panel').screenshot({ path: join(SHOTS_DIR, `${name}.png`) });
}

test('a big DXF is read with progress, its layers listed (frozen and off ones hidden) and what was not drawn counted', async () => {
  const { page, errors } = await openUnderlayPanel('en');
  const source = bigDrawing();
  assert.ok(source.length > 4_000_000, `the drawing is ${(source.length / 1e6).toFixed(1)} MB`);
  await page.getByTestId('underlay-file').setInputFiles({ name: 'floor.dxf', mimeType: 'application/dxf', buffer: Buffer.from(source) });
  await page.getByTestId('underlay-progress').waitFor({ state: 'visible', timeout: 10_000 });
  // long tasks on the page from now on (not before: handing the test's 5 MB to the page is one)
  await page.evaluate(() => {
    const w = window as unknown as { __longTasks: number[] };
    w.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__longTasks.push(e.duration))).observe({ type: 'longtask', buffered: false });
  });
  const during = await page.getByTestId('underlay-progress').innerText();
  assert.match(during, /Reading floor\.dxf/);
  // the page answers while the worker reads: a timer scheduled now fires within 250 ms
  const timerLag = await page.evaluate(() => new Promise<number>((resolve) => {
    const t0 = performance.now();
    setTimeout(() => resolve(performance.now() - t0), 0);
  }));
  assert.ok(timerLag < 250, `a timer waited ${timerLag.toFixed(0)} ms during the read`);
  await page.getByTestId('underlay-summary').waitFor({ timeout: 60_000 });
  assert.equal(await page.getByTestId('underlay-progress').count(), 0, 'the progress is gone once read');

  // 4 outline edges + 1 wall + 2 diagonals + 80,000 hatching lines
  assert.match(await page.getByTestId('underlay-summary').innerText(), /80007 segments, 5 layers/);
  const rows = await page.locator('[data-testid="underlay-layers"] li').evaluateAll((items) =>
    items.map((li) => ({ layer: (li as HTMLElement).dataset['layer'], text: (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), ticked: (li.querySelector('input') as HTMLInputElement).checked })),
  );
  assert.deepEqual(rows, [
    { layer: 'WALL', text: 'WALL 5', ticked: true },
    { layer: 'ICE', text: 'ICE frozen in file 1', ticked: false },
    { layer: 'OFFL', text: 'OFFL off in file 1', ticked: false },
    { layer: 'ROOM', text: 'ROOM 0 · 1 text', ticked: true },
    { layer: 'FURN', text: 'FURN 80000', ticked: true },
  ]);
  assert.deepEqual(await hiddenLayersOf(page), ['ICE', 'OFFL']);
  const skipped = await page.locator('[data-testid="underlay-skipped"] li').evaluateAll((items) => items.map((li) => (li as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
  assert.deepEqual(skipped, ['WIPEOUT 2', 'POINT 1']);

  // a frozen layer can be shown
  await page.locator('[data-layer="ICE"] input').check();
  assert.deepEqual(await hiddenLayersOf(page), ['OFFL']);
  const longTasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  console.log(`long tasks during the read and after: ${longTasks.map((d) => d.toFixed(0)).join(', ') || 'none'}`);
  await page.getByTestId('underlay-frame').click();
  await nextFrame(page);
  await panelShot(page, 'dxf-import-panel-en');
  await page.screenshot({ path: join(SHOTS_DIR, 'dxf-import-en.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a DWG gets the DWG message in the UI language', async () => {
  for (const [lang, expected] of [['en', /This is a DWG file \(AutoCAD 2013\), not a DXF\. Save it as DXF first/], ['zh-CN', /这是 DWG 文件（AutoCAD 2013），不是 DXF。请先另存为 DXF/]] as const) {
    const { page, errors } = await openUnderlayPanel(lang);
    const dwg = Buffer.concat([Buffer.from('AC1027'), Buffer.from([0, 0, 0, 0, 0, 0x0f, 0x01, 0x1f, 0x8b])]);
    await page.getByTestId('underlay-file').setInputFiles({ name: 'plan.dwg', mimeType: 'application/acad', buffer: dwg });
    await page.getByTestId('underlay-notice').waitFor({ timeout: 10_000 });
    assert.match(await page.getByTestId('underlay-notice').innerText(), expected);
    await panelShot(page, `dxf-import-dwg-${lang}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('the panel in Chinese: layer states, skipped types and the sheet-scale notice', async () => {
  const { page, errors } = await openUnderlayPanel('zh-CN');
  // a 1:100 sheet in paper millimetres: the 60 m floor drawn 600 units wide, with a frozen layer
  const source = dxf({
    insunits: 4,
    layers: [{ name: '墙体' }, { name: '家具', frozen: true }],
    entities: [
      lwpolyline('墙体', [[0, 0], [600, 0], [600, 300], [0, 300]], true),
      line('墙体', [0, 150], [600, 150]),
      line('家具', [10, 10], [20, 20]),
      text('文字', '会议室 1:100', [50, 50], { height: 5 }),
      custom('TCH_OPENING'),
    ],
  });
  await page.getByTestId('underlay-file').setInputFiles({ name: '平面图.dxf', mimeType: 'application/dxf', buffer: Buffer.from(source) });
  await page.getByTestId('underlay-summary').waitFor({ timeout: 20_000 });
  assert.match(await page.getByTestId('underlay-sheet').innerText(), /1:100/);
  assert.match(await page.locator('[data-layer="家具"]').innerText(), /文件中已冻结/);
  assert.match(await page.getByTestId('underlay-reader-notice').innerText(), /天正/);
  await panelShot(page, 'dxf-import-panel-zh');
  await page.getByTestId('underlay-sheet-apply').click();
  const scale = await page.evaluate(() => {
    const { plan } = (window as unknown as { __callfloor: { store: { getState(): { plan: { site: { buildings: { floors: { id: string; underlay?: { scale: number } }[] }[] } } } } } }).__callfloor.store.getState();
    return plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === 'A-3F')?.underlay?.scale;
  });
  assert.ok(Math.abs(scale! - 0.1) < 1e-12, `1:100 of millimetres is 0.1 m per unit, got ${scale}`);
  assert.equal(await page.getByTestId('underlay-sheet').count(), 0, 'the notice goes once the sheet scale is used');
  assert.deepEqual(errors, []);
  await page.close();
});
