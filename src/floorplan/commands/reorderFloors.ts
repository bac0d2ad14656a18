// Put a building's floors in a new order, bottom first: levels become 1, 2, 3… (from the lowest
// level in use) and elevations are restacked from the lowest floor's elevation by floor heights.
import { refuse, type Command } from './command.ts';

export interface ReorderFloorsArgs {
  buildingId: string;
  /** every floor id of the building, bottom first */
  order: string[];
}

export const reorderFloors: Command<ReorderFloorsArgs> = {
  type: 'floors/reorder',
  labelKey: 'commands.reorderFloors',
  apply(draft, { buildingId, order }) {
    const building = draft.site.buildings.find((b) => b.id === buildingId);
    if (!building) return refuse('commands.refused.notFound', [buildingId]);
    const byId = new Map(building.floors.map((f) => [f.id, f]));
    if (order.length !== byId.size || new Set(order).size !== order.length || order.some((id) => !byId.has(id))) {
      return refuse('commands.refused.badOrder', order.filter((id) => !byId.has(id)));
    }
    if (byId.size === 0) return undefined;
    const firstLevel = Math.min(...building.floors.map((f) => f.level));
    const baseElevation = Math.min(...building.floors.map((f) => f.elevation));
    let elevation = baseElevation;
    const ordered = order.map((id, i) => {
      const floor = byId.get(id)!;
      floor.level = firstLevel + i;
      floor.elevation = Math.round(elevation * 1e6) / 1e6;
      elevation += floor.height;
      return floor;
    });
    building.floors = ordered;
    return undefined;
  },
};
