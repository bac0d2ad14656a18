// What one of the load benchmark's users edits: desks moved (most edits), turned and given
// another role, desks added and deleted, zones and buildings renamed. Each user owns its own
// records (every n-th desk and zone of the floor it works on, shared with the floor's other
// users; the desks it added; maybe one building's name), so every edit's final effect is known
// and can be looked for on every client afterwards, while the users still share floors,
// collections and documents.
import { seededRandom, type Random } from '../../src/floorplan/generate/random.ts';
import { ROLES } from '../../src/floorplan/vocabulary.ts';
import type { PlanDocument } from '../../src/floorplan/types.ts';
import { floorOf, type PlanEdit } from './planEdits.ts';

const WEIGHTS: [PlanEdit['kind'], number][] = [
  ['move', 40],
  ['rotate', 8],
  ['role', 5],
  ['addDesk', 15],
  ['deleteDesk', 12],
  ['renameZone', 12],
  ['renameBuilding', 8],
];
const TOTAL = WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);

export class LoadEditor {
  private readonly random: Random;
  /** desk ids this user may edit, by floor */
  private readonly desks = new Map<string, string[]>();
  private readonly zones: { floorId: string; id: string }[] = [];
  private readonly buildingId: string | undefined;
  private added = 0;
  private renames = 0;

  private readonly user: number;
  private readonly floorIds: readonly string[];

  constructor(
    plan: PlanDocument,
    options: {
      /** names this user's added desks and renames */
      readonly user: number;
      /** this user owns every `of`-th record of its floors, starting at `rank` */
      readonly rank: number;
      readonly of: number;
      readonly floorIds: readonly string[];
      /** the building whose name this user may change */
      readonly buildingId?: string;
      readonly seed: number;
    },
  ) {
    this.user = options.user;
    this.floorIds = options.floorIds;
    this.random = seededRandom(options.seed * 1000 + options.user);
    let zoneIndex = 0;
    for (const floorId of options.floorIds) {
      const floor = floorOf(plan, floorId);
      if (!floor) throw new Error(`no floor ${floorId}`);
      this.desks.set(floorId, floor.workstations.filter((_, i) => i % options.of === options.rank).map((desk) => desk.id));
      for (const zone of floor.zones) if (zoneIndex++ % options.of === options.rank) this.zones.push({ floorId, id: zone.id });
    }
    this.buildingId = options.buildingId;
  }

  /** The next edit, against the plan this user's client holds now. */
  next(plan: PlanDocument): PlanEdit {
    let roll = this.random.next() * TOTAL;
    let kind: PlanEdit['kind'] = 'move';
    for (const [candidate, weight] of WEIGHTS) {
      if ((roll -= weight) < 0) {
        kind = candidate;
        break;
      }
    }
    if (kind === 'renameBuilding' && !this.buildingId) kind = 'move';
    if (kind === 'renameZone' && this.zones.length === 0) kind = 'move';
    const floorId = this.random.pick(this.floorIds);
    const mine = this.desks.get(floorId)!;
    if (kind === 'deleteDesk' && mine.length < 5) kind = 'addDesk';
    if (kind !== 'addDesk' && kind !== 'renameZone' && kind !== 'renameBuilding' && mine.length === 0) kind = 'addDesk';
    switch (kind) {
      case 'renameBuilding':
        return { kind, buildingId: this.buildingId!, name: `楼 ${this.user}-${++this.renames}` };
      case 'renameZone': {
        const zone = this.random.pick(this.zones);
        return { kind, floorId: zone.floorId, id: zone.id, name: `区 ${this.user}-${++this.renames}` };
      }
      case 'addDesk': {
        const floor = floorOf(plan, floorId)!;
        const near = floor.workstations.find((desk) => desk.id === (mine.length > 0 ? this.random.pick(mine) : '')) ?? floor.workstations[0];
        const at: [number, number] = near ? [near.at[0] + 0.6, near.at[1]] : [floor.outline[0]![0] + 2, floor.outline[0]![1] + 2];
        const id = `u${this.user}-n${++this.added}`;
        mine.push(id);
        return { kind, floorId, desk: { id, at, rotation: 0, size: [1.2, 0.7], role: 'agent' } };
      }
      case 'deleteDesk': {
        const index = Math.floor(this.random.next() * mine.length);
        const [id] = mine.splice(index, 1);
        return { kind, floorId, id: id! };
      }
      case 'rotate':
        return { kind, floorId, id: this.random.pick(mine), rotation: this.random.pick([0, 90, 180, 270]) };
      case 'role':
        return { kind, floorId, id: this.random.pick(mine), role: this.random.pick(ROLES) };
      case 'move': {
        const step = () => Math.round((this.random.next() - 0.5) * 80) / 100;
        return { kind, floorId, id: this.random.pick(mine), dx: step() || 0.1, dy: step() };
      }
    }
  }
}
