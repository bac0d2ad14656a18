// Dragging 500 selected desks in the browser (plan view, real press, then pointer moves): the
// JavaScript time of one pointer move while the desks follow the pointer on the GPU, and of the
// release, which writes the plan once (one moveElements command). A 2,000-seat floor and a
// generated 20,000-seat floor; needs a build (`vite build`), served like bench/measures/browser.ts.
import type { EditorStore } from '../../src/editor/store.ts';
import type { Measure } from '../harness.ts';
import { denseFloor, seatLabel } from '../plans.ts';
import { ensureServer, openAppOnPlan, publish } from './browser.ts';

const SELECTED = 500;
const MOVES = 60;

interface DragResult {
  perMoveMs: number;
  maxMoveMs: number;
  releaseMs: number;
  moved: number;
}

interface PageWindow {
  __callfloor: { store: EditorStore; planToClient(p: [number, number], h?: number): { x: number; y: number } | null };
}

async function measureDrag(planUrl: string, floorId: string): Promise<DragResult> {
  const { browser, page } = await openAppOnPlan(planUrl, floorId, { width: 1600, height: 900 });
  try {
    // select the 500 desks nearest the middle desk and frame them, as a planner zooms in on the
    // part they rearrange (a whole 20,000-seat floor leaves a desk smaller than a pixel)
    await page.evaluate((count) => {
      const { store } = (window as unknown as PageWindow).__callfloor;
      const s = store.getState();
      const floor = s.plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === s.session.floorId)!;
      const middle = floor.workstations[Math.floor(floor.workstations.length / 2)]!;
      const chosen = floor.workstations
        .map((w) => ({ w, d: Math.hypot(w.at[0] - middle.at[0], w.at[1] - middle.at[1]) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, count)
        .map((x) => x.w);
      const xs = chosen.map((w) => w.at[0]);
      const ys = chosen.map((w) => w.at[1]);
      const box = { minX: Math.min(...xs) - 2, minY: Math.min(...ys) - 2, maxX: Math.max(...xs) + 2, maxY: Math.max(...ys) + 2 };
      store.setState((st) => ({ session: { ...st.session, focus: { floorId: floor.id, box, nonce: Date.now() } } }));
    }, SELECTED);
    await page.waitForTimeout(1500);
    const grip = await page.evaluate((count) => {
      const { store, planToClient } = (window as unknown as PageWindow).__callfloor;
      const s = store.getState();
      const floor = s.plan.site.buildings.flatMap((b) => b.floors).find((f) => f.id === s.session.floorId)!;
      const middle = floor.workstations[Math.floor(floor.workstations.length / 2)]!;
      // (no named helper functions in here: tsx would wrap them in a __name the page lacks)
      const ids = floor.workstations
        .map((w) => ({ id: w.id, d: Math.hypot(w.at[0] - middle.at[0], w.at[1] - middle.at[1]) }))
        .sort((a, b) => a.d - b.d)
        .slice(0, count)
        .map((w) => w.id);
      s.select(ids);
      return planToClient(middle.at, 0);
    }, SELECTED);
    if (!grip) throw new Error('the middle desk is off screen');
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    await page.mouse.move(grip.x + 12, grip.y, { steps: 3 });
    return await page.evaluate(
      ({ x, y, moves }) => {
        const { store } = (window as unknown as PageWindow).__callfloor;
        const before = new Map(store.getState().plan.site.buildings.flatMap((b) => b.floors).flatMap((f) => f.workstations).map((w) => [w.id, w.at.join()]));
        const times: number[] = [];
        for (let i = 1; i <= moves; i++) {
          const t0 = performance.now();
          window.dispatchEvent(new PointerEvent('pointermove', { clientX: x + 12 + i, clientY: y + (i % 7), bubbles: true, button: 0, buttons: 1 }));
          times.push(performance.now() - t0);
        }
        const t0 = performance.now();
        window.dispatchEvent(new PointerEvent('pointerup', { clientX: x + 12 + moves, clientY: y + (moves % 7), bubbles: true, button: 0 }));
        const releaseMs = performance.now() - t0;
        const after = store.getState().plan.site.buildings.flatMap((b) => b.floors).flatMap((f) => f.workstations);
        const moved = after.filter((w) => before.get(w.id) !== w.at.join()).length;
        times.sort((a, b) => a - b);
        return { perMoveMs: times[Math.floor(times.length / 2)]!, maxMoveMs: times.at(-1)!, releaseMs, moved };
      },
      { x: grip.x, y: grip.y, moves: MOVES },
    );
  } finally {
    await browser.close();
  }
}

export function dragMeasures(quick: boolean): Measure[] {
  const sizes = quick ? [2000] : [2000, 20000];
  return sizes.flatMap((seats): Measure[] => {
    const plan = denseFloor(seats);
    const size = `floor, ${seatLabel(plan)}, ${SELECTED} selected`;
    let result: DragResult | null = null;
    const get = async (): Promise<DragResult> => {
      if (!result) {
        await ensureServer();
        result = await measureDrag(publish(`drag-${seats}`, plan), plan.site.buildings[0]!.floors[0]!.id);
        if (result.moved !== SELECTED) throw new Error(`the release moved ${result.moved} desks, not ${SELECTED}`);
      }
      return result;
    };
    return [
      { name: 'drag: JS per pointer move (browser)', size, unit: 'ms', target: 16, runs: 1, run: async () => (await get()).perMoveMs },
      { name: 'drag: slowest pointer move (browser)', size, unit: 'ms', runs: 1, run: async () => (await get()).maxMoveMs },
      { name: 'drag: release, one moveElements (browser)', size, unit: 'ms', runs: 1, run: async () => (await get()).releaseMs },
    ];
  });
}
