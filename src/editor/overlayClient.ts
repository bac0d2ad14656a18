// Asks for the floor overlays' measurements (overlays.worker.ts) and keeps each answer per floor
// object, so switching a heat map off and on again, or back to a floor, costs nothing. Without
// workers (unit tests, old browsers) the same functions run here.
import type { Floor, Point } from '../floorplan/types.ts';
import type { NavTarget } from '../rules/walking/navigation.ts';
import { escapeRoute, illuminanceHeat, walkingHeat, type HeatGrid } from './heatmaps.ts';
import type { OverlayReply, OverlayRequest } from './overlays.worker.ts';
import { rpcClient, type WorkerLike } from '../workers/rpc.ts';

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

export function workerOverlayBackend(create: () => WorkerLike = createOverlayWorker): OverlayBackend {
  const kept = new PerFloor();
  const tokens = new WeakMap<Floor, number>();
  let nextToken = 0;
  /** the token of the floor the worker holds (-1: none; a restarted worker holds none) */
  let sentToken = -1;
  const rpc = rpcClient<OverlayRequest, OverlayReply>(create, { name: 'overlay worker', onRestart: () => (sentToken = -1) });
  const ask = (floor: Floor, request: { kind: 'walking' | 'illuminance' } | { kind: 'route'; from: Point; target?: NavTarget }): Promise<OverlayReply> => {
    let token = tokens.get(floor);
    if (token === undefined) tokens.set(floor, (token = nextToken++));
    const message = { id: 0, token, ...request, ...(token !== sentToken ? { floor } : {}) } as OverlayRequest;
    sentToken = token;
    return rpc.call(message).catch((error: unknown) => {
      // the worker may not hold the floor any more: send it with the next request
      sentToken = -1;
      throw error;
    });
  };
  return {
    heat: (floor, kind) => kept.get(floor, kind, async () => (await ask(floor, { kind })).grid!),
    route: (floor, from, target) =>
      kept.get(floor, `route:${from[0]},${from[1]}${target ? `>${target.id}` : ''}`, async () => (await ask(floor, { kind: 'route', from, ...(target ? { target } : {}) })).route!),
    dispose() {
      rpc.close();
      sentToken = -1;
    },
  };
}

let shared: OverlayBackend | null = null;

/** The app's overlay backend: a worker where the browser has them. */
export function overlayBackend(): OverlayBackend {
  shared ??= typeof Worker === 'undefined' ? inlineOverlayBackend() : workerOverlayBackend();
  return shared;
}
