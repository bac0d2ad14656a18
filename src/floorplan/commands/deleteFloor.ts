// Delete a floor and everything on it.
import { refuse, type Command } from './command.ts';

export interface DeleteFloorArgs {
  floorId: string;
}

export const deleteFloor: Command<DeleteFloorArgs> = {
  type: 'floors/delete',
  labelKey: 'commands.deleteFloor',
  apply(draft, { floorId }) {
    for (const building of draft.site.buildings) {
      const index = building.floors.findIndex((f) => f.id === floorId);
      if (index >= 0) {
        building.floors.splice(index, 1);
        return undefined;
      }
    }
    return refuse('commands.refused.noFloor', [floorId]);
  },
};
