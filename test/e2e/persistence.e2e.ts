// Browser tests of persistence in Chromium's real IndexedDB (a persistent profile on disk, one per
// test): autosave survives a reload, two tabs cannot overwrite each other, a broken import
// creates nothing, delete can be undone, and a full disk keeps the plan in memory and exportable.
// Run: npx vite build && npx vite preview --port 4176 --strictPort &
//      CALLFLOOR_URL=http://127.0.0.1:4176 npx tsx --test test/e2e/persistence.e2e.ts
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BASE_URL, CHROMIUM, CHROMIUM_ARGS, fetchPlan, screenshot, type SamplePlan } from './helpers.ts';

interface Store {
  getState(): {
    plan: SamplePlan;
    revision: number;
    openFloor(id: string): void;
    select(ids: string[]): void;
  };
}
type Hooked = Window & { __callfloor: { store: Store }; __failWrites?: boolean };

let sample: SamplePlan;
let sampleText: string;

before(async () => {
  sample = await fetchPlan();
  const response = await fetch(`${BASE_URL}/samples/sample-park.callfloor.json`);
  sampleText = await response.text();
});

const seatsOf = (p: SamplePlan): number => p.site.buildings.reduce((n, b) => n + b.floors.reduce((m, f) => m + f.workstations.length, 0), 0);
const close = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;
/** '5760 seats' / '5,760 seats' / '5760 个座席', not inside a longer number (rows in either language). */
const seatsPattern = (n: number): RegExp => new RegExp(`(^|[^\\d,])${n.toLocaleString('en-US').replace(/,/g, ',?')} (seats|个座席)`);

/** A fresh Chromium profile on disk for one test; removed afterwards. */
async function withProfile(fn: (context: BrowserContext) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'callfloor-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 760 },
    acceptDownloads: true,
  });
  try {
    await fn(context);
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Tab {
  page: Page;
  errors: string[];
}

/** Opens the app (English, no ?plan=: the last project reopens if there is one) and waits for its first frame. */
async function openTab(context: BrowserContext, setup?: (page: Page) => Promise<unknown>): Promise<Tab> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await setup?.(page);
  await page.goto(`${BASE_URL}/?test=1&lang=en`);
  await waitReady(page);
  return { page, errors };
}

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.body.dataset['ready'] === '1', undefined, { timeout: 30_000 });
}

const planOf = (page: Page): Promise<SamplePlan> => page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().plan);

function deskIn(plan: SamplePlan, floorId: string, deskId: string): [number, number] {
  const floor = plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === floorId);
  const desk = floor?.workstations.find((w) => w.id === deskId);
  if (!desk) throw new Error(`no desk ${deskId} on ${floorId}`);
  return desk.at;
}

/** Opens the floor, selects the desk and nudges it with an arrow key (0.1 m), as a user would. */
async function nudgeDesk(page: Page, floorId: string, deskId: string, key: 'ArrowRight' | 'ArrowUp'): Promise<void> {
  const before = await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().revision);
  await page.evaluate(
    ([f, d]) => {
      const state = (window as unknown as Hooked).__callfloor.store.getState();
      state.openFloor(f);
      (window as unknown as Hooked).__callfloor.store.getState().select([d]);
    },
    [floorId, deskId] as const,
  );
  await page.keyboard.press(key);
  const after = await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().revision);
  assert.equal(after, before + 1, `${key} changed the plan`);
}

interface SaveBadge {
  status: string | undefined;
  revision: string | undefined;
  dirty: string | undefined;
}

const badge = (page: Page): Promise<SaveBadge | null> =>
  page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('[data-testid=save-status]');
    return el ? { status: el.dataset['status'], revision: el.dataset['revision'], dirty: el.dataset['dirty'] } : null;
  });

/** Waits until the header says the given revision is stored and nothing is left unsaved. */
async function waitSaved(page: Page, revision: number): Promise<void> {
  await page.waitForFunction(
    (r) => {
      const el = document.querySelector<HTMLElement>('[data-testid=save-status]');
      return el?.dataset['status'] === 'saved' && el.dataset['dirty'] === '0' && el.dataset['revision'] === String(r);
    },
    revision,
    { timeout: 20_000 },
  );
}

async function waitStatus(page: Page, status: string): Promise<void> {
  await page.waitForFunction((s) => document.querySelector<HTMLElement>('[data-testid=save-status]')?.dataset['status'] === s, status, { timeout: 20_000 });
}

/** Makes sure the interface is in English (opening a project no longer changes its language; kept as a guard). */
async function useEnglish(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __callfloor: { store: { getState(): { setLocale(l: string): void } } } }).__callfloor.store.getState().setLocale('en'));
}

async function openProjectsPanel(page: Page): Promise<void> {
  // With a desk selected the editor's side panel can cover the header's buttons: deselect first.
  await page.evaluate(() => (window as unknown as Hooked).__callfloor.store.getState().select([]));
  if ((await page.getByTestId('side-panel').count()) === 0) await page.getByTestId('toggle-projects').click();
  await page.getByTestId('projects-panel').waitFor();
}

interface Row {
  id: string;
  name: string;
  text: string;
  current: boolean;
}

const projectRows = (page: Page): Promise<Row[]> =>
  page.$$eval('[data-testid=project-row]', (rows) =>
    rows.map((r) => ({
      id: (r as HTMLElement).dataset['projectId'] ?? '',
      name: (r as HTMLElement).dataset['name'] ?? '',
      text: (r as HTMLElement).innerText,
      current: r.classList.contains('current'),
    })),
  );

async function waitRowCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid=project-row]').length === n, count, { timeout: 20_000 });
}

const FLOOR = 'A-1F';
const deskOf = (index: number): { id: string; at: [number, number] } => {
  const floor = sample.site.buildings[0]!.floors.find((f) => f.id === FLOOR)!;
  return floor.workstations[index]!;
};

test('an edited plan is saved by itself and reopens unchanged after a reload', async () => {
  await withProfile(async (context) => {
    const { page, errors } = await openTab(context);
    // A new profile has no project: the sample park is shown and nothing is stored yet.
    assert.equal(await badge(page), null);
    const desk = deskOf(0);

    // The first edit makes the plan a project (revision 1), the next one is autosaved (revision 2).
    await nudgeDesk(page, FLOOR, desk.id, 'ArrowRight');
    await waitSaved(page, 1);
    await nudgeDesk(page, FLOOR, desk.id, 'ArrowUp');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid=save-status]')?.dataset['dirty'] === '1');
    await waitSaved(page, 2);
    const edited = await planOf(page);
    const at = deskIn(edited, FLOOR, desk.id);
    assert.ok(close(at[0], desk.at[0] + 0.1) && close(at[1], desk.at[1] + 0.1), `desk moved to ${at.join(',')}`);

    await page.reload();
    await waitReady(page);
    await waitSaved(page, 2);
    const reopened = await planOf(page);
    assert.deepEqual(reopened, edited);
    assert.equal(JSON.stringify(reopened), JSON.stringify(edited), 'same key order too');
    await openProjectsPanel(page);
    const rows = await projectRows(page);
    assert.equal(rows.length, 1);
    assert.match(rows[0]!.text, seatsPattern(seatsOf(sample)));
    await screenshot(page, 'persistence-reopened');
    assert.deepEqual(errors, []);
  });
});

test('two tabs: the older tab is warned, cannot overwrite, and reloads the newer revision', async () => {
  await withProfile(async (context) => {
    const a = await openTab(context);
    const moved = deskOf(1);
    const other = deskOf(2);
    await nudgeDesk(a.page, FLOOR, moved.id, 'ArrowRight');
    await waitSaved(a.page, 1);

    const b = await openTab(context);
    await waitSaved(b.page, 1);
    assert.deepEqual(await planOf(b.page), await planOf(a.page));
    // Each tab knows about the other.
    await a.page.getByTestId('other-tabs').waitFor({ timeout: 10_000 });
    await b.page.getByTestId('other-tabs').waitFor({ timeout: 10_000 });

    await nudgeDesk(a.page, FLOOR, moved.id, 'ArrowUp');
    await waitSaved(a.page, 2);
    const fromA = await planOf(a.page);

    // B still holds revision 1 and edits another desk: it must not be stored.
    await nudgeDesk(b.page, FLOOR, other.id, 'ArrowRight');
    await waitStatus(b.page, 'stale');
    await b.page.waitForTimeout(1500); // past the autosave delay
    assert.equal((await badge(b.page))?.status, 'stale');
    assert.match(await b.page.getByTestId('save-message').innerText(), /newer revision of this project was saved in another tab/);
    assert.ok(await b.page.getByTestId('save-reload').isVisible());
    assert.ok(await b.page.getByTestId('save-copy').isVisible());
    await screenshot(b.page, 'persistence-stale-tab');
    const bEdit = deskIn(await planOf(b.page), FLOOR, other.id);
    assert.ok(close(bEdit[0], other.at[0] + 0.1), 'B keeps its edit in memory');

    // The stored head is A's revision, seen by a tab opened now.
    const c = await openTab(context);
    await waitSaved(c.page, 2);
    assert.deepEqual(await planOf(c.page), fromA);
    assert.deepEqual(deskIn(await planOf(c.page), FLOOR, other.id), other.at);
    await c.page.close();

    await b.page.getByTestId('save-reload').click();
    await waitSaved(b.page, 2);
    const reloaded = await planOf(b.page);
    assert.deepEqual(reloaded, fromA);
    const at = deskIn(reloaded, FLOOR, moved.id);
    assert.ok(close(at[0], moved.at[0] + 0.1) && close(at[1], moved.at[1] + 0.1));
    assert.deepEqual(a.errors, []);
    assert.deepEqual(b.errors, []);
  });
});

test('two tabs without BroadcastChannel: the stale save is refused by storage and can be kept as a copy', async () => {
  await withProfile(async (context) => {
    const a = await openTab(context);
    const moved = deskOf(3);
    const other = deskOf(4);
    await nudgeDesk(a.page, FLOOR, moved.id, 'ArrowRight');
    await waitSaved(a.page, 1);
    // B cannot hear A, so only the write transaction's head check stands between them.
    const b = await openTab(context, (page) => page.addInitScript(() => Reflect.deleteProperty(window, 'BroadcastChannel')));
    await waitSaved(b.page, 1);
    await nudgeDesk(a.page, FLOOR, moved.id, 'ArrowUp');
    await waitSaved(a.page, 2);
    assert.equal((await badge(b.page))?.status, 'saved', 'B was not told');

    await nudgeDesk(b.page, FLOOR, other.id, 'ArrowRight');
    await waitStatus(b.page, 'stale');
    assert.ok(await b.page.getByTestId('save-message').isVisible());

    await b.page.getByTestId('save-copy').click();
    await waitSaved(b.page, 1);
    await openProjectsPanel(b.page);
    await waitRowCount(b.page, 2);
    const copy = await planOf(b.page);
    const kept = deskIn(copy, FLOOR, other.id);
    assert.ok(close(kept[0], other.at[0] + 0.1), 'the copy has B’s edit');
    const inCopy = deskIn(copy, FLOOR, moved.id);
    assert.ok(close(inCopy[0], moved.at[0] + 0.1) && close(inCopy[1], moved.at[1]), 'the copy is based on revision 1');

    // The original project's head is still A's revision 2.
    const rows = await projectRows(b.page);
    const original = rows.find((r) => !r.current);
    assert.ok(original, `rows: ${rows.map((r) => r.text).join(' | ')}`);
    await b.page.locator(`[data-project-id="${original.id}"] [data-testid=project-open]`).click();
    await waitSaved(b.page, 2);
    assert.deepEqual(await planOf(b.page), await planOf(a.page));
    assert.deepEqual(b.errors, []);
  });
});

test('importing a plan with a self-intersecting zone lists the problem by path and creates nothing', async () => {
  await withProfile(async (context) => {
    const { page, errors } = await openTab(context);
    await openProjectsPanel(page);
    await page.getByTestId('project-new-sample').click();
    await waitSaved(page, 1);
    await waitRowCount(page, 1);
    await useEnglish(page);
    const before = await projectRows(page);

    const broken = JSON.parse(sampleText) as { site: { buildings: { floors: { zones: { polygon: number[][] }[] }[] }[] } };
    const zone = broken.site.buildings[0]!.floors[0]!.zones[0]!;
    const [p0, p1, p2, p3] = zone.polygon;
    zone.polygon = [p0!, p2!, p1!, p3!]; // corners 1 and 2 swapped: a bow tie
    await page.getByTestId('project-import-input').setInputFiles({ name: 'broken.callfloor.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });

    // App.tsx mounts <ImportProblems/> twice (its own and the one inside <ImportDropZone/>): read the first.
    const report = page.getByTestId('import-problems').first();
    await report.waitFor({ timeout: 20_000 });
    const paths = await report.locator('[data-testid=import-problem]').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset['path']));
    assert.deepEqual(paths, ['site.buildings[0].floors[0].zones[0].polygon']);
    const text = await report.innerText();
    assert.match(text, /site\.buildings\[0\]\.floors\[0\]\.zones\[0\]\.polygon/);
    assert.match(text, /self-intersecting.*edge 0 crosses edge 2/);
    assert.match(text, /broken\.callfloor\.json: 1 problems? found; no project was created/);
    await screenshot(page, 'persistence-import-problems');
    assert.deepEqual(await projectRows(page), before);

    // Nothing reached storage either: a reload lists the same projects.
    await page.reload();
    await waitReady(page);
    await openProjectsPanel(page);
    await waitRowCount(page, 1);
    assert.deepEqual(
      (await projectRows(page)).map((r) => [r.id, r.name]),
      before.map((r) => [r.id, r.name]),
    );

    // The same input takes a valid file (so the check above was not vacuous).
    const small = await (await fetch(`${BASE_URL}/samples/small-floor.callfloor.json`)).text();
    await page.getByTestId('project-import-input').setInputFiles({ name: 'small.callfloor.json', mimeType: 'application/json', buffer: Buffer.from(small) });
    await waitRowCount(page, 2);
    const smallPlan = JSON.parse(small) as SamplePlan;
    const imported = (await projectRows(page)).find((r) => !before.some((old) => old.id === r.id));
    assert.ok(imported);
    assert.equal(imported.name, smallPlan.name || 'small');
    assert.match(imported.text, seatsPattern(seatsOf(smallPlan)));
    assert.deepEqual(errors, []);
  });
});

test('a deleted project disappears and undo brings it back with its seats', async () => {
  await withProfile(async (context) => {
    const { page, errors } = await openTab(context);
    await openProjectsPanel(page);
    await page.getByTestId('project-new-sample').click();
    await waitSaved(page, 1);
    await waitRowCount(page, 1);
    await page.getByTestId('project-new-blank').click();
    await page.getByTestId('project-new-create').click(); // the form asks for the rule set: GB by default
    await waitRowCount(page, 2);
    const rows = await projectRows(page);
    const park = rows.find((r) => seatsPattern(seatsOf(sample)).test(r.text));
    const blank = rows.find((r) => seatsPattern(0).test(r.text));
    assert.ok(park && blank, rows.map((r) => r.text).join(' | '));

    const parkRow = page.locator(`[data-project-id="${park.id}"]`);
    await parkRow.getByTestId('project-delete').click();
    await parkRow.getByTestId('project-delete-confirm').click();
    await waitRowCount(page, 1);
    assert.equal((await projectRows(page))[0]!.id, blank.id);
    assert.match(await page.getByTestId('project-undo-toast').innerText(), new RegExp(sample.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await screenshot(page, 'persistence-deleted');

    await page.getByTestId('project-undo-delete').click();
    await waitRowCount(page, 2);
    const back = (await projectRows(page)).find((r) => r.id === park.id);
    assert.ok(back);
    assert.match(back.text, seatsPattern(seatsOf(sample)));

    // The undo is stored: after a reload the project is listed and opens with every seat.
    await page.reload();
    await waitReady(page);
    await openProjectsPanel(page);
    await waitRowCount(page, 2);
    await page.locator(`[data-project-id="${park.id}"] [data-testid=project-open]`).click();
    await page.waitForFunction((n) => {
      const plan = (window as unknown as Hooked).__callfloor.store.getState().plan;
      return plan.site.buildings.reduce((s, b) => s + b.floors.reduce((m, f) => m + f.workstations.length, 0), 0) === n;
    }, seatsOf(sample));

    // Without undo the deletion sticks.
    await page.locator(`[data-project-id="${blank.id}"] [data-testid=project-delete]`).click();
    await page.locator(`[data-project-id="${blank.id}"] [data-testid=project-delete-confirm]`).click();
    await waitRowCount(page, 1);
    await page.reload();
    await waitReady(page);
    await openProjectsPanel(page);
    await waitRowCount(page, 1);
    assert.equal((await projectRows(page))[0]!.id, park.id);
    assert.deepEqual(errors, []);
  });
});

test('storage full: the failure is shown, the edit stays in memory and can be exported', async () => {
  await withProfile(async (context) => {
    // Every IndexedDB write throws QuotaExceededError while window.__failWrites is set.
    await context.addInitScript(() => {
      const w = window as unknown as { __failWrites?: boolean };
      w.__failWrites = false;
      for (const method of ['put', 'add'] as const) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
          if (w.__failWrites) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          return original.apply(this, args);
        };
      }
    });
    const { page } = await openTab(context);
    const desk = deskOf(5);
    await nudgeDesk(page, FLOOR, desk.id, 'ArrowRight');
    await waitSaved(page, 1);

    await page.evaluate(() => {
      (window as unknown as Hooked).__failWrites = true;
    });
    await nudgeDesk(page, FLOOR, desk.id, 'ArrowUp');
    await waitStatus(page, 'failed');
    assert.match(await page.getByTestId('save-message').innerText(), /browser storage is full/);
    await screenshot(page, 'persistence-quota');
    const inMemory = deskIn(await planOf(page), FLOOR, desk.id);
    assert.ok(close(inMemory[0], desk.at[0] + 0.1) && close(inMemory[1], desk.at[1] + 0.1), 'the edit is still in the store');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-export').click()]);
    assert.match(download.suggestedFilename(), /\.callfloor\.json$/);
    const path = await download.path();
    const exported = JSON.parse(readFileSync(path, 'utf8')) as SamplePlan;
    const exportedAt = deskIn(exported, FLOOR, desk.id);
    assert.ok(close(exportedAt[0], desk.at[0] + 0.1) && close(exportedAt[1], desk.at[1] + 0.1), `exported desk at ${exportedAt.join(',')}`);
    assert.equal(seatsOf(exported), seatsOf(sample));

    // The failed write left revision 1 as the head: a new tab (writes allowed there) reopens it.
    const fresh = await openTab(context);
    await waitSaved(fresh.page, 1);
    const stored = deskIn(await planOf(fresh.page), FLOOR, desk.id);
    assert.ok(close(stored[0], desk.at[0] + 0.1) && close(stored[1], desk.at[1]), `stored desk at ${stored.join(',')}`);
    await fresh.page.close();

    // Space is back: retry stores the edit as revision 2.
    await page.evaluate(() => {
      (window as unknown as Hooked).__failWrites = false;
    });
    await page.getByTestId('save-retry').click();
    await waitSaved(page, 2);
  });
});
