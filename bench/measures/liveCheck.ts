// The live re-check as a planner meets it, in Chromium: the app has checked the 2,000-seat floor;
// a desk is selected and nudged with an arrow key (one moveElements command), and the app's rules
// worker re-checks that floor. Measured: the worker round trip the app records (the edit's patches
// posted, the floor re-checked with the worker's memory of it, the reply merged; `lastRun.runMs`
// in src/editor/checks.ts), and the whole way from the edit (the key's command in the store) to the
// findings in the panel's store (`lastRun.editToResultMs`). A key's command is posted at once, so
// the worker re-checks while the page draws the moved desk, and its answer is read once that frame
// is done: the whole way includes that wait, the round trip leaves it out (`lastRun.answerWaitMs`;
// in headless Chromium, SwiftShader, a frame of this floor holds the page for a few hundred ms
// while the canvas is read back). A second page measures a user's first edits: the floor opened,
// checked, then left alone for a few seconds (the rules worker rehearses edits meanwhile: its
// idle warm-up), then nudged with no untimed edits first. Needs a build, served like
// bench/measures/browser.ts.
import type { ChecksStore } from '../../src/editor/checks.ts';
import type { EditorStore } from '../../src/editor/store.ts';
import type { Measure } from '../harness.ts';
import { denseFloor, seatLabel } from '../plans.ts';
import { ensureServer, openAppOnPlan, publish } from './browser.ts';

const EDITS = 12;
/** edits before timing: the worker's first re-checks compile its code paths */
const WARM_EDITS = 3;
/** the first edits after opening: how many, and how long the user looks before the first */
const FIRST_EDITS = 5;
const LOOK_MS = 5000;

interface PageWindow {
  __callfloor: { store: EditorStore; checks: ChecksStore };
}

interface LiveResult {
  /** worker round trip per timed edit (ms) */
  runMs: number[];
  /** from the edit to the result in the panel's store, every wait included (ms) */
  editToResultMs: number[];
}

async function measureLiveChecks(planUrl: string, floorId: string, untimed: number, timed: number, lookMs = 0): Promise<LiveResult> {
  const { browser, page } = await openAppOnPlan(planUrl, floorId, { width: 1400, height: 850 });
  try {
    // the first, full check of the opened plan
    await page.waitForFunction(() => (window as unknown as PageWindow).__callfloor.checks.getState().result !== null, undefined, { timeout: 180_000 });
    if (lookMs > 0) await page.waitForTimeout(lookMs);
    const runMs: number[] = [];
    const editToResultMs: number[] = [];
    for (let i = 0; i < untimed + timed; i++) {
      // select another desk each time and nudge it with an arrow key, as a planner does
      const before = await page.evaluate((edit) => {
        const { store } = (window as unknown as PageWindow).__callfloor;
        const s = store.getState();
        const floor = s.plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === s.session.floorId)!;
        s.select([floor.workstations[(edit * 97) % floor.workstations.length]!.id]);
        return store.getState().revision;
      }, i);
      await page.keyboard.press(i % 2 ? 'ArrowLeft' : 'ArrowRight');
      const revision = await page.evaluate(() => (window as unknown as PageWindow).__callfloor.store.getState().revision);
      if (revision !== before + 1) throw new Error(`the arrow key made ${revision - before} edits, not one`);
      const last = await page.waitForFunction(
        (r) => {
          const c = (window as unknown as PageWindow).__callfloor.checks.getState();
          return c.revision >= r && c.lastRun ? c.lastRun : null;
        },
        revision,
        { timeout: 60_000 },
      );
      const run = (await last.jsonValue()) as { kind: string; runMs: number; editToResultMs: number };
      if (run.kind !== 'floor') throw new Error(`edit ${i + 1} was checked as '${run.kind}', not as one floor`);
      if (i >= untimed) {
        runMs.push(run.runMs);
        editToResultMs.push(run.editToResultMs);
      }
    }
    return { runMs, editToResultMs };
  } finally {
    await browser.close();
  }
}

export function liveCheckMeasures(): Measure[] {
  const plan = denseFloor(2000);
  const size = `floor, ${seatLabel(plan)}`;
  let result: LiveResult | null = null;
  let first: LiveResult | null = null;
  let nextRun = 0;
  let nextEdit = 0;
  let nextFirst = 0;
  const floorId = plan.site.buildings[0]!.floors[0]!.id;
  const get = async (): Promise<LiveResult> => {
    if (!result) {
      await ensureServer();
      result = await measureLiveChecks(publish('live-2000', plan), floorId, WARM_EDITS, EDITS);
    }
    return result;
  };
  const getFirst = async (): Promise<LiveResult> => {
    if (!first) {
      await ensureServer();
      first = await measureLiveChecks(publish('live-2000', plan), floorId, 0, FIRST_EDITS, LOOK_MS);
    }
    return first;
  };
  return [
    {
      name: 're-check after moving a desk, app rules worker (browser)',
      size,
      unit: 'ms',
      target: 100,
      runs: EDITS,
      run: async () => (await get()).runMs[nextRun++ % EDITS]!,
    },
    {
      name: 'edit → updated findings in the panel (browser)',
      size,
      unit: 'ms',
      target: 100,
      runs: EDITS,
      run: async () => (await get()).editToResultMs[nextEdit++ % EDITS]!,
    },
    {
      name: `re-check, a user's first ${FIRST_EDITS} edits ${LOOK_MS / 1000} s after opening, app rules worker (browser)`,
      size,
      unit: 'ms',
      runs: FIRST_EDITS,
      run: async () => (await getFirst()).runMs[nextFirst++ % FIRST_EDITS]!,
    },
  ];
}
