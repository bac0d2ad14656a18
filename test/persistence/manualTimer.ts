// A timer the test advances by hand: callbacks run in the order they fall due, each once.
import type { Timer } from '../../src/persistence/autosave.ts';

export function manualTimer(start = 0) {
  let now = start;
  let nextHandle = 0;
  const due = new Map<number, { at: number; callback: () => void }>();
  const timer: Timer = {
    set(callback, ms) {
      due.set(++nextHandle, { at: now + ms, callback });
      return nextHandle;
    },
    clear: (handle) => void due.delete(handle as number),
  };
  return {
    timer,
    now: () => now,
    pending: () => due.size,
    advance(ms: number) {
      now += ms;
      for (const [handle, entry] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        // a callback may have cleared a later one
        if (entry.at <= now && due.has(handle)) {
          due.delete(handle);
          entry.callback();
        }
      }
    },
  };
}
