// Runs the guided tour: moves the editor's view from stop to stop on a timer. The scene frames
// each level itself (ViewCamera), so the tour only has to open the next view.
import type { EditorStore } from '../store.ts';
import type { TourStop } from './tourSteps.ts';

export interface CameraTour {
  /** index of the stop shown */
  readonly index: number;
  readonly playing: boolean;
  play(): void;
  pause(): void;
  next(): void;
  previous(): void;
  dispose(): void;
}

export function showStop(store: EditorStore, stop: TourStop): void {
  const s = store.getState();
  if (stop.level === 'park') s.openPark();
  else if (stop.level === 'building') s.openBuilding(stop.buildingId);
  else s.openFloor(stop.floorId);
}

/** Starts at the first stop and loops; `onChange` hears every move and play/pause. */
export function startCameraTour(store: EditorStore, stops: readonly TourStop[], stopMs: number, onChange: (index: number, playing: boolean) => void): CameraTour {
  let index = 0;
  let playing = true;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const schedule = (): void => {
    if (timer) clearTimeout(timer);
    timer = playing && stops.length > 1 ? setTimeout(() => go(index + 1), stopMs) : null;
  };
  const go = (i: number): void => {
    if (stops.length === 0) return;
    index = ((i % stops.length) + stops.length) % stops.length;
    showStop(store, stops[index]!);
    onChange(index, playing);
    schedule();
  };

  go(0);
  return {
    get index() {
      return index;
    },
    get playing() {
      return playing;
    },
    play() {
      playing = true;
      schedule();
      onChange(index, playing);
    },
    pause() {
      playing = false;
      schedule();
      onChange(index, playing);
    },
    next: () => go(index + 1),
    previous: () => go(index - 1),
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
