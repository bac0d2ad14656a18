// Add workstations to a floor. Ids must be new to the whole document.
import type { Workstation } from '../types.ts';
import { refuse, type Command } from './command.ts';
import { documentIds, floorById } from './floorElements.ts';

export interface AddWorkstationsArgs {
  floorId: string;
  workstations: Workstation[];
}

export const addWorkstations: Command<AddWorkstationsArgs> = {
  type: 'workstations/add',
  labelKey: 'commands.addWorkstations',
  apply(draft, { floorId, workstations }) {
    const floor = floorById(draft, floorId);
    if (!floor) return refuse('commands.refused.noFloor');
    const used = documentIds(draft);
    const clashing: string[] = [];
    for (const ws of workstations) {
      if (used.has(ws.id)) clashing.push(ws.id);
      used.add(ws.id);
    }
    if (clashing.length) return refuse('commands.refused.duplicateId', clashing);
    for (const ws of workstations) floor.workstations.push(structuredClone(ws));
    return undefined;
  },
};
