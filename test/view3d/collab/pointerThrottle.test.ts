// This user's pointer goes out at most 20 times a second, ends where the pointer stopped, and
// "left the drawing" goes out at once (issue 19). A fake clock drives the timing.
import { describe, expect, it } from 'vitest';
import { createPointerThrottle, type PlanPointer, type ThrottleClock } from '../../../src/view3d/collab/pointerThrottle.ts';

function fakeClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  const clock: ThrottleClock = {
    now: () => now,
    setTimeout: (run, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, run });
      return id;
    },
    clearTimeout: (handle) => void timers.delete(handle as number),
  };
  const advance = (ms: number) => {
    const until = now + ms;
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = until;
  };
  return { clock, advance, pending: () => timers.size };
}

function setup(perSecond = 20) {
  const sent: { at: number; pointer: PlanPointer }[] = [];
  const c = fakeClock();
  const throttle = createPointerThrottle((pointer) => sent.push({ at: c.clock.now(), pointer }), perSecond, c.clock);
  return { sent, throttle, ...c };
}

describe('createPointerThrottle', () => {
  it('sends the first move at once and at most one move per 50 ms, the last one held', () => {
    const { sent, throttle, advance } = setup();
    throttle.push({ x: 1, y: 1 });
    expect(sent).toEqual([{ at: 0, pointer: { x: 1, y: 1 } }]);
    // a move every 5 ms for a second: 200 moves
    for (let i = 1; i <= 200; i++) {
      advance(5);
      throttle.push({ x: 1 + i, y: 1 });
    }
    advance(100);
    // 0, 50, 100 … 1000 ms, then the move made at 1000 ms held until 1050: 22 sends, 50 ms apart
    expect(sent.length).toBe(22);
    for (let i = 1; i < sent.length; i++) expect(sent[i]!.at - sent[i - 1]!.at).toBe(50);
    expect(sent.at(-1)).toEqual({ at: 1050, pointer: { x: 201, y: 1 } });
    // each held send carries the newest move of its interval: at 50 ms the move made at 45 ms
    expect(sent[1]).toEqual({ at: 50, pointer: { x: 10, y: 1 } });
  });

  it('sends a move after a pause at once', () => {
    const { sent, throttle, advance } = setup();
    throttle.push({ x: 1, y: 1 });
    advance(200);
    throttle.push({ x: 2, y: 2 });
    expect(sent.map((s) => s.at)).toEqual([0, 200]);
  });

  it('sends null at once on leaving, dropping a held move, and only once', () => {
    const { sent, throttle, advance, pending } = setup();
    throttle.push({ x: 1, y: 1 });
    advance(10);
    throttle.push({ x: 2, y: 2 });
    expect(pending()).toBe(1);
    throttle.push(null);
    expect(pending()).toBe(0);
    throttle.push(null);
    advance(500);
    expect(sent).toEqual([
      { at: 0, pointer: { x: 1, y: 1 } },
      { at: 10, pointer: null },
    ]);
  });

  it('sends no null when nothing was sent before', () => {
    const { sent, throttle } = setup();
    throttle.push(null);
    expect(sent).toEqual([]);
  });

  it('rounds to centimetres and does not repeat a position the others already have', () => {
    const { sent, throttle, advance } = setup();
    throttle.push({ x: 1.234, y: -5.678 });
    advance(100);
    throttle.push({ x: 1.2341, y: -5.6779 });
    expect(sent).toEqual([{ at: 0, pointer: { x: 1.23, y: -5.68 } }]);
  });

  it('cancel drops a held move without sending', () => {
    const { sent, throttle, advance } = setup();
    throttle.push({ x: 1, y: 1 });
    advance(10);
    throttle.push({ x: 2, y: 2 });
    throttle.cancel();
    advance(200);
    expect(sent).toHaveLength(1);
  });

  it('follows the rate it is given', () => {
    const { sent, throttle, advance } = setup(10);
    for (let i = 0; i <= 100; i++) {
      throttle.push({ x: i, y: 0 });
      advance(10);
    }
    advance(200);
    // 0 … 1000 ms every 100 ms, and the last move (made at 1000 ms) at 1100 ms: 12 sends
    expect(sent.map((s) => s.at)).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100]);
    expect(sent.at(-1)!.pointer).toEqual({ x: 100, y: 0 });
  });
});
