// Persistence in Chromium's real IndexedDB (a persistent profile on disk), driven the way a user
// drives it, through the app's own session and ProjectRepository:
// - first save: the first edit of a 20,000-seat building makes it a project (every blob written);
// - autosave after one edit: 'saving' → 'saved' in the header badge (one floor blob + skeleton);
// - load: "open" in the project list → the plan is in the editor (read, decode, load);
// - the sample park opened from the project list → its first frame.
// Needs a build (`vite build`); uses browser.ts's preview server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import type { Measure } from '../harness.ts';
import { buildingOf, parkOf, seatLabel } from '../plans.ts';
import { BENCH_ORIGIN, ensureServer, publish } from './browser.ts';

const ARGS = ['--no-sandbox', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

export interface StorageResults {
  firstSaveMs: number[];
  autosaveMs: number[];
  loadMs: number[];
  /** the big building opened from the list → its first frame */
  buildingFrameMs: number[];
  /** the sample park opened from the list → its first frame */
  parkFrameMs: number[];
  parkSeats: number;
}

// In-page timing helpers as plain source: functions passed to page.evaluate from TypeScript can
// pick up the transpiler's helpers (`__name`), which do not exist in the page.
const PAGE_HELPERS = `
window.__storageBench = (() => {
  const hook = () => window.__callfloor;
  const seats = (plan) => plan.site.buildings.reduce((n, b) => n + b.floors.reduce((m, f) => m + f.workstations.length, 0), 0);
  const until = (test, timeoutMs = 120000) => new Promise((resolve, reject) => {
    const start = performance.now();
    const poll = () => {
      if (test()) resolve();
      else if (performance.now() - start > timeoutMs) reject(new Error('timed out'));
      else setTimeout(poll, 2);
    };
    poll();
  });
  // Every change of the save badge, stamped when React committed it.
  const log = [];
  let last = '';
  const record = () => {
    const el = document.querySelector('[data-testid=save-status]');
    const entry = el ? { status: el.dataset.status, revision: Number(el.dataset.revision), dirty: el.dataset.dirty === '1' } : { status: null, revision: 0, dirty: false };
    const key = JSON.stringify(entry);
    if (key !== last) { last = key; log.push({ ...entry, t: performance.now() }); }
  };
  // the page has no body yet when this runs: watch the whole document
  new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status', 'data-revision', 'data-dirty'] });
  const nudge = (floorId, deskId) => {
    const store = hook().store;
    if (floorId) { store.getState().openFloor(floorId); store.getState().select([deskId]); }
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }));
  };
  const savedAt = (revision, since) => log.find((e) => e.t >= since && e.status === 'saved' && e.revision === revision && !e.dirty);
  return {
    /** ms from the first edit of an unsaved plan until the badge says revision 1 is stored */
    async firstSave(floorId, deskId) {
      const t0 = performance.now();
      nudge(floorId, deskId);
      await until(() => savedAt(1, t0));
      return savedAt(1, t0).t - t0;
    },
    /** one edit, then ms from 'saving' to 'saved' (the debounce before the save is not counted) */
    async autosave() {
      const base = hook().store;
      const t0 = performance.now();
      const before = log.filter((e) => e.status === 'saved').at(-1)?.revision ?? 0;
      nudge(null, null);
      if (base.getState().revision === 0) throw new Error('no edit');
      await until(() => savedAt(before + 1, t0));
      const saved = savedAt(before + 1, t0);
      const saving = log.filter((e) => e.t >= t0 && e.t <= saved.t && e.status === 'saving').at(-1);
      if (!saving) throw new Error('no saving state seen');
      return saved.t - saving.t;
    },
    /** clicks "open" on a project row; ms until the plan is in the editor and until the next frame after that */
    async open(projectId, expectedSeats) {
      const { store, stats } = hook();
      const button = document.querySelector('[data-project-id="' + projectId + '"] [data-testid=project-open]');
      if (!button) throw new Error('no open button for ' + projectId);
      let loadedAt = null;
      let framesAtLoad = 0;
      const stop = store.subscribe((s) => {
        if (loadedAt === null && seats(s.plan) === expectedSeats) { loadedAt = performance.now(); framesAtLoad = stats().frames; }
      });
      const t0 = performance.now();
      button.click();
      await until(() => loadedAt !== null);
      stop();
      await new Promise((resolve) => { const tick = () => (stats().frames > framesAtLoad ? resolve() : requestAnimationFrame(tick)); tick(); });
      return { loadMs: loadedAt - t0, frameMs: performance.now() - t0 };
    },
  };
})();
`;

interface BenchHook {
  firstSave(floorId: string, deskId: string): Promise<number>;
  autosave(): Promise<number>;
  open(projectId: string, seats: number): Promise<{ loadMs: number; frameMs: number }>;
}
const bench = (page: Page): BenchHook => {
  const call =
    (method: keyof BenchHook) =>
    (...args: unknown[]) =>
      page.evaluate(([m, a]) => (window as unknown as { __storageBench: Record<string, (...x: unknown[]) => unknown> }).__storageBench[m as string]!(...(a as unknown[])), [method, args] as const);
  return { firstSave: call('firstSave'), autosave: call('autosave'), open: call('open') } as BenchHook;
};

/**
 * buildingOf(seats) with its desks' sizes put back: it shifts every [x, y] pair of a moved floor,
 * the [width, depth] `size` of each desk too, so the app refuses the plan (negative widths).
 * Merged ids are `L<level>-<park id>`; the park's own desks have the right sizes.
 */
export function loadableBuilding(seats: number): PlanDocument {
  const sizes = new Map<string, [number, number]>();
  for (const b of parkOf(seats).site.buildings) for (const f of b.floors) for (const w of f.workstations) sizes.set(w.id, w.size);
  const plan = buildingOf(seats);
  const building = plan.site.buildings[0]!;
  const floors = building.floors.map((f) => ({ ...f, workstations: f.workstations.map((w) => ({ ...w, size: sizes.get(w.id.replace(/^L\d+-/, '')) ?? w.size })) }));
  return { ...plan, site: { ...plan.site, buildings: [{ ...building, floors }] } };
}

const countSeats = (plan: PlanDocument): number => plan.site.buildings.reduce((n, b) => n + b.floors.reduce((m, f) => m + f.workstations.length, 0), 0);

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 180_000 });
}

/** A DOM click: a benchmark times storage, so other panels laid over a button must not stop it. */
async function press(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  await button.waitFor({ state: 'attached' });
  await button.evaluate((el) => (el as HTMLElement).click());
}

/** The id of the project open now (its row is marked current), once it is not one of `old`. */
async function currentProject(page: Page, old: string[]): Promise<string> {
  const handle = await page.waitForFunction(
    (ids) => {
      const row = document.querySelector<HTMLElement>('[data-testid=project-row].current');
      const id = row?.dataset['projectId'];
      return id && !ids.includes(id) ? id : null;
    },
    old,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as string;
}

/** Presses a "new project" button; resolves with the new project's id once it is open. */
async function createProject(page: Page, testId: string): Promise<string> {
  const old = (await rowIds(page)).map((r) => r.id);
  await press(page, testId);
  // a blank project first asks for its name and rule set: the defaults are fine
  if (testId === 'project-new-blank') await press(page, 'project-new-create');
  return currentProject(page, old);
}

async function rowIds(page: Page): Promise<{ id: string; name: string; current: boolean }[]> {
  return page.$$eval('[data-testid=project-row]', (rows) =>
    rows.map((r) => ({ id: (r as HTMLElement).dataset['projectId'] ?? '', name: (r as HTMLElement).dataset['name'] ?? '', current: r.classList.contains('current') })),
  );
}

/**
 * One persistent profile: `pages` loads of the big plan, each saved first and then autosaved
 * `autosaves` times; then `opens` alternating opens of the big project, a blank one and the sample park.
 */
export async function storageSession(origin: string, planUrl: string, plan: PlanDocument, counts: { pages: number; autosaves: number; opens: number }): Promise<StorageResults> {
  const results: StorageResults = { firstSaveMs: [], autosaveMs: [], loadMs: [], buildingFrameMs: [], parkFrameMs: [], parkSeats: 0 };
  const floor = plan.site.buildings[0]!.floors.find((f) => f.workstations.length > 0)!;
  const desk = floor.workstations[0]!;
  const seats = countSeats(plan);
  const dir = mkdtempSync(join(tmpdir(), 'callfloor-bench-profile-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1000, height: 700 } });
  try {
    await context.addInitScript({ content: PAGE_HELPERS });
    const page = await context.newPage();
    for (let i = 0; i < counts.pages; i++) {
      await page.goto(`${origin}/?${new URLSearchParams({ plan: planUrl, lang: 'en' })}`);
      await waitReady(page);
      results.firstSaveMs.push(await bench(page).firstSave(floor.id, desk.id));
      for (let k = 0; k < counts.autosaves; k++) results.autosaveMs.push(await bench(page).autosave());
    }
    // The project list: the big building (open now), a blank project and the sample park.
    await press(page, 'toggle-projects');
    const big = await currentProject(page, []);
    const blank = await createProject(page, 'project-new-blank');
    const park = await createProject(page, 'project-new-sample');
    const sample = (await (await fetch(`${origin}/samples/sample-park.callfloor.json`)).json()) as PlanDocument;
    results.parkSeats = countSeats(sample);
    for (let i = 0; i < counts.opens; i++) {
      await bench(page).open(blank, 0);
      const building = await bench(page).open(big, seats);
      results.loadMs.push(building.loadMs);
      results.buildingFrameMs.push(building.frameMs);
      await bench(page).open(blank, 0);
      results.parkFrameMs.push((await bench(page).open(park, results.parkSeats)).frameMs);
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

export function storageMeasures(quick: boolean): Measure[] {
  const seats = quick ? 2000 : 20000;
  const counts = quick ? { pages: 1, autosaves: 1, opens: 1 } : { pages: 3, autosaves: 2, opens: 5 };
  let results: StorageResults | null = null;
  const prepare = async (): Promise<StorageResults> => {
    if (!results) {
      await ensureServer();
      const plan = loadableBuilding(seats);
      results = await storageSession(BENCH_ORIGIN, publish(`storage-building-${seats}`, plan), plan, counts);
    }
    return results;
  };
  const label = () => `building, ${seatLabel(buildingOf(seats))}`;
  const measure = (name: string, target: number | undefined, runs: number, pick: (r: StorageResults) => number[], size = label): Measure => {
    let k = 0;
    return {
      name,
      get size() {
        return size();
      },
      unit: 'ms',
      runs,
      ...(target !== undefined ? { target } : {}),
      async run() {
        const values = pick(await prepare());
        return values[k++ % values.length]!;
      },
    };
  };
  const parkLabel = () => `sample park, ${(results?.parkSeats ?? 0).toLocaleString('en-US')} seats`;
  return [
    measure('storage: first save, IndexedDB (Chromium)', undefined, counts.pages, (r) => r.firstSaveMs),
    measure('storage: autosave of one edit, IndexedDB (Chromium)', 500, counts.pages * counts.autosaves, (r) => r.autosaveMs),
    measure('storage: load, open from list (Chromium)', 500, counts.opens, (r) => r.loadMs),
    measure('storage: open from list → first frame', undefined, counts.opens, (r) => r.buildingFrameMs),
    measure('storage: open sample park from list → first frame', 1500, counts.opens, (r) => r.parkFrameMs, parkLabel),
  ];
}
