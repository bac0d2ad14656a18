// The floor overlays measured off the main thread: the worker's state, and the page's client that
// sends each floor once, keeps answers per floor object and survives a failing worker.
import { describe, expect, it } from 'vitest';
import { escapeRoute, walkingHeat } from '../../src/editor/heatmaps.ts';
import { inlineOverlayBackend, workerOverlayBackend } from '../../src/editor/overlayClient.ts';
import { OverlayWorkerState, type OverlayReply, type OverlayRequest } from '../../src/editor/overlays.worker.ts';
import type { Floor } from '../../src/floorplan/types.ts';
import type { RpcRequest } from '../../src/workers/rpc.ts';
import { makeFloor } from '../rules/fixtures.ts';

const floorWithExit = (): Floor => makeFloor({ exits: [{ id: 'e', at: [0, 5], width: 1.2, kind: 'stair' }], walls: [{ id: 'w', a: [5, 0], b: [5, 9], kind: 'solid' }] });

/** A stand-in for the browser's Worker running the real worker state, answering asynchronously (the rpc protocol of src/workers/rpc.ts). */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly sent: OverlayRequest[] = [];
  terminated = false;
  private readonly state = new OverlayWorkerState();
  constructor(private readonly failNext = false) {}
  postMessage(message: RpcRequest<OverlayRequest>): void {
    // the page's copy and the worker's are separate, as with structured cloning
    const copy = structuredClone(message);
    this.sent.push(copy.body);
    setTimeout(() => {
      if (this.failNext) {
        this.onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
        return;
      }
      const reply: OverlayReply = structuredClone(this.state.handle(copy.body));
      this.onmessage?.({ data: reply.error !== undefined ? { id: copy.id, error: reply.error } : { id: copy.id, result: reply } } as MessageEvent);
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe('overlay worker state', () => {
  it('measures the floor it was sent, keeps it for the next request under the same token, and refuses an unknown token', () => {
    const state = new OverlayWorkerState();
    const floor = floorWithExit();
    const heat = state.handle({ id: 1, token: 7, floor, kind: 'walking' });
    expect(heat.grid!.values).toEqual(walkingHeat(floorWithExit()).values);
    const route = state.handle({ id: 2, token: 7, kind: 'route', from: [9.5, 0.5] });
    expect(route.route).toEqual(escapeRoute(floorWithExit(), [9.5, 0.5]));
    expect(state.handle({ id: 3, token: 8, kind: 'illuminance' }).error).toMatch(/not sent/);
  });
});

describe('overlay client', () => {
  it('sends a floor once for all its overlays, keeps answers per floor object, and sends the next floor when it changes', async () => {
    const workers: FakeWorker[] = [];
    const backend = workerOverlayBackend(() => {
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    });
    const a = floorWithExit();
    const heat = await backend.heat(a, 'walking');
    const route = await backend.route(a, [9.5, 0.5]);
    expect(route.at(-1)).toEqual([0, 5]);
    expect(heat.max).toBeGreaterThan(10);
    // asked again: the kept answer, nothing posted
    expect(await backend.heat(a, 'walking')).toBe(heat);
    const worker = workers[0]!;
    expect(worker.sent.map((m) => [m.kind, m.floor !== undefined])).toEqual([['walking', true], ['route', false]]);
    // an edited floor is a new object: sent with its first request
    const b = { ...a, exits: [{ ...a.exits[0]!, at: [20, 5] as [number, number] }] };
    const moved = await backend.heat(b, 'walking');
    expect(moved.values).not.toEqual(heat.values);
    expect(worker.sent.at(-1)!.floor).toBeDefined();
    backend.dispose();
    expect(worker.terminated).toBe(true);
  });

  it('a failing worker rejects what waits, and the next ask starts a fresh worker and sends the floor again', async () => {
    let made = 0;
    const backend = workerOverlayBackend(() => new FakeWorker(made++ === 0) as unknown as Worker);
    const floor = floorWithExit();
    await expect(backend.heat(floor, 'illuminance')).rejects.toThrow('boom');
    const grid = await backend.heat(floor, 'illuminance');
    expect(grid.cols).toBeGreaterThan(0);
    expect(made).toBe(2);
  });

  it('runs inline where there are no workers, with the same answers', async () => {
    const backend = inlineOverlayBackend();
    const floor = floorWithExit();
    expect((await backend.heat(floor, 'walking')).values).toEqual(walkingHeat(floorWithExit()).values);
    expect(await backend.route(floor, [9.5, 0.5])).toEqual(escapeRoute(floorWithExit(), [9.5, 0.5]));
  });
});
