// Ratchets measured in the browser (bench/ratchets.ts): draw calls of each view of the sample
// park (park, building A, floor A-3F in 3D and in plan) and the JavaScript heap once the park is
// open and checked. Each must stay at or under its ceiling in bench/ratchets.json; the test prints
// now against ceiling for every figure.
// Run: npx vite build && npx vite preview --port 4173 & npx tsx --test test/e2e/ratchets.e2e.ts
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { checkRatchets, printRatchets, readRatchets } from '../../bench/ratchets.ts';
import { CHROMIUM, CHROMIUM_ARGS, nextFrame, openApp, stats, waitForChecks, waitForView } from './helpers.ts';

let browser: Browser;

before(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
});

interface Win {
  __callfloor: { store: { getState(): { openBuilding(id: string): void; openFloor(id: string): void } } };
}

/** Draw calls of the settled view: the checks' markers are in, two fresh frames drawn. */
async function settledDrawCalls(page: Page): Promise<number> {
  await waitForChecks(page);
  await nextFrame(page);
  await nextFrame(page);
  return (await stats(page)).drawCalls;
}

/** The page's JavaScript heap after a full garbage collection (DevTools protocol), in MB. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 2 ** 20;
  } finally {
    await cdp.detach();
  }
}

test('draw calls per view and the heap of the open sample park stay at or under their ceilings', async () => {
  const { page, errors } = await openApp(browser, {}, { width: 1000, height: 700 });
  await waitForView(page, 'park');
  const measured: Record<string, number> = {};
  measured['draw calls: park (sample park)'] = await settledDrawCalls(page);
  measured['JS heap: sample park open and checked'] = await heapAfterGc(page);

  await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().openBuilding('A'));
  await waitForView(page, 'building:A');
  measured['draw calls: building A'] = await settledDrawCalls(page);

  await page.evaluate(() => (window as unknown as Win).__callfloor.store.getState().openFloor('A-3F'));
  await waitForView(page, 'floor:A-3F|3d');
  measured['draw calls: floor A-3F in 3D'] = await settledDrawCalls(page);

  await page.getByTestId('camera-plan').click();
  await waitForView(page, 'floor:A-3F|plan');
  measured['draw calls: floor A-3F in plan'] = await settledDrawCalls(page);

  for (const [name, value] of Object.entries(measured)) assert.ok(value > 0, `${name}: ${value}, nothing measured`);
  const report = checkRatchets(measured, readRatchets());
  printRatchets('browser ratchets (ceilings: bench/ratchets.json)', report);
  assert.deepEqual(report.failures, []);
  assert.deepEqual(errors, []);
  await page.close();
});
