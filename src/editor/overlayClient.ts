// Asks for the floor overlays' measurements (overlays.worker.ts) and keeps each answer per floor
// object, so switching a heat map off and on again, or back to a floor, costs nothing. Without
// workers (unit tests, old browsers) the same functions run here.
import type { Floor, Point } from '../floorplan/types.ts';
import type { NavTarget } from '../rules/analysis/navigation.ts';
import { escapeRoute, illuminanceHeat, walkingHeat, type HeatGrid } from './heatmaps.ts';
import type { OverlayReply, OverlayRequest } from './overlays.worker.ts';

export type HeatKind = 'walking' | 'illuminance';

export interface OverlayBackend {
  heat(floor: Floor, kind: HeatKind): Promise<HeatGrid>;
  /** the walk from `from` to its nearest exit, or to `target` (a finding's door or exit) */
  route(floor: Floor, from: Point, target?: NavTarget): Promise<Point[]>;
  dispose(): void;
}

/** The worker's answers kept per floor object (plans are immutable: an edited floor is a new object). */
class PerFloor {
  private readonly kept = new WeakMap<Floor, Map<string, Promise<unknown>>>();

  get<T>(floor: Floor, key: string, make: () => Promise<T>): Promise<T> {
    let byKey = this.kept.get(floor);
    if (!byKey) this.kept.set(floor, (byKey = new Map()));
    let answer = byKey.get(key) as Promise<T> | undefined;
    if (!answer) {
      answer = make();
      byKey.set(key, answer);
      // a failed answer is not kept: the next ask tries again
      answer.catch(() => byKey!.delete(key));
    }
    return answer;
  }
}

/** The same measurements on this thread (heatmaps.ts keeps them per floor object itself). */
export function inlineOverlayBackend(): OverlayBackend {
  return {
    heat: async (floor, kind) => (kind === 'walking' ? walkingHeat(floor) : illuminanceHeat(floor)),
    route: async (floor, from, target) => escapeRoute(floor, from, target),
    dispose() {},
  };
}

const createOverlayWorker = (): Worker => new Worker(new URL('./overlays.worker.ts', import.meta.url), { type: 'module' });

export function workerOverlayBackend(create: () => Worker = createOverlayWorker): OverlayBackend {
  const kept = new PerFloor();
  const tokens = new WeakMap<Floor, number>();
  let nextToken = 0;
  /** the token of the floor the worker holds */
  let sentToken = -1;
  let nextId = 0;
  const waiting = new Map<number, { resolve(reply: OverlayReply): void; reject(error: Error): void }>();
  let worker: Worker | null = null;
  const open = (): Worker => {
    if (worker) return worker;
    const w = create();
    w.onmessage = (event: MessageEvent<OverlayReply>) => {
      const entry = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      if (!entry) return;
      if (event.data.error !== undefined) entry.reject(new Error(event.data.error));
      else entry.resolve(event.data);
    };
    w.onerror = (event) => {
      event.preventDefault();
      for (const entry of waiting.values()) entry.reject(new Error(event.message || 'overlay worker failed'));
      waiting.clear();
      // a new worker holds no floor
      worker?.terminate();
      worker = null;
      sentToken = -1;
    };
    worker = w;
    return w;
  };
  const ask = (floor: Floor, request: { kind: 'walking' | 'illuminance' } | { kind: 'route'; from: Point; target?: NavTarget }): Promise<OverlayReply> => {
    let token = tokens.get(floor);
    if (token === undefined) tokens.set(floor, (token = nextToken++));
    const id = nextId++;
    const message = { id, token, ...request, ...(token !== sentToken ? { floor } : {}) } as OverlayRequest;
    sentToken = token;
    return new Promise((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      open().postMessage(message);
    });
  };
  return {
    heat: (floor, kind) => kept.get(floor, kind, async () => (await ask(floor, { kind })).grid!),
    route: (floor, from, target) =>
      kept.get(floor, `route:${from[0]},${from[1]}${target ? `>${target.id}` : ''}`, async () => (await ask(floor, { kind: 'route', from, ...(target ? { target } : {}) })).route!),
    dispose() {
      worker?.terminate();
      worker = null;
      sentToken = -1;
      for (const entry of waiting.values()) entry.reject(new Error('closed'));
      waiting.clear();
    },
  };
}

let shared: OverlayBackend | null = null;

/** The app's overlay backend: a worker where the browser has them. */
export function overlayBackend(): OverlayBackend {
  shared ??= typeof Worker === 'undefined' ? inlineOverlayBackend() : workerOverlayBackend();
  return shared;
}
