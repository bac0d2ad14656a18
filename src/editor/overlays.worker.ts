// The floor overlays' measurements (walking-distance and illuminance heat maps, the escape route)
// off the main thread: on a big floor they take from a tenth of a second to a second, and they are
// measured again after every edit while shown. The worker keeps the last floor it was sent (the
// page sends a floor once per floor object, under a token), so the heat map and the route of one
// floor share its navigation (heatmaps.ts keeps it per floor object).
import type { Floor, Point } from '../floorplan/types.ts';
import type { NavTarget } from '../rules/walking/navigation.ts';
import { escapeRoute, illuminanceHeat, walkingHeat, type HeatGrid } from './heatmaps.ts';
import { serveRpc } from '../workers/rpc.ts';

export type OverlayRequest =
  | { id: number; token: number; floor?: Floor; kind: 'walking' | 'illuminance' }
  | { id: number; token: number; floor?: Floor; kind: 'route'; from: Point; target?: NavTarget };

export interface OverlayReply {
  id: number;
  grid?: HeatGrid;
  route?: Point[];
  error?: string;
}

/** What the worker holds between requests: the last floor sent, by its token. */
export class OverlayWorkerState {
  private floor: Floor | null = null;
  private token = -1;

  handle(request: OverlayRequest): OverlayReply {
    const { id } = request;
    try {
      if (request.floor) {
        this.floor = request.floor;
        this.token = request.token;
      }
      if (!this.floor || this.token !== request.token) return { id, error: `floor ${request.token} was not sent` };
      if (request.kind === 'route') return { id, route: escapeRoute(this.floor, request.from, request.target) };
      return { id, grid: request.kind === 'walking' ? walkingHeat(this.floor) : illuminanceHeat(this.floor) };
    } catch (error) {
      return { id, error: error instanceof Error ? error.message : String(error) };
    }
  }
}

declare const self: DedicatedWorkerGlobalScope;

if (typeof self !== 'undefined' && typeof self.postMessage === 'function' && typeof window === 'undefined') {
  const state = new OverlayWorkerState();
  serveRpc<OverlayRequest, OverlayReply>(self, (request) => {
    const reply = state.handle(request);
    if (reply.error !== undefined) throw new Error(reply.error);
    return reply;
  });
}
