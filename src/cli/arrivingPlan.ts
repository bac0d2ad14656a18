// A rules thread's copy of the plan, built up as the buildings it checks arrive one message each
// (so that it can start on the first while the others are still being copied to it).
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { Building, PlanDocument } from '../floorplan/types.ts';

/** A building of the plan, with its place in the plan's list. */
export interface BuildingMessage {
  building: Building;
  position: number;
}

/** The plan as its buildings arrive: each kept at its place in the plan's order. */
export class ArrivingPlan {
  readonly plan: PlanDocument;
  private readonly have = new Set<string>();
  /** the place in the plan of each building in plan.site.buildings */
  private readonly positions: number[] = [];
  private received = 0;

  /**
   * `skeleton`: the plan without its buildings; `port`: where they come in (BuildingMessage);
   * `sent[0]`: how many were posted so far, counted after each is posted (-1: no more will come).
   */
  constructor(
    skeleton: PlanDocument,
    private readonly port: MessagePort,
    private readonly sent: Int32Array,
  ) {
    this.plan = { ...skeleton, site: { ...skeleton.site, buildings: [] } };
  }

  /** Waits (blocking this thread) until building `id` has come. */
  need(id: string): void {
    while (!this.have.has(id)) {
      const message = receiveMessageOnPort(this.port);
      if (message) {
        this.add(message.message as BuildingMessage);
        continue;
      }
      const sent = Atomics.load(this.sent, 0);
      if (sent < 0) throw new Error(`building ${id} was not sent`);
      // a building is posted before it is counted: while the count is at what came, wait for it to move
      if (sent === this.received) Atomics.wait(this.sent, 0, sent);
    }
  }

  private add({ building, position }: BuildingMessage): void {
    this.received++;
    this.have.add(building.id);
    let at = this.positions.length;
    while (at > 0 && this.positions[at - 1]! > position) at--;
    this.positions.splice(at, 0, position);
    this.plan.site.buildings.splice(at, 0, building);
  }
}
