// A rules thread's plan built up from buildings posted one message each (ArrivingPlan): kept in
// the plan's order whatever order they come in, taken in only as far as needed, waited for when
// not posted yet, and given up on when no more will come.
import { MessageChannel, Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { ArrivingPlan, type BuildingMessage } from '../../src/cli/arrivingPlan.ts';
import type { Building, PlanDocument } from '../../src/floorplan/types.ts';

const skeleton = { name: 'p', site: { name: 's', buildings: [] } } as unknown as PlanDocument;
const building = (id: string) => ({ id, floors: [] }) as unknown as Building;

function channel() {
  const { port1, port2 } = new MessageChannel();
  const sent = new Int32Array(new SharedArrayBuffer(4));
  const post = (message: BuildingMessage) => {
    port1.postMessage(message);
    Atomics.add(sent, 0, 1);
  };
  return { port1, port2, sent, post };
}

describe('ArrivingPlan', () => {
  it('keeps the buildings in the plan order whatever order they come in, reading only as far as the one needed', () => {
    const { port1, port2, sent, post } = channel();
    const arriving = new ArrivingPlan(skeleton, port2, sent);
    post({ building: building('C'), position: 2 });
    post({ building: building('A'), position: 0 });
    post({ building: building('D'), position: 3 });
    post({ building: building('B'), position: 1 });
    arriving.need('A');
    expect(arriving.plan.site.buildings.map((b) => b.id)).toEqual(['A', 'C']);
    arriving.need('C');
    expect(arriving.plan.site.buildings.map((b) => b.id)).toEqual(['A', 'C']);
    arriving.need('B');
    expect(arriving.plan.site.buildings.map((b) => b.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(arriving.plan.name).toBe('p');
    expect(skeleton.site.buildings).toEqual([]);
    port1.close();
  });

  it('gives up on a building once no more will come', () => {
    const { port1, port2, sent, post } = channel();
    const arriving = new ArrivingPlan(skeleton, port2, sent);
    post({ building: building('A'), position: 0 });
    Atomics.store(sent, 0, -1);
    expect(() => arriving.need('B')).toThrow('building B was not sent');
    expect(arriving.plan.site.buildings.map((b) => b.id)).toEqual(['A']);
    port1.close();
  });

  it('waits for a building another thread posts later', async () => {
    const { port1, port2, sent } = channel();
    const arriving = new ArrivingPlan(skeleton, port2, sent);
    // posts B after 200 ms, counting it after posting it, as the main thread does
    const poster = new Worker(
      `const { workerData } = require('node:worker_threads');
       const sent = new Int32Array(workerData.sent);
       setTimeout(() => {
         workerData.port.postMessage({ building: { id: 'B', floors: [] }, position: 1 });
         Atomics.add(sent, 0, 1);
         Atomics.notify(sent, 0);
       }, 200);`,
      { eval: true, workerData: { port: port1, sent: sent.buffer }, transferList: [port1] },
    );
    const started = performance.now();
    arriving.need('B');
    expect(performance.now() - started).toBeGreaterThan(100);
    expect(arriving.plan.site.buildings.map((b) => b.id)).toEqual(['B']);
    await poster.terminate();
  });
});
