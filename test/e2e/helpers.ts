// Shared launch and wait helpers for the browser tests (playwright-core + Debian Chromium).
// The app must already be served (vite build + vite preview) at CALLFLOOR_URL.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const BASE_URL = (process.env['CALLFLOOR_URL'] ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
export const CHROMIUM = process.env['CALLFLOOR_CHROMIUM'] ?? '/usr/bin/chromium';
/** Where screenshots go; set CALLFLOOR_SHOTS to keep them somewhere else. */
export const SHOTS_DIR = process.env['CALLFLOOR_SHOTS'] ?? '/tmp/callfloor-e2e';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface OpenedApp {
  page: Page;
  /** uncaught page errors seen so far */
  errors: string[];
}

/** Opens the app with URL params (test=1 is always added) and waits for its first frame of a plan. */
export async function openApp(browser: Browser, params: Record<string, string> = {}, viewport = { width: 1000, height: 700 }): Promise<OpenedApp> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const query = new URLSearchParams({ test: '1', ...params }).toString();
  await page.goto(`${BASE_URL}/?${query}`);
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
  return { page, errors };
}

/** Waits until a frame of the given view ('park', 'building:A', 'floor:A-3F', with '|plan' or '|3d') was rendered. */
export async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForFunction((v) => (document.body.dataset['view'] ?? '').startsWith(v), view, { timeout: 30_000 });
}

export interface Stats {
  deskInstances: number;
  chairInstances: number;
  drawCalls: number;
  triangles: number;
  frames: number;
  webgl: string;
  firstFrameMs: number | null;
  renderedView: string;
  /** instances drawn per named instanced mesh ('markers:luminaires', 'markers:airTerminals', 'markers:extinguishers' …) */
  instances: Record<string, number>;
  /** the heat map on the slab and how many of its cells have a value */
  heat: { kind: string; cells: number };
  /** points of the escape route drawn */
  routePoints: number;
}

/** Waits until the scene's stats pass `test` (overlays measured in a worker arrive later). */
export async function waitForStats(page: Page, test: string, timeout = 30_000): Promise<void> {
  await page.waitForFunction(`(() => { const hook = window.__callfloor; if (!hook) return false; const s = hook.stats(); return ${test}; })()`, undefined, { timeout });
}

export function stats(page: Page): Promise<Stats> {
  return page.evaluate(() => (window as unknown as { __callfloor: { stats(): Stats } }).__callfloor.stats());
}

/** Waits for a fresh frame (after the store changed) so pixels and stats are current. */
export async function nextFrame(page: Page): Promise<void> {
  const before = (await stats(page)).frames;
  // the canvas draws on demand: ask for a frame, or an unchanged scene would never draw one
  await page.evaluate(() => (window as unknown as { __callfloor: { redraw?(): void } }).__callfloor.redraw?.());
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForFunction((n) => (window as unknown as { __callfloor: { stats(): { frames: number } } }).__callfloor.stats().frames > n, before, { timeout: 15_000 }).catch(() => undefined);
}

/**
 * Share of canvas pixels that differ from the background colour. Needs ?test=1, where the
 * canvas keeps its drawing buffer so it can be read back.
 */
export function inkShare(page: Page, background: [number, number, number] = [0xe9, 0xed, 0xf1]): Promise<number> {
  return page.evaluate((bg) => {
    const source = document.querySelector('.scene canvas');
    if (!(source instanceof HTMLCanvasElement)) return 0;
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d');
    if (!ctx) return 0;
    ctx.drawImage(source, 0, 0);
    const { data } = ctx.getImageData(0, 0, copy.width, copy.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (Math.abs(data[i]! - bg[0]) + Math.abs(data[i + 1]! - bg[1]) + Math.abs(data[i + 2]! - bg[2]) > 24) ink++;
    }
    return ink / (data.length / 4);
  }, background);
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true });
  const path = join(SHOTS_DIR, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** Where a plan point (at a height above the shown floor) is on the page. */
export async function clientPoint(page: Page, p: [number, number], height = 0): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([q, h]) => (window as unknown as { __callfloor: { planToClient(p: [number, number], h: number): { x: number; y: number } | null } }).__callfloor.planToClient(q, h),
    [p, height] as const,
  );
  if (!point) throw new Error(`plan point ${p.join(',')} is off screen`);
  return point;
}

export interface SamplePlan {
  name: string;
  site: {
    buildings: {
      id: string;
      name: string;
      footprint: [number, number][];
      height: number;
      floors: { id: string; name: string; level: number; workstations: { id: string; at: [number, number] }[] }[];
    }[];
  };
}

/** The plan file as the server has it, read independently of the app (to compute expected numbers). */
export async function fetchPlan(path = '/samples/sample-park.callfloor.json'): Promise<SamplePlan> {
  const response = await fetch(`${BASE_URL}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as SamplePlan;
}

/** RGB of the scene canvas's pixels in a client-space box (the page needs ?test=1: a preserved drawing buffer). */
export function canvasPixels(page: Page, x0: number, y0: number, x1: number, y1: number): Promise<number[]> {
  return page.evaluate(([ax, ay, bx, by]) => {
    const source = document.querySelector('.scene canvas') as HTMLCanvasElement;
    const rect = source.getBoundingClientRect();
    const s = source.width / rect.width;
    const x = Math.round((Math.min(ax, bx) - rect.left) * s);
    const y = Math.round((Math.min(ay, by) - rect.top) * s);
    const w = Math.max(1, Math.round(Math.abs(bx - ax) * s));
    const h = Math.max(1, Math.round(Math.abs(by - ay) * s));
    const copy = document.createElement('canvas');
    copy.width = source.width;
    copy.height = source.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(source, 0, 0);
    const data = ctx.getImageData(x, y, w, h).data;
    const out: number[] = [];
    for (let i = 0; i < data.length; i += 4) out.push(data[i]!, data[i + 1]!, data[i + 2]!);
    return out;
  }, [x0, y0, x1, y1] as const);
}

/** Waits until the project's autosave has stored the plan as it is now. */
export async function waitSaved(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const el = document.querySelector<HTMLElement>('[data-testid=save-status]');
      return el?.dataset['status'] === 'saved' && el.dataset['dirty'] === '0';
    },
    undefined,
    { timeout },
  );
}

/** Waits until the checks panel shows the findings of the plan's current revision. */
export async function waitForChecks(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const panel = document.querySelector('[data-testid="rule-panel"]');
      const store = (window as unknown as { __callfloor: { store: { getState(): { revision: number } } } }).__callfloor.store;
      return panel instanceof HTMLElement && panel.dataset['pending'] === '0' && Number(panel.dataset['revision']) === store.getState().revision;
    },
    undefined,
    { timeout },
  );
}
