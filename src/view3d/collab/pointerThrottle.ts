// This user's pointer sent to the others at most `perSecond` times a second: the first move is sent
// at once, moves within the interval are held and the last of them is sent when it ends, so
// the others see where the pointer stopped. Leaving the drawing (null) is sent at once and drops
// a held move. Pure timing (clock and timer passed in), so it is tested with a fake clock.

export type PlanPointer = { x: number; y: number } | null;

export interface PointerThrottle {
  /** a new pointer position, or null when the pointer left the drawing */
  push(pointer: PlanPointer): void;
  /** drop a held move (the view went away); sends nothing */
  cancel(): void;
}

export interface ThrottleClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realClock: ThrottleClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Centimetres are plenty for a pointer, and keep the awareness messages short. */
function rounded(pointer: PlanPointer): PlanPointer {
  return pointer && { x: Math.round(pointer.x * 100) / 100, y: Math.round(pointer.y * 100) / 100 };
}

function same(a: PlanPointer, b: PlanPointer): boolean {
  return a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y);
}

export function createPointerThrottle(send: (pointer: PlanPointer) => void, perSecond = 20, clock: ThrottleClock = realClock): PointerThrottle {
  const interval = 1000 / perSecond;
  /** what the others were last told (undefined: nothing yet) */
  let sent: PlanPointer | undefined;
  let sentAt = -Infinity;
  let held: PlanPointer = null;
  let timer: unknown = null;

  const deliver = (pointer: PlanPointer): void => {
    sentAt = clock.now();
    if (sent !== undefined && same(sent, pointer)) return;
    sent = pointer;
    send(pointer);
  };
  const dropHeld = (): void => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = null;
  };

  return {
    push(pointer) {
      const next = rounded(pointer);
      if (next === null) {
        dropHeld();
        if (sent !== undefined && sent !== null) deliver(null);
        return;
      }
      const wait = sentAt + interval - clock.now();
      if (wait <= 0 && timer === null) {
        deliver(next);
        return;
      }
      held = next;
      timer ??= clock.setTimeout(() => {
        timer = null;
        deliver(held);
      }, Math.max(wait, 0));
    },
    cancel: dropHeld,
  };
}
