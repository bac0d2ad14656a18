// The app in headless Chromium (SwiftShader: judge CPU time, not fps): first frame, JavaScript
// time per frame while orbiting, draw calls, picking and heap, for a floor and a whole building
// in view. Serves the bench's build (bench/build.ts: made on first use, or CALLFLOOR_DIST) with
// `vite preview` on a port of its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { serializePlan } from '../../src/floorplan/format/serializePlan.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { benchBuild } from '../build.ts';
import type { Measure } from '../harness.ts';
import { buildingOf, denseFloor, seatLabel } from '../plans.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// Not 4190: browsers and node's fetch refuse it (a 'bad port' of the Fetch standard, ManageSieve).
const PORT = 4196;
/** the build being served (absolute), set by ensureServer */
let dist: string | null = null;
/** where ensureServer serves the build (storage.ts opens its own persistent profile against it) */
export const BENCH_ORIGIN = `http://127.0.0.1:${PORT}`;
const ARGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage', '--enable-precise-memory-info'];

let server: ChildProcess | null = null;
let browser: Browser | null = null;

export async function ensureServer(): Promise<void> {
  if (server) return;
  // Something else on the port would serve another build: refuse rather than measure it.
  const busy = await fetch(`http://127.0.0.1:${PORT}/`).then(() => true, () => false);
  if (busy) throw new Error(`port ${PORT} is already in use`);
  dist = await benchBuild();
  // vite itself (not npx), in its own process group, so closing stops the server for good.
  server = spawn(`${ROOT}node_modules/.bin/vite`, ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', dist], { cwd: ROOT, stdio: 'ignore', detached: true });
  process.on('exit', () => stopServer());
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('vite preview did not start');
}

async function ensureBrowser(): Promise<Browser> {
  if (!browser) browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  return browser;
}

/**
 * A browser of its own with the app open on a published plan, in plan view, once the scene is
 * ready: for measures that change the plan (the shared browser's pages must stay as loaded).
 * Close the browser when done.
 */
export async function openAppOnPlan(planUrl: string, floorId: string, viewport: { width: number; height: number }): Promise<{ browser: Browser; page: Page }> {
  const own = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const page = await own.newPage({ viewport });
    await page.goto(`${BENCH_ORIGIN}/?${new URLSearchParams({ plan: planUrl, floor: floorId, camera: 'plan' })}`);
    await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 180_000 });
    return { browser: own, page };
  } catch (error) {
    await own.close();
    throw error;
  }
}

export async function closeBrowserBench(): Promise<void> {
  await browser?.close();
  browser = null;
  stopServer();
}

function stopServer(): void {
  if (server?.pid) {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  }
  server = null;
}

/** Writes a plan into the served build (call ensureServer first); returns its URL path. */
export function publish(name: string, plan: PlanDocument): string {
  if (!dist) throw new Error('publish before ensureServer: no build is served yet');
  mkdirSync(`${dist}/bench`, { recursive: true });
  writeFileSync(`${dist}/bench/${name}.json`, serializePlan(plan, { indent: 0 }));
  return `/bench/${name}.json`;
}

interface ViewResult {
  firstFrameMs: number;
  jsPerFrameMs: number;
  drawCalls: number;
  pickMs: number;
  heapMb: number;
  desks: number;
}

async function openView(planUrl: string, target: { floor?: string; building?: string }): Promise<ViewResult> {
  const b = await ensureBrowser();
  const page = await b.newPage({ viewport: { width: 1000, height: 700 } });
  try {
    const query = new URLSearchParams({ plan: planUrl, camera: '3d', ...(target.floor ? { floor: target.floor } : {}) });
    await page.goto(`http://127.0.0.1:${PORT}/?${query}`);
    await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 120_000 });
    const firstFrameMs = (await page.evaluate(() => window.__callfloor!.stats().firstFrameMs)) ?? NaN;
    if (target.building) {
      await page.evaluate((id) => window.__callfloor!.store.getState().openBuilding(id), target.building);
      await page.waitForFunction((id) => (document.body.dataset['view'] ?? '').startsWith(`building:${id}`), target.building, { timeout: 120_000 });
    }
    const bench = await page.evaluate(() => window.__callfloor!.benchFrames(30));
    const desks = await page.evaluate(() => window.__callfloor!.stats().deskInstances);
    return { firstFrameMs, jsPerFrameMs: bench.jsPerFrameMs, drawCalls: bench.drawCalls, pickMs: bench.pickMs, heapMb: bench.heapMb ?? NaN, desks };
  } finally {
    await page.close();
  }
}

function viewMeasures(label: string, make: () => { url: string; target: { floor?: string; building?: string } }, runs: number): Measure[] {
  const results: ViewResult[] = [];
  let prepared: { url: string; target: { floor?: string; building?: string } } | null = null;
  const prepare = async (): Promise<void> => {
    if (results.length) return;
    await ensureServer();
    prepared = make();
    for (let i = 0; i < runs; i++) results.push(await openView(prepared.url, prepared.target));
  };
  let k = 0;
  const pick = (f: (r: ViewResult) => number) => async (): Promise<number> => {
    await prepare();
    return f(results[k++ % results.length]!);
  };
  const measure = (name: string, unit: Measure['unit'], target: number | undefined, f: (r: ViewResult) => number): Measure => ({
    name,
    size: label,
    unit,
    runs,
    ...(target !== undefined ? { target } : {}),
    run: pick(f),
  });
  return [
    measure('first frame (browser)', 'ms', 4000, (r) => r.firstFrameMs),
    measure('JS per frame, orbiting', 'ms', 5, (r) => r.jsPerFrameMs),
    measure('draw calls', 'calls', 60, (r) => r.drawCalls),
    measure('picking (raycast)', 'ms', 25, (r) => r.pickMs),
    measure('JS heap', 'MB', undefined, (r) => r.heapMb),
  ];
}

export function browserMeasures(quick: boolean): Measure[] {
  const floorSeats = quick ? [500] : [2000];
  const out: Measure[] = [];
  for (const seats of floorSeats) {
    const plan = denseFloor(seats);
    out.push(
      ...viewMeasures(`floor, ${seatLabel(plan)}`, () => ({ url: publish(`floor-${seats}`, plan), target: { floor: plan.site.buildings[0]!.floors[0]!.id } }), quick ? 1 : 3),
    );
  }
  if (!quick) {
    const plan = buildingOf(20000);
    out.push(...viewMeasures(`building, ${seatLabel(plan)}`, () => ({ url: publish('building-20000', plan), target: { building: 'T' } }), 3));
  }
  return out;
}
