// The rules worker's idle warm-up: how many rehearsed edits it runs and when it stops. A fresh
// worker's first desk re-checks take 5–10 times as long as later ones (V8 is still compiling the
// re-check code), so while nobody edits the worker rehearses a few edits of the open floor and
// the user's first real edit finds the code compiled. Pure: the worker supplies the rehearsal and
// the clock; scheduleIdleWarmUp runs the steps between requests.

export interface WarmUpLimits {
  /** rehearsals at most (each is one desk moved and moved back: two re-checks) */
  steps: number;
  /** ms of rehearsals at most, all steps together */
  budgetMs: number;
  /**
   * a rehearsal longer than this ends the warm-up, and none starts on a floor whose last check took
   * over twice this (the first check of a floor is from nothing and still compiling, so several
   * times a rehearsal): an edit arriving meanwhile waits for the step, and a floor that large
   * spends far more on the re-check itself than on compiling it
   */
  stepMs: number;
}

/** 24 rehearsals (48 re-checks, about 2 s here) bring a 2,000-seat floor's re-check to its steady time (16 left it ~10 % slower than 40 real edits do). */
export const WARM_UP_LIMITS: WarmUpLimits = { steps: 24, budgetMs: 5000, stepMs: 800 };

/**
 * `rehearse(step)` runs one rehearsal and returns how long it took (ms), or null when there is
 * nothing to rehearse yet (no floor re-checked, no desk): the warm-up then waits to be asked again.
 * `lastCheckMs()`: how long the floor's last check took (null: none yet).
 */
export class IdleWarmUp {
  private steps = 0;
  private spentMs = 0;
  private finished = false;

  constructor(
    private readonly rehearse: (step: number) => number | null,
    private readonly lastCheckMs: () => number | null,
    private readonly limits: WarmUpLimits = WARM_UP_LIMITS,
  ) {}

  /** Whether the warm-up is over (for good: the compiled code stays for the worker's life). */
  get done(): boolean {
    return this.finished;
  }

  /** Rehearsals run so far. */
  get stepsRun(): number {
    return this.steps;
  }

  /** Runs one rehearsal; true when another step is wanted. */
  step(): boolean {
    if (this.finished) return false;
    const checkMs = this.lastCheckMs();
    if (checkMs !== null && checkMs > 2 * this.limits.stepMs) {
      this.finished = true;
      return false;
    }
    const ms = this.rehearse(this.steps);
    if (ms === null) return false;
    this.steps++;
    this.spentMs += ms;
    if (this.steps >= this.limits.steps || this.spentMs >= this.limits.budgetMs || ms > this.limits.stepMs) this.finished = true;
    return !this.finished;
  }
}

/** How long the worker must have had no request before each rehearsal (ms), so a user editing steadily does not wait for one. */
export const IDLE_BEFORE_WARM_UP_MS = 1000;

/**
 * Runs a warm-up between requests: a step at a time, each a task of its own, so a request that
 * arrives waits at most one step; a step is put off until `idleMs` have passed with no request.
 * Call `requested()` after answering each request.
 */
export function scheduleIdleWarmUp(warmUp: IdleWarmUp, idleMs = IDLE_BEFORE_WARM_UP_MS, now: () => number = () => performance.now()): { requested(): void } {
  let lastRequestAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    timer = null;
    const quietFor = now() - lastRequestAt;
    if (quietFor < idleMs) {
      timer = setTimeout(run, idleMs - quietFor);
      return;
    }
    if (warmUp.step()) timer = setTimeout(run, 0);
  };
  return {
    requested() {
      lastRequestAt = now();
      if (!warmUp.done && timer === null) timer = setTimeout(run, idleMs);
    },
  };
}
